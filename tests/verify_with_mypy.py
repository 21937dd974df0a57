#!/usr/bin/env python3
"""Check that the inline expectations in tests/cases agree with mypy.

Each case file marks the diagnostics it expects with trailing comments on
the line where they are reported:

    hello(5)  # E: Argument 1 to "hello" has incompatible type "int"; ...  [arg-type]
    x + 1  # E: Unsupported operand types ...  [operator]  # N: Left operand ...

`# E: ` introduces an error (the text mypy prints after "error: ", including
the bracketed code) and `# N: ` a note (the text after "note: "). Several
markers on one line are listed in mypy's order.

For every case file this script runs

    mypy --no-incremental --no-error-summary --hide-error-context --show-error-codes FILE

from the file's folder and reports every expected diagnostic mypy did not
print ("missing") and every diagnostic mypy printed that the file does not
expect ("unexpected"), with line numbers.

A line starting `# mypy-args:` among the first 10 adds flags to mypy's
command line for that file (e.g. `--python-version 3.12` for newer syntax).

Files whose first 10 lines contain `# mypy-differs:` are skipped. That
marker is for cases where pycheck deliberately follows the typing spec
instead of mypy; the text after the colon should say why.

It also runs mypy on each project in tests/projects with the arguments its
expected.txt names (see tests/projects.rs) and compares mypy's whole output and
exit status with the file. An `# env: VIRTUAL_ENV=DIR` project gets a real
virtual environment with DIR's installed packages, passed to mypy as
--python-executable. mypy's note '(or run "mypy --install-types" ...)' is
dropped before comparing: pycheck has no such command and never prints it.

Usage:
    python3 tests/verify_with_mypy.py              # every case and project
    python3 tests/verify_with_mypy.py FILE [...]   # just these files

Exit status is 0 when every checked file agrees with mypy, 1 otherwise.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

CASES_DIR = Path(__file__).resolve().parent / "cases"
PROJECTS_DIR = Path(__file__).resolve().parent / "projects"
INSTALL_TYPES_NOTE = '(or run "mypy --install-types" to install all missing stub packages)'
MYPY_ARGS = [
    "--no-incremental",
    "--no-error-summary",
    "--hide-error-context",
    "--show-error-codes",
]
SKIP_MARKER = "# mypy-differs:"
ARGS_MARKER = "# mypy-args:"
SKIP_SCAN_LINES = 10
MARKER_RE = re.compile(r"# ([EN]): ")
OUTPUT_RE = re.compile(r"^(?P<file>.+?):(?P<line>\d+): (?P<kind>error|note): (?P<msg>.*)$")
KINDS = {"error": "E", "note": "N"}


def expected_diagnostics(path):
    """Parse the `# E: ` / `# N: ` markers of a case file, in file order."""
    found = []
    text = path.read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        markers = list(MARKER_RE.finditer(line))
        for i, marker in enumerate(markers):
            end = markers[i + 1].start() if i + 1 < len(markers) else len(line)
            message = line[marker.end():end].rstrip()
            found.append((number, marker.group(1), message))
    return found


def mypy_command():
    """Prefer the `mypy` on PATH; fall back to this interpreter's module."""
    executable = shutil.which("mypy")
    return [executable] if executable else [sys.executable, "-m", "mypy"]


def mypy_diagnostics(path, cache_dir):
    """Run mypy on one file and parse what it prints, in output order.

    The cache goes to `cache_dir` so that nothing is written next to the
    case files.
    """
    result = subprocess.run(
        [*mypy_command(), *MYPY_ARGS, *extra_args(path), path.name],
        cwd=path.parent,
        env={**os.environ, "MYPY_CACHE_DIR": cache_dir},
        capture_output=True,
        text=True,
    )
    found = []
    problems = []
    for line in result.stdout.splitlines():
        match = OUTPUT_RE.match(line)
        if match and match.group("file") == path.name:
            found.append((int(match.group("line")), KINDS[match.group("kind")], match.group("msg")))
        elif line.strip():
            problems.append("unparsed mypy output: " + line)
    if result.returncode not in (0, 1) or result.stderr.strip():
        problems.append(f"mypy exited with {result.returncode}: {result.stderr.strip()}")
    return found, problems


def extra_args(path):
    """Flags a case asks for in its first lines, e.g. `# mypy-args: --python-version 3.12`."""
    with path.open(encoding="utf-8") as handle:
        for _, line in zip(range(SKIP_SCAN_LINES), handle):
            if line.startswith(ARGS_MARKER):
                return line[len(ARGS_MARKER):].split()
    return []


