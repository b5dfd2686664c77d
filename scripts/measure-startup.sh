#!/usr/bin/env bash
# Measures the service jar's start-up: milliseconds from launch to the first answered GET /health,
# the CPU time it used to get there, and its resident set size (VmRSS from /proc, Linux) then and
# after a few API calls and after a load run (LOAD_REQUESTS, default 400: KP creates and list calls,
# 8 at a time, through the embedded sandbox providers).
# Usage: scripts/measure-startup.sh [runs] (default 3), after `mvn -B -q install -DskipTests` or
# `mvn -B -q -pl bootstrap-micronaut -am package -DskipTests`. Sandbox mode, as the README's first
# command starts it, in a fresh temporary directory (so a fresh ./data H2 database) and a free port.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR="$PWD/bootstrap-micronaut/target/hpp-gateway.jar"
# JAVA: the java binary (default: java on the PATH); JAVA_OPTS: extra JVM flags, e.g. an AOT cache
# made by scripts/make-aot-cache.sh: JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
# JAVA_OPTS=-XX:AOTCache=bootstrap-micronaut/target/hpp-gateway.aot
JAVA="${JAVA:-java}"
JAVA_OPTS="${JAVA_OPTS:-}"
RUNS="${1:-3}"
LOAD_REQUESTS="${LOAD_REQUESTS:-400}"
[ -f "$JAR" ] || { echo "no $JAR: build it first" >&2; exit 1; }
KEY=hppk_sandboxDemoKeyNotForRealPayments
echo "java: $("$JAVA" -version 2>&1 | head -n 1) ${JAVA_OPTS}; cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$RUNS"); do
  work="$(mktemp -d)"
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
  start=$(date +%s%N)
  (cd "$work" && exec env MICRONAUT_SERVER_PORT="$port" "$JAVA" $JAVA_OPTS -jar "$JAR" >"$work/out.log" 2>&1) &
  pid=$!
  ms=""
  for _ in $(seq 1 6000); do
    if curl -s -o /dev/null -m 1 "http://127.0.0.1:$port/health"; then
      ms=$(( ($(date +%s%N) - start) / 1000000 )); break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.02
  done
  rss_start=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status" 2>/dev/null || echo "?")
  # CPU time the JVM used to get there (user + system), less bent by other load than wall time
  cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat" 2>/dev/null || echo "?")
  for _ in $(seq 1 20); do
    curl -s -o /dev/null -H "Authorization: Bearer $KEY" "http://127.0.0.1:$port/v1/hpp-sessions"
  done
  rss_after=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status" 2>/dev/null || echo "?")
  body='{"provider":"klarna-kp","merchant_reference":"startup-load","purchase_country":"SE","currency":"SEK","locale":"sv-SE","amount":25000,"tax_amount":5000,"order_lines":[{"type":"physical","name":"T-shirt","quantity":2,"unit_price":12500,"tax_rate":2500,"total_amount":25000,"total_tax_amount":5000}]}'
  load_start=$(date +%s%N)
  codes=$(seq 1 "$LOAD_REQUESTS" | xargs -P 8 -I{} sh -c '
    if [ $(({} % 2)) -eq 0 ]; then
      curl -s -o /dev/null -w "%{http_code}\n" -m 30 -H "Authorization: Bearer $1" -H "Content-Type: application/json" -d "$2" "$3/v1/hpp-sessions"
    else
      curl -s -o /dev/null -w "%{http_code}\n" -m 30 -H "Authorization: Bearer $1" "$3/v1/hpp-sessions?limit=20"
    fi' _ "$KEY" "$body" "http://127.0.0.1:$port" | sort | uniq -c | tr -s ' \n' ' ')
  load_ms=$(( ($(date +%s%N) - load_start) / 1000000 ))
  rss_load=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status" 2>/dev/null || echo "?")
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$work"
  echo "run $run: start-up ${ms:-failed} ms (launch to first answered /health, ${cpu_ms} ms CPU); RSS ${rss_start} MB at start-up, ${rss_after} MB after 20 list calls, ${rss_load} MB after a load run of ${LOAD_REQUESTS} requests in ${load_ms} ms (HTTP status counts:${codes})"
done
