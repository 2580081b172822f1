#!/usr/bin/env bash
# Load benchmark of Cluster Atlas (issue 4): the dashboard page and the clusters API under 200
# concurrent connections, measured with wrk against the packaged jar on this machine's loopback
# address. See docs/benchmarks.md, "Load (issue 4)", for the target and the recorded figures.
#
#   bash bench/load.sh            # from the repository root, after the README's package command
#
# What it does:
#   1. starts `java -jar target/cluster-atlas.jar serve --port 0 --data DIR` on 127.0.0.1, DIR a
#      fresh temporary data directory (the first start loads the demo province, about 40 s), and
#      waits (up to 10 min) for the address it prints;
#   2. per path: a warm-up, `wrk -t2 -c200 -d10s`, then the measured run,
#      `wrk -t2 -c200 -d60s --latency`, whose output is printed in full; before each run it waits
#      until the server answers a single request within 2 s (it may still be working off requests
#      wrk gave up on);
#   3. a summary line per path: requests/s, p50, p99, responses other than 2xx/3xx, socket errors;
#   4. stops the server (the JVM stops its PostgreSQL) and removes DIR.
# Exit status: 0 if every path had no error response, no socket error and p99 <= BENCH_P99_MS;
# 1 otherwise, or if anything could not run. wrk runs on the same 2 cores as the server.
#
# Environment: JAVA (default: java); BENCH_SECONDS (measured run, default 60); BENCH_WARMUP_SECONDS
# (default 10); BENCH_P99_MS (default 50); BENCH_PATHS (default "/ /api/v1/clusters");
# BENCH_CONNECTIONS (default 200); BENCH_THREADS (default 2); BENCH_WRK_TIMEOUT (wrk's --timeout,
# default wrk's 2 s); BENCH_DATA=DIR uses that data directory instead of a fresh one (kept);
# BENCH_KEEP=1 keeps the temporary directory; BENCH_GZIP=0 sends no Accept-Encoding (default: gzip,
# as browsers do).
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
JAVA=${JAVA:-java}
JAR=target/cluster-atlas.jar
SECONDS_MEASURED=${BENCH_SECONDS:-60}
SECONDS_WARMUP=${BENCH_WARMUP_SECONDS:-10}
TARGET_P99_MS=${BENCH_P99_MS:-50}
CONNECTIONS=${BENCH_CONNECTIONS:-200}
THREADS=${BENCH_THREADS:-2}
read -r -a PATHS <<<"${BENCH_PATHS:-/ /api/v1/clusters}"
START_TIMEOUT_S=600

if ! command -v wrk >/dev/null 2>&1; then
  if [[ $(id -u) == 0 ]]; then
    echo "== installing wrk (apt-get install -y wrk)"
    apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk; }
  else
    echo "wrk is not installed; install it (as root: apt-get install -y wrk) and run this again" >&2
    exit 1
  fi
fi
if [[ ! -f $JAR ]]; then
  echo "$JAR is missing; build it first with the README's command:" >&2
  echo "  ./mvnw -q -B package -DskipTests" >&2
  exit 1
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/atlas-bench-load.XXXXXX")
DATA=${BENCH_DATA:-$WORK/data}
# the server's PID; the EXIT trap stops it
CHILD=

stop_child() {
  [[ -n $CHILD ]] || return 0
  kill "$CHILD" 2>/dev/null || true
  for _ in $(seq 1 600); do kill -0 "$CHILD" 2>/dev/null || break; sleep 0.1; done
  wait "$CHILD" 2>/dev/null || true
  CHILD=
}

cleanup() {
  local status=$?
  trap - INT TERM
  stop_child
  # a BENCH_DATA directory is outside WORK and so kept
  stop_postgres_and_tidy "$DATA" "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# a wrk latency ("812.00us", "9.50ms", "1.20s", "1.00m") in milliseconds
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
    printf "%.2f", n }'
}

