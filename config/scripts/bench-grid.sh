#!/usr/bin/env bash
# Benchmark of the grid module's cases (issue 4): a Payara domain "governance-bench" on PostgreSQL with the demo
# city, at least a million cases preloaded, then reports, transitions, inboxes and the duplicate check through the
# REST API (cn.finegov.benchmark.grid.GridCasePreload and GridCaseLoad in modules/kernel-benchmarks).
#
#   config/scripts/bench-grid.sh run [--build] [--keep] [-- load options]
#                                     start (creating domain and database if needed), deploy, preload, measure,
#                                     print the figures (also into $BENCH_DIR/last-run.txt), stop the domain
#                                     (--keep leaves it running); --build rebuilds the suite and the harness first
#                                     (otherwise the built EAR and benchmarks.jar are used, built when missing)
#   config/scripts/bench-grid.sh start [--build]   domain up and deployed, cases preloaded, nothing measured
#   config/scripts/bench-grid.sh load [-- options] measure against the running domain
#   config/scripts/bench-grid.sh stop              stop the domain
#   config/scripts/bench-grid.sh status
#   config/scripts/bench-grid.sh reset             stop, delete the domain (the database stays: drop it yourself)
#
# Load options (GridCaseLoad): --clients 16 --seconds 60 --transition-seconds 60 --inbox-rounds 20
# --inbox-seconds 20 --auth apikey|basic --hotspot-reports 200 --categories C0109,C0110,...
#
# Environment (defaults in brackets):
#   GOVERNANCE_BENCH_PG_URL        [jdbc:postgresql://127.0.0.1:55432/governance_bench] created when missing
#   GOVERNANCE_BENCH_PG_USER       [governance]  GOVERNANCE_BENCH_PG_PASSWORD [governance]
#   GOVERNANCE_BENCH_PG_ADMIN_URL  [jdbc:postgresql://127.0.0.1:55432/postgres] a role that may create databases:
#   GOVERNANCE_BENCH_PG_ADMIN_USER [postgres]    GOVERNANCE_BENCH_PG_ADMIN_PASSWORD []
#   GOVERNANCE_BENCH_PORT_BASE     [19000]  admin 19048, HTTP 19080 (demo uses 18xxx, the system tests 28xxx)
#   GOVERNANCE_BENCH_CASES         [1000000] cases in grd_case after the preload
#   GOVERNANCE_BENCH_POOL_MAX      [64]   JDBC pool governance-pg: max-pool-size (steady size = half)
#   GOVERNANCE_BENCH_HTTP_THREADS  [64]   http-thread-pool max-thread-pool-size (GlassFish's default is 5)
#   GOVERNANCE_BENCH_HEAP          [2g]   -Xmx of the domain (Payara's default is 512m)
#   GOVERNANCE_BENCH_DIR           [var/bench-domain] Payara installation, domain, configuration and data
#
# The measured part (not the preload) runs under flock /tmp/governance-it.lock: no system test runs meanwhile.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

BENCH_DIR="${GOVERNANCE_BENCH_DIR:-$GOV_ROOT/var/bench-domain}"
DOMAIN=governance-bench
PORT_BASE="${GOVERNANCE_BENCH_PORT_BASE:-19000}"
ADMIN_PORT=$((PORT_BASE + 48))
HTTP_PORT=$((PORT_BASE + 80))
PG_URL="${GOVERNANCE_BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:55432/governance_bench}"
PG_USER="${GOVERNANCE_BENCH_PG_USER:-governance}"
PG_PASSWORD="${GOVERNANCE_BENCH_PG_PASSWORD:-governance}"
PG_ADMIN_URL="${GOVERNANCE_BENCH_PG_ADMIN_URL:-jdbc:postgresql://127.0.0.1:55432/postgres}"
PG_ADMIN_USER="${GOVERNANCE_BENCH_PG_ADMIN_USER:-postgres}"
PG_ADMIN_PASSWORD="${GOVERNANCE_BENCH_PG_ADMIN_PASSWORD:-}"
CASES="${GOVERNANCE_BENCH_CASES:-1000000}"
POOL_MAX="${GOVERNANCE_BENCH_POOL_MAX:-64}"
HTTP_THREADS="${GOVERNANCE_BENCH_HTTP_THREADS:-64}"
HEAP="${GOVERNANCE_BENCH_HEAP:-2g}"
ASADMIN="$BENCH_DIR/payara6/bin/asadmin"
EAR="$GOV_ROOT/governance-ear/ear/target/governance.ear"
BENCH_JAR="$GOV_ROOT/modules/kernel-benchmarks/target/benchmarks.jar"
MVN=(flock /tmp/governance-build.lock mvn -q -o -f "$GOV_ROOT/parent-pom.xml")

