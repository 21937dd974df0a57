#!/usr/bin/env python3
"""Benchmark pycheck against mypy and ty: wall time of a cold run over two corpora.

Usage (from anywhere; paths are resolved from this file's location):

    python3 bench/run.py                 # build, set up tools, 5 timed runs each
    python3 bench/run.py --runs 3 --size 400 --no-build

Corpora:
  small      examples/ + tests/cases/ of this repository (many small files)
  synthetic  a generated package of --size modules in target/bench-corpus/pkg

Each tool is run --runs times per corpus (after --warmup untimed runs) with its
cache cold: mypy gets --no-incremental and a fresh --cache-dir each run; ty and
pycheck keep no on-disk cache, but every run still gets a fresh, empty
XDG_CACHE_HOME so nothing a tool might write there survives to the next run.

Results are printed as a table and written to target/bench-results.json.
Standard library only (Python 3.11+).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET = REPO / "target"
VENV = TARGET / "bench-venv"
CORPUS_ROOT = TARGET / "bench-corpus"
RESULTS_JSON = TARGET / "bench-results.json"
PYCHECK = TARGET / "release" / "pycheck"

MYPY_REQUIREMENT = "mypy==2.4.1"
TY_REQUIREMENT = "ty"
PYTHON_VERSION = "3.11"
ACCEPTED_EXIT_CODES = (0, 1)  # 0: clean, 1: type errors found; anything else is a failure


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


def find_on_path(name: str, version_args: list[str]) -> str | None:
    path = shutil.which(name)
    if path is None:
        return None
    path = resolve_shim(path, name)
    return path if tool_version([path, *version_args]) else None


def find_in_venv(name: str, version_args: list[str]) -> str | None:
    path = VENV / "bin" / name
    if path.exists() and tool_version([str(path), *version_args]):
        return str(path)
    return None


def ensure_tools() -> dict[str, str]:
    """Paths of mypy and ty: on PATH, else in target/bench-venv (installed there if need be)."""
    wanted = {"mypy": (["--version"], MYPY_REQUIREMENT), "ty": (["--version"], TY_REQUIREMENT)}
    found: dict[str, str] = {}
    missing: list[str] = []
    for name, (version_args, _) in wanted.items():
        path = find_on_path(name, version_args) or find_in_venv(name, version_args)
        if path:
            found[name] = path
        else:
            missing.append(name)
    if missing:
        if not (VENV / "bin" / "python").exists():
            log(f"creating venv {VENV}")
            subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        requirements = [wanted[name][1] for name in missing]
        log(f"pip install {' '.join(requirements)} into {VENV}")
        subprocess.run(
            [str(VENV / "bin" / "python"), "-m", "pip", "install", "--quiet", *requirements],
            check=True,
        )
        for name in missing:
            path = find_in_venv(name, wanted[name][0])
            if path is None:
                sys.exit(f"bench: {name} still does not run after installing it into {VENV}")
            found[name] = path
    return found


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
# The synthetic corpus
# --------------------------------------------------------------------------------------
#
# Every module defines a handful of functions drawn from the templates below. Exported
# functions have one of a few known signatures ("kinds"), so that the module's own code
# and later modules (through `from pkg.modK import name`) can call them type-correctly.
# Roughly one module in ten carries one deliberate type error.
#
# Templates use @n (unique function suffix), @c / @d / @k / @m (small integers) as
# placeholders, so that the f-strings inside the generated code need no escaping.

TEMPLATES: dict[str, str] = {
    "total": '''
def total_@n(values: list[int], scale: int = 1) -> int:
    """Sum the values above a threshold, scaled; penalise the others."""
    total = 0
    for value in values:
        if value > @c:
            total += value * scale
        else:
            total -= @d
    return total
''',
    "label": '''
def label_@n(name: str, count: int) -> str:
    """A short label for a named count."""
    prefix = name.strip().lower()
    if count > @c:
        suffix = "many"
    elif count == 0:
        suffix = "none"
    else:
        suffix = str(count)
    return f"{prefix}-{suffix}:{count * @d}"
''',
    "lookup": '''
def lookup_@n(table: dict[str, int], key: str) -> Optional[int]:
    """The value for key, or for the first key sharing its prefix."""
    if key in table:
        return table[key] + @c
    for candidate, value in table.items():
        if candidate.startswith(key[:@k]):
            return value
    return None
''',
    "count": '''
def count_@n(words: list[str]) -> dict[str, int]:
    """How often each word occurs, case-folded, keeping the frequent ones."""
    counts: dict[str, int] = {}
    for word in words:
        key = word.lower()
        counts[key] = counts.get(key, 0) + 1
    return {word: n for word, n in counts.items() if n >= @k}
''',
    "keep": '''
def keep_@n(values: list[int], limit: Optional[int] = None) -> list[int]:
    """The values below the limit that are not multiples of @m, sorted."""
    bound = limit if limit is not None else @c
    kept = [value for value in values if value % @m != 0 and value < bound]
    kept.sort()
    return kept
''',
    "group": '''
def group_@n(pairs: list[tuple[str, int]]) -> dict[str, list[int]]:
    """Group the values of (key, value) pairs by key."""
    groups: dict[str, list[int]] = {}
    for key, value in pairs:
        if key not in groups:
            groups[key] = []
        groups[key].append(value + @d)
    return groups
''',
    "mean": '''
def mean_@n(values: list[float]) -> float:
    """The arithmetic mean, 0.0 for no values."""
    if not values:
        return 0.0
    total = 0.0
    for value in values:
        total += value
    return total / len(values) + @d
''',
    "parse": '''
def parse_@n(text: str) -> list[int]:
    """Comma-separated integers, skipping the leading ones below @c."""
    numbers: list[int] = []
    for part in text.split(","):
        part = part.strip()
        if part.isdigit():
            numbers.append(int(part))
    index = 0
    while index < len(numbers) and numbers[index] < @c:
        index += 1
    return numbers[index:]
''',
    "report": '''
def report_@n(items: dict[str, int], title: str) -> list[str]:
    """A small aligned text report of named counts."""
    lines: list[str] = [title.upper()]
    width = max((len(name) for name in items), default=0)
    for name, value in sorted(items.items()):
        lines.append(f"{name:<{width}} {value:>@k}")
    lines.append(f"total={sum(items.values())} of {len(items)} (@c)")
    return lines
''',
    "pairs": '''
def pairs_@n(names: list[str], values: list[int]) -> list[tuple[str, int]]:
    """Zip names with values, dropping empty names and negative values."""
    result: list[tuple[str, int]] = []
    for name, value in zip(names, values):
        if not name or value < 0:
            continue
        result.append((name, value % @m))
    return result
''',
}

# What the exported kinds take, so calls to them can be generated.
CALLABLE_KINDS = ("total", "label", "lookup", "count", "keep", "group", "mean", "parse", "pairs")


def call_lines(kind: str, func: str, var: str, rng: random.Random, indent: str = "    ") -> list[str]:
    """Statements calling func (of the given kind) type-correctly and binding its result to
    var (a name unused so far in the function), in a context that has `seed: int`,
    `values: list[int]`, `acc: int` and `words: list[str]` in scope."""
    c = rng.randint(2, 40)
    body: list[str]
    if kind == "total":
        body = [f"{var} = {func}(values, {c})", f"acc += {var}"]
    elif kind == "label":
        body = [f'{var} = {func}(f"item{{seed}}", acc % {c})', f"words.append({var})"]
    elif kind == "lookup":
        body = [
            f'{var} = {func}({{"alpha": seed, "beta": {c}}}, "al")',
            f"if {var} is not None:",
            f"    acc += {var}",
        ]
    elif kind == "count":
        body = [f'{var} = {func}(words + ["x", "y", str(seed)])', f"acc += len({var})"]
    elif kind == "keep":
        body = [f"{var} = {func}(values, {c})", f"acc += sum({var})"]
    elif kind == "group":
        body = [
            f'{var} = {func}([("k", seed), ("j", {c}), ("k", acc)])',
            f'acc += len({var}.get("k", []))',
        ]
    elif kind == "mean":
        body = [f"{var} = {func}([float(v) for v in values])", f"acc += int({var})"]
    elif kind == "parse":
        body = [f'{var} = {func}(",".join(str(v) for v in values))', f"values = values + {var}"]
    elif kind == "pairs":
        body = [f"{var} = {func}(words, values)", f"acc += len({var})"]
    else:  # pragma: no cover - a template kind without a call recipe
        raise ValueError(kind)
    return [indent + line for line in body]


def render(kind: str, suffix: str, rng: random.Random) -> str:
    text = TEMPLATES[kind].strip("\n")
    for token, value in (
        ("@n", suffix),
        ("@c", str(rng.randint(3, 60))),
        ("@d", str(rng.randint(1, 9))),
        ("@k", str(rng.randint(2, 6))),
        ("@m", str(rng.randint(2, 7))),
    ):
        text = text.replace(token, value)
    return text + "\n"


def combine_function(suffix: str, calls: list[tuple[str, str]], rng: random.Random) -> str:
    lines = [
        f"def combine_{suffix}(seed: int) -> str:",
        '    """Feed the results of several helpers into each other."""',
        f"    values = [seed * {rng.randint(2, 9)} + i for i in range({rng.randint(4, 20)})]",
        "    acc = 0",
        "    words: list[str] = []",
    ]
    for number, (kind, func) in enumerate(calls):
        lines.extend(call_lines(kind, func, f"got{number}", rng))
    lines += [
        "    words.append(str(acc))",
        '    return ", ".join(words)',
    ]
    return "\n".join(lines) + "\n"


ERROR_LINES = (
    # Each is one statement inside main(); each has exactly one type error.
    '    wrong: int = "{c}"',
    "    text: str = {c} * 2",
    "    missing: list[str] = [{c}, {c}]",
)


@dataclass
class Module:
    name: str
    exports: list[tuple[str, str]] = field(default_factory=list)  # (kind, function name)
    text: str = ""


def generate_module(index: int, width: int, earlier: list[Module]) -> Module:
    rng = random.Random(20240611 + index * 7919)
    module = Module(name=f"mod{index:0{width}d}")
    target_lines = rng.randint(100, 150)

    # Imports from 2-3 earlier modules, 1-2 exported functions from each.
    imported: list[tuple[str, str]] = []
    import_lines: list[str] = []
    if earlier:
        sources = rng.sample(earlier, k=min(len(earlier), rng.randint(2, 3)))
        for source in sorted(sources, key=lambda m: m.name):
            picks = rng.sample(source.exports, k=min(len(source.exports), rng.randint(1, 2)))
            picks.sort(key=lambda export: export[1])
            import_lines.append(
                f"from pkg.{source.name} import {', '.join(func for _, func in picks)}"
            )
            imported.extend(picks)

    header = [
        f'"""Synthetic benchmark module {index}: ordinary annotated helper functions."""',
        "",
        "from typing import Optional",
        "",
        *import_lines,
        "",
        f"THRESHOLD: int = {rng.randint(10, 99)}",
        f'NAMES: list[str] = ["{module.name}", "alpha", "beta", "gamma"]',
        "",
    ]
    blocks: list[str] = []
    used = len(header)
    serial = 0
    footer_estimate = 18
    if imported:
        block = combine_function(f"{index}_{serial}", imported, rng)
        blocks.append(block)
        used += block.count("\n") + 2
        serial += 1
    attempts = 0
    while attempts < 40:
        attempts += 1
        kind = rng.choice(list(TEMPLATES))
        suffix = f"{index}_{serial}"
        block = render(kind, suffix, rng)
        size = block.count("\n") + 2
        if used + size + footer_estimate > target_lines:
            if used + footer_estimate >= target_lines - 6:
                break
            continue
        blocks.append(block)
        used += size
        serial += 1
        if kind in CALLABLE_KINDS:
            module.exports.append((kind, f"{kind}_{suffix}"))
    if not module.exports:  # every module exports something callable
        kind = "total"
        suffix = f"{index}_{serial}"
        blocks.append(render(kind, suffix, rng))
        module.exports.append((kind, f"{kind}_{suffix}"))

    # main(): exercise the module's own functions, which every checker resolves precisely.
    local_calls = rng.sample(module.exports, k=min(len(module.exports), 4))
    main = [
        "def main() -> None:",
        f"    seed = THRESHOLD + {rng.randint(1, 9)}",
        "    values = [seed + i * i for i in range(8)]",
        "    acc = 0",
        "    words: list[str] = list(NAMES)",
    ]
    for number, (kind, func) in enumerate(local_calls):
        main.extend(call_lines(kind, func, f"got{number}", rng))
    if imported:
        main.append(f"    words.append(combine_{index}_0(seed))")
    if index % 10 == 7:
        main.append(ERROR_LINES[(index // 10) % len(ERROR_LINES)].format(c=rng.randint(1, 99)))
    main += [
        '    summary = {word: len(word) for word in words if word}',
        '    print(f"{len(summary)} words, acc={acc}, longest={max(summary.values(), default=0)}")',
    ]
    blocks.append("\n".join(main) + "\n")
    blocks.append('if __name__ == "__main__":\n    main()\n')

    module.text = "\n".join(header) + "\n\n" + "\n\n".join(blocks)
    return module


def generate_corpus(size: int) -> dict[str, object]:
    """Write the synthetic package to target/bench-corpus/pkg, replacing what was there."""
    if CORPUS_ROOT.exists():
        shutil.rmtree(CORPUS_ROOT)
    package = CORPUS_ROOT / "pkg"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text('"""Synthetic benchmark package (generated by bench/run.py)."""\n')
    width = max(3, len(str(size - 1)))
    modules: list[Module] = []
    for index in range(size):
        module = generate_module(index, width, modules)
        (package / f"{module.name}.py").write_text(module.text)
        modules.append(module)
    line_counts = [m.text.count("\n") for m in modules]
    errors = sum(1 for index in range(size) if index % 10 == 7)
    return {
        "modules": size,
        "lines": sum(line_counts) + 1,
        "lines_per_module_min": min(line_counts),
        "lines_per_module_max": max(line_counts),
        "planted_type_errors": errors,
    }


# --------------------------------------------------------------------------------------
# Timing
# --------------------------------------------------------------------------------------


@dataclass
class Corpus:
    name: str
    cwd: Path
    paths: list[str]
    description: str
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


def command_for(tool: str, exe: str, corpus: Corpus, cache_dir: Path) -> list[str]:
    if tool == "pycheck":
        # pycheck has no cache and no --python-version flag (it checks as for 3.11+).
        return [exe, *corpus.paths]
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
    raise ValueError(tool)


@dataclass
class Outcome:
    seconds: float
    cpu_seconds: float
    exit_code: int | None
    stdout: str
    stderr: str
    error: str | None = None


def run_once(tool: str, exe: str, corpus: Corpus, timeout: float) -> Outcome:
    with tempfile.TemporaryDirectory(prefix=f"bench-{tool}-") as tmp:
        cache_dir = Path(tmp)
        env = dict(os.environ)
        env["XDG_CACHE_HOME"] = str(cache_dir / "xdg-cache")
        env["NO_COLOR"] = "1"
        env.pop("VIRTUAL_ENV", None)
        argv = command_for(tool, exe, corpus, cache_dir)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        try:
            result = subprocess.run(
                argv, cwd=corpus.cwd, env=env, capture_output=True, text=True,
                timeout=timeout, stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired:
            elapsed = time.perf_counter() - start
            return Outcome(elapsed, 0.0, None, "", "", f"timed out after {timeout:.0f}s")
        except OSError as error:
            return Outcome(0.0, 0.0, None, "", "", f"could not start: {error}")
        elapsed = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        error = None
        if result.returncode not in ACCEPTED_EXIT_CODES:
            tail = (result.stderr.strip() or result.stdout.strip()).splitlines()[-5:]
            error = f"exit code {result.returncode}: " + " | ".join(tail)
        return Outcome(elapsed, cpu, result.returncode, result.stdout, result.stderr, error)


def summary_line(outcome: Outcome) -> str:
    lines = [line for line in outcome.stdout.splitlines() if line.strip()]
    return lines[-1].strip() if lines else ""


def bench(tool: str, exe: str, corpus: Corpus, runs: int, warmup: int, timeout: float) -> dict:
    record: dict[str, object] = {"tool": tool, "corpus": corpus.name}
    times: list[float] = []
    cpus: list[float] = []
    exit_codes: list[int | None] = []
    last: Outcome | None = None
    for i in range(warmup + runs):
        outcome = run_once(tool, exe, corpus, timeout)
        last = outcome
        if outcome.error:
            log(f"{tool} on {corpus.name}: FAILED ({outcome.error})")
            record.update(ok=False, error=outcome.error, argv=command_for(tool, exe, corpus, Path("<tmp>")))
            return record
        if i >= warmup:
            times.append(outcome.seconds)
            cpus.append(outcome.cpu_seconds)
            exit_codes.append(outcome.exit_code)
    assert last is not None
    record.update(
        ok=True,
        argv=command_for(tool, exe, corpus, Path("<tmp>")),
        runs_seconds=[round(t, 4) for t in times],
        median=statistics.median(times),
        min=min(times),
        max=max(times),
        cpu_median=statistics.median(cpus),
        exit_codes=exit_codes,
        output_lines=len(last.stdout.splitlines()),
        summary=summary_line(last),
    )
    log(
        f"{tool:8} {corpus.name:9} median {record['median']:.3f}s "
        f"(min {record['min']:.3f}, max {record['max']:.3f}) -> {record['summary']}"
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
    header = ["tool", "version", "corpus", "median s", "min s", "max s", "cpu s", "vs pycheck median"]
    rows: list[list[str]] = []
    for corpus in corpora:
        for record in (r for r in results if r["corpus"] == corpus.name):
            tool = str(record["tool"])
            if not record["ok"]:
                rows.append([tool, versions[tool], corpus.name, "FAILED", "-", "-", "-",
                             str(record["error"])[:60]])
                continue
            rows.append([
                tool,
                versions[tool],
                corpus.name,
                f"{record['median']:.3f}",
                f"{record['min']:.3f}",
                f"{record['max']:.3f}",
                f"{record['cpu_median']:.3f}",
                ratio_text(tool, record.get("ratio_to_pycheck")),
            ])
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    numeric = {3, 4, 5, 6}

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
    parser.add_argument("--size", type=int, default=200, help="modules in the synthetic corpus (default 200)")
    parser.add_argument("--no-build", action="store_true", help="use target/release/pycheck as it is")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds before one run counts as failed")
    parser.add_argument("--tools", default="pycheck,mypy,ty", help="comma-separated subset of pycheck,mypy,ty")
    parser.add_argument("--output", type=Path, default=RESULTS_JSON, help="where to write the JSON results")
    args = parser.parse_args()
    if args.runs < 1 or args.size < 1 or args.warmup < 0:
        parser.error("--runs and --size must be at least 1, --warmup at least 0")
    selected = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = set(selected) - {"pycheck", "mypy", "ty"}
    if unknown or "pycheck" not in selected:
        parser.error("--tools takes names from pycheck,mypy,ty and must include pycheck")

    if not args.no_build:
        build_pycheck()
    if not PYCHECK.exists():
        sys.exit(f"bench: {PYCHECK} does not exist; build it or drop --no-build")

    executables = {"pycheck": str(PYCHECK)}
    others = [t for t in selected if t != "pycheck"]
    if others:
        found = ensure_tools()
        executables.update({t: found[t] for t in others})
    versions: dict[str, str] = {}
    for tool in selected:
        version = tool_version([executables[tool], "--version"]) or "unknown"
        versions[tool] = version.removeprefix(f"{tool} ").strip()
    versions["pycheck"] += f" ({git_describe()})"
    for tool in selected:
        log(f"{tool}: {executables[tool]} ({versions[tool]})")
    if "mypy" in versions and not versions["mypy"].startswith(MYPY_REQUIREMENT.split("==")[1]):
        log(f"note: mypy on PATH is {versions['mypy']}, not {MYPY_REQUIREMENT}")

    log(f"generating synthetic corpus: {args.size} modules in {CORPUS_ROOT.relative_to(REPO)}/pkg")
    synthetic_info = generate_corpus(args.size)
    corpora = [
        Corpus("small", REPO, ["examples", "tests/cases"],
               "the repository's examples/ and tests/cases/ (small files, many with planted errors)"),
        Corpus("synthetic", CORPUS_ROOT, ["pkg"],
               f"generated package of {args.size} modules (target/bench-corpus/pkg)", synthetic_info),
    ]
    for corpus in corpora:
        files, lines = count_python(corpus)
        corpus.info.update(files=files, lines=lines)
        log(f"corpus {corpus.name}: {files} files, {lines} lines")

    load_before = os.getloadavg()
    log(f"load average before: {load_before[0]:.2f} (1 min) on {os.cpu_count()} cpus")
    results: list[dict] = []
    for corpus in corpora:
        for tool in selected:
            results.append(bench(tool, executables[tool], corpus, args.runs, args.warmup, args.timeout))
        base = next(r for r in results if r["corpus"] == corpus.name and r["tool"] == "pycheck")
        for record in results:
            if record["corpus"] != corpus.name:
                continue
            if record["ok"] and base["ok"] and base["median"] > 0:
                record["ratio_to_pycheck"] = record["median"] / base["median"]
            else:
                record["ratio_to_pycheck"] = None

    load_after = os.getloadavg()
    log(f"load average after: {load_after[0]:.2f} (1 min)")
    table = format_table(results, versions, corpora)
    print(table)

    document = {
        "date": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "command": " ".join(["python3", "bench/run.py", *sys.argv[1:]]),
        "settings": {"runs": args.runs, "warmup": args.warmup, "size": args.size,
                     "python_version": PYTHON_VERSION, "timeout": args.timeout},
        "machine": {
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "python": sys.version.split()[0],
            "load_average_1min_before": round(load_before[0], 2),
            "load_average_1min_after": round(load_after[0], 2),
            "note": "shared, noisy machine: compare medians and ratios, not absolute times",
        },
        "tools": {t: {"path": executables[t], "version": versions[t]} for t in selected},
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
