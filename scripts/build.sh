#!/usr/bin/env bash
# Configures and builds into $BUILD_DIR (default: build/ at the project root): every target, or the
# targets named (e.g. `scripts/build.sh indexer searchd`). SANITIZE=1 builds with AddressSanitizer
# and UndefinedBehaviorSanitizer (use its own BUILD_DIR).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
sanitize=OFF
if [[ ${SANITIZE:-0} == 1 ]]; then sanitize=ON; fi
cmake -S "$root" -B "$build_dir" -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" -DVNSEARCH_SANITIZE=$sanitize >/dev/null
targets=()
for target in "$@"; do targets+=(--target "$target"); done
cmake --build "$build_dir" -j"$(nproc)" "${targets[@]}"
