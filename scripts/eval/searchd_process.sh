# shellcheck shell=bash disable=SC2034  # sets variables (INDEX_SECONDS, SEARCHD_URL) for the sourcing script
# Shell functions shared by scripts/eval/run.sh and scripts/bench/run.sh: run the indexer with timing,
# start searchd on a free loopback port and wait for /health, stop it. Source it; do not run it.

# Seconds (one decimal) since an earlier $EPOCHREALTIME reading.
seconds_since() {
    local micros=$(( ${EPOCHREALTIME/[.,]/} - ${1/[.,]/} ))
    printf '%d.%d' $((micros / 1000000)) $((micros % 1000000 / 100000))
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# run_indexer INDEXER_BIN DB_DIR LOG_FILE CORPUS...: indexes, prints the indexer's summary line and
# sets INDEX_SECONDS. Exit status 1 of the indexer (some articles skipped) is not an error.
run_indexer() {
    local bin=$1 db=$2 log=$3 started status=0
    shift 3
    started=$EPOCHREALTIME
    "$bin" --db "$db" "$@" >"$log" 2>&1 || status=$?
    INDEX_SECONDS=$(seconds_since "$started")
    if ((status > 1)); then
        echo "error: indexer failed with status $status; the end of its log ($log):" >&2
        tail -n 20 "$log" >&2
        return 1
    fi
    tail -n 1 "$log"
}

# start_searchd SEARCHD_BIN DB_DIR LOG_FILE [SEARCHD_OPTION...]: starts searchd on a free 127.0.0.1 port
# and waits (up to 60 s) for /health. Sets SEARCHD_PID and SEARCHD_URL.
start_searchd() {
    local bin=$1 db=$2 log=$3 port
    shift 3
    port=$(free_port)
    SEARCHD_URL=http://127.0.0.1:$port
    "$bin" --db "$db" --listen "127.0.0.1:$port" "$@" >"$log" 2>&1 &
    SEARCHD_PID=$!
    for _ in $(seq 1 600); do
        if curl -sf "$SEARCHD_URL/health" >/dev/null; then return 0; fi
        if ! kill -0 "$SEARCHD_PID" 2>/dev/null; then
            echo "error: searchd exited; the end of its log ($log):" >&2
            tail -n 20 "$log" >&2
            SEARCHD_PID=""
            return 1
        fi
        sleep 0.1
    done
    echo "error: searchd did not answer $SEARCHD_URL/health within 60 s; the end of its log:" >&2
    tail -n 20 "$log" >&2
    return 1
}

# Stops the searchd started by start_searchd, if any (safe to call twice, e.g. from an EXIT trap).
stop_searchd() {
    if [[ -n ${SEARCHD_PID:-} ]]; then
        kill "$SEARCHD_PID" 2>/dev/null || true
        wait "$SEARCHD_PID" 2>/dev/null || true
        SEARCHD_PID=""
    fi
}

# The "documents" count of a running searchd's /health.
health_documents() {
    curl -sf "$1/health" | python3 -c 'import json, sys; print(json.load(sys.stdin)["documents"])'
}
