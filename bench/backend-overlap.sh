#!/usr/bin/env bash
# Overlap between the embedded and the SolrCloud backend on a data directory already indexed by
# 'muragat index' (embedded): starts a loopback SolrCloud cluster (bench/solr-cluster.sh), fills the
# collection from DATA's OCR cache and catalog ('muragat reindex --solr', no OCR), serves DATA both
# ways and compares the top K of every query (bench/backend-overlap.py).
#
#   bench/backend-overlap.sh DATA QUERIES [K] [--shards 2 --replicas 2 --nodes 2]
#   e.g. after bench/retrieval-eval.sh ../shared/eval/retrieval (which leaves /tmp/muragat-retrieval/data):
#   bench/backend-overlap.sh /tmp/muragat-retrieval/data ../shared/eval/retrieval/queries.jsonl
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$(cd "$1" && pwd)"; queries="$2"; k="${3:-10}"; shift 2; [ $# -gt 0 ] && shift
work="$(mktemp -d /tmp/muragat-overlap.XXXXXX)"
pa="${MURAGAT_OVERLAP_PORT_A:-7181}"; pb="${MURAGAT_OVERLAP_PORT_B:-7182}"
pids=()
cluster=""
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  exec 3>&- # the cluster's stdin closes: it shuts down and deletes its folder
  [ -n "$cluster" ] && wait "$cluster" 2>/dev/null || true
}
trap cleanup EXIT
mkfifo "$work/stdin"
"$here/bench/solr-cluster.sh" "$@" <"$work/stdin" >"$work/solr.out" 2>"$work/solr.log" &
cluster=$!
exec 3>"$work/stdin" # held open while this script runs
for _ in $(seq 1 240); do grep -q '^READY' "$work/solr.out" 2>/dev/null && break; sleep 0.5; done
grep -q '^READY' "$work/solr.out" || { echo "the Solr cluster did not start; see $work/solr.log" >&2; exit 1; }
urls=$(grep '^NODE ' "$work/solr.out" | awk '{print $3}' | paste -sd, -)
echo "SolrCloud at $urls" >&2
"$here/bin/muragat" reindex --data "$data" --solr "$urls" --collection muragat 2>&1 | grep -E '^reindexed|failed' >&2 || true
"$here/bin/muragat" serve --data "$data" --port "$pa" >"$work/serve-embedded.log" 2>&1 &
pids+=($!)
"$here/bin/muragat" serve --data "$data" --port "$pb" --solr "$urls" --collection muragat >"$work/serve-solr.log" 2>&1 &
pids+=($!)
for p in "$pa" "$pb"; do
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$p/api/health" >/dev/null 2>&1 && break; sleep 0.5; done
done
python3 "$here/bench/backend-overlap.py" "$queries" "http://127.0.0.1:$pa" "http://127.0.0.1:$pb" --k "$k"
