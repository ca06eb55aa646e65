#!/usr/bin/env bash
# The servers the stores tests start (tests/stores/servers.py): redis-server and PostgreSQL's binaries.
# Installs what is missing from Debian's packages (as root: CI and these machines), else says what to run.
set -euo pipefail

have_redis() { command -v redis-server >/dev/null 2>&1 || test -x /usr/bin/redis-server; }
have_postgres() {
  if test -n "${FLEXPORT_PG_BIN:-}"; then test -x "$FLEXPORT_PG_BIN/postgres"; return; fi
  compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null
}

missing=()
have_redis || missing+=(redis-server)
have_postgres || missing+=(postgresql)
if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
  missing+=(postgresql)  # its package creates the 'postgres' user that PostgreSQL runs as under root
fi

if [ ${#missing[@]} -gt 0 ]; then
  cmd="apt-get update && apt-get install -y ${missing[*]}"
  if [ "$(id -u)" != 0 ]; then
    echo "make services: missing ${missing[*]}; run as root: $cmd" >&2
    exit 1
  fi
  echo "make services: installing ${missing[*]}"
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
    echo "make services: '$cmd' failed; the stores tests need these servers" >&2
    exit 1
  fi
fi
have_redis || { echo "make services: redis-server still missing; run: apt-get install -y redis-server" >&2; exit 1; }
have_postgres || { echo "make services: PostgreSQL still missing; run: apt-get install -y postgresql" >&2; exit 1; }
