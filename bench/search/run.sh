#!/usr/bin/env bash
# Search benchmark, end to end, on PostgreSQL: the bundled ESCO data plus 100,000 generated job
# offers and 10,000 courses; index build time and memory; relevance (Recall@10, MRR@10) and
# latency over HTTP at $CLIENTS clients, each beside PostgreSQL full-text search on the same rows;
# then the in-process latency with JMH (unless NO_JMH=1).
#
#   bench/search/run.sh
#   CLIENTS=16 SECONDS_PER_PHASE=30 bench/search/run.sh
#
# The HTTP phases warm up for WARMUP seconds (180) before measuring: on two cores the JIT needs
# minutes of this load to compile the search (after 30 s, C2 still took a fifth of the CPU).
#
# Needs: Java 17, a local PostgreSQL server (PGHOST/PGPORT/PGUSER, trust auth or PGPASSWORD) and
# createdb, dropdb, psql; wrk for the HTTP load (apt-get install wrk), else SearchLoad.java's Java
# client is used (JAVA_DRIVER=1 forces it). Creates the database $BENCH_DB, starts the app on it
# in demo mode on port $PORT, waits for the bundled classification, generates the catalogue,
# rebuilds the index, runs the measures, prints a summary, then stops the app and drops the
# database (KEEP_DB=1 keeps it).
# Results and logs go to bench/out/search-<timestamp>/. To iterate on the search code, keep the
# database and the index of a first run and reuse them (the catalogue is not generated again and
# the index is not rebuilt when it is there):
#
#   KEEP_DB=1 INDEX_DIR=/tmp/search-index bench/search/run.sh
#   REUSE_DB=1 INDEX_DIR=/tmp/search-index REBUILD=1 NO_JMH=1 bench/search/run.sh
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)

# shellcheck source=bench/lib.sh
source bench/lib.sh
bench_postgres
BENCH_DB=${BENCH_DB:-mestieri_search_bench}
PORT=${PORT:-18080}
CLIENTS=${CLIENTS:-16}
SECONDS_PER_PHASE=${SECONDS_PER_PHASE:-30}
WARMUP=${WARMUP:-180}
PASSWORD=${PASSWORD:-bench-$(date +%s)-pw}
# The JVM options docs/operations.md recommends for production ("JVM options"): a young generation of
# 2 GB, so that the collector pauses a few times a minute rather than twice a second.
JAVA_OPTS=${JAVA_OPTS:--Xms3g -Xmn2g}
OUT=${OUT:-$ROOT/bench/out/search-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"

cleanup() {
  stop_app
  [[ -n "${KEEP_DB:-}${REUSE_DB:-}" ]] || dropdb --if-exists "$BENCH_DB" 2>/dev/null || true
}
trap cleanup EXIT INT TERM

bench_jar
PG_JAR=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -n1)

bench_machine

echo "== database $BENCH_DB"
if [[ -z "${REUSE_DB:-}" ]]; then
  dropdb --if-exists "$BENCH_DB"
  createdb "$BENCH_DB"
fi
INDEX_DIR=${INDEX_DIR:-$OUT/index}
REUSE_INDEX=
[[ -n "${REUSE_DB:-}" && -n "$(ls -A "$INDEX_DIR" 2>/dev/null)" ]] && REUSE_INDEX=1

start_app MESTIERI_INDEX_DIRECTORY="$INDEX_DIR"

echo "== waiting for the bundled classification (first start)"
for i in $(seq 1 900); do
  STATUS=$(psql -d "$BENCH_DB" -Atc "select status from resources_classification_import order by id desc limit 1" 2>/dev/null || true)
  [[ "$STATUS" == DONE ]] && break
  [[ "$STATUS" == FAILED ]] && { echo "the bundled classification failed; see $OUT/app.log" >&2; exit 1; }
  sleep 1
