#!/usr/bin/env bash
# Benchmark of the grid module's cases (issue 4): a Payara domain "governance-bench" on PostgreSQL with the demo
# city, at least a million cases preloaded, then reports, transitions, inboxes and the duplicate check through the
# REST API (cn.finegov.benchmark.grid.GridCasePreload and GridCaseLoad in modules/kernel-benchmarks).
#
#   config/scripts/bench-grid.sh run [--build] [--keep] [--jfr] [-- load options]
#                                     start (creating domain and database if needed), deploy, preload, measure,
#                                     print the figures (also into $BENCH_DIR/last-run.txt), stop the domain
#                                     (--keep leaves it running); --build rebuilds the suite and the harness first
#                                     (otherwise the built EAR and benchmarks.jar are used, built when missing);
#                                     --jfr records the server with Java Flight Recorder meanwhile ($BENCH_DIR/grid.jfr)
#   config/scripts/bench-grid.sh start [--build]   domain up and deployed, cases preloaded, nothing measured
#   config/scripts/bench-grid.sh load [--jfr] [-- options] measure against the running domain
#   config/scripts/bench-grid.sh stop              stop the domain
#   config/scripts/bench-grid.sh status
#   config/scripts/bench-grid.sh reset             stop, delete the domain (the database stays: drop it yourself)
#
# Load options (GridCaseLoad): --clients 16 --seconds 60 --transition-seconds 60 --inbox-rounds 20
# --inbox-seconds 20 --auth apikey|basic --hotspot-reports 200 --categories C0109,C0110,...
#
# Environment: GOVERNANCE_BENCH_* as in bench-lib.sh (database, ports, pool, HTTP threads, heap, directory), and
#   GOVERNANCE_BENCH_CASES         [1000000] cases in grd_case after the preload
#
# The measured part (not the preload) runs under flock /tmp/governance-it.lock: no system test runs meanwhile.
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"

CASES="${GOVERNANCE_BENCH_CASES:-1000000}"

preload() {
  log "Preloading grd_case to $CASES cases"
  harness cn.finegov.benchmark.grid.GridCasePreload --url "$PG_URL" --user "$PG_USER" --password "$PG_PASSWORD" \
    --cases "$CASES"
}

# The measured part holds the IT lock: no system test runs meanwhile.
load() (
  exec 9>>/tmp/governance-it.lock
  flock 9
  local status=0
  bench_jfr_start grid
  harness cn.finegov.benchmark.grid.GridCaseLoad --server "http://127.0.0.1:$HTTP_PORT" \
    --jdbc-url "$PG_URL" --jdbc-user "$PG_USER" --jdbc-password "$PG_PASSWORD" "$@" \
    | tee "$BENCH_DIR/last-load.txt" || status=$?
  bench_jfr_stop grid
  exit "$status"
)

measure() {
  {
    bench_header grid
    preload
    load "$@"
  } 2>&1 | tee "$BENCH_DIR/last-run.txt"
}

command="${1:-}"
shift || true
bench_options "$@"
set -- ${HARNESS_ARGS[@]+"${HARNESS_ARGS[@]}"}

case "$command" in
  run)
    bench_start "$BUILD"
    status=0
    measure "$@" || status=$?
    [ "$KEEP" = yes ] || bench_stop
    exit "$status"
    ;;
  start) bench_start "$BUILD"; preload ;;
  load) load "$@" ;;
  stop) bench_stop ;;
  status) bench_status ;;
  reset) bench_reset ;;
  *) echo "usage: $0 run|start|load|stop|status|reset [--build] [--keep] [--jfr] [-- load options]" >&2; exit 2 ;;
esac
