#!/usr/bin/env bash
# CER of `muragat ocr` per degradation level on generated scans of the dev texts, for one or more
# builds side by side (the same pages for each):
#   - every 6th text of ../shared/eval/retrieval/texts and every 5th of ../shared/eval/facts/texts,
#     rendered as PNG by `muragat generate`, the levels light, medium, heavy given in turn;
#   - ../shared/eval/ocr/ehri_typewritten_sk (real 1938 typescript; needs tesseract-ocr-slk).
#
#   bench/ocr-eval.sh [WORK_DIR=/tmp/muragat-ocr-eval] [MURAGAT_BIN...]   (default: this build's bin/muragat)
# Extra options for `muragat ocr`: OCR_ARGS="--preprocess off" bench/ocr-eval.sh ...
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
eval_dir="${MURAGAT_EVAL:-$here/../shared/eval}"
work="${1:-/tmp/muragat-ocr-eval}"; [ $# -gt 0 ] && shift
if [ $# -gt 0 ]; then bins=("$@"); else bins=("$here/bin/muragat"); fi
read -r -a ocr_args <<< "${OCR_ARGS:-}"
if [ ! -d "$work/light" ]; then
  mkdir -p "$work/texts"
  levels=(light medium heavy)
  i=0
  : > "$work/plan.csv"
  pick() { # folder step
    local n=0
    for t in "$1"/*.txt; do
      if (( n % $2 == 0 )); then
        name="$(basename "$t" .txt)"
        cp "$t" "$work/texts/"
        echo "$name,png,${levels[i % 3]}" >> "$work/plan.csv"
        i=$((i + 1))
      fi
      n=$((n + 1))
    done
  }
  pick "$eval_dir/retrieval/texts" 6
  pick "$eval_dir/facts/texts" 5
  "${bins[0]}" generate "$work/texts" "$work/gen" --plan "$work/plan.csv" --seed 21 >/dev/null
  python3 - "$work" <<'PY'
import glob, json, os, shutil, sys
work = sys.argv[1]
for js in sorted(glob.glob(f"{work}/gen/.truth/*.json")):
    truth = json.load(open(js, encoding="utf-8"))
    name, level = os.path.basename(js)[:-5], truth["degradation"]
    os.makedirs(f"{work}/{level}", exist_ok=True)
    open(f"{work}/{level}/{name}.gt.txt", "w", encoding="utf-8").write(truth["pages"][0]["text"])
    shutil.copy(f"{work}/gen/{name}.png", f"{work}/{level}/{name}.png")
PY
fi
for bin in "${bins[@]}"; do
  echo "== $bin ${ocr_args[*]}"
  for level in light medium heavy; do
    python3 "$eval_dir/cer.py" "$work/$level" -- "$bin" ocr "${ocr_args[@]}"
  done
  if [ -d "$eval_dir/ocr/ehri_typewritten_sk" ]; then
    python3 "$eval_dir/cer.py" "$eval_dir/ocr/ehri_typewritten_sk" -- "$bin" ocr --ocr-langs slk "${ocr_args[@]}"
  fi
done
