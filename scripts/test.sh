#!/usr/bin/env bash
# Builds CallDock with warnings as errors and runs the whole test suite (ctest). Works headless:
# WebEngine tests run offscreen with their own temporary data directories.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
build_dir=${CALLDOCK_BUILD_DIR:-build-test}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCALLDOCK_WARNINGS_AS_ERRORS=ON -DCALLDOCK_BUILD_TESTS=ON
cmake --build "$build_dir"
ctest --test-dir "$build_dir" --output-on-failure --timeout 600 -j2
