#!/usr/bin/env python3
"""The corpus smoke test: pycheck checks the whole CPython standard library (this
interpreter's own `.py` files with their tests; `site-packages` is skipped) without one internal
error, timeout or crash.

    python3 tests/stdlib_smoke.py [PYCHECK]      # default: target/debug/pycheck

The standard library is real code in every style Python allows, with files written to
be hard (syntax-error and encoding tests, generated tables, deep nesting), so it finds
what hand-written cases miss. Its errors are not compared with anything: only that
pycheck finishes, that every file is reported, and that no file's check failed inside
pycheck (an `[internal-error]` diagnostic) or the run crashed (exit status 3, or a
signal).
"""

import re
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

# What stderr may hold besides nothing: input errors for files that are not valid input
# on purpose (undecodable test files).
ALLOWED_STDERR = re.compile(r"^\S.*: error: Cannot (read|decode) file: .+$")
TIMEOUT_SECONDS = 900


def main() -> int:
    binary = Path(sys.argv[1] if len(sys.argv) > 1 else "target/debug/pycheck").resolve()
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    command = [
        str(binary),
        "--typeshed",
        "builtin",
        "--no-site-packages",
        str(stdlib),
    ]
    started = time.monotonic()
    try:
        run = subprocess.run(
            command, capture_output=True, text=True, errors="replace", timeout=TIMEOUT_SECONDS
        )
    except subprocess.TimeoutExpired:
        print(f"stdlib smoke: FAIL, no result after {TIMEOUT_SECONDS} s: {' '.join(command)}")
        return 1
    seconds = time.monotonic() - started
    problems = []
    if run.returncode not in (0, 1, 2):
        problems.append(f"exit status {run.returncode} (a crash)")
    internal = [line for line in run.stdout.splitlines() if "[internal-error]" in line]
    problems.extend(internal)
    unexpected = [line for line in run.stderr.splitlines() if not ALLOWED_STDERR.match(line)]
    problems.extend(f"stderr: {line}" for line in unexpected)
    summary = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else "(no output)"
    if problems:
        print(f"stdlib smoke: FAIL on {stdlib} in {seconds:.0f} s")
        for problem in problems[:50]:
            print(f"  {problem}")
        return 1
    print(f"stdlib smoke: PASS on {stdlib} in {seconds:.0f} s: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
