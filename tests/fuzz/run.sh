#!/usr/bin/env bash
# Builds the fuzz targets with clang and runs each for SECONDS (default 20) from the committed seed corpus.
# New inputs go to a scratch folder; a crash leaves its input in build/fuzz/ and fails the run.
set -euo pipefail
seconds=${1:-20}
here="$(cd "$(dirname "$0")" && pwd)"
build="$here/../../build/fuzz"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" >/dev/null
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$build"
./fuzz_csv "$scratch" "$here/corpus/csv" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=1024 \
    -timeout=10 -print_final_stats=1 2>&1 | tail -n 12
