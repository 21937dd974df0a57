#!/usr/bin/env python3
"""Run mypy and pycheck on the same files and print where their output differs.

    scripts/diff-mypy.py [--notes] PATH...

Each .py file under the PATHs is checked on its own by both tools, from its own folder,
so the two see exactly the same input. For every file whose error lines differ, the lines
only mypy printed are shown with `-` and the lines only pycheck printed with `+`. Notes are
compared only with --notes. A first line `# mypy-args: ...` in a file adds flags to
mypy's command line, as in tests/verify_with_mypy.py.

pycheck is the binary in target/release or target/debug (whichever is newer), else
`pycheck` on PATH. Exit status: 0 when no file differs, 1 otherwise.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MYPY_ARGS = ["--no-incremental", "--no-error-summary", "--hide-error-context", "--show-error-codes"]
LINE_RE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): (?P<kind>error|note): (?P<msg>.*)$")


def pycheck_binary():
    candidates = [ROOT / "target" / kind / "pycheck" for kind in ("release", "debug")]
    built = [c for c in candidates if c.exists()]
    if built:
        return str(max(built, key=lambda c: c.stat().st_mtime))
    found = shutil.which("pycheck")
    if not found:
        sys.exit("diff-mypy: build pycheck first (cargo build)")
    return found


def python_files(paths):
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)
        elif path.exists():
            yield path
        else:
            sys.exit(f"diff-mypy: {path}: no such file or directory")


def extra_mypy_args(path):
    with path.open(encoding="utf-8", errors="replace") as handle:
        for _, line in zip(range(10), handle):
            if line.startswith("# mypy-args:"):
                return line[len("# mypy-args:"):].split()
    return []


def output_lines(command, path, with_notes, env=None):
    result = subprocess.run(command, cwd=path.parent, capture_output=True, text=True, env=env)
    lines = []
    for line in result.stdout.splitlines():
        match = LINE_RE.match(line)
        if match and match.group("file") == path.name and (with_notes or match.group("kind") == "error"):
            lines.append(line)
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", action="store_true", help="compare note lines too")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    pycheck = pycheck_binary()
    mypy = [shutil.which("mypy")] if shutil.which("mypy") else [sys.executable, "-m", "mypy"]
    differing = 0
    total = 0
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "MYPY_CACHE_DIR": cache}
        for path in python_files(args.paths):
            path = path.resolve()
            total += 1
            theirs = output_lines([*mypy, *MYPY_ARGS, *extra_mypy_args(path), path.name], path, args.notes, env)
            ours = output_lines([pycheck, "--no-error-summary", path.name], path, args.notes)
            only_mypy = [line for line in theirs if line not in ours]
            only_pycheck = [line for line in ours if line not in theirs]
            if only_mypy or only_pycheck:
                differing += 1
                print(f"== {os.path.relpath(path)}")
                for line in only_mypy:
                    print(f"- {line}")
                for line in only_pycheck:
                    print(f"+ {line}")
    print(f"{total - differing} of {total} files agree; {differing} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
