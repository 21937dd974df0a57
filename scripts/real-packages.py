#!/usr/bin/env python3
"""Check real typed packages from PyPI with mypy and pycheck and print where they differ.

    python3 scripts/real-packages.py                      # every package, one at a time
    python3 scripts/real-packages.py --group clean        # only the packages mypy accepts
    python3 scripts/real-packages.py --packages click,attrs --notes
    python3 scripts/real-packages.py --quiet --jobs 2 --json target/real-packages.json

The packages are pinned below, in two groups: "clean" (mypy reports nothing on them, so
every error pycheck prints there is a false positive) and "wide" (more popular typed,
pure-Python packages; checked without their projects' own mypy settings, most of them
draw some errors from mypy too). The script

1. makes a virtual environment in WORKDIR/venv (default WORKDIR: target/real-packages in
   this repository) and pip-installs mypy 2.4.1 and every pinned package with its
   dependencies; a later run reuses it while the pins are unchanged
   (WORKDIR/venv/real-packages-pins.txt records them, WORKDIR/installed.txt what pip chose
   for the dependencies);
2. copies each package's import package(s) out of the venv's site-packages into
   WORKDIR/src/DIST/, afresh on every run, so that both tools check it as a project's own
   code (sources only: .py, .pyi and py.typed);
3. runs, from WORKDIR/src/DIST/, mypy and then pycheck on it, with the same installed
   packages (--python-executable WORKDIR/venv/bin/python), no user configuration (an
   empty WORKDIR/mypy.ini) and, when pycheck has --custom-typeshed-dir, the same
   standard-library stubs: mypy's own typeshed from the venv. Without that flag pycheck
   uses its bundled stubs; the header and the last line say which. pycheck is run as a
   copy (WORKDIR/pycheck-under-test), so a rebuild during the run cannot mix two builds.

Needs Python 3.11 or newer (standard library only), PyPI for the first run, and a pycheck
binary: --pycheck PATH, else target/release/pycheck here, else `pycheck` on PATH. On two
shared cores a first run of all 32 packages took 53 s (pip with an empty cache: about
10 s; WORKDIR then holds about 150 MB), a later one 44 s, three quarters of it mypy,
which checks each package from scratch (--no-incremental).

Reading the output: the header says what was run. Then, per package, a line

    == click 8.5.1 [clean]: mypy 0, pycheck 2 | only mypy 0, only pycheck 2  (mypy 1.1s, pycheck 0.2s)

followed by the error lines only one tool printed, sorted by path and line: `-` for lines
only mypy printed (pycheck misses them), `+` for lines only pycheck printed (false
positives, unless mypy is the one that is wrong). Paths are relative to WORKDIR/src/DIST.
Only `path:line: error: ...` lines are compared (notes too with --notes), as text, so an
error both tools report with different wording shows once on each side. A line starting
`!! CRASH` means a tool crashed (pycheck's exit status 3, a panic, mypy's INTERNAL ERROR
or a traceback) or ran past --timeout; its errors are then missing or incomplete. A line
starting `!` is a warning: an exit status other than 0 or 1 that is not a crash (what the
tool said follows), or mypy reporting errors on a package of the clean group. The closing
table gives each package's counts and the totals per group; "only-pycheck" is the
headline figure. Under it, the only-pycheck errors of all packages counted by error code,
then the crashes again. --quiet prints that table alone; --json writes everything, every
line of both tools included.

Exit status: 0 when the checks ran, whatever they found; 2 when the setup failed (venv,
pip, no pycheck binary), with a one-line reason.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MYPY_REQUIREMENT = "mypy==2.4.1"

# distribution name -> (pinned version, the import packages it installs and we check)
PACKAGES: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
    "clean": {
        "click": ("8.5.1", ("click",)),
        "idna": ("3.20", ("idna",)),
        "iniconfig": ("2.3.1", ("iniconfig",)),
        "itsdangerous": ("2.2.0", ("itsdangerous",)),
        "markupsafe": ("3.0.4", ("markupsafe",)),
        "packaging": ("26.4", ("packaging",)),
        "pluggy": ("1.7.0", ("pluggy",)),
        "tomli": ("2.5.0", ("tomli",)),
    },
    "wide": {
        "anyio": ("4.16.0", ("anyio",)),
        "attrs": ("26.1.0", ("attr", "attrs")),
        "blinker": ("1.9.0", ("blinker",)),
        "cattrs": ("26.2.1", ("cattrs", "cattr")),
        "exceptiongroup": ("1.3.2", ("exceptiongroup",)),
        "filelock": ("4.3.2", ("filelock",)),
        "flask": ("3.1.3", ("flask",)),
        "h11": ("0.16.0", ("h11",)),
        "httpcore": ("1.0.9", ("httpcore",)),
        "httpx": ("0.29.0", ("httpx",)),
        "jinja2": ("3.1.6", ("jinja2",)),
        "markdown-it-py": ("4.3.0", ("markdown_it",)),
        "more-itertools": ("11.2.1", ("more_itertools",)),
        "outcome": ("1.3.0.post0", ("outcome",)),
        "pathspec": ("1.1.1", ("pathspec",)),
        "platformdirs": ("4.14.9", ("platformdirs",)),
        "rich": ("15.0.0", ("rich",)),
        "sniffio": ("1.3.1", ("sniffio",)),
        "starlette": ("1.10.0", ("starlette",)),
        "structlog": ("26.1.0", ("structlog",)),
        "tomlkit": ("0.15.3", ("tomlkit",)),
        "trio": ("0.35.0", ("trio",)),
        "urllib3": ("2.8.0", ("urllib3",)),
        "werkzeug": ("3.1.9", ("werkzeug",)),
    },
}

DIAGNOSTIC_RE = re.compile(r"^(?P<path>[^:\s][^:]*):(?P<line>\d+): (?P<kind>error|note): (?P<message>.*)$")
CODE_RE = re.compile(r"  \[(?P<code>[a-z0-9-]+)\]$")
SOURCE_SUFFIXES = (".py", ".pyi")
PYCHECK_CRASH_STATUS = 3


class SetupError(Exception):
    pass


@dataclass
class ToolRun:
    command: list[str]
    exit_status: int | None = None
    seconds: float = 0.0
    lines: list[str] = field(default_factory=list)
    crash: str | None = None
    stderr_tail: list[str] = field(default_factory=list)


@dataclass
class PackageResult:
    dist: str
    version: str
    group: str
    imports: tuple[str, ...]
    mypy: ToolRun
    pycheck: ToolRun
    only_mypy: list[str]
    only_pycheck: list[str]


@dataclass
class Environment:
    workdir: Path
    venv_python: Path
    site_packages: Path
    config_file: Path
    pycheck: str
    pycheck_source: str
    pycheck_built: str
    pycheck_version: str
    mypy_version: str
    typeshed: Path | None
    venv_reused: bool
    installed: dict[str, str]


def log(message: str) -> None:
    print(f"real-packages: {message}", file=sys.stderr, flush=True)


def all_pins() -> list[str]:
    pins = [f"{dist}=={version}" for group in PACKAGES.values() for dist, (version, _) in group.items()]
    return [MYPY_REQUIREMENT, *sorted(pins)]


def run_quietly(command: list[str], what: str) -> str:
    try:
        done = subprocess.run(command, capture_output=True, encoding="utf-8", errors="replace")
    except OSError as error:
        raise SetupError(f"{what}: {error}") from None
    if done.returncode != 0:
        last = (done.stderr.strip() or done.stdout.strip() or "no output").splitlines()[-1]
        raise SetupError(f"{what} failed (exit status {done.returncode}): {last}")
    return done.stdout


def prepare_venv(workdir: Path) -> tuple[Path, bool]:
    """The venv's python, and whether an existing venv with the same pins was reused."""
    venv = workdir / "venv"
    python = venv / "bin" / "python"
    marker = venv / "real-packages-pins.txt"
    # The interpreter is part of the pins: the venv's python is this one.
    wanted = "\n".join([f"python {sys.version.split()[0]}", *all_pins()]) + "\n"
    if python.exists() and marker.exists() and marker.read_text() == wanted:
        return python, True
    log(f"creating {venv}")
    workdir.mkdir(parents=True, exist_ok=True)
    run_quietly([sys.executable, "-m", "venv", "--clear", str(venv)], "python3 -m venv")
    log(f"pip install {MYPY_REQUIREMENT} and {len(all_pins()) - 1} pinned packages")
    # Every pin goes into one install whatever --group says, so that pip resolves the
    # dependencies the same way on every run and every subset sees the same venv.
    run_quietly(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-input", *all_pins()],
        "pip install",
    )
    marker.write_text(wanted)
    return python, False


