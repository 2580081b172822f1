#!/usr/bin/env bash
# Core benchmark of Cluster Atlas: the three speed targets, each against a reference measured in
# the same run (machines are noisy, so ratios are compared, not raw seconds). See
# docs/benchmarks.md for the targets, the machine and the recorded figures.
#
#   bash bench/core.sh            # from the repository root; builds target/cluster-atlas.jar if missing
#
# What it does, in a fresh temporary data directory that it deletes at the end:
#   1. load   : first start on the empty directory, `bulletin --year 2025` end to end, which loads
#               the demo province (target <= 60 s). Peak RSS of the JVM from /usr/bin/time -v when
#               present (the embedded PostgreSQL runs as a separate daemon and is not included).
#               The demo loader's own log gives its phases (generate, registers, reports, analyze).
#   2. warm   : the same command on the loaded directory, 3 times, median (target <= 10 s);
#               `serve` until it prints its address, 3 times, median (then stopped); reference:
#               the JVM alone, `--version`, median of 3. What-if (no target): the same bulletin
#               from the jar extracted with `java -Djarmode=tools -jar ... extract`.
#   3. in-process (`benchmark` command): every 2025 indicator for every cluster (the bulletin plus
#               byCluster for months 1..12; median and max of 15 after 3 warm-ups, target <= 0.5 s)
#               against a plain scan of the year's report rows; and PostgreSQL's own COPY of the
#               same report rows into a table with the same primary key, the reference for the
#               load's report phase.
# Only loopback addresses are used. Any server it started is stopped; the directory is removed.
#
# Environment: JAVA (default: java), BENCH_KEEP=1 keeps the data directory (its path is printed).
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
JAVA=${JAVA:-java}
JAR=target/cluster-atlas.jar
if [[ ! -f $JAR ]]; then
  ./mvnw -q -B package -DskipTests
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/atlas-bench.XXXXXX")
DATA=$WORK/data
# the one command running in the background, waited for with `wait` so that a signal reaches the
# trap at once (a foreground command would delay it until the command ends)
CHILD=

# stops CHILD and its own children (the JVM under /usr/bin/time) by PID; the JVM's shutdown hook
# stops its PostgreSQL
stop_child() {
  [[ -n $CHILD ]] || return 0
  local pids=("$CHILD")
  mapfile -t -O 1 pids < <(pgrep -P "$CHILD" || true)
  kill "${pids[@]}" 2>/dev/null || true
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  done
  wait "$CHILD" 2>/dev/null || true
  CHILD=
}

cleanup() {
  local status=$?
  trap - INT TERM
  stop_child
  stop_postgres_and_tidy "$DATA" "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ms() { echo $(($(date +%s%N) / 1000000)); }

median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2)}'; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "-"; else printf "%.1f", a / b }'; }

# other JVMs (someone else's build or server) running when a timed command starts: the figures of
# such a run are not the machine's own
OTHERS=
note_others() {
  local found
  found=$(pgrep -a java | grep -v -F "$WORK" | cut -c 1-100 || true)
  if [[ -n $found ]]; then
    OTHERS+="$(date +%T) ${found//$'\n'/ | }"$'\n'
  fi
}

# runs a command and sets ELAPSED_MS to its wall-clock milliseconds; stdout and stderr go to the
# given files; a failure ends the script
run_timed() {
  local out=$1 err=$2
  shift 2
  local start
  note_others
  start=$(now_ms)
  "$@" >"$out" 2>"$err" &
  CHILD=$!
  if ! wait "$CHILD"; then
    CHILD=
    echo "failed: $*" >&2
    [[ $err == /dev/null ]] || tail -n 40 "$err" >&2
    exit 1
  fi
  CHILD=
  ELAPSED_MS=$(($(now_ms) - start))
}

# the value of a `key  value` line of the benchmark command's text output
field() { awk -v k="$1" '$1 == k {print $2}' "$WORK/benchmark.out"; }

# a number logged by the demo loader: field "$1" is a regex whose first group is the number
logged() { sed -nE "s/.*$1.*/\\1/p" "$WORK/load.err" | head -n 1; }

echo "== machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
echo "== load average at start: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "== data directory: $DATA"

ATLAS=("$JAVA" -jar "$JAR")
BULLETIN=(bulletin --year 2025 --data "$DATA")

# 1. the first start, which loads the demo province
TIME_V=()
if [[ -x /usr/bin/time ]] && /usr/bin/time -v true >/dev/null 2>&1; then
  TIME_V=(/usr/bin/time -v -o "$WORK/load.rusage")
