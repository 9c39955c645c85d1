#!/usr/bin/env bash
# Retrieval evaluation end to end: renders a folder of texts into scans with the project's scan
# generator (a mix of formats and degradations, one file per text, named after it), indexes them
# with real OCR, serves them, and scores judged queries over HTTP.
#
#   bench/retrieval-eval.sh EVAL_DIR [WORK_DIR] [-- extra score.py args]
#
# EVAL_DIR holds texts/, queries.jsonl and ../score.py (the layout of shared/eval/retrieval).
# Scans and the index are kept in WORK_DIR (default /tmp/muragat-retrieval), so a second run only
# re-indexes (the OCR cache makes that fast) — e.g. after an analysis change.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
eval_dir="$(cd "$1" && pwd)"; shift
work="${1:-/tmp/muragat-retrieval}"; [ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
port="${MURAGAT_EVAL_PORT:-7079}"
mkdir -p "$work"
if [ ! -d "$work/scans" ]; then
  "$here/bin/muragat" generate "$eval_dir/texts" "$work/scans" --formats mix --degradation mix --seed 2026 >/dev/null
fi
# a fresh index each time (analysis may have changed); OCR comes from the cache in store/
rm -rf "$work/data/index"
"$here/bin/muragat" index "$work/scans" --data "$work/data" >/dev/null 2>"$work/index.log" || true
tail -n 1 "$work/index.log" | grep -v '^report' || grep 'indexed' "$work/index.log" | tail -n 1
"$here/bin/muragat" serve --data "$work/data" --port "$port" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  sleep 0.5
done
python3 "$eval_dir/../score.py" "$eval_dir/queries.jsonl" --url "http://127.0.0.1:$port" "$@"