def installed_versions(python: Path, workdir: Path) -> dict[str, str]:
    frozen = run_quietly([str(python), "-m", "pip", "freeze", "--disable-pip-version-check"], "pip freeze")
    (workdir / "installed.txt").write_text(frozen)
    versions = {}
    for line in frozen.splitlines():
        name, sep, version = line.partition("==")
        if sep:
            versions[name.lower()] = version
    return versions


def find_pycheck(requested: str | None) -> str:
    if requested:
        path = shutil.which(requested) or (requested if Path(requested).is_file() else None)
        if not path:
            raise SetupError(f"no pycheck binary at {requested}")
        return str(Path(path).resolve())
    built = ROOT / "target" / "release" / "pycheck"
    if built.is_file():
        return str(built)
    found = shutil.which("pycheck")
    if not found:
        raise SetupError("no pycheck binary: build it (cargo build --release) or pass --pycheck PATH")
    return found


def prepare(args: argparse.Namespace) -> Environment:
    workdir = Path(args.workdir).resolve()
    pycheck_source = find_pycheck(args.pycheck)
    built = datetime.fromtimestamp(Path(pycheck_source).stat().st_mtime, timezone.utc)
    # cargo build replaces target/release/pycheck while other work goes on; a copy keeps
    # every package of the run checked by the same build.
    workdir.mkdir(parents=True, exist_ok=True)
    pycheck = str(workdir / "pycheck-under-test")
    shutil.copy2(pycheck_source, pycheck)
    help_text = run_quietly([pycheck, "--help"], "pycheck --help")
    pycheck_version = run_quietly([pycheck, "--version"], "pycheck --version").strip()
    python, reused = prepare_venv(workdir)
    site_packages = Path(
        run_quietly(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            "asking the venv for its site-packages",
        ).strip()
    )
    mypy_version = run_quietly([str(python), "-m", "mypy", "--version"], "mypy --version").strip()
    typeshed = site_packages / "mypy" / "typeshed"
    if not (typeshed / "stdlib").is_dir():
        raise SetupError(f"mypy's typeshed is not at {typeshed}")
    config_file = workdir / "mypy.ini"
    # An explicit empty configuration, so that neither tool picks up a file from the
    # repository or the user's home.
    config_file.write_text("[mypy]\n")
    return Environment(
        workdir=workdir,
        venv_python=python,
        site_packages=site_packages,
        config_file=config_file,
        pycheck=pycheck,
        pycheck_source=pycheck_source,
        pycheck_built=built.strftime("%Y-%m-%d %H:%M:%S UTC"),
        pycheck_version=pycheck_version,
        mypy_version=mypy_version,
        typeshed=typeshed if "--custom-typeshed-dir" in help_text else None,
        venv_reused=reused,
        installed=installed_versions(python, workdir),
    )


