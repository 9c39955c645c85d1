#!/usr/bin/env bash
# Muragat against Solr and PostgreSQL on a generated corpus (see README, Benchmarks):
#   bench/run.sh [--sizes 10000,100000,1000000] [--clients 4] [--queries-per-kind 200] [--seed 1]
#                [--targets muragat,muragat-exact,muragat-facets,muragat-solrcloud,solr,postgres] [--out DIR] [--target 'NAME=URL[,pid=PID][,index=DIR][,params=k=v&k=v]' ...] [--work DIR] [--keep]
#   bench/run.sh corpus --pages N [--out FILE.jsonl]     the corpus as JSONL
#   bench/run.sh queries [--per-kind N]                  the query set
#   bench/run.sh facts-cost [--pages 10000] [--rounds 2]  (or --facts-cost) indexing pages/s with case facts on and
#                                                        off, and their ratio: bench/results/facts-cost/
#   bench/run.sh facts-profile [--pages 3000]             where fact extraction spends its time, stage by stage
# Builds the server, the bench and the Solr peer first (MURAGAT_BENCH_NO_BUILD=1 skips that).
# Results: bench/results/latest.md, latest.json, latency.svg.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
if [ "${MURAGAT_BENCH_NO_BUILD:-}" != "1" ]; then
  mvn -B -ntp -q -pl app,bench,bench/solr-peer,solr-testkit -am package -DskipTests
fi
cmd="run"
case "${1:-}" in
  run|corpus|queries|load-muragat|facts-cost|facts-profile) cmd="$1"; shift ;;
  --facts-cost) cmd="facts-cost"; shift ;;
esac
exec java ${MURAGAT_BENCH_JAVA_OPTS:--Xmx2g} -Dfile.encoding=UTF-8 -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  kz.muragat.bench.Bench "$cmd" --home "$here" "$@"
