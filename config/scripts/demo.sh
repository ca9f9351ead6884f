#!/usr/bin/env bash
# Command 1 of the README: the whole suite with demo data on the embedded default.
#
#   config/scripts/demo.sh start    build, fetch Payara Server from Maven Central, create and start the domain
#                                   governance-demo (ports 18xxx, Hazelcast off), deploy, load the demo city,
#                                   print the address and the demo logins
#   config/scripts/demo.sh stop     stop the domain
#   config/scripts/demo.sh status   is it running?
#   config/scripts/demo.sh redeploy build and redeploy into the running domain (for developers)
#
#   config/scripts/demo.sh reset    stop and delete the demo domain with its data (the next start recreates it)
#
# The Payara installation, the domain, its H2 database and the exchange directories live in
# governance-ear/demo-domain (outside every Maven target directory, so builds and tests leave them alone).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DEMO_DIR="$GOV_ROOT/governance-ear/demo-domain"
DOMAIN=governance-demo
PORT_BASE="${GOVERNANCE_DEMO_PORT_BASE:-18000}"
ADMIN_PORT=$((PORT_BASE + 48))
HTTP_PORT=$((PORT_BASE + 80))
ASADMIN="$DEMO_DIR/payara6/bin/asadmin"
EAR="$GOV_ROOT/governance-ear/ear/target/governance.ear"
DEMO_PASSWORD="$(sed -n 's/^governance.demo.password=//p' "$GOV_ROOT/config/environments/demo/governance.properties")"

as() { "$ASADMIN" --port "$ADMIN_PORT" "$@"; }

start() {
  local started=$SECONDS
  log "Building the suite (mvn -f parent-pom.xml install -DskipTests -DskipITs)"
  rm -rf "$GOV_ROOT/governance-ear/web/target" "$EAR"
  mvn -q -f "$GOV_ROOT/parent-pom.xml" install -DskipTests -DskipITs -Dspotless.check.skip=true >&2 || die "the build failed"
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
    observer     只读观察员 Observer
    wangjiang    领导（望江街道）Leader of one street (unit scoping)
    liuan        领导（柳岸街道）Leader of another street

  Try the directory sync: copy config/demo/egov-directory-sample.csv into
    $DEMO_DIR/var/exchange/egov/orgsync/
  and watch 组织机构同步 (Directory sync) as sysadmin.

  Stop: config/scripts/demo.sh stop
TEXT
}

stop() {
  if [ -x "$ASADMIN" ] && [ -d "$DEMO_DIR/domains/$DOMAIN" ]; then
    "$ASADMIN" stop-domain --domaindir "$DEMO_DIR/domains" "$DOMAIN" >&2 || true
  fi
  log "Stopped"
}

redeploy() {
  rm -rf "$GOV_ROOT/governance-ear/web/target" "$EAR"
  mvn -q -f "$GOV_ROOT/parent-pom.xml" install -DskipTests -DskipITs -Dspotless.check.skip=true >&2 || die "the build failed"
  as deploy --force=true --name governance "$EAR" >&2
  wait_for_http "$HTTP_PORT" /health/ready 60 || die "not ready; see the server log"
  log "Redeployed"
}

reset() {
  stop
  rm -rf "$DEMO_DIR/domains" "$DEMO_DIR/var"
  log "Demo domain and data deleted"
}

status() {
  if [ -x "$ASADMIN" ] && as list-applications >/dev/null 2>&1; then
    echo "running: http://localhost:$HTTP_PORT/governance/"
  else
    echo "not running"
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
