#!/usr/bin/env python3
"""Time a few commands against each other, interleaved: run 1 of each, run 2 of each, ...

Usage (from anywhere):

    python3 bench/compare.py --runs 40 --cwd . \\
        "target/release/pycheck --typeshed builtin examples/hello.py" \\
        "target/release/pycheck examples/hello.py" \\
        "VIRTUAL_ENV=/path/to/venv target/release/pycheck examples/hello.py"

On a shared machine the load moves while commands are timed; interleaving spreads that
over all of them alike, where timing one command's runs and then the next's does not.
Each command is split on spaces (no quoting); leading NAME=value words set environment
variables for it. VIRTUAL_ENV is removed unless a command sets it. When this script runs
under a pyenv shim, pyenv has put its interpreter's directory first on PATH; that entry is
removed again, so a command that starts `python3` goes through the shim as it would from
a shell. One untimed run of each comes first. Prints, per command, the median and least
wall time and the median CPU time (user + system, the command's and its children's).
Standard library only.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import run_measured  # noqa: E402  (bench/run.py, next to this file)


def environment(assignments: list[str]) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("VIRTUAL_ENV", None)
    root = env.get("PYENV_ROOT")
    if root and env.get("PYENV_VERSION") is not None:
        versions = os.path.join(root, "versions") + os.sep
        entries = env.get("PATH", "").split(os.pathsep)
        while entries and entries[0].startswith(versions):
            entries.pop(0)
        env["PATH"] = os.pathsep.join(entries)
    for assignment in assignments:
        name, _, value = assignment.partition("=")
        env[name] = value
    return env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20, help="timed runs of each command (default 20)")
    parser.add_argument("--cwd", type=Path, default=Path("."), help="where the commands run")
    parser.add_argument("commands", nargs="+")
    args = parser.parse_args()
    commands = []
    for command in args.commands:
        words = command.split()
        assignments = []
        while words and "=" in words[0] and not words[0].startswith(("/", ".")):
            assignments.append(words.pop(0))
        commands.append((command, words, environment(assignments)))
    wall: dict[str, list[float]] = {command: [] for command, _, _ in commands}
    cpu: dict[str, list[float]] = {command: [] for command, _, _ in commands}
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="bench-compare-") as tmp:
        for run in range(args.runs + 1):
            for command, argv, env in commands:
                outcome = run_measured(argv, args.cwd, env, 600, Path(tmp))
                if outcome.error:
                    sys.exit(f"compare: {command}: {outcome.error}")
                if run:
                    wall[command].append(outcome.seconds)
                    cpu[command].append(outcome.cpu_seconds)
    load_after = os.getloadavg()[0]
    print(f"{args.runs} runs of each, interleaved; load average {load_before:.1f} before, {load_after:.1f} after")
    print(f"{'wall median':>12} {'wall min':>9} {'cpu median':>11}  command")
    for command, _, _ in commands:
        print(f"{statistics.median(wall[command]) * 1000:9.1f} ms {min(wall[command]) * 1000:6.1f} ms "
              f"{statistics.median(cpu[command]) * 1000:8.1f} ms  {command}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
