"""What the benchmark commands (indexing.py, queries.py) share: the project's programs under BUILD_DIR,
the machine's load they report beside their figures, and the slice of a corpus they all read."""

import os
import sys
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(REPO_DIR / "scripts" / "eval"))
from corpus import open_text  # noqa: E402


def programs(*relative):
    """The paths of built programs (relative to BUILD_DIR, default <repo>/build); exits naming a missing one."""
    build_dir = Path(os.environ.get("BUILD_DIR", REPO_DIR / "build"))
    paths = [build_dir / name for name in relative]
    for path in paths:
        if not os.access(path, os.X_OK):
            sys.exit(f"error: {path} not found: build it (scripts/build.sh), or set BUILD_DIR")
    return paths


def load_average():
    """'1.52 1.10 0.80 (2 cores)': the figures of a shared machine mean little without it."""
    return f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} cores)"


def write_slice(paths, count, target):
    """The first `count` non-blank lines of the files in turn (all when count is 0), as they are, into
    target; returns the number of lines written."""
    written = 0
    with open(target, "w", encoding="utf-8") as out:
        for path in paths:
            with open_text(path) as source:
                for line in source:
                    if count and written == count:
                        return written
                    if line.strip():
                        out.write(line if line.endswith("\n") else line + "\n")
                        written += 1
    return written
