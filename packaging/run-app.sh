#!/usr/bin/env bash
# Installs what is missing, builds (optimised) and starts Campaign Manager. Arguments go to the app,
# for example: packaging/run-app.sh --db /tmp/try.sqlite --no-demo
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/debian-deps.sh
export CCACHE_BASEDIR="$PWD"
cmake --preset release >/dev/null
cmake --build --preset release --target campaign-manager campaignctl
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display to show the window on. Run this from a desktop session, or render a picture instead:" >&2
  echo "  QT_QPA_PLATFORM=offscreen $0 --screenshot window.png" >&2
  exit 1
fi
exec build/release/app/campaign-manager "$@"
