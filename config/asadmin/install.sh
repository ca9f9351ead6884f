#!/usr/bin/env bash
# Installs the city governance suite into an existing Payara Server 6 domain with PostgreSQL.
# Idempotent: run it again to change the database settings or to redeploy.
#
#   config/asadmin/install.sh \
#     --asadmin /opt/payara6/bin/asadmin --port 4848 [--host localhost] [--user admin] [--passwordfile F] \
#     --db-url jdbc:postgresql://db.example:5432/governance --db-user governance --db-password-file /root/dbpass \
#     --config-dir /etc/governance --var-dir /var/lib/governance \
#     [--ear governance-ear/ear/target/governance.ear] [--no-deploy]
#
# What it does, with asadmin against the running domain:
#   1. adds the PostgreSQL JDBC driver (from Maven Central) as a server library;
#   2. stores the database password as a password alias (not in domain.xml in clear);
#   3. creates the connection pool governance-pg and the resource jdbc/governance (the suite's only data source);
#   4. turns on default principal-to-role mapping (the suite's roles are the groups of its users) and automatic
#      transaction recovery (a transaction cut by a crash between the database commit and the JMS commit, e.g. an
#      acknowledged hotline ticket, is completed at the next start instead of staying in doubt in the broker);
#   5. sets the system properties governance.config.dir (MicroProfile Config files) and governance.var.dir;
#   6. deploys the EAR (context root /governance). The JMS queue is defined by the application itself.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"

ASADMIN="" HOST=localhost PORT=4848 ADMIN_USER=admin PASSWORD_FILE="" DB_URL="" DB_USER="" DB_PASSWORD_FILE=""
CONFIG_DIR="" VAR_DIR="" EAR="$GOV_ROOT/governance-ear/ear/target/governance.ear" DEPLOY=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --asadmin) ASADMIN="$2"; shift 2 ;;
    --host) HOST="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --user) ADMIN_USER="$2"; shift 2 ;;
    --passwordfile) PASSWORD_FILE="$2"; shift 2 ;;
    --db-url) DB_URL="$2"; shift 2 ;;
    --db-user) DB_USER="$2"; shift 2 ;;
    --db-password-file) DB_PASSWORD_FILE="$2"; shift 2 ;;
    --config-dir) CONFIG_DIR="$2"; shift 2 ;;
    --var-dir) VAR_DIR="$2"; shift 2 ;;
    --ear) EAR="$2"; shift 2 ;;
    --no-deploy) DEPLOY=no; shift ;;
    *) die "unknown option $1 (see the top of $0)" ;;
  esac
done
[ -x "$ASADMIN" ] || die "--asadmin must name the domain's asadmin"
[ -n "$DB_URL" ] && [ -n "$DB_USER" ] && [ -f "$DB_PASSWORD_FILE" ] || die "--db-url, --db-user and --db-password-file are required"
[ -d "$CONFIG_DIR" ] || die "--config-dir must be a directory with the suite's .properties files"
[ -n "$VAR_DIR" ] || die "--var-dir is required (exchange directories and files live there)"
mkdir -p "$VAR_DIR"

AS_BASE=("$ASADMIN" --host "$HOST" --port "$PORT" --user "$ADMIN_USER")
as() {
  if [ -n "$PASSWORD_FILE" ]; then "${AS_BASE[@]}" --passwordfile "$PASSWORD_FILE" "$@"; else "${AS_BASE[@]}" "$@"; fi
}

log "1/6 PostgreSQL JDBC driver"
DRIVER="$(fetch_postgresql_driver "$VAR_DIR/lib")"
if ! as list-libraries --type common | grep -q "postgresql-"; then
  as add-library --type common "$DRIVER"
fi

log "2/6 database password alias"
ALIAS_FILE="$(mktemp)"
trap 'rm -f "$ALIAS_FILE"' EXIT
# One password file holds the admin password (if any) and the alias's value.
{ [ -n "$PASSWORD_FILE" ] && cat "$PASSWORD_FILE"; printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$(cat "$DB_PASSWORD_FILE")"; } > "$ALIAS_FILE"
as delete-password-alias governance-db-password >/dev/null 2>&1 || true
"${AS_BASE[@]}" --passwordfile "$ALIAS_FILE" create-password-alias governance-db-password

log "3/6 connection pool governance-pg and resource jdbc/governance"
as delete-jdbc-resource jdbc/governance >/dev/null 2>&1 || true
as delete-jdbc-connection-pool governance-pg >/dev/null 2>&1 || true
# No SQL trace listener ("null" is how the pool says none): Payara's default, a silent listener kept for its
# JDBC monitoring, wraps every JDBC call in a reflective proxy and a trace record (a few per cent of the server's CPU in the
# benchmarks). To watch the slowest and most frequent statements, set it back to fish.payara.jdbc.SilentSqlTraceListener.
# reWriteBatchedInserts: the driver sends a batch of inserts (EclipseLink's batch writing) as multi-row inserts, which
# PostgreSQL executes several times faster than the same rows one statement each.
as create-jdbc-connection-pool \
  --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource \
  --steadypoolsize 8 --maxpoolsize 64 --poolresize 4 --idletimeout 300 --maxwait 30000 \
  --isconnectvalidatereq=true --validationmethod meta-data --failconnection=true \
  --sqltracelisteners null \
  --property "url=$(asadmin_escape "$DB_URL"):user=$(asadmin_escape "$DB_USER"):password=\${ALIAS\=governance-db-password}:reWriteBatchedInserts=true" \
  governance-pg
as create-jdbc-resource --connectionpoolid governance-pg jdbc/governance
as ping-connection-pool governance-pg

log "4/6 default principal-to-role mapping, automatic transaction recovery"
as set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true
as set configs.config.server-config.transaction-service.automatic-recovery=true

log "5/6 system properties governance.config.dir and governance.var.dir"
as create-system-properties \
  "governance.config.dir=$(asadmin_escape "$(cd "$CONFIG_DIR" && pwd)"):governance.var.dir=$(asadmin_escape "$(cd "$VAR_DIR" && pwd)")"

if [ "$DEPLOY" = yes ]; then
  log "6/6 deploying $EAR"
  [ -f "$EAR" ] || die "no EAR at $EAR (build it: mvn -f parent-pom.xml package -DskipTests)"
  as deploy --force=true --name governance "$EAR"
else
  log "6/6 deployment skipped (--no-deploy)"
fi
log "Installed. Health: http://$HOST:<http-port>/health/ready  Screens: http://$HOST:<http-port>/governance/"
