#!/usr/bin/env bash
# A SolrCloud cluster on loopback with Muragat's configset and analysis jar, for tests and
# benchmarks (the test kit's MiniSolrCloudCluster: embedded ZooKeeper, Jetty nodes in this one JVM).
# Not a production deployment: see docs/solrcloud.md for that.
#
#   bench/solr-cluster.sh [cloud] [--shards 2] [--replicas 2] [--nodes 2] [--collection muragat] [--dir DIR]
#   bench/solr-cluster.sh standalone [--core muragat] [--port 0] [--dir DIR]
#
# Prints "ZK host:port/solr", one "NODE i http://127.0.0.1:PORT/solr" per node, "COLLECTION name"
# and "READY" on stdout (Solr's log on stderr), then runs until its stdin closes. In the
# background:  sleep infinity | bench/solr-cluster.sh > solr.out 2> solr.log &
# Needs the build (bin/setup or mvn -B -ntp package -DskipTests). SOLR_HEAP sets -Xmx (1g).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
kit="$here/solr-testkit/target/classes"
if [ ! -f "$kit/kz/muragat/solr/testkit/runtime.classpath" ]; then
  echo "solr-cluster: not built yet; run 'mvn -B -ntp package -DskipTests' (or bin/setup) first" >&2
  exit 3
fi
mode=cloud
if [ "${1:-}" = cloud ] || [ "${1:-}" = standalone ]; then mode="$1"; shift; fi
exec java "-Xmx${SOLR_HEAP:-1g}" -Dfile.encoding=UTF-8 -cp "$kit:$(cat "$kit/kz/muragat/solr/testkit/runtime.classpath")" \
  kz.muragat.solr.testkit.SolrRunner "$mode" --configset "$here/solr/configsets/muragat" "$@"
