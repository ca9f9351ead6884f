#!/usr/bin/env bash
# Command 2 of the README: every test of the suite on a fresh machine.
#
#   config/scripts/test-all.sh [extra maven arguments]
#
#   1. installs what the tests need from Debian's packages if it is missing (PostgreSQL, Chromium and its driver,
#      a CJK font for readable screenshots);
#   2. starts a throw-away PostgreSQL cluster on 127.0.0.1:55432 (database governance_test);
#   3. runs `mvn -f parent-pom.xml clean verify`: formatting check, unit tests, then in governance-ear/system-tests
#      the Arquillian tests on a managed Payara Server (its own domain governance-test, configured by
#      config/asadmin/install.sh against that PostgreSQL) deploying the real EAR, and the browser tests in
#      headless Chromium;
#   4. checks that the EAR can be built without a module (-P '!module-egov');
#   5. stops PostgreSQL again.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

# Another port and data directory (GOVERNANCE_TEST_PG_PORT, GOVERNANCE_TEST_PG_DATA) let it run beside a PostgreSQL
# that is already on 55432.
PG_PORT="${GOVERNANCE_TEST_PG_PORT:-55432}"
PG_DATA="${GOVERNANCE_TEST_PG_DATA:-/var/tmp/governance-test-pg}"
PG_LOG="$PG_DATA.log"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_packages() {
  local missing=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk" || missing+=(fonts-wqy-zenhei)
  if [ ${#missing[@]} -gt 0 ]; then
    log "Installing ${missing[*]} from Debian's packages"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1; }

# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgresql() {
  local bin; bin="$(pg_bin)"
  stop_postgresql
  rm -rf "$PG_DATA" "$PG_LOG"
  mkdir -p "$PG_DATA"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PG_DATA"
  [ "$(id -u)" -eq 0 ] && touch "$PG_LOG" && chown postgres:postgres "$PG_LOG"
  log "Starting PostgreSQL ($("$bin/postgres" --version)) on 127.0.0.1:$PG_PORT"
  as_pg "$bin/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_pg "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=/tmp -c fsync=off -c max_connections=200" \
    start >/dev/null
  as_pg "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -q \
    -c "create role governance login password 'governance'" \
    -c "create database governance_test owner governance encoding 'UTF8'" \
    -c "create database governance_hotline_exchange owner governance encoding 'UTF8'"
}

stop_postgresql() {
  local bin; bin="$(pg_bin)"
  if [ -f "$PG_DATA/postmaster.pid" ]; then
    as_pg "$bin/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null 2>&1 || true
  fi
}

# After a failed run: what the test server logged, since CI keeps only the end of the output.
server_log_summary() {
  local logs="$GOV_ROOT/governance-ear/system-tests/target/payara6/glassfish/domains/governance-test/logs"
  [ -d "$logs" ] || return 0
  log "The test server's last errors ($logs/server.log*)"
  # shellcheck disable=SC2046 # oldest first: the rotated files, then server.log
  grep -ah "SEVERE\|OutOfMemoryError\|Caused by" $(ls -tr "$logs"/server.log*) | cut -c1-400 | tail -40 >&2 || true
  log "Its heap after the last collections ($logs/gc.log*)"
  # shellcheck disable=SC2046
  grep -ah "Pause.*->" $(ls -tr "$logs"/gc.log*) | tail -3 >&2 || true
  # A 409 error.constraint names only the SQL state: PostgreSQL logs the statement and the message.
  # (AuditChainIT's guard test causes some on purpose: "append-only", "cannot be truncated".)
  if [ -f "$PG_LOG" ]; then
    log "PostgreSQL's last errors ($PG_LOG)"
    grep -a -A1 " ERROR: " "$PG_LOG" | grep -v "^--" | cut -c1-300 | tail -30 >&2 || true
  fi
}

install_packages
start_postgresql
trap stop_postgresql EXIT
started=$SECONDS
mvn -B -f "$GOV_ROOT/parent-pom.xml" clean verify \
  -Dgovernance.test.pg.port="$PG_PORT" "$@" || { status=$?; server_log_summary; exit "$status"; }

log "Build check: the web module without the e-government module (-P '!module-egov')"
mvn -B -q -o -f "$GOV_ROOT/parent-pom.xml" package -pl governance-ear/web -am -P '!module-egov' \
  -DskipTests -Dspotless.check.skip=true
WAR="$GOV_ROOT/governance-ear/web/target/governance-web.war"
if jar tf "$WAR" | grep -q 'governance-egov-'; then
  die "the WAR built with -P '!module-egov' still contains the e-government module"
fi
jar tf "$WAR" | grep -q 'governance-kernel-' || die "the WAR built with -P '!module-egov' lacks the kernel"
log "All tests passed in $((SECONDS - started)) s"
