#!/usr/bin/env bash
# CER with and without preprocessing, through `muragat ocr` (the indexer's own OCR path):
#   - generated heavy-degradation pages (8 retrieval texts rendered by `muragat generate`),
#   - the same pages turned 90/180/270° (orientation detection),
#   - ../shared/eval/ocr/ehri_typewritten_sk (real 1938 typescript; needs tesseract-ocr-slk),
#   - ../shared/eval/ocr/vyl_tujod_1939 (real newspaper lines, --psm 7, --fold), every 4th line.
#
#   bench/preprocess-eval.sh [WORK_DIR=/tmp/muragat-pre-eval] [SETTINGS...]   (default: "off on")
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
eval_dir="${MURAGAT_EVAL:-$here/../shared/eval}"
work="${1:-/tmp/muragat-pre-eval}"; [ $# -gt 0 ] && shift
if [ $# -gt 0 ]; then settings=("$@"); else settings=(off on); fi
muragat="${MURAGAT_BIN:-$here/bin/muragat}"
mkdir -p "$work"
if [ ! -d "$work/heavy" ]; then
  mkdir -p "$work/texts"
  texts=("$eval_dir"/retrieval/texts/rec*)
  cp "${texts[@]:0:8}" "$work/texts/"
  "$muragat" generate "$work/texts" "$work/gen" --degradation heavy --formats png --seed 11 >/dev/null
  python3 - "$work" <<'PY'
import glob, json, os, shutil, subprocess, sys
work = sys.argv[1]
os.makedirs(f"{work}/heavy", exist_ok=True); os.makedirs(f"{work}/rotated", exist_ok=True)
for i, js in enumerate(sorted(glob.glob(f"{work}/gen/.truth/*.json"))):
    name = os.path.basename(js)[:-5]
    text = json.load(open(js, encoding="utf-8"))["pages"][0]["text"]
    for d in ("heavy", "rotated"):
        open(f"{work}/{d}/{name}.gt.txt", "w", encoding="utf-8").write(text)
    shutil.copy(f"{work}/gen/{name}.png", f"{work}/heavy/{name}.png")
    deg = (i % 3 + 1) * 90
    subprocess.run(["jshell", "-q", "-R-Djava.awt.headless=true", "-"], input=f'''
import java.awt.geom.*; import java.awt.image.*; import javax.imageio.*; import java.io.*;
var in = ImageIO.read(new File("{work}/gen/{name}.png")); int w = in.getWidth(), h = in.getHeight(); int deg = {deg};
var out = new BufferedImage(deg == 180 ? w : h, deg == 180 ? h : w, BufferedImage.TYPE_BYTE_GRAY); var t = new AffineTransform();
if (deg == 90) {{ t.translate(h, 0); t.rotate(Math.PI / 2); }} else if (deg == 180) {{ t.translate(w, h); t.rotate(Math.PI); }} else {{ t.translate(0, w); t.rotate(-Math.PI / 2); }}
var g = out.createGraphics(); g.drawImage(in, t, null); g.dispose(); ImageIO.write(out, "png", new File("{work}/rotated/{name}.png"));
/exit
''', text=True, check=True, capture_output=True)
PY
fi
if [ ! -d "$work/vyl" ]; then
  mkdir -p "$work/vyl"
  lines=("$eval_dir"/ocr/vyl_tujod_1939/*.tif)
  for ((i = 0; i < ${#lines[@]}; i += 4)); do
    gt="${lines[i]%.tif}.gt.txt"
    [ -f "$gt" ] && cp "${lines[i]}" "$gt" "$work/vyl/"
  done
fi
for s in "${settings[@]}"; do
  echo "== --preprocess $s"
  python3 "$eval_dir/cer.py" "$work/heavy" -- "$muragat" ocr --preprocess "$s"
  python3 "$eval_dir/cer.py" "$work/rotated" -- "$muragat" ocr --preprocess "$s"
  python3 "$eval_dir/cer.py" "$eval_dir/ocr/ehri_typewritten_sk" -- "$muragat" ocr --ocr-langs slk --preprocess "$s"
  python3 "$eval_dir/cer.py" "$work/vyl" --fold -- "$muragat" ocr --psm 7 --preprocess "$s"
done
