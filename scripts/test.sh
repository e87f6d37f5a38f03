#!/usr/bin/env bash
# The test command: installs what is missing, builds, and runs the whole suite with ctest.
# .ci/run calls exactly this.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
"$root/scripts/setup.sh"
BUILD_DIR=$build_dir "$root/scripts/build.sh"
cd "$build_dir"
ctest --output-on-failure -j"$(nproc)" --timeout 600
