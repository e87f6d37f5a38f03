#!/usr/bin/env bash
# Installs the Debian 12 packages vnsearch builds, tests and runs with (only those missing).
# Used by run-sample.sh and test.sh, so a fresh machine needs nothing else.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config git
  libxapian-dev xapian-tools            # the index, and xapian-check for the kill tests
  libcpp-httplib-dev                    # searchd's HTTP server
  nlohmann-json3-dev libspdlog-dev libcli11-dev
  libsimdjson-dev                       # searchd reads every hit's stored article back (fast JSON)
  libicu-dev                            # NFC, case folding, Vietnamese marks
  libxml2-dev zlib1g-dev                # HTML pages, .jsonl.gz
  libzstd-dev zstd                      # the stored articles' compression (zstd: training its dictionary)
  libbrotli-dev                         # searchd encodes brotli answers, tests decode them
  libgtest-dev                          # tests
  prometheus-cpp-dev                    # searchd's /metrics (core registry, text serializer)
  dpkg-dev file help2man                # cpack -G DEB: dpkg-shlibdeps (Depends), man pages
  systemd                               # systemd-analyze verify of the shipped units (tests)
  python3 sqlite3 curl wrk              # scripts: evaluation (FTS5 baseline), benchmarks
  clang libclang-rt-14-dev              # scripts/fuzz.sh: libFuzzer targets (tests/fuzz)
  chromium fonts-noto-core              # the widget's browser test (headless), with Vietnamese glyphs
)

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

# Node.js runs the browser and OpenAPI tests. A machine may have it from elsewhere (with its own npm):
# Debian's nodejs and npm only when there is none, since Debian's npm conflicts with other builds.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  missing+=(nodejs npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#PACKAGES[@]} packages are installed"
else
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  echo "setup: installing ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The tests' npm packages, pinned by tests/browser/package-lock.json: installed again when it changes.
browser_dir=$(cd "$(dirname "$0")/../tests/browser" && pwd)
if ! cmp -s "$browser_dir/package-lock.json" "$browser_dir/node_modules/.package-lock.copy.json"; then
  echo "setup: npm ci in tests/browser"
  (cd "$browser_dir" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$browser_dir/package-lock.json" "$browser_dir/node_modules/.package-lock.copy.json"
fi
