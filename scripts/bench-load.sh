#!/usr/bin/env bash
# The load benchmark (BENCHMARKS.md, issue 13): starts the provider sandbox and the service jar as
# their own JVMs on 127.0.0.1, measures KP creates directly against the sandbox (the baseline) and
# through the gateway (H2 file, then PostgreSQL database hpp_bench, recreated), get by id, a list
# page and provider callbacks at concurrency 1, 8, 32; stops everything; writes
# benchmarks/target/load-results.json and .md. Bounded: at most --requests per run and --seconds
# per run (defaults 3000 and 8 s, plus a warm-up of 300 requests / 3 s), a few minutes in all.
# Usage: scripts/bench-load.sh [--quick] [--concurrency 1,8,32] [--requests N] [--seconds S]
#          [--warmup N] [--db h2,pg] [--out FILE] [--jvm-args "-Xmx256m ..."]
# Build first: mvn -B -Pbenchmarks -pl benchmarks -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=benchmarks/target/benchmarks.jar
for jar in "$BENCH" bootstrap-micronaut/target/hpp-gateway.jar; do
  [ -f "$jar" ] || { echo "no $jar: mvn -B -Pbenchmarks -pl benchmarks -am package -DskipTests" >&2; exit 1; }
done
exec java -cp "$BENCH" dev.hppgateway.bench.load.LoadBench "$@"
