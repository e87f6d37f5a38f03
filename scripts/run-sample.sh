#!/usr/bin/env bash
# The main job on the bundled sample: installs what is missing, builds, indexes the sample archive
# (tests/fixtures/sample-archive) and serves it with searchd on 127.0.0.1:8080 until Ctrl-C.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
db=${DB:-$root/var/sample-db}
listen=${LISTEN:-127.0.0.1:8080}

"$root/scripts/setup.sh"
BUILD_DIR=$build_dir "$root/scripts/build.sh" indexer searchd
mkdir -p "$(dirname "$db")"
"$build_dir/indexer/indexer" --db "$db" "$root/tests/fixtures/sample-archive"
echo
echo "searchd is starting on http://$listen — try:"
echo "  curl 'http://$listen/search?q=dai+hoi+dang'"
echo "  curl 'http://$listen/articles/000_1c149590d83d7c3a'"
echo "  curl 'http://$listen/health'"
echo
exec "$build_dir/searchd/searchd" --db "$db" --listen "$listen"
