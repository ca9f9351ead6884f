#!/usr/bin/env bash
# Shared helpers of the suite's scripts. Sourced, not run.

GOV_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PAYARA_VERSION="$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$GOV_ROOT/parent-pom.xml")"
POSTGRESQL_DRIVER_VERSION="$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' "$GOV_ROOT/parent-pom.xml")"

log() { printf '\033[1;34m[governance]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[governance] %s\033[0m\n' "$*" >&2; exit 1; }

# Unpacks the Payara Server distribution from Maven Central into $1 (a directory that will hold payara6/).
unpack_payara() {
  local into="$1"
  if [ -x "$into/payara6/bin/asadmin" ]; then
    return
  fi
  log "Unpacking Payara Server $PAYARA_VERSION (fetched from Maven Central on first use) into $into"
  mkdir -p "$into"
  mvn -q -f "$GOV_ROOT/parent-pom.xml" -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
    -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" -DoutputDirectory="$into" \
    -Dmdep.overWriteReleases=true >&2 || die "Payara Server could not be fetched"
  chmod +x "$into"/payara6/bin/* "$into"/payara6/glassfish/bin/*
}

# Copies the PostgreSQL JDBC driver from Maven Central into $1 and prints its path.
fetch_postgresql_driver() {
  local into="$1"
  local jar="$into/postgresql-$POSTGRESQL_DRIVER_VERSION.jar"
  if [ ! -f "$jar" ]; then
    mkdir -p "$into"
    mvn -q -f "$GOV_ROOT/parent-pom.xml" -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.postgresql:postgresql:$POSTGRESQL_DRIVER_VERSION" -DoutputDirectory="$into" >&2 \
      || die "The PostgreSQL driver could not be fetched"
  fi
  echo "$jar"
}

# Escapes a value for an asadmin property list (':' '=' and '\' are separators there).
asadmin_escape() {
  printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g'
}

# The HTTP status of GET http://localhost:$1$2 (000 when nothing answers), with bash alone (no curl needed).
http_status() {
  local port="$1" path="$2" line=""
  if ! exec 3<>"/dev/tcp/127.0.0.1/$port" 2>/dev/null; then
    echo 000
    return
  fi
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$path" >&3
  IFS= read -r -t 10 line <&3 || true
  exec 3<&- 3>&-
  line="${line#HTTP/* }"
  echo "${line%% *}"
}

# Waits until GET http://localhost:$1$2 answers 200, at most $3 seconds.
wait_for_http() {
  local port="$1" path="$2" seconds="${3:-180}" i=0
  until [ "$(http_status "$port" "$path")" = "200" ]; do
    i=$((i + 1))
    [ "$i" -ge "$seconds" ] && return 1
    sleep 1
  done
}
