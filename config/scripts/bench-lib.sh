#!/usr/bin/env bash
# The benchmark domain shared by bench-grid.sh and bench-hotline.sh: a Payara domain "governance-bench" on
# PostgreSQL with the demo city and users, sized for load. Sourced, not run.
#
# Environment (defaults in brackets):
#   GOVERNANCE_BENCH_PG_URL        [jdbc:postgresql://127.0.0.1:55432/governance_bench] created when missing
#   GOVERNANCE_BENCH_PG_USER       [governance]  GOVERNANCE_BENCH_PG_PASSWORD [governance]
#   GOVERNANCE_BENCH_PG_ADMIN_URL  [jdbc:postgresql://127.0.0.1:55432/postgres] a role that may create databases:
#   GOVERNANCE_BENCH_PG_ADMIN_USER [postgres]    GOVERNANCE_BENCH_PG_ADMIN_PASSWORD []
#   GOVERNANCE_BENCH_PORT_BASE     [19000]  admin 19048, HTTP 19080, hotline simulator 19345 (demo uses 18xxx, the
#                                           system tests 28xxx)
#   GOVERNANCE_BENCH_POOL_MAX      [64]   JDBC pool governance-pg: max-pool-size (steady size = half)
#   GOVERNANCE_BENCH_HTTP_THREADS  [64]   http-thread-pool max-thread-pool-size (GlassFish's default is 5)
#   GOVERNANCE_BENCH_HEAP          [2g]   -Xmx of the domain (Payara's default is 512m)
#   GOVERNANCE_BENCH_DIR           [var/bench-domain] Payara installation, domain, configuration and data
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BENCH_DIR="${GOVERNANCE_BENCH_DIR:-$GOV_ROOT/var/bench-domain}"
DOMAIN=governance-bench
PORT_BASE="${GOVERNANCE_BENCH_PORT_BASE:-19000}"
ADMIN_PORT=$((PORT_BASE + 48))
HTTP_PORT=$((PORT_BASE + 80))
HOTLINE_PORT=$((PORT_BASE + 345))
# Benchmark keys only (the domain is local and its data generated).
HOTLINE_SECRET=bench-hotline-secret
HOTLINE_KEY=YmVuY2gta2V5LTE2Ynl0ZQ==
PG_URL="${GOVERNANCE_BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:55432/governance_bench}"
PG_USER="${GOVERNANCE_BENCH_PG_USER:-governance}"
PG_PASSWORD="${GOVERNANCE_BENCH_PG_PASSWORD:-governance}"
PG_ADMIN_URL="${GOVERNANCE_BENCH_PG_ADMIN_URL:-jdbc:postgresql://127.0.0.1:55432/postgres}"
PG_ADMIN_USER="${GOVERNANCE_BENCH_PG_ADMIN_USER:-postgres}"
PG_ADMIN_PASSWORD="${GOVERNANCE_BENCH_PG_ADMIN_PASSWORD:-}"
POOL_MAX="${GOVERNANCE_BENCH_POOL_MAX:-64}"
HTTP_THREADS="${GOVERNANCE_BENCH_HTTP_THREADS:-64}"
HEAP="${GOVERNANCE_BENCH_HEAP:-2g}"
ASADMIN="$BENCH_DIR/payara6/bin/asadmin"
EAR="$GOV_ROOT/governance-ear/ear/target/governance.ear"
BENCH_JAR="$GOV_ROOT/modules/kernel-benchmarks/target/benchmarks.jar"
MVN=(flock /tmp/governance-build.lock mvn -q -o -f "$GOV_ROOT/parent-pom.xml")

as() { "$ASADMIN" --port "$ADMIN_PORT" "$@"; }
# Runs a harness class of benchmarks.jar: harness cn.finegov.benchmark.grid.GridCasePreload --url ...
harness() { java -cp "$BENCH_JAR" "$@"; }

# Options of the scripts' commands: [--build] [--keep] [--jfr] [-- harness options]; sets BUILD, KEEP, JFR and
# HARNESS_ARGS.
bench_options() {
  BUILD=no KEEP=no JFR=no HARNESS_ARGS=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --build) BUILD=yes; shift ;;
      --keep) KEEP=yes; shift ;;
      --jfr) JFR=yes; shift ;;
      --) shift; break ;;
      *) break ;;
    esac
  done
  HARNESS_ARGS=("$@")
}