def copy_sources(env: Environment, dist: str, imports: tuple[str, ...]) -> Path:
    project = env.workdir / "src" / dist
    # A fresh copy every run: an edit made by hand in an earlier run must not linger.
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)

    def not_source(directory: str, names: list[str]) -> list[str]:
        return [
            name
            for name in names
            if name == "__pycache__"
            or (not (Path(directory) / name).is_dir() and not name.endswith(SOURCE_SUFFIXES) and name != "py.typed")
        ]

    for name in imports:
        package = env.site_packages / name
        if package.is_dir():
            shutil.copytree(package, project / name, ignore=not_source)
        else:
            module = next((package.with_suffix(s) for s in SOURCE_SUFFIXES if package.with_suffix(s).is_file()), None)
            if module is None:
                raise SetupError(f"{dist}: {name} is not in {env.site_packages}")
            shutil.copy2(module, project / module.name)
    return project


def tool_environment() -> dict[str, str]:
    env = dict(os.environ)
    for variable in ("MYPYPATH", "MYPY_CACHE_DIR", "MYPY_FORCE_COLOR", "FORCE_COLOR", "VIRTUAL_ENV"):
        env.pop(variable, None)
    env["NO_COLOR"] = "1"
    return env


def mypy_command(env: Environment, imports: tuple[str, ...]) -> list[str]:
    # -P: `python -m` would put the working directory, which holds the checked package,
    # first on sys.path, and mypy itself imports some of them (pathspec).
    return [
        str(env.venv_python), "-P", "-m", "mypy",
        "--no-incremental", "--cache-dir", os.devnull,
        "--show-error-codes", "--no-error-summary", "--hide-error-context",
        "--no-pretty", "--no-color-output",
        "--config-file", str(env.config_file),
        "--python-executable", str(env.venv_python),
        *imports,
    ]


