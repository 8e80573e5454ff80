#!/usr/bin/env bash
# Installs what is missing, builds the release site and serves it on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
trunk build --release --offline --features split
exec node tests/e2e/server.mjs dist "${PORT:-8080}"
