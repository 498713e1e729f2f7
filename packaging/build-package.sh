#!/usr/bin/env bash
# Builds the Debian package and the tarball (CPack) from an optimised build: build/ci when CI has made it,
# otherwise the release preset. Prints the path of the .deb.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/debian-deps.sh >&2
build=build/ci
if [ ! -f "$build/CMakeCache.txt" ]; then
  build=build/release
  cmake --preset release >&2
fi
export CCACHE_BASEDIR="$PWD"
cmake --build "$build" >&2
(cd "$build" && cpack -G "DEB;TGZ" >&2)
ls "$build"/campaign-manager_*.deb
