#!/usr/bin/env bash
# Import benchmark of Cluster Atlas (issue 3): a 1,000,000-row CSV of reports validated and
# committed, against PostgreSQL's own COPY of the same rows in the same run (target: <= 1.5 x the
# COPY's time); the same rows as XLSX, with the JVM held to 512 MB of heap. See
# docs/benchmarks.md for the figures and the machine.
#
#   bash bench/import.sh          # from the repository root; builds target/cluster-atlas.jar if missing
#
# In a fresh temporary data directory (deleted at the end): loads the demo province, then runs the
# hidden `benchmark-import` command (cli/ImportBenchmarkCommand: it makes the file from the demo's
# 2025 reports as 2026 reports, puts the 2025 frame into 2026, and per run times the COPY
# references, rolled back, and the import, committed, then removes the imported rows).
#
# Environment: JAVA (default: java), ROWS (default 1000000), RUNS (default 2), BENCH_KEEP=1 keeps
# the data directory.
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
JAVA=${JAVA:-java}
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-2}
JAR=target/cluster-atlas.jar
if [[ ! -f $JAR ]]; then
  ./mvnw -q -B package -DskipTests
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/atlas-bench-import.XXXXXX")
DATA=$WORK/data

cleanup() {
  local status=$?
  stop_postgres_and_tidy "$DATA" "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "java: $("$JAVA" -version 2>&1 | head -n 1)"
echo "== loading the demo province"
"$JAVA" -jar "$JAR" bulletin --year 2025 --data "$DATA" >/dev/null

for format in csv xlsx; do
  echo "== $format, $ROWS rows, -Xmx512m"
  "$JAVA" -Xmx512m -jar "$JAR" benchmark-import --data "$DATA" --rows "$ROWS" --runs "$RUNS" \
    --format "$format" --logging.level.org.clusteratlas.collection=debug 2>&1 |
    grep -E '^[a-z_0-9]+ +|read [0-9]+ ms' | sed -E 's/^.*ImportRun +: /  phases: /'
done
