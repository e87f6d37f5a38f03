#!/usr/bin/env bash
# A read replica kept in step with Xapian's own replication, as README "Read replicas" describes it:
# the indexer writes the master with changesets on (XAPIAN_MAX_CHANGESETS), xapian-replicate-server
# serves the master's folder, xapian-replicate copies it into a replica that a searchd serves.
# Checked on loopback: the first copy, an incremental run carried over as a changeset (no full copy),
# and a --rebuild (a new database: the replica takes a full copy) — each picked up by the replica's
# searchd without a restart, with the same answers the master's searchd gives.
#
# Usage: read_replica_test.sh BUILD_DIR SOURCE_DIR     (exit 77: a tool it needs is missing)
set -euo pipefail
build=${1:?usage: read_replica_test.sh BUILD_DIR SOURCE_DIR}
source=${2:?usage: read_replica_test.sh BUILD_DIR SOURCE_DIR}
for tool in xapian-replicate xapian-replicate-server python3 curl; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed (scripts/setup.sh installs it)"; exit 77; }
done
indexer=$build/indexer/indexer
searchd=$build/searchd/searchd

work=$(mktemp -d "${TMPDIR:-/tmp}/vnsearch-replica-test-XXXXXX")
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; tail -n 20 "$work"/*.log >&2 2>/dev/null || true; exit 1; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

mkdir -p "$work/master" "$work/replica"
index() { XAPIAN_MAX_CHANGESETS=10 "$indexer" --db "$work/master/db" "$@" >>"$work/indexer.log" 2>&1 || fail "indexer $*"; }
# One pull, as the replica's timer (or cron) runs it after the nightly run: -o = once, then exit.
replicate() {
    xapian-replicate -v -h 127.0.0.1 -p "$replication_port" -m db -o "$work/replica/db" >"$work/replicate.last" 2>&1 ||
        fail "xapian-replicate: $(cat "$work/replicate.last")"
    cat "$work/replicate.last" >>"$work/replicate.log"
}
start_searchd() {  # name db: a searchd on a free port; its port in ${name}_port
    local port
    port=$(free_port)
    "$searchd" --db "$2" --listen "127.0.0.1:$port" >"$work/$1.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 100); do
        curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
        sleep 0.1
    done
    printf -v "${1}_port" '%s' "$port"
}
# The replica's searchd has the master's documents (it re-reads the replica within a second or two)
# and answers a search exactly as the master's searchd does.
# Both searchds are waited for: each notices a new revision (or a swapped-in database) within a second.
serves() {  # port expected-documents: waits until that searchd serves that many documents
    for _ in $(seq 50); do
        documents=$(curl -fs "http://127.0.0.1:$1/health" |
                    python3 -c 'import json, sys; print(json.load(sys.stdin)["documents"])')
        [[ $documents == "$2" ]] && return 0
        sleep 0.2
    done
    return 1
}
same_answers() {  # expected-documents query
    local query=$2
    serves "$master_port" "$1" || fail "the master's searchd serves $documents documents, not $1"
    serves "$replica_port" "$1" || fail "the replica's searchd serves $documents documents, not $1"
    local url="search?q=$query&facets=org,date&per_page=20"
    python3 - "http://127.0.0.1:$master_port/$url" "http://127.0.0.1:$replica_port/$url" <<'PYTHON' ||
import json, sys, urllib.request
def answer(url):
    found = json.load(urllib.request.urlopen(url))
    found.pop("took_ms")
    return found
master, replica = (answer(url) for url in sys.argv[1:3])
assert master["total"] >= 1, master
assert master == replica, (master, replica)
PYTHON
        fail "the replica answers q=$query differently from the master"
}

# 1. The first nightly run, the replication server, the first copy.
index "$source/tests/fixtures/sample-archive"
replication_port=$(free_port)
# In a session of its own: on SIGTERM, Xapian's forking servers signal their whole process group,
# which would be this script and ctest too.
setsid xapian-replicate-server -I 127.0.0.1 -p "$replication_port" "$work/master" >"$work/replicate-server.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$replication_port") 2>/dev/null && break
    sleep 0.1
done
replicate
start_searchd master "$work/master/db"
start_searchd replica "$work/replica/db"
same_answers 6 "dai+hoi+dang"

# 2. An incremental run: two new articles reach the replica as a changeset, not a whole copy.
cat >"$work/new.jsonl" <<'JSONL'
{"id": "replica-1", "date": "2021-03-04", "title": "Phường Láng Hạ ra quân tổng vệ sinh môi trường", "body": "Sáng nay, Ủy ban nhân dân phường Láng Hạ tổ chức ra quân tổng vệ sinh môi trường trên các tuyến phố."}
{"id": "replica-2", "date": "2021-03-05", "title": "Hội thi tìm hiểu pháp luật cho thanh niên", "body": "Đoàn Thanh niên phường Láng Hạ tổ chức hội thi tìm hiểu pháp luật về an toàn giao thông."}
JSONL
index "$work/new.jsonl"
replicate
grep -q "0 copies, 1 changesets" "$work/replicate.last" ||
    fail "the incremental run was not carried as one changeset: $(cat "$work/replicate.last")"
same_answers 8 "lang+ha"

# 3. A --rebuild makes a new database: the replica takes it whole and its searchd swaps it in.
index --rebuild "$work/new.jsonl"
replicate
grep -q "1 copies" "$work/replicate.last" || fail "a rebuilt master was not copied whole: $(cat "$work/replicate.last")"
same_answers 2 "phap+luat"

echo "ok: the replica followed a first run, an incremental run (one changeset) and a --rebuild (one copy)"
