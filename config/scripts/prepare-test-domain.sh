#!/usr/bin/env bash
# Creates the Arquillian test domain "governance-test" in a Payara Server installation, configured exactly as an
# IT department configures an existing domain (config/asadmin/install.sh, without deployment: Arquillian deploys),
# against the test PostgreSQL database. Called by the system-tests module before its integration tests.
#
#   prepare-test-domain.sh <payara6 dir> <var dir>
#
# Database: GOVERNANCE_TEST_PG_URL (or only GOVERNANCE_TEST_PG_PORT), GOVERNANCE_TEST_PG_USER, GOVERNANCE_TEST_PG_PASSWORD
# (default jdbc:postgresql://127.0.0.1:55432/governance_test, governance, governance: config/scripts/test-all.sh);
# the hotline's middle database is governance_hotline_exchange on the same server.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PAYARA="${1:?payara6 directory}"
VAR_DIR="${2:?var directory}"
DOMAIN=governance-test
PORT_BASE=28000
ADMIN_PORT=$((PORT_BASE + 48))
ASADMIN="$PAYARA/bin/asadmin"
PG_URL="${GOVERNANCE_TEST_PG_URL:-jdbc:postgresql://127.0.0.1:${GOVERNANCE_TEST_PG_PORT:-55432}/governance_test}"
PG_USER="${GOVERNANCE_TEST_PG_USER:-governance}"
PG_PASSWORD="${GOVERNANCE_TEST_PG_PASSWORD:-governance}"

[ -x "$ASADMIN" ] || die "no asadmin in $PAYARA"
"$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
"$ASADMIN" delete-domain "$DOMAIN" >/dev/null 2>&1 || true
log "Creating test domain $DOMAIN (port base $PORT_BASE)"
"$ASADMIN" create-domain --nopassword=true --portbase "$PORT_BASE" "$DOMAIN" | grep -v '^Using port' >&2
"$ASADMIN" start-domain "$DOMAIN" >/dev/null
trap '"$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || true' EXIT
"$ASADMIN" --port "$ADMIN_PORT" set-hazelcast-configuration --enabled=false --dynamic=true >/dev/null

rm -rf "$VAR_DIR"
mkdir -p "$VAR_DIR/exchange/egov/orgsync"
PASSWORD_FILE="$(mktemp)"
printf '%s' "$PG_PASSWORD" > "$PASSWORD_FILE"
"$GOV_ROOT/config/asadmin/install.sh" --asadmin "$ASADMIN" --port "$ADMIN_PORT" \
  --db-url "$PG_URL" --db-user "$PG_USER" --db-password-file "$PASSWORD_FILE" \
  --config-dir "$GOV_ROOT/config/environments/test" --var-dir "$VAR_DIR" --no-deploy
rm -f "$PASSWORD_FILE"
# Heap and GC log. Over a whole run the server holds 110-310 MB live after the full collection Payara makes at each
# removal of the EAR, and peaks near 600 MB while it deploys: Payara's default 512 MB leaves no room, so 1.5 GB.
# After a failed run test-all.sh prints the end of logs/gc.log and the server's last errors; that is how a failure
# of every deployment after AuditChainIT's was traced to a timer job created during an undeployment.
"$ASADMIN" --port "$ADMIN_PORT" delete-jvm-options -Xmx512m >/dev/null
"$ASADMIN" --port "$ADMIN_PORT" create-jvm-options \
  '-Xmx1536m:-Xlog\:gc*\:file=${com.sun.aas.instanceRoot}/logs/gc.log\:time,uptime\:filecount=3,filesize=20m' \
  >/dev/null
# The hotline's middle database: another database on the same test server (hotline.exchange.* in the test config).
"$ASADMIN" --port "$ADMIN_PORT" create-system-properties \
  "hotline.exchange.url=$(asadmin_escape "${PG_URL%/*}/governance_hotline_exchange")" >/dev/null
log "Test domain $DOMAIN is ready (stopped; Arquillian starts it)"
