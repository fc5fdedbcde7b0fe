#!/usr/bin/env bash
# Builds CallDock in Release (build-bench/) and runs every benchmark; prints one table (what,
# median, p95, p99, max, baseline, ratio, target, met?) and writes build-bench/benchmarks.json.
#   scripts/bench.sh           full sizes (about 15 minutes on 2 cores)
#   scripts/bench.sh --quick   small sizes, as CI runs it (a few minutes including the build)
# Each benchmark measures its baseline in the same run; nothing here fails on a timing. The
# script fails only when a benchmark cannot run at all. See BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=()
if [ "${1:-}" = "--quick" ]; then
    quick=(--quick)
fi

# Every benchmark executable: its ninja target and its path below build-bench. To add one, build
# it with calldock_benchsupport (tests/bench/benchreport.h) and add a line here.
benchmarks=(
    "bench_store tests/bench/bench_store"
    "bench_history tests/bench/bench_history"
    "bench_messagestore tests/bench/bench_messagestore"
    "bench_bridge tests/bench/bench_bridge"
    "bench_process tests/bench/bench_process"
    "bench_catchup tests/bench/bench_catchup"
    "bench_stall tests/bench/bench_stall"
    "bench_realwidget tests/bench/bench_realwidget"
)
# Full mode only (it generates 1M calls twice, a few minutes): quick mode stays fast.
if [ ${#quick[@]} -eq 0 ]; then
    benchmarks+=("bench_activity tests/bench/bench_activity")
fi

scripts/install-deps.sh
# CALLDOCK_BENCH_BUILD_DIR reuses an existing build (CI's quick run uses the test build, so it
# compiles nothing twice); the full run makes a Release build of its own.
build_dir=${CALLDOCK_BENCH_BUILD_DIR:-build-bench}
if [ -z "${CALLDOCK_BENCH_BUILD_DIR:-}" ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCALLDOCK_BUILD_TESTS=ON \
        >/dev/null
fi
targets=()
for entry in "${benchmarks[@]}"; do
    targets+=("${entry%% *}")
done
cmake --build "$build_dir" --target calldock minimal_webview "${targets[@]}"

rows="$build_dir/benchmarks.jsonl"
rm -f "$rows"
export QT_QPA_PLATFORM=offscreen
if [ "$(id -u)" -eq 0 ]; then
    # Chromium's sandbox refuses root (CI); never set for the shipped app.
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
echo "load before: $(uptime)"
for entry in "${benchmarks[@]}"; do
    name=${entry%% *}
    path=${entry#* }
    echo "== $name"
    # Qt's own logging goes to a file: the table stays readable.
    "$build_dir/$path" "${quick[@]}" --json "$rows" 2>"$build_dir/$name.log"
done
echo "load after: $(uptime)"
echo
python3 tests/bench/benchtable.py "$rows" "$build_dir/benchmarks.json" "${quick[@]}"
