# Shared by the benchmark scripts (sourced, not run).

# Stops a PostgreSQL that a killed JVM left on the data directory $1, by the PID in its pid file,
# then keeps or removes the working directory $2 (BENCH_KEEP=1 keeps it).
stop_postgres_and_tidy() {
  local data=$1 work=$2
  local pidfile=$data/pgdata/postmaster.pid
  if [[ -f $pidfile ]]; then
    local pg
    pg=$(head -n 1 "$pidfile")
    if [[ $pg =~ ^[0-9]+$ ]] && kill -0 "$pg" 2>/dev/null; then
      kill "$pg" 2>/dev/null || true
      for _ in $(seq 1 100); do kill -0 "$pg" 2>/dev/null || break; sleep 0.1; done
    fi
  fi
  if [[ ${BENCH_KEEP:-} == 1 ]]; then
    echo "kept $work" >&2
  else
    rm -rf "$work"
  fi
}
