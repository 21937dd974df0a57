#!/usr/bin/env python3
"""Benchmark pycheck against mypy, ty, pyrefly and zuban: cold whole-program checks.

Usage (from anywhere; paths are resolved from this file's location):

    python3 bench/run.py                          # build, set up tools, 5 timed runs each
    python3 bench/run.py --runs 3 --lines 100000 --no-build --tools pycheck,mypy
    python3 bench/run.py --corpora hello --tools pycheck,pycheck-lite --runs 30 --warmup 3

pycheck runs twice over: `pycheck` checks against the typeshed mypy uses (mypy 2.4.1's,
named with --custom-typeshed-dir, or --typeshed DIR), `pycheck-lite` against its built-in
typeshed-lite (--typeshed builtin).

Corpora:
  hello      examples/hello.py alone (the fixed cost of a run: start-up and the stubs)
  small      examples/ + tests/cases/ of this repository (many small files)
  generated  a multi-package project of --lines lines written by bench/generate.py to
             target/bench-corpus/project, with a manifest of its planted type errors

Each tool is run --runs times per corpus (after --warmup untimed runs) with its cache
cold: mypy gets --no-incremental and a fresh --cache-dir each run; the others keep no
on-disk cache, but every run still gets a fresh, empty XDG_CACHE_HOME so nothing a tool
might write there survives to the next run. Each run's wall time, CPU time and peak
memory are measured; the diagnostics of the last run are matched against the planted
errors.

Results are printed as a table and written to target/bench-results.json.
Standard library only (Python 3.11+).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate  # noqa: E402  (bench/generate.py, next to this file)

REPO = Path(__file__).resolve().parent.parent
TARGET = REPO / "target"
VENV = TARGET / "bench-venv"
CORPUS_ROOT = TARGET / "bench-corpus"
GENERATED = CORPUS_ROOT / "project"
RESULTS_JSON = TARGET / "bench-results.json"
PYCHECK = TARGET / "release" / "pycheck"

PYTHON_VERSION = "3.11"
ACCEPTED_EXIT_CODES = (0, 1)  # 0: clean, 1: type errors found; anything else is a failure


@dataclass(frozen=True)
class ToolSpec:
    name: str
    executable: str  # the command's name on PATH and in the venv
    requirement: str  # what pip installs into the venv when it is missing


# Versions pinned to the ones the figures in bench/README.md were measured with.
TOOLS: dict[str, ToolSpec] = {
    "pycheck": ToolSpec("pycheck", "pycheck", ""),
    "pycheck-lite": ToolSpec("pycheck-lite", "pycheck", ""),
    "mypy": ToolSpec("mypy", "mypy", "mypy==2.4.1"),
    "ty": ToolSpec("ty", "ty", "ty==0.0.108"),
    "pyrefly": ToolSpec("pyrefly", "pyrefly", "pyrefly==1.5.0"),
    "zuban": ToolSpec("zuban", "zuban", "zuban==0.10.2"),
}


# The two pycheck variants: the same binary, with different standard libraries.
PYCHECK_VARIANTS = ("pycheck", "pycheck-lite")

# The typeshed `pycheck` checks against (set in main): mypy's, so that both check the same
# stubs. Named explicitly: left to find it, pycheck would start `python3` to find the
# installed packages mypy is in, and no other tool here starts a process.
TYPESHED: str | None = None


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------
# Building pycheck and finding the other tools
# --------------------------------------------------------------------------------------


def build_pycheck() -> None:
    log("cargo build --release --locked")
    result = subprocess.run(["cargo", "build", "--release", "--locked"], cwd=REPO)
    if result.returncode != 0:
        sys.exit(f"bench: cargo build failed with exit code {result.returncode}")


def tool_version(argv: list[str]) -> str | None:
    """The first line a tool prints for its version flag, or None if it does not run."""
    try:
        result = subprocess.run(argv, capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if result.returncode != 0:
        return None
    text = (result.stdout or result.stderr).strip()
    return text.splitlines()[0] if text else None


def resolve_shim(path: str, name: str) -> str:
    """Resolve a pyenv shim to the real executable, so the shim's start-up is not timed."""
    if "/shims/" not in path or shutil.which("pyenv") is None:
        return path
    try:
        result = subprocess.run(["pyenv", "which", name], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return path
    real = result.stdout.strip()
    return real if result.returncode == 0 and real and os.access(real, os.X_OK) else path


def find_on_path(name: str) -> str | None:
    path = shutil.which(name)
    if path is None:
        return None
    path = resolve_shim(path, name)
    return path if tool_version([path, "--version"]) else None


def find_in_venv(name: str) -> str | None:
    path = VENV / "bin" / name
    if path.exists() and tool_version([str(path), "--version"]):
        return str(path)
    return None


def ensure_tools(names: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Executables of the named tools: on PATH, else in target/bench-venv (installed there
    if need be). Returns (paths, reasons for the tools that could not be set up)."""
    found: dict[str, str] = {}
    problems: dict[str, str] = {}
    missing: list[str] = []
    for name in names:
        path = find_on_path(TOOLS[name].executable) or find_in_venv(TOOLS[name].executable)
        if path:
            found[name] = path
        else:
            missing.append(name)
    if not missing:
        return found, problems
    if not (VENV / "bin" / "python").exists():
        log(f"creating venv {VENV}")
        created = subprocess.run([sys.executable, "-m", "venv", str(VENV)], capture_output=True, text=True)
        if created.returncode != 0:
            reason = f"could not create {VENV}: {created.stderr.strip()[-200:]}"
            return found, {**problems, **{name: reason for name in missing}}
    for name in missing:
        # One pip call per tool, so that one that cannot be installed does not stop the others.
        requirement = TOOLS[name].requirement
        log(f"pip install {requirement} into {VENV}")
        installed = subprocess.run(
            [str(VENV / "bin" / "python"), "-m", "pip", "install", "--quiet", requirement],
            capture_output=True, text=True,
        )
        path = find_in_venv(TOOLS[name].executable)
        if path:
            found[name] = path
        elif installed.returncode != 0:
            problems[name] = f"pip install {requirement} failed: {installed.stderr.strip()[-200:]}"
        else:
            problems[name] = f"{TOOLS[name].executable} does not run after pip install {requirement}"
    return found, problems


def mypy_typeshed(mypy: str) -> str | None:
    """The typeshed directory of the mypy at `mypy` (a console script), asked of the
    interpreter its first line names."""
    try:
        first = Path(mypy).read_text(errors="replace").splitlines()[0]
    except (OSError, IndexError):
        return None
    if not first.startswith("#!"):
        return None
    interpreter = first[2:].strip().split()
    script = "import mypy, os; print(os.path.join(os.path.dirname(mypy.__file__), 'typeshed'))"
    try:
        result = subprocess.run([*interpreter, "-c", script], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    directory = result.stdout.strip()
    return directory if result.returncode == 0 and os.path.isfile(os.path.join(directory, "stdlib", "VERSIONS")) else None


def git_describe() -> str:
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=REPO, capture_output=True, text=True,
        ).stdout.strip()
    except OSError:
        return "unknown"
    return f"{commit}{'-dirty' if dirty else ''}" if commit else "unknown"


# --------------------------------------------------------------------------------------
# Corpora
# --------------------------------------------------------------------------------------


@dataclass
class Corpus:
    name: str
    cwd: Path
    paths: list[str]
    description: str
    # (file, line) -> (mypy error code, "functions" or "classes") of each planted error
    planted: dict[tuple[str, int], tuple[str, str]] | None = None
    info: dict[str, object] = field(default_factory=dict)


def count_python(corpus: Corpus) -> tuple[int, int]:
    files = lines = 0
    for path in corpus.paths:
        root = corpus.cwd / path
        candidates = [root] if root.is_file() else sorted(root.rglob("*.py"))
        for file in candidates:
            if "__pycache__" in file.parts:
                continue
            files += 1
            lines += file.read_text(errors="replace").count("\n")
    return files, lines


def generated_corpus(lines: int) -> Corpus:
    """Write the generated project to target/bench-corpus/project, replacing what was there."""
    if CORPUS_ROOT.exists():
        shutil.rmtree(CORPUS_ROOT)
    manifest = generate.write_project(generate.generate_project(lines), GENERATED)
    planted = {(entry["file"], entry["line"]): (entry["code"], entry["via"]) for entry in manifest["errors"]}
    info = {key: manifest[key] for key in ("planted", "planted_by_code", "planted_by_via")}
    info["tree_sha256"] = generate.tree_digest(GENERATED)
    return Corpus(
        "generated", GENERATED, ["app", "lib", "tools"],
        f"bench/generate.py --lines {lines} (target/bench-corpus/project)", planted, info,
    )


# --------------------------------------------------------------------------------------
# Commands and their output
# --------------------------------------------------------------------------------------


def command_for(tool: str, exe: str, corpus: Corpus, cache_dir: Path) -> list[str]:
    if tool == "pycheck":
        # pycheck keeps no cache.
        return [exe, "--custom-typeshed-dir", str(TYPESHED), "--python-version", PYTHON_VERSION, *corpus.paths]
    if tool == "pycheck-lite":
        return [exe, "--typeshed", "builtin", "--python-version", PYTHON_VERSION, *corpus.paths]
    if tool == "mypy":
        return [
            exe,
            "--no-incremental",
            "--cache-dir", str(cache_dir / "mypy"),
            "--python-version", PYTHON_VERSION,
            "--config-file", "",  # ignore any mypy.ini / pyproject.toml / user config
            "--no-color-output",
            *corpus.paths,
        ]
    if tool == "ty":
        # ty keeps no on-disk cache (its incremental state lives in memory only).
        return [
            exe, "check",
            "--python-version", PYTHON_VERSION,
            "--color", "never",
            "--no-progress",
            "--output-format", "concise",
            *corpus.paths,
        ]
    if tool == "pyrefly":
        return [
            exe, "check",
            "--python-version", PYTHON_VERSION,
            # Without a pyrefly.toml, pyrefly picks its lenient "basic" preset and reports
            # far less; "default" is what a configured project gets.
            "--preset", "default",
            # Without it, pyrefly cannot resolve `from ..models import X` in files given
            # on the command line: it does not know where the packages are rooted.
            "--search-path", ".",
            # Otherwise pyrefly starts `python3` (here through a pyenv shim) to ask for its
            # version and site-packages; the version is given, and no corpus imports
            # third-party packages. No other tool starts a process.
            "--skip-interpreter-query",
            "--color", "never",
            "--progress-bar", "no",
            "--output-format", "min-text",
            *corpus.paths,
        ]
    if tool == "zuban":
        # zuban's mypy-compatible mode (the `zmypy` command); it keeps no on-disk cache.
        # No --config-file: zuban resolves imports from the configuration file's
        # directory, so pointing it at an empty file elsewhere breaks absolute imports.
        # Neither corpus directory holds a mypy configuration.
        return [exe, "mypy", "--python-version", PYTHON_VERSION, *corpus.paths]
    raise ValueError(tool)


@dataclass(frozen=True)
class Diagnostic:
    file: str
    line: int
    severity: str  # error, warning, or info (mypy's notes, ty's and pyrefly's infos)
    code: str


# One diagnostic per line, in each tool's plain-text format:
#   mypy, pycheck, zuban:  path:12: error: message  [code]
#   ty (concise):          path:12:5: error[code] message
#   pyrefly (min-text):    ERROR path:12:5-9: message [code]
MYPY_LINE = re.compile(r"^(?P<file>[^\s:][^:]*):(?P<line>\d+):(?:\d+:)? (?P<severity>error|warning|note): "
                       r".*?(?:  \[(?P<code>[\w-]+)\])?$")
TY_LINE = re.compile(r"^(?P<file>[^\s:][^:]*):(?P<line>\d+):\d+: (?P<severity>error|warning|info)"
                     r"\[(?P<code>[\w-]+)\] ")
PYREFLY_LINE = re.compile(r"^\s*(?P<severity>ERROR|WARN|INFO) (?P<file>[^:]+):(?P<line>\d+):\S*: "
                          r".*?(?: \[(?P<code>[\w-]+)\])?$")
SEVERITIES = {"error": "error", "warning": "warning", "warn": "warning", "note": "info", "info": "info"}
LINE_FORMATS = {"pycheck": MYPY_LINE, "pycheck-lite": MYPY_LINE, "mypy": MYPY_LINE, "zuban": MYPY_LINE,
                "ty": TY_LINE,
                "pyrefly": PYREFLY_LINE}

# Each tool's own count of what it reported, to cross-check the parsed lines against:
# ty counts every diagnostic (infos included), the others count errors only.
SUMMARY_COUNTS_ALL_SEVERITIES = {"ty"}
SUMMARY_COUNTS = {
    "pycheck": re.compile(r"^Found (\d+) errors? in"),
    "pycheck-lite": re.compile(r"^Found (\d+) errors? in"),
    "mypy": re.compile(r"^Found (\d+) errors? in"),
    "zuban": re.compile(r"^Found (\d+) errors? in"),
    "ty": re.compile(r"^Found (\d+) diagnostics?"),
    "pyrefly": re.compile(r"^\s*INFO (\d+) errors?"),
}


def parse_diagnostics(tool: str, text: str, cwd: Path) -> list[Diagnostic]:
    pattern = LINE_FORMATS[tool]
    found: list[Diagnostic] = []
    for line in text.splitlines():
        match = pattern.match(line)
        if match is None:
            continue
        file = match["file"].removeprefix("./")
        if os.path.isabs(file):
            file = os.path.relpath(file, cwd)
        found.append(Diagnostic(file, int(match["line"]), SEVERITIES[match["severity"].lower()],
                                match["code"] or ""))
    return found


def reported_count(tool: str, stdout: str, stderr: str) -> int | None:
    """The number of diagnostics the tool says it reported, from its summary line; 0 when
    it says the code is clean; None when there is no summary."""
    for line in (stdout + "\n" + stderr).splitlines():
        match = SUMMARY_COUNTS[tool].match(line)
        if match:
            return int(match[1])
        if line.startswith("Success: no issues") or line.strip() in ("All checks passed!", "INFO 0 errors"):
            return 0
    return None


# --------------------------------------------------------------------------------------
# Running and timing
# --------------------------------------------------------------------------------------


@dataclass
class Outcome:
    seconds: float
    cpu_seconds: float
    peak_kib: int
    exit_code: int | None
    stdout: str
    stderr: str
    error: str | None = None


def run_measured(argv: list[str], cwd: Path, env: dict[str, str], timeout: float,
                 tmp: Path) -> Outcome:
    """Run argv to completion. os.wait4 gives this one child's own resource usage: its CPU
    time and peak resident memory (the largest of it and the descendants it waited for),
    unlike getrusage(RUSAGE_CHILDREN), whose peak is the maximum over every child so far."""
    stdout_path, stderr_path = tmp / "stdout", tmp / "stderr"
    with open(stdout_path, "wb") as stdout, open(stderr_path, "wb") as stderr:
        start = time.perf_counter()
        try:
            process = subprocess.Popen(argv, cwd=cwd, env=env, stdout=stdout, stderr=stderr,
                                       stdin=subprocess.DEVNULL, start_new_session=True)
        except OSError as error:
            return Outcome(0.0, 0.0, 0, None, "", "", f"could not start: {error}")
        timed_out = threading.Event()

        def kill_after_timeout() -> None:
            timed_out.set()
            os.killpg(process.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill_after_timeout)
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        elapsed = time.perf_counter() - start
    process.returncode = exit_code = os.waitstatus_to_exitcode(status)  # already reaped
    out = stdout_path.read_text(errors="replace")
    err = stderr_path.read_text(errors="replace")
    cpu = usage.ru_utime + usage.ru_stime
    if timed_out.is_set():
        return Outcome(elapsed, cpu, usage.ru_maxrss, None, out, err, f"timed out after {timeout:.0f}s")
    error = None
    if exit_code not in ACCEPTED_EXIT_CODES:
        tail = (err.strip() or out.strip()).splitlines()[-5:]
        error = f"exit code {exit_code}: " + " | ".join(tail)
    return Outcome(elapsed, cpu, usage.ru_maxrss, exit_code, out, err, error)


def run_once(tool: str, exe: str, corpus: Corpus, timeout: float) -> Outcome:
    with tempfile.TemporaryDirectory(prefix=f"bench-{tool}-") as tmp:
        cache_dir = Path(tmp)
        env = dict(os.environ)
        env["XDG_CACHE_HOME"] = str(cache_dir / "xdg-cache")
        env["NO_COLOR"] = "1"
        env.pop("VIRTUAL_ENV", None)
        return run_measured(command_for(tool, exe, corpus, cache_dir), corpus.cwd, env, timeout, cache_dir)


def summary_line(outcome: Outcome) -> str:
    for text in (outcome.stdout, outcome.stderr):
        lines = [line for line in text.splitlines() if line.strip()]
        if lines and re.search(r"\b(Found|errors?|diagnostics?|Success|passed)\b", lines[-1]):
            return lines[-1].strip()
    return ""


def score(tool: str, outcome: Outcome, corpus: Corpus) -> dict[str, object]:
    """What the tool reported (errors and warnings; notes and infos apart), and how much of
    it is the planted errors."""
    parsed = parse_diagnostics(tool, outcome.stdout, corpus.cwd)
    reported = [d for d in parsed if d.severity != "info"]
    errors = sum(1 for d in reported if d.severity == "error")
    summary_count = reported_count(tool, outcome.stdout, outcome.stderr)
    comparable = len(parsed) if tool in SUMMARY_COUNTS_ALL_SEVERITIES else errors
    result: dict[str, object] = {
        "diagnostics": len(reported),
        "errors": errors,
        "warnings": len(reported) - errors,
        "infos": len(parsed) - len(reported),
        "summary": summary_line(outcome),
        "summary_count": summary_count,
        "summary_count_matches_parsed": summary_count is None or summary_count == comparable,
    }
    if corpus.planted is not None:
        on_planted = {(d.file, d.line) for d in reported} & corpus.planted.keys()
        result["planted_found"] = len(on_planted)
        for position, group in ((0, "code"), (1, "via")):
            totals: dict[str, list[int]] = {}
            for key, kinds in corpus.planted.items():
                found_total = totals.setdefault(kinds[position], [0, 0])
                found_total[0] += key in on_planted
                found_total[1] += 1
            result[f"planted_found_by_{group}"] = {
                name: f"{found}/{total}" for name, (found, total) in sorted(totals.items())
            }
        result["planted_missed"] = sorted(
            f"{file}:{line} [{corpus.planted[(file, line)][0]}]"
            for file, line in corpus.planted.keys() - on_planted
        )
        others = [d for d in reported if (d.file, d.line) not in corpus.planted]
        result["other_diagnostics"] = len(others)
        result["other_sample"] = [f"{d.file}:{d.line} {d.severity} [{d.code}]" for d in others[:50]]
    return result


def bench(tool: str, exe: str, corpus: Corpus, runs: int, warmup: int, timeout: float) -> dict:
    record: dict[str, object] = {"tool": tool, "corpus": corpus.name,
                                 "argv": command_for(tool, exe, corpus, Path("<tmp>"))}
    outcomes: list[Outcome] = []
    for i in range(warmup + runs):
        outcome = run_once(tool, exe, corpus, timeout)
        if outcome.error:
            log(f"{tool} on {corpus.name}: FAILED ({outcome.error})")
            record.update(ok=False, error=outcome.error)
            return record
        if i >= warmup:
            outcomes.append(outcome)
    times = [o.seconds for o in outcomes]
    record.update(
        ok=True,
        runs_seconds=[round(t, 4) for t in times],
        runs_cpu_seconds=[round(o.cpu_seconds, 4) for o in outcomes],
        runs_peak_mib=[round(o.peak_kib / 1024, 1) for o in outcomes],
        median=statistics.median(times),
        min=min(times),
        max=max(times),
        cpu_median=statistics.median(o.cpu_seconds for o in outcomes),
        peak_mib_median=statistics.median(o.peak_kib for o in outcomes) / 1024,
        exit_codes=[o.exit_code for o in outcomes],
        output_lines=len(outcomes[-1].stdout.splitlines()),
        **score(tool, outcomes[-1], corpus),
    )
    if not record["summary_count_matches_parsed"]:
        log(f"note: {tool}'s summary line says {record['summary_count']}, which does not match "
            f"the lines parsed ({record['errors']} errors, {record['warnings']} warnings, {record['infos']} infos)")
    found = ""
    if corpus.planted:
        by_via = ", ".join(f"{found} via {via}" for via, found in record["planted_found_by_via"].items())
        found = f", planted found {record['planted_found']}/{len(corpus.planted)} ({by_via})"
    log(
        f"{tool:8} {corpus.name:9} median {record['median']:.3f}s "
        f"(min {record['min']:.3f}, max {record['max']:.3f}), peak {record['peak_mib_median']:.0f} MiB, "
        f"{record['diagnostics']} diagnostics{found}"
    )
    return record


# --------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------


def ratio_text(tool: str, ratio: float | None) -> str:
    if ratio is None:
        return "-"
    if tool == "pycheck":
        return "1.0x (baseline)"
    if ratio >= 1:
        return f"{ratio:.1f}x ({tool} is {ratio:.1f}x slower)"
    return f"{ratio:.2f}x ({tool} is {1 / ratio:.1f}x faster)"


def format_table(results: list[dict], versions: dict[str, str], corpora: list[Corpus]) -> str:
    header = ["tool", "version", "corpus", "median s", "min s", "max s", "cpu s", "cpu vs pycheck",
              "peak MiB", "diags", "planted found", "other", "vs pycheck median"]
    rows: list[list[str]] = []
    for corpus in corpora:
        for record in (r for r in results if r["corpus"] == corpus.name):
            tool = str(record["tool"])
            if not record["ok"]:
                rows.append([tool, versions.get(tool, "?"), corpus.name, "FAILED", "-", "-", "-", "-", "-",
                             "-", "-", "-", str(record["error"])[:80]])
                continue
            planted = (f"{record['planted_found']}/{len(corpus.planted)}"
                       if corpus.planted is not None else "-")
            rows.append([
                tool,
                versions[tool],
                corpus.name,
                f"{record['median']:.3f}",
                f"{record['min']:.3f}",
                f"{record['max']:.3f}",
                f"{record['cpu_median']:.3f}",
                f"{cpu_ratio:.2f}x" if (cpu_ratio := record.get("cpu_ratio_to_pycheck")) else "-",
                f"{record['peak_mib_median']:.0f}",
                str(record["diagnostics"]),
                planted,
                str(record["other_diagnostics"]) if corpus.planted is not None else "-",
                ratio_text(tool, record.get("ratio_to_pycheck")),
            ])
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    numeric = set(range(3, 12))

    def line(cells: list[str]) -> str:
        return "  ".join(
            cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i])
            for i, cell in enumerate(cells)
        ).rstrip()

    out = [line(header), line(["-" * w for w in widths])]
    previous = None
    for row in rows:
        if previous is not None and row[2] != previous:
            out.append("")
        out.append(line(row))
        previous = row[2]
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="timed runs per tool and corpus (default 5)")
    parser.add_argument("--warmup", type=int, default=1,
                        help="untimed runs before the timed ones, to warm the OS file cache (default 1)")
    parser.add_argument("--lines", type=int, default=generate.DEFAULT_LINES,
                        help=f"lines of the generated project (default {generate.DEFAULT_LINES})")
    parser.add_argument("--no-build", action="store_true", help="use target/release/pycheck as it is")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds before one run counts as failed")
    parser.add_argument("--tools", default=",".join(TOOLS),
                        help=f"comma-separated subset of {','.join(TOOLS)} (pycheck is required)")
    parser.add_argument("--corpora", default="small,generated",
                        help="comma-separated subset of hello,small,generated (default small,generated)")
    parser.add_argument("--typeshed", type=Path,
                        help="the typeshed `pycheck` checks against (default: that of the mypy found or installed)")
    parser.add_argument("--output", type=Path, default=RESULTS_JSON, help="where to write the JSON results")
    args = parser.parse_args()
    if args.runs < 1 or args.lines < 1 or args.warmup < 0:
        parser.error("--runs and --lines must be at least 1, --warmup at least 0")
    selected = [t.strip() for t in args.tools.split(",") if t.strip()]
    if set(selected) - set(TOOLS) or "pycheck" not in selected:
        parser.error(f"--tools takes names from {','.join(TOOLS)} and must include pycheck")
    corpus_names = [c.strip() for c in args.corpora.split(",") if c.strip()]
    if not corpus_names or set(corpus_names) - {"hello", "small", "generated"}:
        parser.error("--corpora takes names from hello,small,generated")

    if not args.no_build:
        build_pycheck()
    if not PYCHECK.exists():
        sys.exit(f"bench: {PYCHECK} does not exist; build it or drop --no-build")

    executables = {variant: str(PYCHECK) for variant in PYCHECK_VARIANTS}
    # mypy is needed for its typeshed even when it is not timed.
    wanted = [t for t in selected if t not in PYCHECK_VARIANTS]
    found, setup_problems = ensure_tools(wanted if args.typeshed or "mypy" in wanted else [*wanted, "mypy"])
    executables.update(found)
    global TYPESHED
    if args.typeshed:
        TYPESHED = str(args.typeshed.resolve())
    else:
        TYPESHED = mypy_typeshed(found["mypy"]) if "mypy" in found else None
    if TYPESHED is None or not os.path.isfile(os.path.join(TYPESHED, "stdlib", "VERSIONS")):
        sys.exit(f"bench: no typeshed for pycheck ({setup_problems.get('mypy') or TYPESHED}); pass --typeshed DIR")
    log(f"pycheck checks against the typeshed at {TYPESHED}; pycheck-lite against typeshed-lite")
    versions: dict[str, str] = {}
    for tool in selected:
        if tool in setup_problems:
            versions[tool] = "unavailable"
            log(f"{tool}: FAILED to set up ({setup_problems[tool]})")
            continue
        version = tool_version([executables[tool], "--version"]) or "unknown"
        versions[tool] = version.removeprefix(f"{TOOLS[tool].executable} ").strip()
        if tool in PYCHECK_VARIANTS:
            versions[tool] += f" ({git_describe()})"
        log(f"{tool}: {executables[tool]} ({versions[tool]})")
    for tool in selected:
        pinned = TOOLS[tool].requirement.partition("==")[2]
        if pinned and tool not in setup_problems and not versions[tool].startswith(pinned):
            log(f"note: {tool} found is {versions[tool]}, not the pinned {TOOLS[tool].requirement}")

    corpora: list[Corpus] = []
    if "hello" in corpus_names:
        corpora.append(Corpus("hello", REPO, ["examples/hello.py"],
                              "examples/hello.py alone: the fixed cost of a run (start-up, the standard library)"))
    if "small" in corpus_names:
        corpora.append(Corpus("small", REPO, ["examples", "tests/cases"],
                              "the repository's examples/ and tests/cases/ (small files, many with planted errors)"))
    if "generated" in corpus_names:
        log(f"generating a project of {args.lines} lines in {GENERATED.relative_to(REPO)}")
        corpora.append(generated_corpus(args.lines))
    for corpus in corpora:
        files, lines = count_python(corpus)
        corpus.info.update(files=files, lines=lines)
        log(f"corpus {corpus.name}: {files} files, {lines} lines")

    load_before = os.getloadavg()
    log(f"load average before: {load_before[0]:.2f} (1 min) on {os.cpu_count()} cpus")
    results: list[dict] = []
    for corpus in corpora:
        for tool in selected:
            if tool in setup_problems:
                results.append({"tool": tool, "corpus": corpus.name, "ok": False,
                                "error": setup_problems[tool]})
                continue
            results.append(bench(tool, executables[tool], corpus, args.runs, args.warmup, args.timeout))
        base = next(r for r in results if r["corpus"] == corpus.name and r["tool"] == "pycheck")
        for record in results:
            if record["corpus"] != corpus.name:
                continue
            if record["ok"] and base["ok"] and base["median"] > 0:
                record["ratio_to_pycheck"] = record["median"] / base["median"]
                record["cpu_ratio_to_pycheck"] = (
                    record["cpu_median"] / base["cpu_median"] if base["cpu_median"] > 0 else None
                )
            else:
                record["ratio_to_pycheck"] = record["cpu_ratio_to_pycheck"] = None

    load_after = os.getloadavg()
    log(f"load average after: {load_after[0]:.2f} (1 min)")
    table = format_table(results, versions, corpora)
    print(table)

    document = {
        "date": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "command": " ".join(["python3", "bench/run.py", *sys.argv[1:]]),
        "settings": {"runs": args.runs, "warmup": args.warmup, "lines": args.lines,
                     "python_version": PYTHON_VERSION, "timeout": args.timeout},
        "machine": {
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "python": sys.version.split()[0],
            "load_average_1min_before": round(load_before[0], 2),
            "load_average_1min_after": round(load_after[0], 2),
            "note": "shared, noisy machine: compare medians and ratios, not absolute times",
        },
        "tools": {t: {"path": executables.get(t), "version": versions[t],
                      "requirement": TOOLS[t].requirement or None} for t in selected},
        "typeshed": TYPESHED,
        "corpora": {
            c.name: {"cwd": str(c.cwd), "paths": c.paths, "description": c.description, **c.info}
            for c in corpora
        },
        "results": results,
        "table": table,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(document, indent=2) + "\n")
    log(f"wrote {args.output}")
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
