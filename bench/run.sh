#!/usr/bin/env bash
# Load benchmark, end to end: check-in and call-next over HTTP on PostgreSQL, beside
# PostgreSQL's own single-row insert rate (pgbench) measured in the same run.
#
#   bench/run.sh                         # defaults below
#   CLIENTS=16 SECONDS_PER_PHASE=30 bench/run.sh
#
# Needs: Java 17, a PostgreSQL server (PGHOST/PGPORT/PGUSER, trust auth or PGPASSWORD), and the
# client tools createdb, dropdb, psql and pgbench. Creates the database $BENCH_DB, starts the
# app on it in demo mode on port $PORT, runs pgbench then the driver, prints a summary, then
# stops the app and drops the database. Results and logs go to bench/out/<timestamp>/.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)

# shellcheck source=bench/lib.sh
source bench/lib.sh
bench_postgres
BENCH_DB=${BENCH_DB:-mestieri_bench}
PORT=${PORT:-18080}
CLIENTS=${CLIENTS:-16}
SECONDS_PER_PHASE=${SECONDS_PER_PHASE:-30}
WARMUP=${WARMUP:-60}
MAX_CHECKINS=${MAX_CHECKINS:-200000}
AREAS=${AREAS:-LAVORO,IMPRESA,FORMAZIONE,ORIENTAMENTO}
PASSWORD=${PASSWORD:-bench-$(date +%s)-pw}
JAVA_OPTS=${JAVA_OPTS:-}
OUT=${OUT:-$ROOT/bench/out/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"

cleanup() {
  stop_app
  dropdb --if-exists "$BENCH_DB" 2>/dev/null || true
}
trap cleanup EXIT INT TERM

bench_jar
bench_machine

echo "== database $BENCH_DB"
dropdb --if-exists "$BENCH_DB"
createdb "$BENCH_DB"

start_app

echo "== pgbench: single-row insert, $CLIENTS clients, $SECONDS_PER_PHASE s (app idle)"
psql -q -d "$BENCH_DB" -v ON_ERROR_STOP=1 -f bench/pgbench-table.sql
pgbench -n -M prepared -c "$CLIENTS" -j "$(nproc)" -T 5 -f bench/pgbench-insert.sql "$BENCH_DB" >/dev/null
cpu_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }
read -r BUSY0 TOTAL0 < <(cpu_ticks)
TIMEFORMAT='pgbench client CPU: user %U s, sys %S s, wall %R s'
{ time pgbench -n -M prepared -c "$CLIENTS" -j "$(nproc)" -T "$SECONDS_PER_PHASE" -f bench/pgbench-insert.sql \
  "$BENCH_DB" ; } > "$OUT/pgbench.txt" 2>&1
