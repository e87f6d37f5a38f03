#!/usr/bin/env bash
# Installs the Debian 12 packages vnsearch builds, tests and runs with (only those missing).
# Used by run-sample.sh and test.sh, so a fresh machine needs nothing else.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config git
  libxapian-dev xapian-tools            # the index, and xapian-check for the kill tests
  libcpp-httplib-dev                    # searchd's HTTP server
  nlohmann-json3-dev libspdlog-dev libcli11-dev
  libicu-dev                            # NFC, case folding, Vietnamese marks
  libxml2-dev zlib1g-dev                # HTML pages, .jsonl.gz
  libgtest-dev                          # tests
  python3 sqlite3 curl wrk              # scripts: evaluation (FTS5 baseline), benchmarks
  clang libclang-rt-14-dev              # scripts/fuzz.sh: libFuzzer targets (tests/fuzz)
)

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#PACKAGES[@]} packages are installed"
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "setup: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
