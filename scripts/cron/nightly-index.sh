#!/usr/bin/env bash
# Nightly incremental indexing for cron: runs `indexer --json ARGS...` and appends its messages and
# its one-line JSON summary, timestamped, to a log. Concurrency is the indexer's own business: a run
# that finds another one holding DIR.lock exits 3 at once (logged, not an error for cron).
#
# Usage: nightly-index.sh --db DIR [indexer options] PATH...   (or --config FILE; see `indexer --help`)
# Environment: VNSEARCH_INDEXER  the indexer binary (default: build/indexer/indexer of this checkout,
#                                else `indexer` on PATH, as installed by the package)
#              VNSEARCH_LOG      the log file (default: var/log/indexer.log of a checkout, else
#                                /var/log/vnsearch/indexer.log); rotate it with logrotate (the
#                                package's examples/logrotate)
# Prints nothing when the run went fine (exit 0), skipped some articles (1) or found the lock taken (3),
# so cron mails only real failures; exits with the indexer's status.
set -uo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
if [[ -n ${VNSEARCH_INDEXER:-} ]]; then
    indexer=$VNSEARCH_INDEXER
elif [[ -x $root/build/indexer/indexer ]]; then
    indexer=$root/build/indexer/indexer
else
    indexer=$(command -v indexer || echo "$root/build/indexer/indexer")
fi
default_log=/var/log/vnsearch/indexer.log
if [[ -f $root/CMakeLists.txt ]]; then default_log=$root/var/log/indexer.log; fi  # a checkout
log=${VNSEARCH_LOG:-$default_log}

if [[ $# -eq 0 || $1 == -h || $1 == --help ]]; then
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
if [[ ! -x $indexer ]]; then
    echo "nightly-index: no indexer at $indexer (build it, or set VNSEARCH_INDEXER)" >&2
    exit 2
fi
mkdir -p "$(dirname "$log")"

stamp() {
    while IFS= read -r line; do
        printf '%s %s\n' "$(date '+%Y-%m-%dT%H:%M:%S%z')" "$line"
    done
}

echo "start: $indexer --json $*" | stamp >>"$log"

# One timestamping writer for both streams keeps the log in the order the indexer wrote it.
exec {log_fd}> >(stamp >>"$log")
stamp_pid=$!
# The indexer runs in the background so a SIGTERM/SIGINT sent to this script (cron, systemd, a
# shutdown) reaches it: it then commits what it has done and exits 143/130.
"$indexer" --json "$@" >&"$log_fd" 2>&1 &
pid=$!
trap 'kill -TERM "$pid" 2>/dev/null' TERM
trap 'kill -INT "$pid" 2>/dev/null' INT
status=0
wait "$pid" || status=$?
# `wait` returns early when a trapped signal arrives: wait again for the indexer's own status.
while kill -0 "$pid" 2>/dev/null; do
    status=0
    wait "$pid" || status=$?
done
exec {log_fd}>&-
wait "$stamp_pid" 2>/dev/null  # the log writer has flushed

case $status in
    0) echo "end: ok" | stamp >>"$log" ;;
    1) echo "end: some articles were skipped (see the lines above)" | stamp >>"$log" ;;
    3) echo "end: another indexer holds the lock; nothing done this time" | stamp >>"$log" ;;
    *)
        echo "end: FAILED with exit status $status" | stamp >>"$log"
        echo "nightly-index: indexer failed with exit status $status; see $log" >&2
        ;;
esac
exit "$status"
