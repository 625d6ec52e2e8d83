#!/usr/bin/env bash
# Where a running Mestieri spends its CPU under a load: async-profiler (from Maven Central) is
# attached for SECONDS, samples every millisecond of CPU, and the share of each stage of a search
# request is printed (bench/search/ProfileSummary.java). Run a load meanwhile, for example
#
#   java bench/search/SearchLoad.java --base http://127.0.0.1:18080 --queries QUERIES --warmup 0 --seconds 60 &
#   bench/search/profile.sh PID 30
#
# JFR is not used on purpose: starting a recording with its "profile" settings made the
# application spend seven times the CPU per request (compiled code thrown away), so its shares
# were those of slow code. async-profiler samples without deoptimising and without safepoint bias.
# Linux x64 only; the collapsed stacks stay in OUT (default bench/out/profile-<time>.txt).
set -euo pipefail

cd "$(dirname "$0")/../.."
PID=${1:?usage: bench/search/profile.sh PID [SECONDS] [OUT]}
SECONDS_TO_PROFILE=${2:-30}
OUT=${3:-$(pwd)/bench/out/profile-$(date +%Y%m%d-%H%M%S).txt}
VERSION=3.0
LIB=bench/out/async-profiler-$VERSION/libasyncProfiler.so
mkdir -p "$(dirname "$OUT")" "$(dirname "$LIB")"

if [[ ! -f "$LIB" ]]; then
  ./mvnw -q -B dependency:get -Dartifact=tools.profiler:async-profiler:$VERSION >/dev/null
  unzip -o -q -j ~/.m2/repository/tools/profiler/async-profiler/$VERSION/async-profiler-$VERSION.jar \
    linux-x64/libasyncProfiler.so -d "$(dirname "$LIB")"
fi
LIB=$(realpath "$LIB")

# itimer: CPU time of every thread, in the JVM's own process, without perf events (often off in VMs).
java bench/search/AttachAgent.java "$PID" "$LIB" start,event=itimer,interval=1ms
sleep "$SECONDS_TO_PROFILE"
java bench/search/AttachAgent.java "$PID" "$LIB" "stop,file=$OUT,collapsed"
echo "collapsed stacks: $OUT"
java bench/search/ProfileSummary.java "$OUT"
