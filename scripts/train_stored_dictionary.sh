#!/usr/bin/env bash
# Trains schema/data/stored_articles.zdict, the zstd dictionary the stored articles are compressed
# with (schema/src/zstd_frame.h), from every fourth article of the given corpora (JSON Lines, gzip or
# not). The dictionary is part of the index format: a database's articles read back only with the
# dictionary they were written with, so retraining means a Layout::kVersion bump and a --rebuild.
#   scripts/train_stored_dictionary.sh ../shared/corpus/dantri.jsonl.gz ../shared/corpus/baomoi.jsonl.gz
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
samples=$(mktemp -d)
trap 'rm -rf "$samples"' EXIT
python3 - "$samples" "$@" <<'PY'
import gzip, sys
out = sys.argv[1]
for n, path in enumerate(sys.argv[2:]):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for i, line in enumerate(lines):
            if i % 4 == 0:
                with open(f"{out}/{n}-{i}.json", "w", encoding="utf-8") as sample:
                    sample.write(line)
PY
zstd --train -q -3 --maxdict=65536 -o "$root/schema/data/stored_articles.zdict" "$samples"/*
ls -l "$root/schema/data/stored_articles.zdict"
