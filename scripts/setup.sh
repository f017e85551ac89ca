#!/usr/bin/env bash
# Everything a fresh machine needs before `pnpm test` or `pnpm demo`: the system packages the
# tests use (each scripts/setup-*.sh installs one only when it is missing), pnpm at the pinned
# version, then the workspace's dependencies from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."
for part in scripts/setup-*.sh; do
  [ -e "$part" ] || continue
  bash "$part"
done
want=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$want" ]; then
  npm install --global --no-fund --no-audit "pnpm@$want"
fi
pnpm install --frozen-lockfile
