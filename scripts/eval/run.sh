#!/usr/bin/env bash
# Runs the known-item relevance evaluation end to end: indexes the corpora, starts searchd on a free
# loopback port, runs relevance.py against it (and its FTS5 baseline), and stops searchd.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: scripts/eval/run.sh [options] CORPUS... [-- relevance.py options]

Indexes CORPUS files (.jsonl / .jsonl.gz) into a temporary database, starts searchd on a free
127.0.0.1 port, runs scripts/eval/relevance.py on the same files and stops searchd.

options:
  --db DIR               use DIR as the database: reused as is when it already holds one, else built there and kept
  --limit-articles N     evaluate on the first N articles of each corpus (indexed and queried alike)
  -h, --help             this help

environment:
  BUILD_DIR   where indexer/indexer and searchd/searchd are (default: <repo>/build)

example:
  scripts/eval/run.sh ../shared/corpus/dantri.jsonl.gz ../shared/corpus/baomoi.jsonl.gz -- --per-kind 300
EOF
}

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(cd "$script_dir/../.." && pwd)
build_dir=${BUILD_DIR:-$repo_dir/build}
indexer_bin=$build_dir/indexer/indexer
searchd_bin=$build_dir/searchd/searchd
# shellcheck source=scripts/eval/searchd_process.sh
source "$script_dir/searchd_process.sh"

db_dir=""
limit=""
corpora=()
eval_args=()
while (($#)); do
    case $1 in
        --db) db_dir=${2:?--db needs a directory}; shift 2 ;;
        --limit-articles) limit=${2:?--limit-articles needs a number}; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        --) shift; eval_args=("$@"); break ;;
        -*) echo "error: unknown option $1 (see --help)" >&2; exit 2 ;;
        *) corpora+=("$1"); shift ;;
    esac
done
if ((${#corpora[@]} == 0)); then usage >&2; exit 2; fi
if [[ -n $limit && ! $limit =~ ^[1-9][0-9]*$ ]]; then echo "error: --limit-articles needs a positive number" >&2; exit 2; fi
for bin in "$indexer_bin" "$searchd_bin"; do
    [[ -x $bin ]] || { echo "error: $bin not found: build it, or set BUILD_DIR" >&2; exit 2; }
done
for corpus in "${corpora[@]}"; do
    [[ -r $corpus ]] || { echo "error: cannot read corpus $corpus" >&2; exit 2; }
done

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/vnsearch-eval.XXXXXX")
trap 'stop_searchd; rm -rf "$work_dir"' EXIT
trap 'exit 130' INT TERM

# The first N articles of each corpus as plain .jsonl, so the index and the queries see the same slice.
slice_corpora() {
    local sliced=() corpus name
    for corpus in "${corpora[@]}"; do
        name=$(basename "$corpus"); name=${name%.gz}
        # head closes the pipe early: zcat's SIGPIPE is expected, not an error.
        { zcat -f -- "$corpus" || true; } | { grep -v '^[[:space:]]*$' || true; } | head -n "$limit" >"$work_dir/$name"
        sliced+=("$work_dir/$name")
    done
    corpora=("${sliced[@]}")
}

if [[ -n $limit ]]; then slice_corpora; fi
if [[ -n $db_dir && -d $db_dir && -n $(ls -A "$db_dir") ]]; then
    echo "reusing the database in $db_dir (not re-indexed)"
else
    db_dir=${db_dir:-$work_dir/db}
    run_indexer "$indexer_bin" "$db_dir" "$work_dir/indexer.log" "${corpora[@]}"
    echo "indexing took $INDEX_SECONDS s"
fi

start_searchd "$searchd_bin" "$db_dir" "$work_dir/searchd.log"
echo "searchd on $SEARCHD_URL"
python3 "$script_dir/relevance.py" --url "$SEARCHD_URL" "${eval_args[@]}" -- "${corpora[@]}"
