#!/usr/bin/env bash
# The Debian package as a sysadmin gets it: `cpack -G DEB` from the build directory; its control fields
# (Depends found by dpkg-shlibdeps: runtime libraries only, never a -dev package, and every library the
# programs load is in a package it names); then the programs run from the unpacked package (dpkg -x
# into a scratch root, nothing of the build tree on their path): searchd --version, --check-config on
# the shipped configuration files, and a search over an index built by the packaged indexer with the
# packaged organization data.
#
# Usage: deb_package_test.sh BUILD_DIR SOURCE_DIR     (exit 77: a tool it needs is missing)
set -euo pipefail
build=${1:?usage: deb_package_test.sh BUILD_DIR SOURCE_DIR}
source=${2:?usage: deb_package_test.sh BUILD_DIR SOURCE_DIR}
for tool in cpack dpkg-deb dpkg-shlibdeps python3 curl; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed (scripts/setup.sh installs it)"; exit 77; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/vnsearch-deb-test-XXXXXX")
searchd_pid=
cleanup() {
    if [[ -n $searchd_pid ]]; then kill "$searchd_pid" 2>/dev/null || true; wait "$searchd_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# The package, built into the scratch directory (the build directory stays clean).
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"; fail "cpack -G DEB failed"
fi
deb=$(ls "$work"/out/vnsearch_*.deb)
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == vnsearch ]] || fail "Package is '$(field Package)'"
depends=$(field Depends)
echo "Depends: $depends"
for library in libxapian libicu libcpp-httplib libprometheus-cpp-core libc6 libstdc++6; do
    [[ $depends == *"$library"* ]] || fail "Depends lacks $library"
done
[[ $depends != *-dev* ]] || fail "Depends names a -dev package"
[[ $(field Conflicts) == *sphinxsearch* ]] || fail "no Conflicts: sphinxsearch (both ship /usr/bin/indexer and /usr/bin/searchd)"
control=$(dpkg-deb -I "$deb")
for script in postinst prerm postrm conffiles; do
    [[ $control == *" $script"* ]] || fail "no $script in the control archive"
done
[[ $(dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./conffiles) == *"/etc/vnsearch/searchd.conf"* ]] ||
    fail "/etc/vnsearch/searchd.conf is not a conffile"

contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/indexer ./usr/bin/searchd ./usr/share/vnsearch/orgs-data/org_heads.txt \
            ./etc/vnsearch/searchd.conf ./etc/vnsearch/indexer.conf ./usr/share/vnsearch/openapi.yaml \
            ./lib/systemd/system/vnsearch-searchd.service ./lib/systemd/system/vnsearch-indexer.service \
            ./lib/systemd/system/vnsearch-indexer.timer ./usr/lib/sysusers.d/vnsearch.conf \
            ./usr/share/vnsearch/cron/nightly-index.sh ./usr/share/doc/vnsearch/examples/logrotate; do
    [[ $contents == *" $path"* ]] || fail "the package has no $path"
done

root=$work/root
dpkg -x "$deb" "$root"
bin=$root/usr/bin
# Installed programs carry no path of the machine that built them.
for program in indexer searchd; do
    if grep -qF "$source" "$bin/$program" || grep -qF "$build" "$bin/$program"; then
        fail "$program contains a build-time path ($source or $build)"
    fi
done
# Every library the programs link comes from a package the Depends line names (the libraries those
# load in turn come with them): on a clean Debian 12, installing the package installs them all.
for program in indexer searchd; do
    for soname in $(readelf -d "$bin/$program" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
        [[ $soname == ld-linux* ]] && continue
        path=$(ldd "$bin/$program" | awk -v soname="$soname" '$1 == soname {print $3}')
        owner=
        # Debian 12 merges /lib into /usr/lib: dpkg knows a library under one of the two names.
        for candidate in "$path" "/usr$path" "${path#/usr}"; do
            owner=$(dpkg -S "$candidate" 2>/dev/null | head -1 | cut -d: -f1) && break
        done
        [[ -n $owner ]] || fail "no Debian package owns $soname, which $program needs"
        # The package, or a name it Provides (libspdlog1.10 provides libspdlog1.10-fmt9, what shlibs asks for).
        names="${owner%%:*} $(dpkg-query -W -f='${Provides}' "$owner" | sed 's/([^)]*)//g; s/,/ /g')"
        found=
        for name in $names; do [[ " ${depends//,/ } " == *" $name "* ]] && found=$name; done
        [[ -n $found ]] || fail "$program needs $soname from $owner, which Depends does not name"
    done
done

run() { env -u VNSEARCH_DATA_DIR "$@"; }
run "$bin/searchd" --version | tee "$work/version"
grep -q "^searchd (vnsearch) " "$work/version" || fail "searchd --version"
run "$bin/searchd" --config "$root/etc/vnsearch/searchd.conf" --check-config >/dev/null || fail "searchd --check-config on the shipped searchd.conf"
run "$bin/indexer" --config "$root/etc/vnsearch/indexer.conf" --check-config >/dev/null || fail "indexer --check-config on the shipped indexer.conf"

# The packaged indexer with the packaged data (found beside the binary: no --data-dir, no VNSEARCH_DATA_DIR).
run "$bin/indexer" --db "$work/db" "$source/tests/fixtures/sample-archive" || fail "the packaged indexer"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# env execs searchd: $! is searchd itself, which the cleanup stops.
env -u VNSEARCH_DATA_DIR "$bin/searchd" --config "$root/etc/vnsearch/searchd.conf" --db "$work/db" \
    --listen "127.0.0.1:$port" >"$work/searchd.log" 2>&1 &
searchd_pid=$!
for _ in $(seq 100); do
    curl -fs "http://127.0.0.1:$port/health" >"$work/health" 2>/dev/null && break
    kill -0 "$searchd_pid" 2>/dev/null || { cat "$work/searchd.log"; fail "the packaged searchd exited"; }
    sleep 0.1
done
curl -fs "http://127.0.0.1:$port/search?q=dai+hoi+dang&facets=org" >"$work/search" || fail "GET /search"
curl -fs "http://127.0.0.1:$port/metrics" >"$work/metrics" || fail "GET /metrics"
python3 - "$work" <<'PYTHON' || { cat "$work/searchd.log"; fail "answers of the packaged searchd"; }
import json, pathlib, sys
work = pathlib.Path(sys.argv[1])
health = json.loads((work / "health").read_text())
search = json.loads((work / "search").read_text())
metrics = (work / "metrics").read_text().splitlines()
assert health["status"] == "ok" and health["documents"] == 6, health
assert search["total"] >= 1 and search["hits"][0]["id"] == "000_1c149590d83d7c3a", search
# The organization data was used: the seed article's body names "Quận ủy Đống Đa" in other spellings.
orgs = [facet["value"] for facet in search["facets"]["org"]]
assert "Quận ủy Đống Đa" in orgs, orgs
assert "vnsearch_index_documents 6" in metrics, metrics
print("search over the packaged index: total", search["total"], "| orgs", orgs[:3])
PYTHON
echo "ok: the package installs into a scratch root and its programs index and serve"
