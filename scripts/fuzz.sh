#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (-fsanitize=fuzzer,address,undefined) in
# build-fuzz/ and runs each for FUZZ_SECONDS (default 15) from its seeds: tests/fuzz/corpus/<target>/
# (hand-made seeds and every input that once crashed) and the test fixtures of its format.
# A crash, leak, UB report or timeout fails the script; the input is left in build-fuzz/crashes/<target>/.
# Inputs found along the way go to build-fuzz/corpus/<target>/ (kept between runs, not committed).
#
# usage: scripts/fuzz.sh [TARGET...]    (default: all; e.g. scripts/fuzz.sh html_reader)
# environment: FUZZ_SECONDS (per target), FUZZ_BUILD_DIR, FUZZ_JOBS (parallel fuzzing processes per target, default 1)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${FUZZ_SECONDS:-15}
jobs=${FUZZ_JOBS:-1}
all=(portal_reader jsonl_reader html_reader date_parser query_builder search_request request_head)
targets=("$@")
((${#targets[@]})) || targets=("${all[@]}")

fixtures=$root/tests/fixtures
seed_dirs() {  # the fixture directories that seed TARGET, beside its own corpus
    case $1 in
        portal_reader) echo "$fixtures/sample-archive $fixtures/indexer/portal" ;;
        jsonl_reader) echo "$fixtures/indexer/jsonl" ;;
        html_reader) echo "$fixtures/indexer/html" ;;
        *) echo "" ;;
    esac
}

# -O1 -gline-tables-only, as OSS-Fuzz builds: enough for readable stacks, about half the compile time of -O2 -g.
CC=clang CXX=clang++ cmake -S "$root" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" -DVNSEARCH_FUZZ=ON >/dev/null
build_targets=()
for target in "${targets[@]}"; do build_targets+=(--target "${target}_fuzzer"); done
cmake --build "$build_dir" -j"$(nproc)" "${build_targets[@]}"

parallel=()  # libFuzzer's -jobs mode writes fuzz-N.log into the working directory: run it in build_dir
((jobs > 1)) && parallel=(-jobs="$jobs" -workers="$jobs")
cd "$build_dir"
failed=()
for target in "${targets[@]}"; do
    corpus=$build_dir/corpus/$target
    crashes=$build_dir/crashes/$target
    mkdir -p "$corpus" "$crashes"
    # shellcheck disable=SC2046
    if ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
        "$build_dir/tests/fuzz/${target}_fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            "${parallel[@]}" -print_final_stats=1 -artifact_prefix="$crashes/" \
            "$corpus" "$root/tests/fuzz/corpus/$target" $(seed_dirs "$target") >"$build_dir/$target.log" 2>&1; then
        echo "fuzz: $target: $seconds s, $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$build_dir/$target.log" | grep -o '[0-9]*$' || echo '?') runs, no crash"
    else
        echo "fuzz: $target FAILED; input in $crashes/, log $build_dir/$target.log:" >&2
        grep -m5 -E 'ERROR|runtime error|SUMMARY' "$build_dir/$target.log" >&2 || tail -20 "$build_dir/$target.log" >&2
        failed+=("$target")
    fi
done
if ((${#failed[@]})); then
    echo "fuzz: ${#failed[@]} of ${#targets[@]} targets failed: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz: ${#targets[@]} targets, $seconds s each: no crash"
