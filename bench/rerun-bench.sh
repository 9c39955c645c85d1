#!/usr/bin/env bash
# Bulk re-run figures: a folder of N scans (10 distinct generated pages, each copied N/10 times
# under other names, so only 10 pages need OCR), then times
#   1. the first `index` (10 pages OCR'd, the rest from the cache),
#   2. a second `index` with nothing changed,
#   3. `reindex` (the whole index rebuilt from the cache, no folder, no OCR).
#
#   bench/rerun-bench.sh [N=1000] [WORK_DIR=/tmp/muragat-rerun] [--workers W]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-1000}"; work="${2:-/tmp/muragat-rerun}"; shift $(( $# > 2 ? 2 : $# )) || true
muragat="${MURAGAT_BIN:-$here/bin/muragat}"
rm -rf "$work"; mkdir -p "$work/texts" "$work/scans"
for i in $(seq 1 10); do
  printf 'СПРАВКА № %d\nДело по обвинению гражданина Оспанова Т. пересмотрено %d.03.1958.\nОспанов Тураб реабилитирован посмертно.\n' "$i" "$i" > "$work/texts/doc-$i.txt"
done
"$muragat" generate "$work/texts" "$work/gen" --formats png --degradation light --seed 7 >/dev/null
per=$(( n / 10 ))
for i in $(seq 1 10); do
  mkdir -p "$work/scans/box-$i"
  for k in $(seq 1 "$per"); do cp "$work/gen/doc-$i.png" "$work/scans/box-$i/scan-$k.png"; done
done
echo "$(find "$work/scans" -type f | wc -l) files; load: $(cut -d' ' -f1-3 /proc/loadavg)"
t() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>"$work/last.log" || true; e=$(date +%s.%N); printf '%.1f' "$(echo "$e - $s" | bc)"; }
echo "first index (10 pages OCR'd, $((n - 10)) from the cache): $(t "$muragat" index "$work/scans" --data "$work/data" "$@") s"
grep '^indexed' "$work/last.log" || true
echo "no-change re-run over $n files: $(t "$muragat" index "$work/scans" --data "$work/data" "$@") s"
grep '^indexed' "$work/last.log" || true
echo "reindex from the cache ($n documents): $(t "$muragat" reindex --data "$work/data") s"
grep '^reindexed' "$work/last.log" || true
