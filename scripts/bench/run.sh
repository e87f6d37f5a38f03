#!/usr/bin/env bash
# End-to-end benchmark: times indexing of the dantri corpus (and optionally baomoi), then measures
# sequential /search latency (plain vs facets) and throughput under wrk against a fresh searchd.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: scripts/bench/run.sh [options] [-- search_latency.py options]

Indexes dantri.jsonl.gz (and baomoi.jsonl.gz with --with-baomoi) into a temporary database and
prints "indexed N articles in S s"; starts searchd on a free 127.0.0.1 port; runs
scripts/bench/search_latency.py (variants plain and facets) and a short wrk run; stops searchd.

options:
  --with-baomoi        index baomoi.jsonl.gz too (about 30 000 more articles)
  --db DIR             use DIR as the database: reused as is when it already holds one, else built there and kept
  --requests N         measured sequential requests per variant (default 500)
  --duration D         wrk duration (default 10s)
  --connections N      wrk connections (default 16; each keep-alive connection holds a searchd worker thread)
  --threads N          wrk threads (default 2)
  -h, --help           this help

environment:
  BUILD_DIR    where indexer/indexer and searchd/searchd are (default: <repo>/build)
  CORPUS_DIR   where dantri.jsonl.gz and baomoi.jsonl.gz are (default: <repo>/../shared/corpus)

example:
  scripts/bench/run.sh --with-baomoi -- --variant collapse=collapse=1
EOF
}

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(cd "$script_dir/../.." && pwd)
build_dir=${BUILD_DIR:-$repo_dir/build}
corpus_dir=${CORPUS_DIR:-$repo_dir/../shared/corpus}
indexer_bin=$build_dir/indexer/indexer
searchd_bin=$build_dir/searchd/searchd
# shellcheck source=scripts/eval/searchd_process.sh
source "$script_dir/../eval/searchd_process.sh"

with_baomoi=0
db_dir=""
requests=500
duration=10s
connections=16
threads=2
latency_args=()
while (($#)); do
    case $1 in
        --with-baomoi) with_baomoi=1; shift ;;
        --db) db_dir=${2:?--db needs a directory}; shift 2 ;;
        --requests) requests=${2:?--requests needs a number}; shift 2 ;;
        --duration) duration=${2:?--duration needs a value like 10s}; shift 2 ;;
        --connections) connections=${2:?--connections needs a number}; shift 2 ;;
        --threads) threads=${2:?--threads needs a number}; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        --) shift; latency_args=("$@"); break ;;
        *) echo "error: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

corpora=("$corpus_dir/dantri.jsonl.gz")
if ((with_baomoi)); then corpora+=("$corpus_dir/baomoi.jsonl.gz"); fi
for file in "${corpora[@]}"; do
    [[ -r $file ]] || { echo "error: cannot read $file: set CORPUS_DIR" >&2; exit 2; }
done
for bin in "$indexer_bin" "$searchd_bin"; do
    [[ -x $bin ]] || { echo "error: $bin not found: build it, or set BUILD_DIR" >&2; exit 2; }
done

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/vnsearch-bench.XXXXXX")
trap 'stop_searchd; rm -rf "$work_dir"' EXIT
trap 'exit 130' INT TERM

indexed=0
if [[ -n $db_dir && -d $db_dir && -n $(ls -A "$db_dir") ]]; then
    echo "reusing the database in $db_dir (not re-indexed)"
else
    db_dir=${db_dir:-$work_dir/db}
    run_indexer "$indexer_bin" "$db_dir" "$work_dir/indexer.log" "${corpora[@]}"
    indexed=1
fi

# --answer-cache-mb 0: the latency runs cycle through their queries, and repeats must be searched again.
start_searchd "$searchd_bin" "$db_dir" "$work_dir/searchd.log" --answer-cache-mb 0
documents=$(health_documents "$SEARCHD_URL")
if ((indexed)); then
    echo "indexed $documents articles in $INDEX_SECONDS s ($(basename -a "${corpora[@]}" | paste -sd+))"
fi
echo "searchd on $SEARCHD_URL with $documents documents"
echo

python3 "$script_dir/search_latency.py" --url "$SEARCHD_URL" --requests "$requests" \
    --save-queries "$work_dir/queries.txt" "${latency_args[@]}" -- "${corpora[@]}"
echo

# The same queries ranked by plain BM25: the baseline the proximity boosts' cost is measured against.
stop_searchd
start_searchd "$searchd_bin" "$db_dir" "$work_dir/searchd-bm25.log" --ranking bm25 --answer-cache-mb 0
echo "the same queries on searchd --ranking bm25 (plain BM25, no proximity boosts):"
python3 "$script_dir/search_latency.py" --url "$SEARCHD_URL" --requests "$requests" --variants plain \
    --queries "$work_dir/queries.txt"
stop_searchd
start_searchd "$searchd_bin" "$db_dir" "$work_dir/searchd.log" --answer-cache-mb 0
echo

if ! command -v wrk >/dev/null; then
    echo "wrk is not installed: throughput run skipped (apt-get install wrk)"
    exit 0
fi
echo "wrk -t$threads -c$connections -d$duration, plain queries rotating through $(wc -l <"$work_dir/queries.txt") titles"
echo "(each keep-alive connection holds one searchd worker thread, see searchd --threads; cpp-httplib's own default pool is 8: connections beyond the pool queue)"
wrk "-t$threads" "-c$connections" "-d$duration" --latency -s "$script_dir/rotate_queries.lua" \
    "$SEARCHD_URL" -- "$work_dir/queries.txt" "per_page=10&facets=" | tee "$work_dir/wrk.txt"
rps=$(awk '/^Requests\/sec:/ {print $2}' "$work_dir/wrk.txt")
echo
echo "throughput: ${rps:-n/a} requests/s (wrk, $connections connections, plain queries)"