as() { "$ASADMIN" --port "$ADMIN_PORT" "$@"; }
harness() { java -cp "$BENCH_JAR" "cn.finegov.benchmark.grid.$1" "${@:2}"; }

build() {
  local force="$1"
  if [ "$force" = yes ] || [ ! -f "$EAR" ]; then
    log "Building the suite (mvn install -DskipTests -DskipITs)"
    "${MVN[@]}" install -DskipTests -DskipITs -Dspotless.check.skip=true >&2 || die "the build failed"
  fi
  if [ "$force" = yes ] || [ ! -f "$BENCH_JAR" ]; then
    log "Building the harness (modules/kernel-benchmarks)"
    "${MVN[@]}" package -pl modules/kernel-benchmarks -DskipTests -Dspotless.check.skip=true >&2 \
      || die "the harness build failed"
  fi
}

unpack() {
  [ -x "$ASADMIN" ] && return
  log "Unpacking Payara Server $PAYARA_VERSION into $BENCH_DIR"
  mkdir -p "$BENCH_DIR"
  "${MVN[@]}" -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
    -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" -DoutputDirectory="$BENCH_DIR" \
    -Dmdep.overWriteReleases=true >&2 || die "Payara Server could not be unpacked (run once without -o?)"
  chmod +x "$BENCH_DIR"/payara6/bin/* "$BENCH_DIR"/payara6/glassfish/bin/*
}

configure() {
  [ -f "$BENCH_DIR/domains/$DOMAIN/.governance-configured" ] && return
  rm -rf "$BENCH_DIR/domains/$DOMAIN"
  mkdir -p "$BENCH_DIR/config" "$BENCH_DIR/var"
  # The suite's configuration for the benchmark: demo city and users (so that the demo logins and the
  # categories exist), no directory sync polling.
  cat > "$BENCH_DIR/config/governance.properties" <<PROPS
# Written by config/scripts/bench-grid.sh: the grid benchmark domain (PostgreSQL, demo city, demo users).
governance.demo.enabled=true
governance.demo.dir=$GOV_ROOT/config/demo
governance.demo.password=Demo@2026
governance.timezone=Asia/Shanghai
governance.module.egov.enabled=true
egov.orgsync.file.enabled=false
egov.orgsync.sftp.enabled=false
governance.attachments.dir=$BENCH_DIR/var/attachments
# The shipped categories, read from config/grid (also when the jar's copy is missing).
governance.grid.categories.file=$GOV_ROOT/config/grid/categories.csv
PROPS
  log "Creating domain $DOMAIN (port base $PORT_BASE) in $BENCH_DIR/domains"
  "$ASADMIN" create-domain --nopassword=true --portbase "$PORT_BASE" --domaindir "$BENCH_DIR/domains" "$DOMAIN" \
    | grep -v '^Using port' >&2
  "$ASADMIN" start-domain --domaindir "$BENCH_DIR/domains" "$DOMAIN" >/dev/null
  as set-hazelcast-configuration --enabled=false --dynamic=true >/dev/null
  local password_file
  password_file="$(mktemp)"
  printf '%s' "$PG_PASSWORD" > "$password_file"
  "$GOV_ROOT/config/asadmin/install.sh" --asadmin "$ASADMIN" --port "$ADMIN_PORT" \
    --db-url "$PG_URL" --db-user "$PG_USER" --db-password-file "$password_file" \
    --config-dir "$BENCH_DIR/config" --var-dir "$BENCH_DIR/var" --no-deploy >&2
  rm -f "$password_file"
  log "Sizing for the load: JDBC pool $POOL_MAX connections, $HTTP_THREADS HTTP threads, heap $HEAP"
  as set "resources.jdbc-connection-pool.governance-pg.max-pool-size=$POOL_MAX" >/dev/null
  as set "resources.jdbc-connection-pool.governance-pg.steady-pool-size=$((POOL_MAX / 2))" >/dev/null
  as set "resources.jdbc-connection-pool.governance-pg.statement-cache-size=200" >/dev/null
  as set "configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=$HTTP_THREADS" >/dev/null
  as set "configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=16" >/dev/null
  as delete-jvm-options -Xmx512m >/dev/null 2>&1 || true
  as create-jvm-options "-Xmx$HEAP" >/dev/null
  "$ASADMIN" stop-domain --domaindir "$BENCH_DIR/domains" "$DOMAIN" >/dev/null
  touch "$BENCH_DIR/domains/$DOMAIN/.governance-configured"
}

start() {
  local force_build="$1"
  build "$force_build"
  unpack
  log "Database: $PG_URL"
  harness GridCasePreload --create-db --url "$PG_URL" --user "$PG_USER" --password "$PG_PASSWORD" \
    --admin-url "$PG_ADMIN_URL" --admin-user "$PG_ADMIN_USER" --admin-password "$PG_ADMIN_PASSWORD" >&2
  configure
  if ! as list-applications >/dev/null 2>&1; then
    log "Starting domain $DOMAIN"
    "$ASADMIN" start-domain --domaindir "$BENCH_DIR/domains" "$DOMAIN" >/dev/null
  fi
  # A copy, so that a build running meanwhile cannot hand a half-written EAR to the deployment.
  cp "$EAR" "$BENCH_DIR/governance.ear"
  log "Deploying $(basename "$EAR") ($(date -r "$EAR" +%H:%M))"
  as deploy --force=true --name governance "$BENCH_DIR/governance.ear" >&2
  wait_for_http "$HTTP_PORT" /health/ready 300 \
    || die "not ready; see $BENCH_DIR/domains/$DOMAIN/logs/server.log"
  log "Ready: http://localhost:$HTTP_PORT/governance/ (log: $BENCH_DIR/domains/$DOMAIN/logs/server.log)"
}

preload() {
  log "Preloading grd_case to $CASES cases"
  harness GridCasePreload --url "$PG_URL" --user "$PG_USER" --password "$PG_PASSWORD" --cases "$CASES"
}

# The measured part holds the IT lock: no system test runs meanwhile.
load() {
  flock /tmp/governance-it.lock java -cp "$BENCH_JAR" cn.finegov.benchmark.grid.GridCaseLoad \
    --server "http://127.0.0.1:$HTTP_PORT" \
    --jdbc-url "$PG_URL" --jdbc-user "$PG_USER" --jdbc-password "$PG_PASSWORD" "$@" \
    | tee "$BENCH_DIR/last-load.txt"
}

measure() {
  {
    echo "# grid benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) vCPU, $(free -g | awk '/Mem:/{print $2}') GB RAM,"\
      "$(java -version 2>&1 | head -1), $PG_URL, pool $POOL_MAX, HTTP threads $HTTP_THREADS, heap $HEAP"
    preload
    load "$@"
  } 2>&1 | tee "$BENCH_DIR/last-run.txt"
}

stop() {
  if [ -x "$ASADMIN" ] && [ -d "$BENCH_DIR/domains/$DOMAIN" ]; then
    "$ASADMIN" stop-domain --domaindir "$BENCH_DIR/domains" "$DOMAIN" >&2 || true
  fi
  log "Stopped"
}

command="${1:-}"
shift || true
BUILD=no KEEP=no
while [ $# -gt 0 ]; do
  case "$1" in
    --build) BUILD=yes; shift ;;
    --keep) KEEP=yes; shift ;;
    --) shift; break ;;
    *) break ;;
  esac
done

case "$command" in
  run)
    start "$BUILD"
    status=0
    measure "$@" || status=$?
    [ "$KEEP" = yes ] || stop
    exit "$status"
    ;;
  start) start "$BUILD"; preload ;;
  load) load "$@" ;;
  stop) stop ;;
  status)
    if [ -x "$ASADMIN" ] && as list-applications >/dev/null 2>&1; then
      echo "running: http://localhost:$HTTP_PORT/governance/"
    else
      echo "not running"
      exit 1
    fi
    ;;
  reset) stop; rm -rf "$BENCH_DIR/domains" "$BENCH_DIR/config" "$BENCH_DIR/var"; log "Domain deleted" ;;
  *) echo "usage: $0 run|start|load|stop|status|reset [--build] [--keep] [-- load options]" >&2; exit 2 ;;
esac