bench_build() {
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

bench_unpack() {
  [ -x "$ASADMIN" ] && return
  log "Unpacking Payara Server $PAYARA_VERSION into $BENCH_DIR"
  mkdir -p "$BENCH_DIR"
  "${MVN[@]}" -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
    -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" -DoutputDirectory="$BENCH_DIR" \
    -Dmdep.overWriteReleases=true >&2 || die "Payara Server could not be unpacked (run once without -o?)"
  chmod +x "$BENCH_DIR"/payara6/bin/* "$BENCH_DIR"/payara6/glassfish/bin/*
}

# The suite's configuration for the benchmarks, written at every start: demo city and users (so that the demo
# logins, categories and the hotline's mapping exist), no directory sync polling, the hotline exchange with the
# harness's simulator as the hotline.
bench_write_config() {
  mkdir -p "$BENCH_DIR/config" "$BENCH_DIR/var"
  cat > "$BENCH_DIR/config/governance.properties" <<PROPS
# Written by config/scripts/bench-lib.sh at every start: the benchmark domain (PostgreSQL, demo city, demo users).
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
# 12345 hotline: bench-hotline.sh runs the hotline simulator in the harness on port $HOTLINE_PORT.
governance.module.hotline.enabled=true
governance.inbox.max-attempts=5
hotline.secret=$HOTLINE_SECRET
hotline.personal-data.key=$HOTLINE_KEY
hotline.api.url=http://127.0.0.1:$HOTLINE_PORT
hotline.exchange.enabled=false
PROPS
}

bench_configure() {
  [ -f "$BENCH_DIR/domains/$DOMAIN/.governance-configured" ] && return
  rm -rf "$BENCH_DIR/domains/$DOMAIN"
  bench_write_config
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

# Builds if needed, creates database and domain if missing, starts the domain and deploys the EAR.
bench_start() {
  local force_build="$1"
  bench_build "$force_build"
  bench_unpack
  log "Database: $PG_URL"
  harness cn.finegov.benchmark.grid.GridCasePreload --create-db --url "$PG_URL" --user "$PG_USER" \
    --password "$PG_PASSWORD" --admin-url "$PG_ADMIN_URL" --admin-user "$PG_ADMIN_USER" \
    --admin-password "$PG_ADMIN_PASSWORD" >&2
  bench_configure
  bench_write_config
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

# The first line of a run's output: when, where, with what.
bench_header() {
  echo "# $1 benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) vCPU, $(free -g | awk '/Mem:/{print $2}') GB RAM,"\
    "$(java -version 2>&1 | head -1), $PG_URL, pool $POOL_MAX, HTTP threads $HTTP_THREADS, heap $HEAP,"\
    "load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

# The process id of the running domain (from its pid file), empty when it is not running.
bench_pid() {
  local file="$BENCH_DIR/domains/$DOMAIN/config/pid"
  [ -f "$file" ] && kill -0 "$(cat "$file")" 2>/dev/null && cat "$file"
  return 0
}

# With --jfr: a flight recording of the server while a measurement runs, into $BENCH_DIR/<name>.jfr.
bench_jfr_start() {
  [ "$JFR" = yes ] || return 0
  local pid; pid="$(bench_pid)"
  [ -n "$pid" ] || die "the domain is not running: no flight recording"
  rm -f "$BENCH_DIR/$1.jfr"
  # Payara's call stacks are deep: keep 256 frames (JFR's default is 64).
  jcmd "$pid" JFR.configure stackdepth=256 >/dev/null
  jcmd "$pid" JFR.start name="$1" settings=profile filename="$BENCH_DIR/$1.jfr" >&2
}

bench_jfr_stop() {
  [ "$JFR" = yes ] || return 0
  jcmd "$(bench_pid)" JFR.stop name="$1" >&2 || true
  log "Flight recording: $BENCH_DIR/$1.jfr (jfr print --stack-depth 200 --events jdk.ExecutionSample ...)"
}

bench_stop() {
  if [ -x "$ASADMIN" ] && [ -d "$BENCH_DIR/domains/$DOMAIN" ]; then
    # Stopped without the suite: bench_start deploys it anyway, and a domain that loads it while starting
    # raced that deployment (a failed "deploy --force" with CaseEscalationJob's "beanManager is null").
    as undeploy governance >/dev/null 2>&1 || true
    "$ASADMIN" stop-domain --domaindir "$BENCH_DIR/domains" "$DOMAIN" >&2 || true
  fi
  log "Stopped"
}

bench_status() {
  if [ -x "$ASADMIN" ] && as list-applications >/dev/null 2>&1; then
    echo "running: http://localhost:$HTTP_PORT/governance/"
  else
    echo "not running"
    return 1
  fi
}

bench_reset() {
  bench_stop
  rm -rf "$BENCH_DIR/domains" "$BENCH_DIR/config" "$BENCH_DIR/var"
  log "Domain deleted"
}