def pycheck_command(env: Environment, imports: tuple[str, ...]) -> list[str]:
    typeshed = ["--custom-typeshed-dir", str(env.typeshed)] if env.typeshed else []
    return [
        env.pycheck,
        "--no-error-summary",
        "--config-file", str(env.config_file),
        "--python-executable", str(env.venv_python),
        *typeshed,
        *imports,
    ]


def crash_reason(tool: str, status: int, stdout: str, stderr: str) -> str | None:
    if tool == "pycheck":
        if status == PYCHECK_CRASH_STATUS:
            return "exit status 3 (internal error)"
        if "panicked at" in stderr:
            return "panic"
    else:
        if "INTERNAL ERROR" in stdout + stderr:
            return "INTERNAL ERROR"
        if "Traceback (most recent call last)" in stderr:
            return "traceback"
    if status < 0:
        return f"killed by signal {-status}"
    return None


def run_tool(tool: str, command: list[str], cwd: Path, timeout: float, with_notes: bool) -> ToolRun:
    run = ToolRun(command=command)
    started = time.monotonic()
    try:
        done = subprocess.run(
            command, cwd=cwd, capture_output=True, encoding="utf-8", errors="replace", timeout=timeout, env=tool_environment()
        )
    except subprocess.TimeoutExpired as expired:
        run.seconds = time.monotonic() - started
        run.crash = f"timeout after {timeout:g} s"
        stdout = expired.stdout.decode(errors="replace") if isinstance(expired.stdout, bytes) else expired.stdout or ""
        run.lines = diagnostic_lines(stdout, with_notes)
        return run
    run.seconds = time.monotonic() - started
    run.exit_status = done.returncode
    run.lines = diagnostic_lines(done.stdout, with_notes)
    run.crash = crash_reason(tool, done.returncode, done.stdout, done.stderr)
    # 0 and 1 are "no errors" and "errors"; anything else deserves a look even when it
    # is not a crash (pycheck's 2: a file it could not read or parse).
    if run.crash or done.returncode not in (0, 1):
        undiagnostic = [line for line in done.stdout.splitlines() if not DIAGNOSTIC_RE.match(line)]
        run.stderr_tail = (undiagnostic + done.stderr.splitlines())[-12:]
    return run


def diagnostic_lines(stdout: str, with_notes: bool) -> list[str]:
    lines = []
    for line in stdout.splitlines():
        match = DIAGNOSTIC_RE.match(line)
        if match and (with_notes or match.group("kind") == "error"):
            lines.append(line.replace("\\", "/"))
    return lines


def only_in(these: list[str], those: list[str]) -> list[str]:
    # Multisets: a line printed twice by one tool and once by the other differs once.
    return list((Counter(these) - Counter(those)).elements())


def line_key(line: str) -> tuple[str, int, str, str]:
    """(path, line, message, kind) of a line that DIAGNOSTIC_RE matched."""
    match = DIAGNOSTIC_RE.match(line)
    assert match
    return match.group("path"), int(match.group("line")), match.group("message"), match.group("kind")


def error_code(line: str) -> str:
    match = CODE_RE.search(line)
    return match.group("code") if match else "(no code)"


def only_pycheck_by_code(results: list[PackageResult]) -> Counter[str]:
    return Counter(
        error_code(line)
        for r in results
        for line in r.only_pycheck
        if line_key(line)[3] == "error"
    )


def check_package(env: Environment, args: argparse.Namespace, group: str, dist: str) -> PackageResult:
    version, imports = PACKAGES[group][dist]
    project = copy_sources(env, dist, imports)
    mypy = run_tool("mypy", mypy_command(env, imports), project, args.timeout, args.notes)
    pycheck = run_tool("pycheck", pycheck_command(env, imports), project, args.timeout, args.notes)
    return PackageResult(
        dist=dist,
        version=version,
        group=group,
        imports=imports,
        mypy=mypy,
        pycheck=pycheck,
        only_mypy=only_in(mypy.lines, pycheck.lines),
        only_pycheck=only_in(pycheck.lines, mypy.lines),
    )


