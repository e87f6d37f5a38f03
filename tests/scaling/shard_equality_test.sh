#!/usr/bin/env bash
# Shards give the answers one database gives. The same synthetic articles (make_shard_corpus.py: many
# ties in score and date) indexed as one database, as a 3-shard set (indexer --shards 3) and as a
# 2-shard set served by two stock xapian-tcpsrv on loopback ports (searchd --db tcp://... twice): the
# three searchd answer /search (hits in order, totals, facets; relevance and both date orders, paging,
# collapse, filters), /articles/{id} and /related identically, before and after an incremental run
# (updates, a delete, new articles) into each. Then the shard set's own rules (--shards conflicts, the
# stub for xapian-delve) and what a remote shard that goes away does: a 503 with a JSON error, at once
# when it is gone, after --remote-timeout when it hangs; never a hung request.
#
# Usage: shard_equality_test.sh BUILD_DIR SOURCE_DIR     (exit 77: a tool it needs is missing)
set -euo pipefail
build=${1:?usage: shard_equality_test.sh BUILD_DIR SOURCE_DIR}
source=${2:?usage: shard_equality_test.sh BUILD_DIR SOURCE_DIR}
for tool in xapian-tcpsrv xapian-delve setsid python3 curl; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed (scripts/setup.sh installs it)"; exit 77; }
done
indexer=$build/indexer/indexer
searchd=$build/searchd/searchd
corpus=$source/tests/scaling/make_shard_corpus.py