read -r BUSY1 TOTAL1 < <(cpu_ticks)
cat "$OUT/pgbench.txt"
PG_TPS=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$OUT/pgbench.txt" | head -n1)
PG_LAT=$(sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p' "$OUT/pgbench.txt" | head -n1)
# CPU per insert: the machine's busy time during pgbench, and the part of it pgbench's own client used
PG_CLIENT_S=$(awk '/pgbench client CPU/ { print $5 + $8 }' "$OUT/pgbench.txt")
PG_CPU=$(awk -v b=$((BUSY1 - BUSY0)) -v c="$PG_CLIENT_S" -v n="$PG_TPS" -v s="$SECONDS_PER_PHASE" \
  'BEGIN { printf "machine %.3f ms, of which pgbench client %.3f ms", b * 10 / (n * s), c * 1000 / (n * s) }')
echo "CPU per pgbench insert: $PG_CPU (machine busy $(( 100 * (BUSY1 - BUSY0) / (TOTAL1 - TOTAL0) )) %)" | tee -a "$OUT/pgbench.txt"
psql -q -d "$BENCH_DB" -c 'drop table bench_visit'

# The warm-up leaves tens of thousands of people waiting, far more than a real centre; the
# queue position is a count over the people ahead, so both measured check-in runs (driver and
# SQL replay) start from empty queues. Finished visits stay: they feed the service-time estimate.
EMPTY_QUEUES="psql -q -d $BENCH_DB -c \"delete from reception_visit where status = 'WAITING'\" && psql -q -d $BENCH_DB -c 'vacuum analyze reception_visit'"

echo "== load driver"
set +e
java bench/LoadDriver.java --base "http://127.0.0.1:$PORT" --password "$PASSWORD" --clients "$CLIENTS" \
  --warmup "$WARMUP" --checkin-seconds "$SECONDS_PER_PHASE" --max-checkins "$MAX_CHECKINS" \
  --call-seconds "$SECONDS_PER_PHASE" --areas "$AREAS" \
  --app-pid "$APP_PID" --database "$BENCH_DB" --after-warmup "$EMPTY_QUEUES" --out "$OUT/driver.properties" | tee "$OUT/driver.txt"
DRIVER_RC=${PIPESTATUS[0]}
set -e
[[ -f "$OUT/driver.properties" ]] || { echo "the driver failed (rc $DRIVER_RC)" >&2; exit 1; }
prop() { sed -n "s/^$1=//p" "$OUT/driver.properties"; }

# The same check-in SQL replayed by pgbench without the app (app idle, queues as the driver left them)
SITE_ID=$(psql -d "$BENCH_DB" -Atc "select min(id) from centre_site")
AREA_IDS=$(psql -d "$BENCH_DB" -Atc "select min(id) || ' ' || max(id) || ' ' || count(*) from centre_area where code = any(string_to_array('$AREAS', ','))")
DAY=$(psql -d "$BENCH_DB" -Atc "select max(ticket_day) from reception_ticket_counter")
read -r AMIN AMAX ACOUNT <<<"$AREA_IDS"
SQL_TPS=
if [[ $((AMAX - AMIN + 1)) == "$ACOUNT" && -n "$DAY" ]]; then
  echo "== pgbench: the check-in's SQL without the app, $CLIENTS clients, $SECONDS_PER_PHASE s (queues emptied first)"
  bash -c "$EMPTY_QUEUES"
  pgbench -n -M prepared -c "$CLIENTS" -j "$(nproc)" -T "$SECONDS_PER_PHASE" -D site="$SITE_ID" -D amin="$AMIN" \
    -D amax="$AMAX" -D day="$DAY" -f bench/pgbench-checkin.sql "$BENCH_DB" > "$OUT/pgbench-checkin.txt" 2>&1 || true
  SQL_TPS=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$OUT/pgbench-checkin.txt" | head -n1)
  grep -E '^(tps|latency average|number of failed)' "$OUT/pgbench-checkin.txt" || tail -n 5 "$OUT/pgbench-checkin.txt"
else
  echo "(areas $AREAS are not numbered contiguously: check-in SQL replay skipped)"
fi

psql -d "$BENCH_DB" -Atc "select 'visits: ' || count(*) || ', waiting at the end: ' || count(*) filter (where status = 'WAITING') from reception_visit" | tee -a "$OUT/driver.txt"
echo "uptime after: $(uptime)" | tee -a "$OUT/machine.txt"

CHECKIN_RPS=$(prop checkin.rps)
CHECKIN_P99=$(prop checkin.p99)
CALL_P99=$(prop callnext.p99)
ERRORS=$(prop errors)
RATIO=$(awk -v a="$CHECKIN_RPS" -v b="$PG_TPS" 'BEGIN { printf "%.1f", 100 * a / b }')
verdict() { awk -v ok="$1" 'BEGIN { print (ok ? "met" : "MISSED") }'; }
RATIO_OK=$(verdict "$(awk -v r="$RATIO" 'BEGIN { print (r >= 30) }')")
P99_OK=$(verdict "$(awk -v a="$CHECKIN_P99" -v b="$CALL_P99" 'BEGIN { print (a < 50 && b < 50) }')")

{
  echo
  echo "== summary ($CLIENTS clients, $SECONDS_PER_PHASE s per phase, $(nproc) cores)"
  printf "pgbench single-row insert:   %8.0f tps   (latency avg %s ms)\n" "$PG_TPS" "$PG_LAT"
  echo "   CPU per insert: $PG_CPU"
  [[ -n "$SQL_TPS" ]] && printf "check-in SQL alone (pgbench):%8.0f tps   (bench/pgbench-checkin.sql: what PostgreSQL allows without the app)\n" "$SQL_TPS"
  printf "check-in over HTTP:          %8s req/s  p50 %s ms  p99 %s ms\n" "$CHECKIN_RPS" "$(prop checkin.p50)" "$CHECKIN_P99"
  printf "call-next over HTTP:         %8s req/s  p50 %s ms  p99 %s ms (2 desks, each call followed by a finish)\n" "$(prop callnext.rps)" "$(prop callnext.p50)" "$CALL_P99"
  printf "finish over HTTP:            %8s req/s  p50 %s ms  p99 %s ms\n" "$(prop finish.rps)" "$(prop finish.p50)" "$(prop finish.p99)"
  echo "CPU ms per check-in: app $(prop checkin.cpu.app), PostgreSQL $(prop checkin.cpu.postgres), driver $(prop checkin.cpu.driver), other processes $(prop checkin.cpu.other) (machine busy $(prop checkin.cpu.busy) %)"
  echo "errors: $ERRORS"
  echo "check-ins / pgbench inserts: $RATIO %  (goal >= 30 %: $RATIO_OK)"
  [[ -n "$SQL_TPS" ]] && echo "check-in SQL alone / pgbench inserts: $(awk -v a="$SQL_TPS" -v b="$PG_TPS" 'BEGIN { printf "%.1f", 100 * a / b }') %  (the ceiling of the ratio above for this SQL, whatever the app does)"
  echo "p99 < 50 ms for check-in and call-next: $P99_OK"
} | tee "$OUT/summary.txt"

[[ "$ERRORS" == 0 ]]