# reads wrk's --latency output (file $1) into REQUESTS (completed), RPS, P50, P99 (ms), NON_2XX,
# SOCKET (the text of the "Socket errors" line, or "none") and SOCKET_TOTAL. A response slower
# than wrk's timeout (2 s unless BENCH_WRK_TIMEOUT) counts as a socket error (timeout) and is not
# in the latency figures.
parse_wrk() {
  local out=$1
  REQUESTS=$(awk '$2 == "requests" && $3 == "in" {print $1}' "$out")
  RPS=$(awk '/^Requests\/sec:/ {print $2}' "$out")
  P50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")
  P99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")
  NON_2XX=$(awk -F': *' '/Non-2xx or 3xx responses/ {print $2}' "$out")
  NON_2XX=${NON_2XX:-0}
  SOCKET=$(sed -nE 's/^ *Socket errors: *//p' "$out")
  SOCKET_TOTAL=0
  if [[ -n $SOCKET ]]; then
    SOCKET_TOTAL=$(grep -oE '[0-9]+' <<<"$SOCKET" | awk '{s += $1} END {print s + 0}')
  else
    SOCKET=none
  fi
  if [[ -z $REQUESTS || -z $RPS || -z $(awk '$1 == "99%"' "$out") ]]; then
    echo "could not read wrk's output:" >&2
    cat "$out" >&2
    return 1
  fi
  # every response timed out: wrk reports latencies of 0
  if [[ $P99 == 0.00 ]]; then
    P50=n/a
    P99=n/a
  fi
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "java: $("$JAVA" -version 2>&1 | head -n 1)"
echo "wrk: $(wrk -v 2>&1 | head -n 1)"
echo "load average at start: $(cut -d ' ' -f 1-3 /proc/loadavg)"
# other JVMs (someone else's build or server) share the cores: such a run measured a busy machine
others() { pgrep -a java | awk -v me="${CHILD:-0}" '$1 != me' | cut -c 1-100 || true; }
OTHERS_AT_START=$(others)
echo "== starting the server on $DATA (the first start loads the demo province)"
start=$(date +%s)
"$JAVA" -Dserver.address=127.0.0.1 -jar "$JAR" serve --port 0 --data "$DATA" \
  >"$WORK/serve.out" 2>"$WORK/serve.err" &
CHILD=$!
until grep -q 'http://' "$WORK/serve.out"; do
  if ! kill -0 "$CHILD" 2>/dev/null; then
    echo "serve ended without printing its address" >&2
    tail -n 40 "$WORK/serve.err" >&2
    exit 1
  fi
  if (($(date +%s) - start > START_TIMEOUT_S)); then
    echo "serve printed no address in $START_TIMEOUT_S s" >&2
    exit 1
  fi
  sleep 0.5
done
PORT=$(sed -nE 's|.*http://[^:]+:([0-9]+)/.*|\1|p' "$WORK/serve.out" | head -n 1)
BASE=http://127.0.0.1:$PORT
echo "serving at $BASE after $(($(date +%s) - start)) s"

# every request asks for gzip, as every browser does (BENCH_GZIP=0 asks for plain bodies)
WRK=(-t"$THREADS" -c"$CONNECTIONS")
if [[ ${BENCH_GZIP:-1} == 1 ]]; then
  WRK+=(-H "Accept-Encoding: gzip, deflate")
fi
if [[ -n ${BENCH_WRK_TIMEOUT:-} ]]; then
  WRK+=(--timeout "$BENCH_WRK_TIMEOUT")
fi

# after a run the server may still be answering requests wrk gave up on; waits (up to 120 s) until
# one request to $1 is answered within 2 s, so that the next run starts on an idle server
settle() {
  command -v curl >/dev/null 2>&1 || { sleep 5; return 0; }
  for _ in $(seq 1 60); do
    curl -s -o /dev/null --max-time 2 "$1" && return 0
  done
  echo "!! the server still answers slowly after 120 s" >&2
}

SUMMARY=()
FAILED=0
for path in "${PATHS[@]}"; do
  url=$BASE$path
  echo
  echo "== $path: warm-up, ${SECONDS_WARMUP} s"
  wrk "${WRK[@]}" -d"${SECONDS_WARMUP}s" "$url" >"$WORK/warmup.out"
  settle "$url"
  echo "== $path: measured, ${SECONDS_MEASURED} s (load average $(cut -d ' ' -f 1 /proc/loadavg))"
  wrk "${WRK[@]}" -d"${SECONDS_MEASURED}s" --latency "$url" | tee "$WORK/wrk.out"
  parse_wrk "$WORK/wrk.out"
  verdict=met
  if [[ $REQUESTS == 0 ]]; then
    verdict="FAILED: no response completed"
    FAILED=1
  elif [[ $NON_2XX != 0 || $SOCKET_TOTAL != 0 ]]; then
    verdict="FAILED: errors"
    FAILED=1
  elif [[ $P99 != n/a ]] && awk -v p="$P99" -v t="$TARGET_P99_MS" 'BEGIN {exit !(p > t)}'; then
    verdict="FAILED: p99 over $TARGET_P99_MS ms"
    FAILED=1
  fi
  SUMMARY+=("$(printf '%-20s %9s req/s  p50 %8s ms  p99 %8s ms  requests %8s  non-2xx/3xx %6s  socket errors: %s  => %s' \
    "$path" "$RPS" "$P50" "$P99" "$REQUESTS" "$NON_2XX" "$SOCKET" "$verdict")")
  settle "$url"
done

echo
echo "== summary (wrk ${WRK[*]} -d${SECONDS_MEASURED}s --latency; target p99 <= $TARGET_P99_MS ms, no errors; load average now $(cut -d ' ' -f 1-3 /proc/loadavg))"
printf '%s\n' "${SUMMARY[@]}"
OTHERS_AT_END=$(others)
if [[ -n $OTHERS_AT_START$OTHERS_AT_END ]]; then
  echo "!! other JVMs were running (at the start / at the end); these figures are not the machine's own:"
  printf '%s\n' "$OTHERS_AT_START" "$OTHERS_AT_END" | sed '/^$/d' | sort -u
else
  echo "no other JVM was running at the start or at the end"
fi
exit "$FAILED"
