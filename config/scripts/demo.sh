#!/usr/bin/env bash
# Command 1 of the README: the whole suite with demo data on the embedded default.
#
#   config/scripts/demo.sh start    build, fetch Payara Server from Maven Central, start the 12345 hotline
#                                   simulator (its own process), create and start the domain governance-demo
#                                   (ports 18xxx, Hazelcast off), deploy, load the demo city, print the
#                                   addresses, the demo logins and how to make the hotline push tickets
#   config/scripts/demo.sh stop     stop the domain and the hotline simulator
#   config/scripts/demo.sh status   is it running?
#   config/scripts/demo.sh redeploy build and redeploy into the running domain (for developers)
#
#   config/scripts/demo.sh reset    stop and delete the demo domain with its data (the next start recreates it)
#
# The Payara installation, the domain, its H2 database, the exchange directories and the hotline simulator's
# jar, log and pid file live in governance-ear/demo-domain (outside every Maven target directory, so builds
# and tests leave them alone). The simulator listens where hotline.api.url of config/environments/demo points
# (127.0.0.1:18345), signs with hotline.secret from there and pushes to this domain's HTTP port.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DEMO_DIR="$GOV_ROOT/governance-ear/demo-domain"
DOMAIN=governance-demo
PORT_BASE="${GOVERNANCE_DEMO_PORT_BASE:-18000}"
ADMIN_PORT=$((PORT_BASE + 48))
HTTP_PORT=$((PORT_BASE + 80))
ASADMIN="$DEMO_DIR/payara6/bin/asadmin"
EAR="$GOV_ROOT/governance-ear/ear/target/governance.ear"
DEMO_PROPERTIES="$GOV_ROOT/config/environments/demo/governance.properties"

# The value of a key in the demo configuration (the last one wins, as in the suite).
demo_property() { sed -n "s/^$1=//p" "$DEMO_PROPERTIES" | tail -n 1; }

DEMO_PASSWORD="$(demo_property 'governance\.demo\.password')"

# The 12345 hotline simulator: where the suite sends feedback (hotline.api.url), the shared secret.
HOTLINE_URL="$(demo_property 'hotline\.api\.url')"
HOTLINE_URL="${HOTLINE_URL%/}"
HOTLINE_SECRET="$(demo_property 'hotline\.secret')"
HOTLINE_PORT="${HOTLINE_URL##*:}"
HOTLINE_DIR="$DEMO_DIR/hotline-simulator"
HOTLINE_PID="$HOTLINE_DIR/simulator.pid"
HOTLINE_LOG="$HOTLINE_DIR/simulator.log"

as() { "$ASADMIN" --port "$ADMIN_PORT" "$@"; }

# The simulator's process id, when the one this script started is still running.
hotline_pid() {
  local pid
  [ -f "$HOTLINE_PID" ] || return 1
  pid="$(cat "$HOTLINE_PID")"
  # The pid file may outlive its process and the number be reused: check what runs under it.
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null \
    && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'governance-simulators.*hotline'; then
    echo "$pid"
    return 0
  fi
  return 1
}