done
[[ "$STATUS" == DONE ]] || { echo "the bundled classification did not finish in 900 s" >&2; exit 1; }
psql -d "$BENCH_DB" -Atc "select 'bundled classification: ' || occupations || ' occupations, ' || skills || ' skills, '
  || relations || ' relations, ' || labels || ' labels in '
  || round(extract(epoch from finished_at - started_at)::numeric, 1) || ' s (' || source || ')'
  from resources_classification_import order by id" | tee "$OUT/classification.txt"

TIMEFORMAT='%R'
OFFERS=$(psql -d "$BENCH_DB" -Atc "select count(*) from resources_job_offer")
if (( OFFERS >= 100000 )); then
  echo "== reusing the generated catalogue"
  echo reused > "$OUT/generate-time.txt"
else
echo "== generating 100,000 job offers and 10,000 courses"
{ time psql -q -d "$BENCH_DB" -v ON_ERROR_STOP=1 -f bench/search/generate.sql >/dev/null ; } 2> "$OUT/generate-time.txt"
fi
psql -d "$BENCH_DB" -Atc "select 'offers: ' || count(*) || ' (' || count(*) filter (where expires_on < current_date) || ' expired)' from resources_job_offer;
  select 'courses: ' || count(*) from resources_course; select 'occupations: ' || count(*) from resources_occupation" | tee "$OUT/data.txt"

if [[ -n "$REUSE_INDEX" ]]; then
  echo "== reusing the index in $INDEX_DIR" | tee "$OUT/index.txt"
else
echo "== rebuilding the index (POST /api/v1/search/index)"
LOCATION=$(curl -fs -u "coordinator:$PASSWORD" -X POST -D - -o /dev/null "http://127.0.0.1:$PORT/api/v1/search/index" \
  | sed -n 's/^[Ll]ocation: *\([^\r]*\).*/\1/p')
[[ -n "$LOCATION" ]] || { echo "the rebuild did not start" >&2; exit 1; }
case "$LOCATION" in http*) JOB_URL=$LOCATION ;; *) JOB_URL="http://127.0.0.1:$PORT$LOCATION" ;; esac
START=$(date +%s.%N)
for i in $(seq 1 1800); do
  JOB=$(curl -fs -u "coordinator:$PASSWORD" "$JOB_URL" || true)
  echo "$JOB" | grep -q '"status" *: *"DONE"' && break
  echo "$JOB" | grep -q '"status" *: *"FAILED"' && { echo "the rebuild failed: $JOB" >&2; exit 1; }
  sleep 1
done
INDEX_SECONDS=$(awk -v s="$START" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
INDEX_SIZE=$(du -sm "$INDEX_DIR" | cut -f1)
jcmd "$APP_PID" GC.run >/dev/null
sleep 2
HEAP_USED=$(jcmd "$APP_PID" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); print int(v / 1024); exit } }')
RSS=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$APP_PID/status")
echo "index rebuilt in $INDEX_SECONDS s: $INDEX_SIZE MB on disk; heap used after a full GC $HEAP_USED MB, resident $RSS MB" | tee "$OUT/index.txt"
fi

echo "== PostgreSQL full-text search tables (bench/search/fts.sql)"
{ time psql -q -d "$BENCH_DB" -v ON_ERROR_STOP=1 -f bench/search/fts.sql ; } 2> "$OUT/fts-time.txt"
FTS_SIZE=$(psql -d "$BENCH_DB" -Atc "select pg_total_relation_size('bench_fts_all') / 1048576")
echo "PostgreSQL FTS tables built in $(cat "$OUT/fts-time.txt") s, bench_fts_all $FTS_SIZE MB" | tee -a "$OUT/index.txt"

echo "== relevance"
java -cp "$PG_JAR" bench/search/SearchRelevance.java --data src/main/resources/data --queries "$OUT/queries.tsv" \
  --base "http://127.0.0.1:$PORT" --jdbc "jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB?user=$PGUSER" \
  --out "$OUT/relevance.md"

