#!/usr/bin/env bash
# Everything a fresh machine needs before `pnpm test` or `pnpm demo`: pnpm at the pinned
# version, then the workspace's dependencies from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."
want=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$want" ]; then
  npm install --global --no-fund --no-audit "pnpm@$want"
fi
pnpm install --frozen-lockfile