# Starts the hotline simulator in its own process (unless it runs already), from a copy of the jar the build
# made, so that a later build or clean does not pull the jar away from under it.
start_hotline() {
  [[ "$HOTLINE_PORT" =~ ^[0-9]+$ ]] || die "hotline.api.url in $DEMO_PROPERTIES has no port: $HOTLINE_URL"
  [ -n "$HOTLINE_SECRET" ] || die "hotline.secret is not set in $DEMO_PROPERTIES"
  if hotline_pid >/dev/null; then
    log "12345 hotline simulator already running on $HOTLINE_URL (pid $(hotline_pid))"
    return
  fi
  if [ "$(http_status "$HOTLINE_PORT" /sim/stats 2>/dev/null)" != "000" ]; then
    log "Port $HOTLINE_PORT is taken by another process: the demo suite will talk to whatever listens there"
    return
  fi
  local jar
  jar="$(ls "$GOV_ROOT"/integration/simulators/target/governance-simulators-*-runnable.jar 2>/dev/null | head -n 1)"
  [ -n "$jar" ] || die "the simulators jar is missing (integration/simulators/target/*-runnable.jar)"
  mkdir -p "$HOTLINE_DIR"
  cp "$jar" "$HOTLINE_DIR/governance-simulators.jar"
  log "Starting the 12345 hotline simulator on $HOTLINE_URL (log $HOTLINE_LOG)"
  # --accept-unknown-tickets: after a restart of the simulator it still takes the feedback on the tickets the
  # demo database has from earlier runs.
  (
    # Whatever this script inherited (e.g. the lock of `flock file demo.sh start`) must not stay open in
    # the simulator, which outlives the script: only stdin, stdout and stderr go along.
    for fd in $(ls /proc/$BASHPID/fd); do
      if [ "$fd" -gt 2 ]; then eval "exec $fd>&-"; fi
    done
    exec setsid java -Xmx256m -jar "$HOTLINE_DIR/governance-simulators.jar" hotline \
      --host 127.0.0.1 --port "$HOTLINE_PORT" --secret "$HOTLINE_SECRET" \
      --suite-url "http://localhost:$HTTP_PORT/governance" --accept-unknown-tickets \
      >"$HOTLINE_LOG" 2>&1 </dev/null
  ) &
  echo $! >"$HOTLINE_PID"
  if ! wait_for_http "$HOTLINE_PORT" /sim/stats 30 2>/dev/null; then
    tail -n 20 "$HOTLINE_LOG" >&2 || true
    die "the hotline simulator did not start; see $HOTLINE_LOG"
  fi
}

stop_hotline() {
  local pid i
  if pid="$(hotline_pid)"; then
    kill "$pid" 2>/dev/null || true
    for i in $(seq 1 20); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    log "12345 hotline simulator stopped"
  fi
  rm -f "$HOTLINE_PID"
}

