#!/usr/bin/env bash
# Builds CallDock with AddressSanitizer + UndefinedBehaviorSanitizer (CALLDOCK_SANITIZE=ON) in a
# build directory of its own and runs the test suite under them. Any sanitizer report fails the
# test that triggered it (UBSan aborts, ASan/LSan exit non-zero).
#
#   scripts/sanitize.sh [--all]
#
# By default it runs every test that does not start WebEngine plus one end-to-end WebEngine test
# (CALLDOCK_SANITIZE_WEBENGINE, default tst_calllogging): Chromium is not instrumented, so the
# other WebEngine tests mostly re-run our already covered code at several times the cost. --all
# runs everything. CALLDOCK_SANITIZE_BUILD_DIR (default build-sanitize) and CALLDOCK_SANITIZE_CXX
# (default: the system c++) override the defaults.
set -euo pipefail
cd "$(dirname "$0")/.."

all=0
if [[ ${1:-} == --all ]]; then
    all=1
elif [[ $# -gt 0 ]]; then
    echo "usage: $0 [--all]" >&2
    exit 2
fi
build_dir=${CALLDOCK_SANITIZE_BUILD_DIR:-build-sanitize}
cxx=${CALLDOCK_SANITIZE_CXX:-c++}
webengine_test=${CALLDOCK_SANITIZE_WEBENGINE:-tst_calllogging}

started=$(date +%s)
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$cxx" \
    -DCALLDOCK_WARNINGS_AS_ERRORS=ON -DCALLDOCK_BUILD_TESTS=ON -DCALLDOCK_SANITIZE=ON
cmake --build "$build_dir" -j2
built=$(date +%s)

supp=$PWD/tests/support/lsan.supp
# Leaks are checked, except those the suppressions file attributes to Qt, Chromium and the
# system libraries, which free some objects only at process exit or never (see lsan.supp).
# new_delete_type_mismatch=0: Chromium inside libQt6WebEngineCore frees objects through a
# base-class sized delete (seen in ~WebContentsAdapter as soon as a page is deleted); ASan sees
# it because it replaces operator delete process-wide. Not our code, and not fixable here.
# detect_odr_violation=0: Qt's plugins and libQt6WebEngineCore export the same inline globals;
# that is the distribution's build, not ours.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:new_delete_type_mismatch=0:detect_odr_violation=0:abort_on_error=0:check_initialization_order=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

status=0
if [[ $all -eq 1 ]]; then
    ctest --test-dir "$build_dir" --output-on-failure --timeout 900 -j2 || status=$?
else
    ctest --test-dir "$build_dir" --output-on-failure --timeout 900 -j2 -LE webengine || status=$?
    if [[ $status -eq 0 ]]; then
        ctest --test-dir "$build_dir" --output-on-failure --timeout 900 \
            -R "^${webengine_test}\$" || status=$?
    fi
fi
finished=$(date +%s)
echo "sanitize: build $((built - started)) s, tests $((finished - built)) s"
exit $status