def print_header(env: Environment, selected: list[tuple[str, str]]) -> None:
    print(f"workdir:  {env.workdir} (venv {'reused' if env.venv_reused else 'created'})")
    print(f"mypy:     {env.mypy_version}")
    print(f"pycheck:  {env.pycheck_source} ({env.pycheck_version}, built {env.pycheck_built}), run as a copy")
    if env.typeshed:
        print(f"typeshed: mypy's, for both tools: {env.typeshed}")
    else:
        print("typeshed: mypy's for mypy; pycheck's own bundled stubs (it has no --custom-typeshed-dir)")
    print(f"mypy runs:    {' '.join(mypy_command(env, ('IMPORT...',)))}")
    print(f"pycheck runs: {' '.join(pycheck_command(env, ('IMPORT...',)))}")
    print(f"from {env.workdir / 'src' / 'DIST'}, packages: {len(selected)}")
    print(flush=True)


def print_crashes(result: PackageResult) -> None:
    for tool, run in (("mypy", result.mypy), ("pycheck", result.pycheck)):
        if run.crash:
            print(f"!! CRASH: {tool} on {result.dist}: {run.crash}")
            for line in run.stderr_tail:
                print(f"!!   {line}")
        elif run.stderr_tail:
            print(f"!  {tool} on {result.dist} exited with status {run.exit_status}:")
            for line in run.stderr_tail:
                print(f"!    {line}")


def print_package(result: PackageResult) -> None:
    print(
        f"== {result.dist} {result.version} [{result.group}]: "
        f"mypy {len(result.mypy.lines)}, pycheck {len(result.pycheck.lines)} | "
        f"only mypy {len(result.only_mypy)}, only pycheck {len(result.only_pycheck)}  "
        f"(mypy {result.mypy.seconds:.1f}s, pycheck {result.pycheck.seconds:.1f}s)"
    )
    print_crashes(result)
    if result.group == "clean" and result.mypy.lines:
        print(f"!  mypy reports errors on {result.dist}, a package of the clean group: did a pin or mypy change?")
    marked = [(line, "-") for line in result.only_mypy] + [(line, "+") for line in result.only_pycheck]
    for line, sign in sorted(marked, key=lambda pair: (line_key(pair[0]), pair[1])):
        print(f"{sign} {line}")
    print(flush=True)


def summary_rows(results: list[PackageResult]) -> list[list[str]]:
    rows = []
    for group in PACKAGES:
        members = [r for r in results if r.group == group]
        if not members:
            continue
        for r in members:
            crashes = ",".join(tool for tool, run in (("mypy", r.mypy), ("pycheck", r.pycheck)) if run.crash)
            rows.append([
                group, r.dist, str(len(r.mypy.lines)), str(len(r.pycheck.lines)),
                str(len(r.only_pycheck)), str(len(r.only_mypy)), crashes or "-",
                f"{r.mypy.seconds:.1f}", f"{r.pycheck.seconds:.1f}",
            ])
        crashed = sum(1 for r in members for run in (r.mypy, r.pycheck) if run.crash)
        rows.append([
            group, "TOTAL", str(sum(len(r.mypy.lines) for r in members)),
            str(sum(len(r.pycheck.lines) for r in members)),
            str(sum(len(r.only_pycheck) for r in members)), str(sum(len(r.only_mypy) for r in members)),
            str(crashed), f"{sum(r.mypy.seconds for r in members):.1f}",
            f"{sum(r.pycheck.seconds for r in members):.1f}",
        ])
    return rows


