#!/usr/bin/env bash
# Installs what is missing, builds (optimised) and starts Campaign Manager. Arguments go to the app,
# for example: packaging/run-app.sh --db /tmp/try.sqlite
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/debian-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec build/release/app/campaign-manager "$@"
