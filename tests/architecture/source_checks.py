"""What the architecture checks share: the project root they read and how they report."""
import pathlib
import sys


def project_root() -> pathlib.Path:
    """The root given as the first argument, else the checkout this file is in."""
    return pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])


def report(found, failure: str, success: str) -> int:
    """Prints every violation and a summary line; the exit status: 1 when there were any."""
    found = list(found)
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} {failure}")
        return 1
    print(success)
    return 0