start() {
  local started=$SECONDS
  log "Building the suite (mvn -f parent-pom.xml install -DskipTests -DskipITs)"
  rm -rf "$GOV_ROOT/governance-ear/web/target" "$EAR"
  mvn -q -f "$GOV_ROOT/parent-pom.xml" install -DskipTests -DskipITs -Dspotless.check.skip=true >&2 || die "the build failed"
  start_hotline
  unpack_payara "$DEMO_DIR"
  if [ ! -f "$DEMO_DIR/domains/$DOMAIN/.governance-configured" ]; then
    rm -rf "$DEMO_DIR/domains/$DOMAIN"
    log "Creating domain $DOMAIN (port base $PORT_BASE)"
    "$ASADMIN" create-domain --nopassword=true --portbase "$PORT_BASE" --domaindir "$DEMO_DIR/domains" "$DOMAIN" \
      | grep -v '^Using port' >&2
    "$ASADMIN" start-domain --domaindir "$DEMO_DIR/domains" "$DOMAIN" >/dev/null
    log "Configuring the domain (embedded H2 behind jdbc/governance, Hazelcast off, configuration directory)"
    as set-hazelcast-configuration --enabled=false --dynamic=true >/dev/null
    as set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true >/dev/null
    # As install.sh: a transaction cut by a crash between the database and JMS commits is completed at the next start.
    as set configs.config.server-config.transaction-service.automatic-recovery=true >/dev/null
    as create-jdbc-resource --connectionpoolid H2Pool jdbc/governance >/dev/null
    as create-system-properties \
      "governance.config.dir=$(asadmin_escape "$GOV_ROOT/config/environments/demo"):governance.var.dir=$(asadmin_escape "$DEMO_DIR/var")" \
      >/dev/null
    mkdir -p "$DEMO_DIR/var/exchange/egov/orgsync"
    "$ASADMIN" stop-domain --domaindir "$DEMO_DIR/domains" "$DOMAIN" >/dev/null
    touch "$DEMO_DIR/domains/$DOMAIN/.governance-configured"
  fi
  if ! as list-applications >/dev/null 2>&1; then
    log "Starting domain $DOMAIN"
    "$ASADMIN" start-domain --domaindir "$DEMO_DIR/domains" "$DOMAIN" >/dev/null
  fi
  log "Deploying $(basename "$EAR") ($(du -h "$EAR" | cut -f1))"
  local deploy_started=$SECONDS
  as deploy --force=true --name governance "$EAR" >&2
  log "Deployed in $((SECONDS - deploy_started)) s"
  wait_for_http "$HTTP_PORT" /health/ready 120 || die "the suite did not become ready; see $DEMO_DIR/domains/$DOMAIN/logs/server.log"
  cat <<TEXT

  City governance suite is running ($((SECONDS - started)) s).

    Screens:   http://localhost:$HTTP_PORT/governance/
    REST API:  http://localhost:$HTTP_PORT/governance/api/v1/   (HTTP Basic with a demo login)
    OpenAPI:   http://localhost:$HTTP_PORT/openapi
    Health:    http://localhost:$HTTP_PORT/health
    Admin:     http://localhost:$ADMIN_PORT/  (Payara console, no password)
    Log:       $DEMO_DIR/domains/$DOMAIN/logs/server.log

  Demo logins (password for all: $DEMO_PASSWORD):
    sysadmin     系统管理员 System administrator (organisation, modules, integration)
    secadmin     安全管理员 Security administrator (users and roles)
    auditadmin   审计管理员 Audit administrator (audit log)
    leader       领导 Leader
    modadmin     模块管理员 Module administrator
    clerk        监督中心受理员 Supervision-centre clerk
    dispatcher   指挥中心派遣员 Command-centre dispatcher
    handler      部门处置人员 Department handler
    gridworker   网格员 Grid worker
    discloser    政务公开专员 Disclosure officer
    hotline      热线坐席（回访员）Hotline operator (tickets; callers' numbers, audited)
    observer     只读观察员 Observer
    wangjiang    领导（望江街道）Leader of one street (unit scoping)
    liuan        领导（柳岸街道）Leader of another street

  Try the directory sync: copy config/demo/egov-directory-sample.csv into
    $DEMO_DIR/var/exchange/egov/orgsync/
  and watch 组织机构同步 (Directory sync) as sysadmin.

  12345 hotline simulator (its own process, log $HOTLINE_LOG):
    $HOTLINE_URL   receives the suite's feedback (POST /api/v1/feedback); control API /sim/*
    Push 20 tickets:        curl -X POST '$HOTLINE_URL/sim/generate?count=20'
    With resends and bad:   curl -X POST '$HOTLINE_URL/sim/generate?count=50&duplicates=0.1&malformed=0.05'
    Its counts:             curl $HOTLINE_URL/sim/stats
    Feedback on a ticket:   curl $HOTLINE_URL/sim/tickets/<ticket number>/feedback
    Hotline down for 60 s:  curl -X POST '$HOTLINE_URL/sim/down?seconds=60'
  Then sign in as hotline: 热线工单 Hotline tickets (http://localhost:$HTTP_PORT/governance/hotline/tickets.xhtml), or
    curl -u hotline:$DEMO_PASSWORD http://localhost:$HTTP_PORT/governance/api/v1/hotline/tickets
  Tickets whose category maps to a case become grid cases; every step of a case goes back as feedback, and
  10 s after a reply the simulator pushes the citizen's return visit.

  Stop: config/scripts/demo.sh stop
TEXT
}

stop() {
  if [ -x "$ASADMIN" ] && [ -d "$DEMO_DIR/domains/$DOMAIN" ]; then
    "$ASADMIN" stop-domain --domaindir "$DEMO_DIR/domains" "$DOMAIN" >&2 || true
  fi
  stop_hotline
  log "Stopped"
}

redeploy() {
  rm -rf "$GOV_ROOT/governance-ear/web/target" "$EAR"
  mvn -q -f "$GOV_ROOT/parent-pom.xml" install -DskipTests -DskipITs -Dspotless.check.skip=true >&2 || die "the build failed"
  start_hotline
  as deploy --force=true --name governance "$EAR" >&2
  wait_for_http "$HTTP_PORT" /health/ready 60 || die "not ready; see the server log"
  log "Redeployed"
}

reset() {
  stop
  rm -rf "$DEMO_DIR/domains" "$DEMO_DIR/var" "$HOTLINE_DIR"
  log "Demo domain and data deleted"
}

status() {
  local hotline="12345 hotline simulator not running"
  if hotline_pid >/dev/null; then
    hotline="12345 hotline simulator running: $HOTLINE_URL/sim/stats"
  fi
  if [ -x "$ASADMIN" ] && as list-applications >/dev/null 2>&1; then
    echo "running: http://localhost:$HTTP_PORT/governance/"
    echo "$hotline"
  else
    echo "not running"
    echo "$hotline"
    return 1
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  redeploy) redeploy ;;
  reset) reset ;;
  *) echo "usage: $0 start|stop|status|redeploy|reset" >&2; exit 2 ;;
esac
