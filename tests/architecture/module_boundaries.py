#!/usr/bin/env python3
"""The module boundary, checked on the sources: schema/ includes only itself; service/ (what makes a
program a system service: options, log formats, --version) includes only itself; indexer/ and searchd/
include their own headers and schema's and service's public ones, never each other's; each unit-test
folder includes its module, schema and the shared test support only.

The build enforces the same (each program's folder is its only include root), but a header reached
through a relative path ("../searchd/x.h") would slip past the compiler: this reads every include.
Exits 1 listing every include that crosses the boundary."""
import pathlib
import re
import sys

from source_checks import project_root, report

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.MULTILINE)
SCHEMA_PUBLIC = "vnsearch/schema/"
SERVICE_PUBLIC = "vnsearch/service/"
PROGRAMS = ("indexer", "searchd")

# folder -> (its own include root, may include schema's public headers, other include roots allowed)
RULES = {
    "schema": ("schema/include", False, ["schema/src"]),
    "service": ("service/include", False, ["service/src"]),
    "indexer": ("indexer", True, []),
    "searchd": ("searchd", True, []),
    "tests/unit/schema": (None, True, ["tests"]),
    "tests/unit/indexer": ("indexer", True, ["tests"]),
    "tests/unit/searchd": ("searchd", True, ["tests"]),
}


def violations(root: pathlib.Path):
    for folder, (own, schema_ok, extra) in RULES.items():
        for source in sorted((root / folder).rglob("*")):
            if source.suffix not in (".h", ".cc"):
                continue
            for target in INCLUDE.findall(source.read_text(encoding="utf-8")):
                if target.startswith(SCHEMA_PUBLIC) and (schema_ok or folder == "schema"):
                    continue
                if target.startswith(SERVICE_PUBLIC) and folder in PROGRAMS + ("service",):
                    continue
                if ".." in pathlib.PurePosixPath(target).parts:
                    yield f"{source.relative_to(root)}: includes \"{target}\" through '..'"
                    continue
                roots = [source.parent] + [root / r for r in ([own] if own else []) + extra]
                if not any((r / target).is_file() for r in roots):
                    yield f"{source.relative_to(root)}: includes \"{target}\", which is not {folder}'s own nor schema's public header"


def main():
    return report(violations(project_root()),
                  "include(s) cross the module boundary: indexer and searchd depend on schema, never on each other",
                  "module boundaries hold: schema <- indexer, schema <- searchd, service <- indexer, service <- searchd")


if __name__ == "__main__":
    sys.exit(main())
