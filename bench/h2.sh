#!/usr/bin/env bash
# Check-in and call-next over HTTP on the embedded H2 file database, once with the default URL
# (WRITE_DELAY=0: every commit written at once) and once with H2's own default write delay, to
# show what durability costs a small centre on the embedded default.
#
#   bench/h2.sh                          # 16 clients, 30 s warm-up, 30 s per phase
#   CLIENTS=4 bench/h2.sh
#
# Needs only Java 17 (and curl). Each run starts the app in demo mode on a fresh H2 file under
# $OUT on port $PORT, runs bench/LoadDriver.java, then stops it. Results go to bench/out/h2-<timestamp>/.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
# shellcheck source=bench/lib.sh
source bench/lib.sh
PORT=${PORT:-18081}
CLIENTS=${CLIENTS:-16}
SECONDS_PER_PHASE=${SECONDS_PER_PHASE:-30}
WARMUP=${WARMUP:-30}
PASSWORD=${PASSWORD:-bench-$(date +%s)-pw}
OUT=${OUT:-$ROOT/bench/out/h2-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"
bench_jar

for variant in write-delay-0 h2-default-write-delay; do
  dir="$OUT/$variant"
  mkdir -p "$dir"
  url="jdbc:h2:file:$dir/db/mestieri;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000"
  [[ $variant == write-delay-0 ]] && url="$url;WRITE_DELAY=0"
  SPRING_DATASOURCE_URL="$url" MESTIERI_DEMO=true MESTIERI_DEMO_PASSWORD="$PASSWORD" SERVER_PORT="$PORT" \
    MESTIERI_INDEX_DIRECTORY="$dir/index" MESTIERI_STORAGE_DIRECTORY="$dir/documents" \
    java -Dmestieri.resources.load-bundled-classification=false -jar "$JAR" >"$dir/app.log" 2>&1 &
  APP_PID=$!
  trap 'kill $APP_PID 2>/dev/null || true' EXIT
  for _ in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
    sleep 1
  done
  echo "== $variant: $url"
  java bench/LoadDriver.java --base "http://127.0.0.1:$PORT" --password "$PASSWORD" --clients "$CLIENTS" \
    --warmup "$WARMUP" --checkin-seconds "$SECONDS_PER_PHASE" --call-seconds "$SECONDS_PER_PHASE" \
    --app-pid "$APP_PID" --out "$dir/driver.properties" | tee "$dir/driver.txt"
  kill "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
done
