#!/usr/bin/env bash
# Makes a start-up cache for the service jar by one training run: the jar is started in sandbox mode
# in a temporary directory, answers /health, a list and a create, and is stopped; the JVM writes what
# it loaded and linked to a file next to the jar. Later starts given that file skip most class
# loading and linking (see BENCHMARKS.md for the figures):
#   Java 25 (Temurin, /usr/lib/jvm/temurin-25-jdk-amd64): an AOT cache (JEP 483/514/515)
#     -> bootstrap-micronaut/target/hpp-gateway.aot, used with  java -XX:AOTCache=<file> -jar ...
#   Java 17 (the default java): a dynamic AppCDS archive
#     -> bootstrap-micronaut/target/hpp-gateway.jsa, used with  java -XX:SharedArchiveFile=<file> -jar ...
# A cache belongs to one jar and one JVM build: make it again after every build of the jar. A JVM
# that cannot use the file says so and starts without it (the jar runs the same either way).
# Usage: scripts/make-startup-cache.sh [path/to/java]   (default: java on the PATH)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${1:-java}"
JAR="$PWD/bootstrap-micronaut/target/hpp-gateway.jar"
[ -f "$JAR" ] || { echo "no $JAR: build it first (mvn -B -q install -DskipTests)" >&2; exit 1; }
feature=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
if [ "${feature%%.*}" -ge 25 ]; then
  out="$PWD/bootstrap-micronaut/target/hpp-gateway.aot"
  flag="-XX:AOTCacheOutput=$out"
  use="-XX:AOTCache=$out"
else
  out="$PWD/bootstrap-micronaut/target/hpp-gateway.jsa"
  flag="-XX:ArchiveClassesAtExit=$out"
  use="-XX:SharedArchiveFile=$out"
fi
rm -f "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
(cd "$work" && exec env MICRONAUT_SERVER_PORT="$port" "$JAVA" "$flag" -jar "$JAR" >"$work/training.log" 2>&1) &
pid=$!
for _ in $(seq 1 600); do
  curl -s -o /dev/null -m 1 "http://127.0.0.1:$port/health" && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/training.log" >&2; exit 1; }
  sleep 0.2
done
KEY=hppk_sandboxDemoKeyNotForRealPayments
body='{"provider":"klarna-kp","merchant_reference":"training","purchase_country":"SE","currency":"SEK","locale":"sv-SE","amount":10000,"tax_amount":2000,"order_lines":[{"type":"physical","name":"T-shirt","quantity":1,"unit_price":10000,"tax_rate":2500,"total_amount":10000,"total_tax_amount":2000}]}'
for _ in $(seq 1 5); do
  curl -s -o /dev/null -m 30 -H "Authorization: Bearer $KEY" "http://127.0.0.1:$port/v1/hpp-sessions"
  curl -s -o /dev/null -m 30 -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" \
    -d "$body" "http://127.0.0.1:$port/v1/hpp-sessions"
done
kill "$pid"
# the JVM writes the cache as it exits (Java 25 assembles it in a child process): wait for it
wait "$pid" 2>/dev/null || true
for _ in $(seq 1 600); do
  [ -s "$out" ] && ! pgrep -f -- "AOTCacheOutput=$out" >/dev/null && break
  sleep 0.5
done
[ -s "$out" ] || { echo "no cache written; the training log:" >&2; tail -20 "$work/training.log" >&2; exit 1; }
echo "wrote $out ($(du -h "$out" | cut -f1)); start the service with:"
echo "  $JAVA $use -jar bootstrap-micronaut/target/hpp-gateway.jar"
