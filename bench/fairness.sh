#!/usr/bin/env bash
# Fairness between clients, measured: the median latency of one reader (a one-word search every
# 100 ms) alone, while 8 clients send 1,000-character queries at 1 request/s each ("paced", the
# attack of issue 18), and while 8 clients flood with 8 connections each ("flood") — with the
# per-client gate off (--client-concurrency 0, as before) and on (the default 2, and 1), on the
# same index in the same run. Each client sends from its own loopback address.
#
#   bench/fairness.sh [WORK_DIR=/tmp/muragat-fairness] [SECONDS=30] [DOCS=3000] [CHARS=1000] [CONNS=8]
#
# CHARS is the length of the 8 clients' queries (1,000: the attack's), CONNS the connections of
# each flooding client. On a busy machine shorter queries keep a run within minutes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/muragat-fairness}"; secs="${2:-30}"; docs="${3:-3000}"; chars="${4:-1000}"; conns="${5:-8}"
port="${FAIRNESS_PORT:-7221}"
muragat="${MURAGAT_BIN:-$here/bin/muragat}"
mkdir -p "$work"
if [ ! -d "$work/data/index" ]; then
  rm -rf "$work/docs"; mkdir -p "$work/docs"
  # pseudo-words from Russian syllables: a vocabulary of tens of thousands of terms, as in a real
  # archive, so a long query's loose (OCR-tolerant) terms expand as they would there
  python3 - "$work/docs" "$docs" "$work/words.txt" <<'PY'
import random, sys
random.seed(7)
out, n, words_file = sys.argv[1], int(sys.argv[2]), sys.argv[3]
syl = ['ка','ра','ба','то','ли','ме','но','ст','ве','да','жу','ма','се','ки','ул','ан','ов','ев','ин','ск','ой','ая','ет','ор']
vocab = sorted({''.join(random.choice(syl) for _ in range(random.randint(2, 5))) for _ in range(40000)})
open(words_file, 'w', encoding='utf-8').write('\n'.join(vocab))
for i in range(n):
    text = ' '.join(random.choice(vocab) for _ in range(300))
    if i % 10 == 0: text += ' реабилитирован посмертно'
    open('%s/doc-%05d.txt' % (out, i), 'w', encoding='utf-8').write(text)
PY
  "$muragat" index "$work/docs" --data "$work/data" >"$work/index.log" 2>&1 || { tail "$work/index.log"; exit 1; }
fi
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for gate in 0 2 1; do
  "$muragat" serve --data "$work/data" --port "$port" --client-concurrency "$gate" --rate-limit 0 --audit-log "$work/audit.jsonl" \
    >"$work/serve-$gate.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 0.5; done
  for mode in alone paced flood; do
    printf 'client-concurrency %s  ' "$gate"
    python3 "$here/bench/fairness/driver.py" "$port" "$secs" "$mode" "$work/words.txt" "$chars" "$conns"
    sleep 15 # the server finishes what the last mode's clients left behind
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
