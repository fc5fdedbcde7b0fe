#!/usr/bin/env bash
# Builds CallDock (Release) and starts it. Extra arguments go to calldock, e.g.
#   scripts/run.sh --data-dir /tmp/calldock-try --minimized
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DCALLDOCK_BUILD_TESTS=OFF
cmake --build build-release
exec build-release/app/calldock "$@"
