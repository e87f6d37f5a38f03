#!/usr/bin/env bash
# CI's smoke run of the latency benchmarks (scripts/bench/): each script once, for a few requests, on an
# index of 300 articles of the shared corpora, so the scripts keep working; figures are not checked.
# Exits 77 (ctest: skipped) when ../shared/corpus is absent. About 25 s.
set -euo pipefail
if [[ ${VNSEARCH_SKIP_CORPUS_TESTS:-0} == 1 ]]; then
    echo "skipped: VNSEARCH_SKIP_CORPUS_TESTS=1"
    exit 77
fi
repo_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${BUILD_DIR:-$repo_dir/build}
corpus=${VNSEARCH_SHARED_DIR:-$repo_dir/../shared}/corpus/dantri.jsonl.gz
if [[ ! -r $corpus ]]; then
    echo "skipped: $corpus not found"
    exit 77
fi
work=$(mktemp -d)
searchd_pid=
cleanup() {
    if [[ -n $searchd_pid ]]; then kill "$searchd_pid" 2>/dev/null || true; wait "$searchd_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
python3 -c 'import gzip, itertools, sys; sys.stdout.writelines(itertools.islice(gzip.open(sys.argv[1], "rt", encoding="utf-8"), 300))' \
    "$corpus" > "$work/slice.jsonl"
"$build_dir/indexer/indexer" --db "$work/db" "$work/slice.jsonl" > "$work/indexer.log" 2>&1
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url=http://127.0.0.1:$port
"$build_dir/searchd/searchd" --db "$work/db" --listen "127.0.0.1:$port" --answer-cache-mb 0 --log-level warning \
    > "$work/searchd.log" 2>&1 &
searchd_pid=$!
for _ in $(seq 50); do
    curl -sf "$url/health" > /dev/null && break
    sleep 0.1
done
bench=$repo_dir/scripts/bench
python3 "$bench/mixed_queries.py" --count 40 --url "$url" "$work/slice.jsonl" --output "$work/mix.txt"
python3 "$bench/mixed_latency.py" --queries "$work/mix.txt" --warmup 2 "$url" "$url"
python3 "$bench/search_latency.py" --url "$url" --count 10 --requests 10 --warmup 2 "$work/slice.jsonl"
python3 "$bench/prefix_latency.py" --url "$url" --count 3 --warmup 2 "$work/slice.jsonl"
# The baselines' commands (issue 15): indexing beside FTS5 and the bare TermGenerator loop on 50 articles,
# queries over HTTP beside the in-process Searcher loop and FTS5, 1 s per measurement. About 15 s.
python3 "$bench/indexing.py" --articles 50 "$work/slice.jsonl"
python3 "$bench/queries.py" --db "$work/db" --queries "$work/mix.txt" --connections 2 --fts5-threads 1 --seconds 1 \
    "$work/slice.jsonl"
# Connections (issue 15): idle, half-sent and trickling clients, a burst of 100 and the connection limit,
# 16 connections and 0.5 s per attack. About 5 s.
python3 "$bench/hostile.py" --db "$work/db" --seconds 0.5 --connections 16
# Issue 12's plain ranking baseline: three queries (an article's first five words) ranked by plain_ranking over
# the same index, scored by score_rankings.py.
python3 -c 'import itertools, json, sys
for line in itertools.islice(open(sys.argv[1], encoding="utf-8"), 3):
    article = json.loads(line)
    print(json.dumps({"kind": "lead", "q": " ".join(article["body"].split()[:5]), "target": article["id"]}))' \
    "$work/slice.jsonl" > "$work/queries.jsonl"
"$build_dir/tests/bench/plain_ranking" --db "$work/db" < "$work/queries.jsonl" > "$work/rankings.jsonl"
python3 "$repo_dir/scripts/eval/score_rankings.py" "$work/rankings.jsonl" "$work/slice.jsonl"