echo "== latency over HTTP, $CLIENTS clients (warm-up $WARMUP s, $SECONDS_PER_PHASE s measured)"
if command -v wrk >/dev/null && [[ -z "${JAVA_DRIVER:-}" ]]; then
  # wrk (Debian's package), a C client: it leaves the two cores to the application (0.07 ms of CPU
  # per request against 0.3 to 0.6 ms for SearchLoad's Java client).
  cpu_ticks() { awk '{ split(substr($0, index($0, ") ") + 2), f, " "); print f[12] + f[13] }' "/proc/$1/stat"; }
  wrk -t 2 -c "$CLIENTS" -d "${WARMUP}s" -s bench/search/search.lua "http://127.0.0.1:$PORT" -- "$OUT/queries.tsv" >/dev/null
  SERVER_BEFORE=$(cpu_ticks "$APP_PID")
  TIMEFORMAT='%U %S'
  { time wrk -t 2 -c "$CLIENTS" -d "${SECONDS_PER_PHASE}s" -s bench/search/search.lua "http://127.0.0.1:$PORT" \
      -- "$OUT/queries.tsv" > "$OUT/wrk.txt" ; } 2> "$OUT/wrk-cpu.txt"
  TIMEFORMAT='%R'
  SERVER_AFTER=$(cpu_ticks "$APP_PID")
  REQUESTS=$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' "$OUT/wrk.txt")
  { grep '^target=' "$OUT/wrk.txt"
    awk -v a="$SERVER_BEFORE" -v b="$SERVER_AFTER" -v r="$REQUESTS" -v t="$(cat "$OUT/wrk-cpu.txt")" 'BEGIN {
      split(t, u, " "); printf "cpu per request: server=%.2fms driver=%.2fms\n", (b - a) * 10 / r, (u[1] + u[2]) * 1000 / r }'
  } | tee "$OUT/load-http.txt"
  grep -q 'errors=0' "$OUT/load-http.txt" || { echo "the HTTP load had errors" >&2; exit 1; }
else
  java bench/search/SearchLoad.java --target http --base "http://127.0.0.1:$PORT" --queries "$OUT/queries.tsv" \
    --clients "$CLIENTS" --warmup "$WARMUP" --seconds "$SECONDS_PER_PHASE" --server-pid "$APP_PID" | tee "$OUT/load-http.txt"
fi
echo "== PostgreSQL full-text search over JDBC, $CLIENTS clients"
java -cp "$PG_JAR" bench/search/SearchLoad.java --target postgres --queries "$OUT/queries.tsv" \
  --jdbc "jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB?user=$PGUSER" \
  --clients "$CLIENTS" --warmup "$WARMUP" --seconds "$SECONDS_PER_PHASE" | tee "$OUT/load-postgres.txt"
stop_app

if [[ -z "${NO_JMH:-}" ]]; then
  echo "== in-process latency (JMH, the same database and index), 1 and $CLIENTS threads"
  ./mvnw -q -B -Pbench test-compile >/dev/null
  for THREADS in 1 "$CLIENTS"; do
    ./mvnw -q -B -Pbench exec:exec@jmh -Djmh.args="-t $THREADS -rf text -rff $OUT/jmh-$THREADS.txt" \
      -Dbench.jdbc="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" -Dbench.index="$INDEX_DIR" \
      -Dbench.queries="$OUT/queries.tsv" > "$OUT/jmh-run-$THREADS.txt" 2>&1
  done
fi

{
  echo
  echo "== summary ($(nproc) cores, $CLIENTS clients)"
  cat "$OUT/data.txt" "$OUT/index.txt"
  cat "$OUT/relevance.md"
  cat "$OUT/load-http.txt" "$OUT/load-postgres.txt"
  for f in "$OUT"/jmh-1.txt "$OUT/jmh-$CLIENTS.txt"; do [[ -f "$f" ]] && { echo "JMH, $(basename "$f" .txt):"; cat "$f"; }; done
  echo "uptime after: $(uptime)"
} | tee "$OUT/summary.txt"
