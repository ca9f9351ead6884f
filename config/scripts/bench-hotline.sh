#!/usr/bin/env bash
# Benchmark of the 12345 hotline intake (issue 5): the benchmark domain "governance-bench" of bench-lib.sh (PostgreSQL,
# demo city, hotline module with its own secret, feedback to the simulator on port 19345), then
# cn.finegov.benchmark.hotline.HotlineIntakeLoad (modules/kernel-benchmarks): the hotline simulator pushes signed
# tickets of CASE categories; push intake, push → committed case, and PostgreSQL's COPY of the same rows.
#
#   config/scripts/bench-hotline.sh run [--build] [--keep] [--jfr] [-- load options]
#                                     start (creating domain and database if needed), deploy, measure, print the
#                                     figures (also into $BENCH_DIR/last-hotline-run.txt), stop the domain (--keep
#                                     leaves it running); --build rebuilds the suite and the harness first (otherwise
#                                     the built EAR and benchmarks.jar are used, built when missing); --jfr records
#                                     the server with Java Flight Recorder meanwhile ($BENCH_DIR/hotline.jfr)
#   config/scripts/bench-hotline.sh start [--build]          domain up and deployed, nothing measured
#   config/scripts/bench-hotline.sh load [--jfr] [-- options] measure against the running domain
#   config/scripts/bench-hotline.sh stop | status | reset   (reset: stop and delete the domain; the database stays)
#
# Load options (HotlineIntakeLoad): --clients 8 --batch 100 --intake-seconds 20 --e2e-seconds 60
# --e2e-rate 0 (0: --e2e-share 0.5 of the saturated rate) --e2e-batch-rate 0 (0: 90 % of the saturated rate,
# negative: no paced batches) --outside 0.1 --warm-up 400 --poll-millis 50 --copy-rounds 3
#
# Environment: GOVERNANCE_BENCH_* as in bench-lib.sh (database, ports, pool, HTTP threads, heap, directory).
# The domain is shared with bench-grid.sh: a grd_case preloaded by it stays (the figures name the row count).
# The measured part runs under flock /tmp/governance-it.lock and /tmp/governance-build.lock (taken in that order):
# no system test and no build runs meanwhile. The harness reports whose CPU the machine spent (server, PostgreSQL,
# harness, other): rerun when "other" is more than a few per cent.
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"

# The measured part holds the IT lock and then the build lock: no system test and no Maven build of this
# working tree runs meanwhile (a build takes a whole core and disturbed the figures).
load() (
  exec 9>>/tmp/governance-it.lock
  flock 9
  exec 8>>/tmp/governance-build.lock
  flock 8
  local pid status=0
  pid="$(bench_pid)"
  bench_jfr_start hotline
  harness cn.finegov.benchmark.hotline.HotlineIntakeLoad --server "http://127.0.0.1:$HTTP_PORT" \
    --secret "$HOTLINE_SECRET" --hotline-port "$HOTLINE_PORT" --server-pid "${pid:-0}" \
    --jdbc-url "$PG_URL" --jdbc-user "$PG_USER" --jdbc-password "$PG_PASSWORD" "$@" || status=$?
  bench_jfr_stop hotline
  exit "$status"
)

measure() {
  {
    bench_header hotline
    load "$@"
  } 2>&1 | tee "$BENCH_DIR/last-hotline-run.txt"
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
  start) bench_start "$BUILD" ;;
  load) load "$@" ;;
  stop) bench_stop ;;
  status) bench_status ;;
  reset) bench_reset ;;
  *) echo "usage: $0 run|start|load|stop|status|reset [--build] [--keep] [--jfr] [-- load options]" >&2; exit 2 ;;
esac
