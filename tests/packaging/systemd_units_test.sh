#!/usr/bin/env bash
# `systemd-analyze verify` on the units the package ships, as installed (DESTDIR staging of
# `cmake --install`), with the staged root as systemd's root so ExecStart= finds the installed
# programs and Documentation= the installed man pages. A deliberately broken copy must fail, so a
# verifier that accepts anything here cannot pass this test.
#
# Usage: systemd_units_test.sh BUILD_DIR     (exit 77 without systemd-analyze)
set -euo pipefail
build=${1:?usage: systemd_units_test.sh BUILD_DIR}
command -v systemd-analyze >/dev/null || { echo "skipped: no systemd-analyze (package systemd)"; exit 77; }

root=$(mktemp -d "${TMPDIR:-/tmp}/vnsearch-units-test-XXXXXX")
trap 'rm -rf "$root"' EXIT
DESTDIR=$root cmake --install "$build" >/dev/null
units=$(find "$root" -path '*/systemd/system/vnsearch-*' -type f | sort)
[[ $(wc -l <<<"$units") -eq 3 ]] || { echo "FAIL: expected 3 units, found: $units" >&2; exit 1; }
unit_dir=$(dirname "$(head -1 <<<"$units")")
# What the units refer to from the system: the standard targets and slices, and kill(1) for reload.
for unit in /lib/systemd/system/*.target /lib/systemd/system/*.slice; do
    [[ -e $unit_dir/$(basename "$unit") ]] || cp -L "$unit" "$unit_dir/" 2>/dev/null || true
done
mkdir -p "$root/bin" && cp /bin/kill "$root/bin/kill"

verify() { MANPATH=$root/usr/share/man systemd-analyze verify --root="$root" "$@"; }
# shellcheck disable=SC2086
verify $units
echo "systemd-analyze verify: $(tr '\n' ' ' <<<"$units" | sed "s|$root||g")passed"

broken=$unit_dir/vnsearch-broken.service
sed 's|^ExecStart=.*|ExecStart=/usr/bin/no-such-program|; s|^ProtectSystem=strict|ProtectSystem=sometimes|' \
    "$unit_dir/vnsearch-searchd.service" >"$broken"
if verify "$broken" 2>/dev/null; then
    echo "FAIL: systemd-analyze verify accepted a unit with a missing program" >&2
    exit 1
fi
