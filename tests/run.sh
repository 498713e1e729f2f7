#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test headless: widgets on the offscreen platform, and the
# keychain tests against a gnome-keyring unlocked on a private D-Bus session (no DISPLAY, so it can never wait for
# an unlock prompt). CI (.ci/run) runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/debian-deps.sh --tests

export CCACHE_BASEDIR="$PWD"   # cache hits across clones in other folders
preset=dev
[ -n "${CI:-}" ] && preset=ci
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data"           # a fresh keyring every run
export XDG_CONFIG_HOME="$scratch/config"
export XDG_RUNTIME_DIR="$scratch/runtime"
export HOME="$scratch/home"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR" "$HOME"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
export CM_TEST_KEYCHAIN=1

dbus-run-session -- sh -c '
  echo -n ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --test-dir "build/'"$preset"'" --output-on-failure -j 2
'