def is_skipped(path):
    with path.open(encoding="utf-8") as handle:
        for _, line in zip(range(SKIP_SCAN_LINES), handle):
            if SKIP_MARKER in line:
                return True
    return False


def compare(expected, actual):
    """List every difference between the expected and the actual diagnostics.

    Both lists hold (line, kind, message) tuples. Diagnostics present on only
    one side are "missing" or "unexpected"; if both sides hold the same
    diagnostics in a different order, the first misplaced one is reported.
    """
    missing = Counter(expected) - Counter(actual)
    unexpected = Counter(actual) - Counter(expected)
    differences = [("missing", item) for item in missing.elements()]
    differences += [("unexpected", item) for item in unexpected.elements()]
    if not differences and expected != actual:
        for want, got in zip(expected, actual):
            if want != got:
                differences.append(("out of order, mypy prints first", got))
                break
    return sorted(differences, key=lambda entry: entry[1][0])


def case_files(arguments):
    if arguments:
        return [Path(argument).resolve() for argument in arguments]
    return sorted(CASES_DIR.rglob("*.py"))


def report(path, differences, problems):
    try:
        shown = path.relative_to(Path.cwd())
    except ValueError:
        shown = path
    for problem in problems:
        print(f"{shown}: {problem}")
    for label, (line, kind, message) in differences:
        print(f"{shown}:{line}: {label} {kind}: {message}")


def project_header(text):
    """The `# name: value` header lines of a project's expected.txt, and the rest."""
    header = {}
    lines = text.splitlines(keepends=True)
    while lines and lines[0].startswith("# "):
        name, _, value = lines.pop(0)[2:].rstrip("\n").partition(": ")
        header[name] = value
    return header, "".join(lines)


def virtual_environment(packages_env, scratch):
    """A real venv holding the packages of a project's checked-in environment."""
    venv = Path(scratch) / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    target = next(venv.glob("lib/python3*/site-packages"))
    for source in Path(packages_env).glob("lib/python3*/site-packages"):
        shutil.copytree(source, target, dirs_exist_ok=True)
    return venv / "bin" / "python"


def verify_project(project):
    """Differences between mypy's output on a project and its expected.txt."""
    header, expected = project_header((project / "expected.txt").read_text(encoding="utf-8"))
    if "mypy-differs" in header:
        return None
    with tempfile.TemporaryDirectory(prefix="verify-mypy-project-") as scratch:
        command = [*mypy_command(), "--no-incremental", "--cache-dir", str(Path(scratch) / "cache")]
        environment = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "MYPYPATH")}
        env_setting = header.get("env", "")
        if env_setting.startswith("VIRTUAL_ENV="):
            python = virtual_environment(project / env_setting.split("=", 1)[1], scratch)
            command += ["--python-executable", str(python)]
        command += header.get("args", "").split()
        result = subprocess.run(command, cwd=project, env=environment, capture_output=True, text=True)
    stdout = "".join(
        line for line in result.stdout.splitlines(keepends=True) if INSTALL_TYPES_NOTE not in line
    )
    problems = []
    if stdout != expected:
        problems.append(f"output differs\n--- expected.txt\n{expected}--- mypy\n{stdout}")
    if str(result.returncode) != header.get("exit", "0"):
        problems.append(f"mypy exited with {result.returncode}, expected.txt says {header.get('exit')}")
    return problems


def main(arguments):
    agree = differ = skipped = 0
    if not arguments:
        for project in sorted(p for p in PROJECTS_DIR.iterdir() if (p / "expected.txt").is_file()):
            problems = verify_project(project)
            if problems is None:
                skipped += 1
            elif problems:
                differ += 1
                for problem in problems:
                    print(f"{project.relative_to(Path.cwd()) if project.is_relative_to(Path.cwd()) else project}: {problem}")
            else:
                agree += 1
    with tempfile.TemporaryDirectory(prefix="verify-mypy-cache-") as cache_dir:
        for path in case_files(arguments):
            if not path.is_file():
                print(f"{path}: no such file")
                differ += 1
                continue
            if is_skipped(path):
                skipped += 1
                continue
            actual, problems = mypy_diagnostics(path, cache_dir)
            differences = compare(expected_diagnostics(path), actual)
            if differences or problems:
                differ += 1
                report(path, differences, problems)
            else:
                agree += 1
    summary = f"{agree} files agree with mypy, {differ} differ"
    if skipped:
        summary += f" ({skipped} skipped as mypy-differs)"
    print(summary)
    return 0 if differ == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
