#!/usr/bin/env bash
# The test command: installs what is missing, builds, and runs the whole suite with ctest; then runs
# the suite again built with AddressSanitizer + UBSan, so a memory error or undefined behaviour fails
# a test even when the plain build happens to survive it. .ci/run calls exactly this.
#
# SKIP_SANITIZERS=1 skips the sanitizer pass, SKIP_FUZZ=1 the libFuzzer pass (scripts/fuzz.sh, 15 s a
# target; FUZZ_SECONDS=N for longer runs).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
sanitize_dir=${SANITIZE_BUILD_DIR:-$root/build-sanitize}

run_suite() {  # run_suite BUILD_DIR
    (cd "$1" && ctest --output-on-failure -j"$(nproc)" --timeout 600)
}

"$root/scripts/setup.sh"
BUILD_DIR=$build_dir "$root/scripts/build.sh"
run_suite "$build_dir"

if [[ ${SKIP_FUZZ:-0} != 1 ]]; then
    echo "== libFuzzer targets, ${FUZZ_SECONDS:-15} s each (scripts/fuzz.sh; FUZZ_SECONDS for longer)"
    "$root/scripts/fuzz.sh"
fi

if [[ ${SKIP_SANITIZERS:-0} != 1 ]]; then
    echo "== the same suite under AddressSanitizer + UndefinedBehaviorSanitizer ($sanitize_dir)"
    # Debug: assertions on, and it builds in half the time of an optimized sanitized build.
    BUILD_DIR=$sanitize_dir BUILD_TYPE=Debug SANITIZE=1 "$root/scripts/build.sh"
    # The corpus-scale tests (ranking and organization quality over thousands of shared articles) skip
    # here: under Debug + ASan each takes 20-300 s and runs no code the unit tests leave out.
    VNSEARCH_SKIP_CORPUS_TESTS=1 \
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
        run_suite "$sanitize_dir"
fi
