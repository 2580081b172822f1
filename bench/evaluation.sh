#!/usr/bin/env bash
# Evaluation benchmark of Cluster Atlas (issue 5): an evaluation run of every provincial cluster
# with its explanations, and a what-if recomputation, each against one byCluster query of the same
# reports in the same run (target: each <= 200 ms). See docs/benchmarks.md for the figures.
#
#   bash bench/evaluation.sh      # from the repository root; builds target/cluster-atlas.jar if missing
#
# In a fresh temporary data directory (deleted at the end): loads the demo province, then runs the
# hidden `benchmark-evaluation` command (cli/EvaluationBenchmarkCommand), whose runs are rolled back.
#
# Environment: JAVA (default: java), RUNS (default 15), WARMUPS (default 3), BENCH_KEEP=1 keeps the
# data directory, DATA=DIR uses an already loaded data directory instead (left in place).
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
JAVA=${JAVA:-java}
RUNS=${RUNS:-15}
WARMUPS=${WARMUPS:-3}
JAR=target/cluster-atlas.jar
if [[ ! -f $JAR ]]; then
  ./mvnw -q -B package -DskipTests
fi

if [[ -n ${DATA:-} ]]; then
  WORK=
else
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/atlas-bench-evaluation.XXXXXX")
  DATA=$WORK/data
  cleanup() {
    local status=$?
    stop_postgres_and_tidy "$DATA" "$WORK"
    exit "$status"
  }
  trap cleanup EXIT
  trap 'exit 130' INT TERM
fi

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "java: $("$JAVA" -version 2>&1 | head -n 1)"
if [[ -n $WORK ]]; then
  echo "== loading the demo province"
  "$JAVA" -jar "$JAR" bulletin --year 2025 --data "$DATA" >/dev/null
fi
echo "== load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
"$JAVA" -jar "$JAR" benchmark-evaluation --data "$DATA" --runs "$RUNS" --warmups "$WARMUPS"
echo "== load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
