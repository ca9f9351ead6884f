#!/usr/bin/env bash
# Benchmark of the planning module's task tree (issue 6): the benchmark domain "governance-bench" of bench-lib.sh
# (PostgreSQL, demo city), a plan tree of 20,060 tasks across 300 units preloaded through the REST API
# (cn.finegov.benchmark.planning.PlanTreePreload), then cn.finegov.benchmark.planning.PlanTreeLoad: a progress report
# on a leaf with its roll-up, the tree through REST and the tree page, each against the 500 ms target (p95).
#
#   config/scripts/bench-planning.sh run [--build] [--keep] [--jfr] [-- load options]
#                                     start (creating domain and database if needed), deploy, preload (skipped
#                                     when the tree is there), measure, print the figures (also into
#                                     $BENCH_DIR/last-planning-run.txt), stop the domain (--keep leaves it running);
#                                     --build rebuilds the suite and the harness first (otherwise the built EAR and
#                                     benchmarks.jar are used, built when missing); --jfr records the server with
#                                     Java Flight Recorder meanwhile ($BENCH_DIR/planning.jfr)
#   config/scripts/bench-planning.sh start [--build]          domain up and deployed, tree preloaded, nothing measured
#   config/scripts/bench-planning.sh load [--jfr] [-- options] measure against the running domain
#   config/scripts/bench-planning.sh stop | status | reset   (reset: stop and delete the domain; the database stays)
#
# Load options (PlanTreeLoad): --rounds 200 --warm-up 30 --report-streets 20 --tree-page /planning/tree.xhtml
# --page-user modadmin
#
# Environment: GOVERNANCE_BENCH_* as in bench-lib.sh (database, ports, pool, HTTP threads, heap, directory), and
#   GOVERNANCE_BENCH_PLANNING_YEAR        [next year] the plan year of the tree (the demo's plan of this year stays)
#   GOVERNANCE_BENCH_PLANNING_SHAPE       ["--districts 14 --streets 20 --departments 6 --city-tasks 68"] sizes, for
#                                         the preload and the load alike (smaller for development runs; a published
#                                         plan takes no more tasks, so a larger shape needs another year)
#   GOVERNANCE_BENCH_PLANNING_CLIENTS     [4] parallel decompositions of the preload
# The domain is shared with bench-grid.sh and bench-hotline.sh. The preload (minutes, once) runs under
# flock /tmp/governance-it.lock, so that it disturbs no other measurement; the measured part runs under
# flock /tmp/governance-it.lock and /tmp/governance-build.lock (taken in that order): no system test and no build
# runs meanwhile.
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"

YEAR="${GOVERNANCE_BENCH_PLANNING_YEAR:-$(($(date +%Y) + 1))}"
read -r -a SHAPE <<< "${GOVERNANCE_BENCH_PLANNING_SHAPE:---districts 14 --streets 20 --departments 6 --city-tasks 68}"
PRELOAD_CLIENTS="${GOVERNANCE_BENCH_PLANNING_CLIENTS:-4}"

preload() (
  exec 9>>/tmp/governance-it.lock
  flock 9
  log "Preloading the plan tree of $YEAR (${SHAPE[*]})"
  harness cn.finegov.benchmark.planning.PlanTreePreload --server "http://127.0.0.1:$HTTP_PORT" --year "$YEAR" \
    "${SHAPE[@]}" --clients "$PRELOAD_CLIENTS"
)

# The measured part holds the IT lock and then the build lock: no system test and no Maven build of this
# working tree runs meanwhile.
load() (
  exec 9>>/tmp/governance-it.lock
  flock 9
  exec 8>>/tmp/governance-build.lock
  flock 8
  local status=0
  bench_jfr_start planning
  harness cn.finegov.benchmark.planning.PlanTreeLoad --server "http://127.0.0.1:$HTTP_PORT" --year "$YEAR" \
    "${SHAPE[@]}" --jdbc-url "$PG_URL" --jdbc-user "$PG_USER" --jdbc-password "$PG_PASSWORD" "$@" || status=$?
  bench_jfr_stop planning
  exit "$status"
)

measure() {
  {
    bench_header planning
    preload
    load "$@"
  } 2>&1 | tee "$BENCH_DIR/last-planning-run.txt"
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