work=$(mktemp -d "${TMPDIR:-/tmp}/vnsearch-shard-test-XXXXXX")
pids=()    # searchd processes
groups=()  # xapian-tcpsrv process groups (it forks; on exit it signals its whole group: hence setsid)
cleanup() {
    for group in "${groups[@]}"; do kill -CONT -- "-$group" 2>/dev/null || true; kill -- "-$group" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; tail -n 20 "$work"/*.log >&2 2>/dev/null || true; exit 1; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_port() {  # port: until something accepts connections there
    for _ in $(seq 100); do
        python3 -c 'import socket, sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1)' "$1" 2>/dev/null && return
        sleep 0.05
    done
    fail "nothing listens on port $1"
}

index() {  # db args...
    local db=$1
    shift
    "$indexer" --db "$db" "$@" >>"$work/indexer.log" 2>&1 || fail "indexer --db $db $*"
}
tcpsrv() {  # name shard-dir: a xapian-tcpsrv (writable database: it reopens as the indexer commits)
    local port
    port=$(free_port)
    setsid xapian-tcpsrv --port "$port" --interface 127.0.0.1 "$2" >"$work/$1.log" 2>&1 &
    groups+=($!)
    wait_port "$port"
    printf -v "${1}_port" '%s' "$port"
}
start_searchd() {  # name args...: a searchd on a free port; its port in ${name}_port
    local name=$1 port
    shift
    port=$(free_port)
    "$searchd" "$@" --listen "127.0.0.1:$port" --answer-cache-mb 0 --count-budget-ms 600000 >"$work/$name.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 100); do
        curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
        sleep 0.05
    done
    curl -fs "http://127.0.0.1:$port/health" >/dev/null || fail "searchd $name did not start"
    printf -v "${name}_port" '%s' "$port"
}

python3 "$corpus" 1 300 >"$work/first.jsonl"
index "$work/one" "$work/first.jsonl"
index "$work/three" --shards 3 "$work/first.jsonl"
index "$work/two" --shards 2 "$work/first.jsonl"

# The set opens as one database with Xapian's own tools, through the stub.
[[ $(xapian-delve "$work/three" | sed -n 's/^number of documents = //p') == 300 ]] ||
    fail "xapian-delve does not see the 300 articles of the shard set: $(xapian-delve "$work/three" 2>&1)"
for shard in 00 01 02; do
    [[ $(xapian-delve "$work/three/shard-$shard" | sed -n 's/^number of documents = //p') -gt 50 ]] ||
        fail "shard-$shard holds too few articles for a stable hash"
done
# A set keeps its count; a conflicting --shards is an error naming both.
if "$indexer" --db "$work/three" --shards 4 "$work/first.jsonl" >"$work/conflict.out" 2>&1; then
    fail "--shards 4 on a 3-shard set was accepted"
fi
grep -q "set of 3 shards" "$work/conflict.out" || fail "the --shards conflict says: $(cat "$work/conflict.out")"

tcpsrv remote0 "$work/two/shard-00"
tcpsrv remote1 "$work/two/shard-01"
start_searchd one --db "$work/one"
start_searchd three --db "$work/three"
start_searchd remote --db "tcp://127.0.0.1:$remote0_port" --db "tcp://127.0.0.1:$remote1_port" --remote-timeout 1500

# Each path answered the same by the three (took_ms aside); prints how many checks passed.
same_answers() {
    python3 - "$one_port" "$three_port" "$remote_port" "$@" <<'PYTHON'
import json, sys, urllib.error, urllib.request

ports, paths = sys.argv[1:4], sys.argv[4:]
def get(port, path):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=20) as answer:
            body = json.load(answer)
    except urllib.error.HTTPError as error:
        body = {"status": error.code, "body": json.load(error)}
    body.pop("took_ms", None)
    return body
for path in paths:
    answers = [get(port, path) for port in ports]
    if ("status" in answers[0] and "a99999" not in path) or ("per_page=" in path and not answers[0]["hits"]):  # no-hit answers: no per_page
        sys.exit(f"{path}: {json.dumps(answers[0], ensure_ascii=False)[:300]}, which compares nothing")
    for name, answer in zip(["3 shards", "2 remote shards"], answers[1:]):
        if answer != answers[0]:
            keys = [key for key in answers[0] if answers[0].get(key) != answer.get(key)]
            if "hits" in keys:
                ids = [[hit["id"] for hit in body["hits"]] for body in (answers[0], answer)]
                keys.append(f"hits one: {ids[0]}, {name}: {ids[1]}")
            sys.exit(f"{path}: {name} answer differently: {keys}\n one: {json.dumps(answers[0], ensure_ascii=False)[:600]}\n"
                     f"{name}: {json.dumps(answer, ensure_ascii=False)[:600]}")
print(len(paths))
PYTHON
}
paths=(
    "/search?q=h%C3%A0%20n%E1%BB%99i&per_page=50"
    "/search?q=h%C3%A0%20n%E1%BB%99i&per_page=7&page=3&facets=org,date,category"
    "/search?q=%E1%BB%A7y%20ban&sort=date_desc&per_page=40&facets=date&date_interval=day"
    "/search?q=%E1%BB%A7y%20ban&sort=date_asc&per_page=40&page=2"
    "/search?q=giao%20th%C3%B4ng&collapse=1&per_page=30&facets=org,category"
    "/search?q=giao%20th%C3%B4ng&collapse=1&sort=date_desc&per_page=30"
    "/search?q=%22c%E1%BB%B1u%20chi%E1%BA%BFn%20binh%22&per_page=30&facets=org,date"
    "/search?q=s%C3%A1ch&category=Gi%C3%A1o%20d%E1%BB%A5c&date_from=2021-06-01&per_page=30&facets=org"
    "/search?q=b%E1%BB%87nh%20vi%E1%BB%87n&org=H%E1%BB%99i%20C%E1%BB%B1u%20chi%E1%BA%BFn%20binh&per_page=30"
    "/search?q=kh%C3%B4ngc%C3%B3t%E1%BB%AByn%C3%A0y"
    "/articles/a00007"
    "/articles/a00123"
    "/articles/a99999"
    "/articles/a00007/related?per_page=10"
    "/articles/a00123/related?per_page=10"
    "/articles/a00250/related?per_page=5"
)
checked=$(same_answers "${paths[@]}") || fail "answers differ: $checked"

# An incremental run into each (new articles, updates of a file's articles, a delete): the three
# searchd (and the two xapian-tcpsrv under the remote one) pick the change up and still agree.
python3 "$corpus" 301 40 >"$work/second.jsonl"
python3 "$corpus" 1 300 | sed 's/"category": "Xã hội"/"category": "Pháp luật"/' >"$work/first.jsonl"
for db in one three two; do
    index "$work/$db" "$work/first.jsonl" "$work/second.jsonl"
    index "$work/$db" --delete a00042
done
for port in "$one_port" "$three_port" "$remote_port"; do
    for _ in $(seq 60); do
        documents=$(curl -fs "http://127.0.0.1:$port/health" | python3 -c 'import json, sys; print(json.load(sys.stdin)["documents"])')
        [[ $documents == 339 ]] && break
        sleep 0.1
    done
    [[ $documents == 339 ]] || fail "searchd on port $port serves $documents documents after the update, not 339"
done
# A change in place (same counts) must show too: wait until each answers the new category.
for port in "$one_port" "$three_port" "$remote_port"; do
    for _ in $(seq 60); do
        curl -fs "http://127.0.0.1:$port/search?q=s%C3%A1ch&facets=category&per_page=0" | grep -q "Pháp luật" && break
        sleep 0.1
    done
done
checked=$((checked + $(same_answers "${paths[@]}" "/search?q=s%C3%A1ch&facets=category&category=Ph%C3%A1p%20lu%E1%BA%ADt&per_page=20"))) ||
    fail "answers differ after the incremental run"
echo "ok: $checked answers identical from one database, 3 local shards and 2 remote shards"

# A remote shard that hangs (stopped): the request fails after --remote-timeout with a 503, not hangs.
kill -STOP -- "-${groups[1]}"
start=$(date +%s%N)
status=$(curl -s -o "$work/hang.json" -w '%{http_code}' --max-time 15 "http://127.0.0.1:$remote_port/search?q=s%C3%A1ch&per_page=3") || true
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
[[ $status == 503 ]] || fail "a hung remote shard answered HTTP $status after ${elapsed_ms} ms: $(cat "$work/hang.json")"
python3 -c 'import json, sys; assert json.load(open(sys.argv[1]))["error"]' "$work/hang.json" || fail "no JSON error"
(( elapsed_ms < 10000 )) || fail "a hung remote shard held the request ${elapsed_ms} ms"
echo "ok: hung remote shard -> HTTP 503 in ${elapsed_ms} ms"
kill -CONT -- "-${groups[1]}"
# Gone altogether: 503 at once, every time; searchd itself keeps serving.
kill -- "-${groups[1]}"
for attempt in 1 2; do
    start=$(date +%s%N)
    status=$(curl -s -o "$work/gone.json" -w '%{http_code}' --max-time 15 "http://127.0.0.1:$remote_port/search?q=s%C3%A1ch&per_page=3") || true
    elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    [[ $status == 503 ]] || fail "a gone remote shard answered HTTP $status (attempt $attempt): $(cat "$work/gone.json")"
done
(( elapsed_ms < 5000 )) || fail "a gone remote shard took ${elapsed_ms} ms to report"
curl -fs "http://127.0.0.1:$remote_port/health" >/dev/null || true  # answers (degraded or not), does not hang
kill -0 "${pids[2]}" || fail "searchd died when a remote shard went away"
echo "ok: gone remote shard -> HTTP 503 in ${elapsed_ms} ms; searchd still up"
