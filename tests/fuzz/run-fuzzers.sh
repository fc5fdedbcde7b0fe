#!/usr/bin/env bash
# Builds CallDock's libFuzzer targets with clang in <build-dir> (a build of its own, separate
# from the normal one; Qt is the system's) and runs each for <seconds> on a copy of its seed
# corpus. Exits non-zero if a target fails to build, crashes, or breaks a sanitizer check.
#
#   tests/fuzz/run-fuzzers.sh <build-dir> <seconds>
#
# CALLDOCK_FUZZ_CXX overrides the compiler (default clang++-14, else clang++). Crash inputs land
# in <build-dir>/fuzz-artifacts; inputs found along the way in <build-dir>/fuzz-corpus.
set -euo pipefail

if [[ $# -ne 2 || ! $2 =~ ^[0-9]+$ ]]; then
    echo "usage: $0 <build-dir> <seconds>" >&2
    exit 2
fi
build_dir=$1
seconds=$2
fuzz_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$fuzz_dir/../.." && pwd)

cxx=${CALLDOCK_FUZZ_CXX:-}
if [[ -z $cxx ]]; then
    if command -v clang++-14 >/dev/null; then cxx=clang++-14; else cxx=clang++; fi
fi
if ! command -v "$cxx" >/dev/null; then
    echo "$0: $cxx not found (Debian: apt-get install -y clang-14 libclang-rt-14-dev)" >&2
    exit 2
fi

# target name -> seed corpus directory under tests/fuzz/corpus, and its dictionary (if any)
targets=(fuzz_protocolparser:protocol fuzz_instancemessage:instance fuzz_callmapping:callmapping
    fuzz_conversationbody:conversation)

cmake -S "$source_dir" -B "$build_dir" -G Ninja \
    -DCMAKE_CXX_COMPILER="$cxx" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCALLDOCK_BUILD_TESTS=ON \
    -DCALLDOCK_FUZZ=ON
names=()
for entry in "${targets[@]}"; do names+=("${entry%%:*}"); done
ninja -C "$build_dir" "${names[@]}"

# Leaks count as failures; a sanitizer report must stop the run with a stack.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=()
for entry in "${targets[@]}"; do
    name=${entry%%:*}
    corpus=${entry#*:}
    seeds="$fuzz_dir/corpus/$corpus"
    work="$build_dir/fuzz-corpus/$corpus"
    artifacts="$build_dir/fuzz-artifacts"
    mkdir -p "$work" "$artifacts"
    dict=()
    if [[ -f "$fuzz_dir/$corpus.dict" ]]; then dict=(-dict="$fuzz_dir/$corpus.dict"); fi

    echo "== $name: ${seconds}s"
    # New inputs go to $work (first corpus dir); the seeds in the source tree stay untouched.
    if "$build_dir/tests/fuzz/$name" "${dict[@]}" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$name-" \
        "$work" "$seeds"; then
        echo "== $name: ok"
    else
        echo "== $name: FAILED (artifacts in $artifacts)" >&2
        failed+=("$name")
    fi
done

if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fuzzers failed: ${failed[*]}" >&2
    exit 1
fi
echo "all fuzzers ran ${seconds}s without a finding"
