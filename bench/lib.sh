# What bench/run.sh and bench/search/run.sh share, sourced by both from the project's root: the
# local PostgreSQL, the jar, the machine's description, and the application started on the
# benchmark's database and stopped. Each script sets BENCH_DB, PORT, PASSWORD, JAVA_OPTS and OUT
# before calling these.

bench_postgres() {
  export PGHOST=${PGHOST:-127.0.0.1}
  export PGPORT=${PGPORT:-5432}
  export PGUSER=${PGUSER:-postgres}
  case "$PGHOST" in
    127.0.0.1|localhost) ;;
    *) echo "PGHOST must be local (127.0.0.1): the benchmark compares against the same machine" >&2; exit 2 ;;
  esac
}

# JAR: the given one, else the one in target/, built when there is none or REBUILD is set.
bench_jar() {
  JAR=${JAR:-$(ls target/mestieri-*.jar 2>/dev/null | grep -v original | head -n1 || true)}
  if [[ -z "$JAR" || -n "${REBUILD:-}" ]]; then
    echo "== building the jar"
    ./mvnw -q -DskipTests package
    JAR=$(ls target/mestieri-*.jar | grep -v original | head -n1)
  fi
  JAR=$(realpath "$JAR")
}

bench_machine() {
  {
    echo "date: $(date -Is)"
    echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
    echo "cores: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
    echo "memory: $(free -m | awk '/Mem:/ {print $2 " MB"}')"
    echo "uptime before: $(uptime)"
    echo "java: $(java -version 2>&1 | head -n1)"
    echo "postgresql: $(psql -d postgres -Atc 'select version()')"
    echo "postgresql settings: $(psql -d postgres -Atc "select string_agg(name || '=' || setting, ' ') from pg_settings where name in ('fsync','synchronous_commit','shared_buffers','max_connections')")"
  } | tee "$OUT/machine.txt"
}

APP_PID=

# Starts the jar in demo mode on $BENCH_DB and waits until it is up; arguments are extra
# environment variables (NAME=value) for the application.
start_app() {
  echo "== starting the app on port $PORT (log: $OUT/app.log)"
  # shellcheck disable=SC2086
  env SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" \
    SPRING_DATASOURCE_USERNAME="$PGUSER" \
    SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
    MESTIERI_DEMO=true \
    MESTIERI_DEMO_PASSWORD="$PASSWORD" \
    "$@" \
    java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 >>"$OUT/app.log" 2>&1 &
  APP_PID=$!
  for i in $(seq 1 180); do
    if curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      echo "   up after ${i} s"
      return
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "the app exited; see $OUT/app.log" >&2; tail -n 40 "$OUT/app.log" >&2; exit 1
    fi
    sleep 1
  done
  echo "the app did not come up in 180 s" >&2; exit 1
}

stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
