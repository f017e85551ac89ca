#!/usr/bin/env bash
# Installs Debian's PostgreSQL server binaries for @jiayuan/host's PostgreSQL tests, only when no
# initdb is present. The tests start and stop their own throwaway clusters; nothing runs here.
set -euo pipefail
if compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then sudo=''; else sudo='sudo'; fi
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends postgresql
# Debian's package creates and starts a default cluster; the tests do not use it.
if command -v pg_lsclusters >/dev/null; then
  pg_lsclusters --no-header | while read -r version name _; do
    $sudo pg_ctlcluster "$version" "$name" stop || true
  done
fi