fi
echo "-- load (first start on an empty directory) ... (load average $(cut -d " " -f 1 /proc/loadavg))"
run_timed "$WORK/load.out" "$WORK/load.err" "${TIME_V[@]}" "${ATLAS[@]}" "${BULLETIN[@]}"
LOAD_MS=$ELAPSED_MS
grep -q '全省' "$WORK/load.out" || { echo "the first start printed no bulletin" >&2; cat "$WORK/load.err" >&2; exit 1; }
LOAD_RSS_KB=-
if [[ -f $WORK/load.rusage ]]; then
  LOAD_RSS_KB=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/load.rusage")
fi
GEN_MS=$(logged 'generated in ([0-9]+) ms')
REGISTERS_AT_MS=$(logged 'registers loaded at ([0-9]+) ms')
REPORT_ROWS=$(logged 'reports loaded: ([0-9]+) rows')
REPORTS_MS=$(logged 'reports loaded: [0-9]+ rows in ([0-9]+) ms')
ANALYZE_MS=$(logged '\(analyze ([0-9]+) ms')
DEMO_MS=$(logged 'total ([0-9]+) ms\)')

# 2. warm starts and the JVM alone
echo "-- warm starts ... (load average $(cut -d " " -f 1 /proc/loadavg))"
# CPU seconds of the JVM (user + system) say how much work a start is, whatever else runs
TIME_CPU=()
if [[ ${#TIME_V[@]} -gt 0 ]]; then
  TIME_CPU=(/usr/bin/time -f '%U %S' -o "$WORK/cpu.txt")
fi
cpu_ms() { if [[ -f $WORK/cpu.txt ]]; then awk '{printf "%d", ($1 + $2) * 1000}' "$WORK/cpu.txt"; else echo 0; fi; }
WARM=()
WARM_CPU=()
for _ in 1 2 3; do
  run_timed /dev/null "$WORK/warm.err" "${TIME_CPU[@]}" "${ATLAS[@]}" "${BULLETIN[@]}"
  WARM+=("$ELAPSED_MS")
  WARM_CPU+=("$(cpu_ms)")
done
JVM=()
for _ in 1 2 3; do
  run_timed /dev/null /dev/null "${ATLAS[@]}" --version
  JVM+=("$ELAPSED_MS")
done
SERVE=()
for _ in 1 2 3; do
  note_others
  start=$(now_ms)
  "$JAVA" -Dserver.address=127.0.0.1 -jar "$JAR" serve --port 0 --data "$DATA" \
    >"$WORK/serve.out" 2>"$WORK/serve.err" &
  CHILD=$!
  until grep -q 'http://' "$WORK/serve.out"; do
    if ! kill -0 "$CHILD" 2>/dev/null; then
      echo "serve ended without printing its address" >&2
      cat "$WORK/serve.err" >&2
      exit 1
    fi
    if (($(now_ms) - start > 120000)); then
      echo "serve printed no address in 120 s" >&2
      exit 1
    fi
    sleep 0.05
  done
  SERVE+=($(($(now_ms) - start)))
  stop_child
done
# the same warm start from the jar extracted as Spring Boot documents it (no nested jars): not a
# target, a measured what-if for deployments
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" >/dev/null
EXTRACTED=()
for _ in 1 2 3; do
  run_timed /dev/null "$WORK/warm.err" "$JAVA" -jar "$WORK/extracted/cluster-atlas.jar" "${BULLETIN[@]}"
  EXTRACTED+=("$ELAPSED_MS")
done
WARM_MS=$(median "${WARM[@]}")
WARM_CPU_MS=$(median "${WARM_CPU[@]}")
EXTRACTED_MS=$(median "${EXTRACTED[@]}")
JVM_MS=$(median "${JVM[@]}")
SERVE_MS=$(median "${SERVE[@]}")

# 3. in-process figures
echo "-- in-process benchmark ... (load average $(cut -d " " -f 1 /proc/loadavg))"
run_timed "$WORK/benchmark.out" "$WORK/benchmark.err" "${ATLAS[@]}" benchmark --year 2025 --data "$DATA"
IND_MEDIAN=$(field indicators_median_ms)
IND_MAX=$(field indicators_max_ms)
JVM_UPTIME=$(field jvm_uptime_at_command_ms)
CONTEXT_MS=$(field context_start_ms)
BULLETIN_COLD=$(field bulletin_cold_ms)
SCAN_MEDIAN=$(field scan_median_ms)
COPY_ROWS=$(field copy_in_rows)
COPY_IN_S=$(field copy_in_s)
COPY_OUT_S=$(field copy_out_s)
COPY_IN_MS=$(awk -v s="$COPY_IN_S" 'BEGIN {printf "%d", s * 1000}')

verdict() { awk -v v="$1" -v t="$2" 'BEGIN { if (v <= t) print "met"; else printf "MISSED by %.0f%%", (v / t - 1) * 100 }'; }

echo
echo "== results (wall clock; load average now: $(cut -d ' ' -f 1-3 /proc/loadavg))"
printf '%-46s %12s %14s  %s\n' "figure" "value" "target" "verdict / ratio"
printf '%-46s %10s ms %11s ms  %s\n' "load demo province (first bulletin)" "$LOAD_MS" 60000 "$(verdict "$LOAD_MS" 60000)"
printf '%-46s %10s ms %14s  %s\n' "  demo loader: generate" "$GEN_MS" "" ""
printf '%-46s %10s ms %14s  %s\n' "  demo loader: registers done at" "$REGISTERS_AT_MS" "" ""
printf '%-46s %10s ms %14s  %s\n' "  demo loader: reports ($REPORT_ROWS rows)" "$REPORTS_MS" "" "x$(ratio "$REPORTS_MS" "$COPY_IN_MS") of PostgreSQL COPY in"
printf '%-46s %10s ms %14s  %s\n' "  demo loader: analyze" "$ANALYZE_MS" "" ""
printf '%-46s %10s ms %14s  %s\n' "  demo loader: total" "$DEMO_MS" "" ""
printf '%-46s %10s KB %14s  %s\n' "  peak RSS of the JVM during the load" "$LOAD_RSS_KB" "" ""
printf '%-46s %10s ms %11s ms  %s\n' "warm start: bulletin --year 2025 (median of 3)" "$WARM_MS" 10000 "$(verdict "$WARM_MS" 10000); x$(ratio "$WARM_MS" "$JVM_MS") of JVM alone (${WARM[*]})"
printf '%-46s %10s ms %14s  %s\n' "  CPU time of that JVM, user + sys (median)" "$WARM_CPU_MS" "" "(${WARM_CPU[*]}; 0 = /usr/bin/time missing)"
printf '%-46s %10s ms %11s ms  %s\n' "warm start: serve until address (median of 3)" "$SERVE_MS" 10000 "$(verdict "$SERVE_MS" 10000); x$(ratio "$SERVE_MS" "$JVM_MS") of JVM alone (${SERVE[*]})"
printf '%-46s %10s ms %14s  %s\n' "  reference: JVM alone, --version (median of 3)" "$JVM_MS" "" "(${JVM[*]})"
printf '%-46s %10s ms %14s  %s\n' "  what-if: bulletin from the extracted jar" "$EXTRACTED_MS" "" "x$(ratio "$EXTRACTED_MS" "$WARM_MS") of the warm start (${EXTRACTED[*]})"
printf '%-46s %10s ms %14s  %s\n' "  in-process: JVM uptime when the command runs" "$JVM_UPTIME" "" ""
printf '%-46s %10s ms %14s  %s\n' "  in-process: context start (PostgreSQL, Flyway)" "$CONTEXT_MS" "" ""
printf '%-46s %10s ms %14s  %s\n' "  in-process: first bulletin (cold)" "$BULLETIN_COLD" "" ""
printf '%-46s %10s ms %11s ms  %s\n' "every 2025 indicator, every cluster (median)" "$IND_MEDIAN" 500 "$(verdict "$IND_MEDIAN" 500); x$(ratio "$IND_MEDIAN" "$SCAN_MEDIAN") of the scan"
printf '%-46s %10s ms %14s  %s\n' "  max of 15" "$IND_MAX" "" ""
printf '%-46s %10s ms %14s  %s\n' "  reference: sum(value) of 2025 rows (median)" "$SCAN_MEDIAN" "" ""
printf '%-46s %10s ms %14s  %s\n' "reference: PostgreSQL COPY in ($COPY_ROWS rows, PK)" "$COPY_IN_MS" "" "(COPY out ${COPY_OUT_S} s)"
echo
if [[ -n $OTHERS ]]; then
  echo "!! other JVMs were running when timed commands started; these figures are not the machine's own:"
  printf '%s' "$OTHERS"
else
  echo "no other JVM was running when a timed command started"
fi
echo
echo "benchmark command output:"
cat "$WORK/benchmark.out"