def print_summary(env: Environment, results: list[PackageResult], wall_seconds: float) -> None:
    heading = ["group", "package", "mypy", "pycheck", "only-pycheck", "only-mypy", "crash", "mypy s", "pycheck s"]
    rows = summary_rows(results)
    widths = [max(len(row[i]) for row in [heading, *rows]) for i in range(len(heading))]

    def show(row: list[str]) -> None:
        cells = [cell.ljust(w) if i < 2 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths))]
        print("  ".join(cells).rstrip())

    print("== summary (only-pycheck: false positives; only-mypy: misses)")
    show(heading)
    for row in rows:
        show(row)
        if row[1] == "TOTAL":
            print()
    by_code = only_pycheck_by_code(results)
    if by_code:
        print("only-pycheck errors by code, all packages:")
        for code, count in by_code.most_common():
            print(f"  {count:6}  {code}")
    else:
        print("only-pycheck errors by code: none")
    for r in results:
        for tool, run in (("mypy", r.mypy), ("pycheck", r.pycheck)):
            if run.crash:
                detail = next((line for line in reversed(run.stderr_tail) if line.strip()), "")
                print(f"!! CRASH: {tool} on {r.dist}: {run.crash}" + (f": {detail.strip()}" if detail else ""))
    stubs = f"mypy's ({env.typeshed})" if env.typeshed else "its bundled ones (no --custom-typeshed-dir)"
    print(f"checked {len(results)} packages in {wall_seconds:.0f} s; pycheck's standard-library stubs: {stubs}")


def write_json(path: Path, env: Environment, results: list[PackageResult], wall_seconds: float) -> None:
    report = {
        "workdir": str(env.workdir),
        "venv_reused": env.venv_reused,
        "mypy_version": env.mypy_version,
        "pycheck": env.pycheck_source,
        "pycheck_built": env.pycheck_built,
        "pycheck_version": env.pycheck_version,
        "pycheck_typeshed": str(env.typeshed) if env.typeshed else "bundled",
        "installed": env.installed,
        "wall_seconds": round(wall_seconds, 1),
        "packages": [asdict(r) for r in results],
        "totals": {
            group: {
                "packages": sum(1 for r in results if r.group == group),
                "only_pycheck": sum(len(r.only_pycheck) for r in results if r.group == group),
                "only_mypy": sum(len(r.only_mypy) for r in results if r.group == group),
                "crashes": sum(1 for r in results if r.group == group for run in (r.mypy, r.pycheck) if run.crash),
            }
            for group in PACKAGES
        },
        "only_pycheck_by_code": dict(only_pycheck_by_code(results).most_common()),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2) + "\n")


def selected_packages(parser: argparse.ArgumentParser, args: argparse.Namespace) -> list[tuple[str, str]]:
    groups = list(PACKAGES) if args.group == "all" else [args.group]
    selected = [(group, dist) for group in groups for dist in PACKAGES[group]]
    if args.packages:
        wanted = [name.strip() for name in args.packages.split(",") if name.strip()]
        known = {dist for _, dist in selected}
        unknown = [name for name in wanted if name not in known]
        if unknown:
            parser.error(f"not in group {args.group}: {', '.join(unknown)} (known: {', '.join(sorted(known))})")
        selected = [(group, dist) for group, dist in selected if dist in wanted]
    return selected


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--group", choices=["clean", "wide", "all"], default="all")
    parser.add_argument("--packages", help="comma-separated distribution names, e.g. click,attrs")
    parser.add_argument("--workdir", default=str(ROOT / "target" / "real-packages"))
    parser.add_argument("--pycheck", help="the pycheck binary (default: target/release/pycheck, else on PATH)")
    parser.add_argument("--notes", action="store_true", help="compare note lines too")
    parser.add_argument("--quiet", action="store_true", help="print the summary only")
    parser.add_argument("--json", type=Path, help="write every result to this file")
    parser.add_argument("--jobs", type=int, default=1, help="packages checked at once (default 1)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per tool per package (default 300)")
    args = parser.parse_args()
    if args.jobs < 1:
        parser.error("--jobs must be 1 or more")
    selected = selected_packages(parser, args)
    started = time.monotonic()
    try:
        env = prepare(args)
    except SetupError as error:
        print(f"real-packages: setup failed: {error}", file=sys.stderr)
        return 2
    if not args.quiet:
        print_header(env, selected)
    results = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(check_package, env, args, group, dist) for group, dist in selected]
        try:
            for future in futures:
                result = future.result()
                results.append(result)
                if not args.quiet:
                    print_package(result)
        except SetupError as error:
            for pending in futures:
                pending.cancel()
            print(f"real-packages: setup failed: {error}", file=sys.stderr)
            return 2
    wall_seconds = time.monotonic() - started
    print_summary(env, results, wall_seconds)
    if args.json:
        write_json(args.json, env, results, wall_seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
