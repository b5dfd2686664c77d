#!/usr/bin/env bash
# Growth benchmark (BENCHMARKS.md, issue 13) on PostgreSQL (127.0.0.1:5432, database hpp_bench,
# recreated): the service jar and the provider sandbox as their own JVMs; <pages> clones of a real
# page seeded straight into hpp_sessions; then creates, get by id and list pages through the API,
# and EXPLAIN (ANALYZE, BUFFERS) of the get and list queries. --sweep-pages K also times the sweep
# expiring K seeded pages. Writes benchmarks/target/growth-<pages>.md.
# Usage: scripts/bench-growth.sh <pages: 1000 | 100000 | 1000000> [--quick] [--concurrency 8]
#          [--requests N] [--seconds S] [--sweep-pages K]
# Build first: mvn -B -Pbenchmarks -pl benchmarks -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { sed -n '2,9p' "$0" >&2; exit 2; }
BENCH=benchmarks/target/benchmarks.jar
for jar in "$BENCH" bootstrap-micronaut/target/hpp-gateway.jar; do
  [ -f "$jar" ] || { echo "no $jar: mvn -B -Pbenchmarks -pl benchmarks -am package -DskipTests" >&2; exit 1; }
done
exec java -cp "$BENCH" dev.hppgateway.bench.load.GrowthBench "$@"
