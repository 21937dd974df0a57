#!/usr/bin/env python3
"""The two ways pycheck is installed without cloning it by hand, each tested for real.

- wheel: `maturin build --release` makes the wheel that pyproject.toml describes; it is
  installed into a fresh virtual environment, and the `pycheck` it puts there, run with no
  Rust toolchain on PATH, must print exactly what mypy printed for every example in
  examples/ (NAME.mypy.txt) and exit with the same status.
- pre-commit: `pre-commit try-repo` installs the `pycheck` hook of .pre-commit-hooks.yaml
  from this repository (pre-commit runs `cargo install --path .` on a clone of HEAD, with
  uncommitted changes to tracked files added), and runs it on a sample git repository: the
  hook must fail with pycheck's error line while a file has a type error, and pass once
  the file is fixed.

Both are release builds, so they take minutes and run from .ci/run rather than from
`cargo test`. They share one cargo target directory (target/packaging/cargo): the wheel
builds every dependency, and pre-commit's `cargo install` then rebuilds little more than
pycheck's own crates. Everything is written under target/packaging; the tools are pinned
and installed into a virtual environment there.

Usage: python3 tests/packaging.py [wheel] [pre-commit]   (both when none is named)

Each test prints PASS, FAIL, or SKIP with the reason the machine cannot run it, and its
time; the last line counts them. The exit status is 1 if any test failed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

MATURIN = "maturin==1.16.0"
PRE_COMMIT = "pre-commit==4.7.0"

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "target" / "packaging"
CARGO_TARGET = WORK / "cargo"
TOOLS = WORK / "tools"


class Skip(Exception):
    """The machine cannot run this test; the message says why."""


class Fail(Exception):
    """The test ran and pycheck's packaging is wrong; the message says how."""


def run(args, cwd=ROOT, env=None, check=True) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    if check and result.returncode != 0:
        raise Fail(
            f"`{' '.join(map(str, args))}` exited {result.returncode}:\n{result.stdout}"
        )
    return result


def fresh_venv(path: Path) -> Path:
    """A new virtual environment at `path`; returns its bin directory."""
    shutil.rmtree(path, ignore_errors=True)
    result = subprocess.run(
        [sys.executable, "-m", "venv", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    if result.returncode != 0:
        # Debian's python3 has no ensurepip until python3-venv is installed.
        raise Skip(f"{sys.executable} -m venv does not work here: {result.stdout.strip()}")
    return path / "bin"


def tools() -> Path:
    """The bin directory of a virtual environment with the pinned maturin and pre-commit."""
    bin_dir = TOOLS / "bin"
    marker = TOOLS / "installed.txt"
    wanted = f"{MATURIN}\n{PRE_COMMIT}\n"
    if not (marker.is_file() and marker.read_text() == wanted):
        bin_dir = fresh_venv(TOOLS)
        run([bin_dir / "pip", "install", "--quiet", "--disable-pip-version-check",
             MATURIN, PRE_COMMIT])
        marker.write_text(wanted)
    return bin_dir


def build_environment() -> dict[str, str]:
    env = dict(os.environ, CARGO_TARGET_DIR=str(CARGO_TARGET), CARGO_TERM_COLOR="never")
    # Hooks and tests run inside a git hook would otherwise aim git at the wrong repository.
    return {k: v for k, v in env.items() if not k.startswith("GIT_")}


def crate_version() -> str:
    cargo_toml = (ROOT / "Cargo.toml").read_text()
    match = re.search(r'^\[package\]\n(?:[^\[].*\n)*?version = "([^"]+)"', cargo_toml, re.M)
    if not match:
        raise Fail("Cargo.toml: no version in [package]")
    return match.group(1)


def test_wheel() -> None:
    bin_dir = tools()
    wheels = WORK / "wheels"
    shutil.rmtree(wheels, ignore_errors=True)
    run([bin_dir / "maturin", "build", "--release", "--locked", "--out", wheels],
        env=build_environment())

    built = sorted(p.name for p in wheels.glob("*.whl"))
    version = crate_version()
    if len(built) != 1 or not built[0].startswith(f"pycheck_types-{version}-py3-none-"):
        raise Fail(f"expected one wheel pycheck_types-{version}-py3-none-*.whl, got {built}")

    venv_bin = fresh_venv(WORK / "wheel-venv")
    # The wheel's one dependency (typeshed_client, the standard library's stubs) comes
    # from PyPI.
    run([venv_bin / "pip", "install", "--quiet", "--disable-pip-version-check",
         wheels / built[0]])
    installed = venv_bin / "pycheck"
    if not installed.is_file():
        raise Fail(f"installing {built[0]} put no pycheck in {venv_bin}")

    # No cargo, rustc or ~/.cargo/bin: the installed command must stand on its own.
    env = {"PATH": f"{venv_bin}:/usr/bin:/bin", "HOME": os.environ.get("HOME", "/")}
    version_line = run(["pycheck", "--version"], env=env).stdout
    if version_line != f"pycheck {version}\n":
        raise Fail(f"pycheck --version printed {version_line!r}")

    # With no mypy in its environment, pycheck takes the standard library from the
    # typeshed_client the wheel brought along.
    origin = run(["pycheck", "--verbose", "--no-site-packages", str(ROOT / "examples" / "hello.py")],
                 env=env, check=False).stdout
    if "standard library stubs: typeshed of typeshed_client" not in origin:
        raise Fail(f"installed pycheck did not use typeshed_client's stubs: {origin!r}")

    examples = sorted((ROOT / "examples").glob("*.py"))
    if not any(p.name == "hello.py" for p in examples):
        raise Fail("examples/hello.py is missing")
    for example in examples:
        recorded = example.with_suffix(".mypy.txt").read_text().rstrip("\n")
        expected_stdout, status_line = recorded.rsplit("\n", 1)
        expected_status = int(status_line.removeprefix("exit "))
        result = subprocess.run(
            ["pycheck", example.name], cwd=example.parent, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        if (result.stdout, result.stderr, result.returncode) != (
            expected_stdout + "\n", "", expected_status
        ):
            raise Fail(
                f"installed pycheck on examples/{example.name}: exit {result.returncode}, "
                f"stdout:\n{result.stdout}stderr:\n{result.stderr}"
                f"expected exit {expected_status}, stdout:\n{expected_stdout}\n"
            )
    print(f"  {built[0]}: installed pycheck matched mypy on {len(examples)} examples")


SAMPLE_BROKEN = '''\
def greet(name: str) -> str:
    return "Hello, " + name


greet(42)
'''
SAMPLE_FIXED = SAMPLE_BROKEN.replace("greet(42)", 'greet("world")')
SAMPLE_ERRORS = (
    'app.py:5: error: Argument 1 to "greet" has incompatible type "int"; expected "str"'
    "  [arg-type]\n"
    "Found 1 error in 1 file (checked 1 source file)\n"
)


def test_pre_commit() -> None:
    if shutil.which("git") is None:
        raise Skip("git is not installed; pre-commit needs it")
    top = run(["git", "rev-parse", "--show-toplevel"], check=False)
    if top.returncode != 0 or Path(top.stdout.strip()).resolve() != ROOT:
        raise Skip(f"{ROOT} is not a git checkout, and try-repo clones the repository")
    bin_dir = tools()
    env = build_environment()
    run([bin_dir / "pre-commit", "validate-manifest", ROOT / ".pre-commit-hooks.yaml"], env=env)

    # try-repo keeps its clone and the installed hook in a temporary directory: put that,
    # and pre-commit's own cache, under target/ with the rest.
    for name in ("pre-commit-home", "tmp"):
        shutil.rmtree(WORK / name, ignore_errors=True)
        (WORK / name).mkdir(parents=True)
    env.update(PRE_COMMIT_HOME=str(WORK / "pre-commit-home"), TMPDIR=str(WORK / "tmp"))

    sample = WORK / "pre-commit-sample"
    shutil.rmtree(sample, ignore_errors=True)
    sample.mkdir(parents=True)
    run(["git", "init", "--quiet"], cwd=sample, env=env)

    def try_repo(source: str) -> subprocess.CompletedProcess:
        (sample / "app.py").write_text(source)
        run(["git", "add", "app.py"], cwd=sample, env=env)
        return run(
            [bin_dir / "pre-commit", "try-repo", "--color", "never", ROOT, "pycheck",
             "--all-files"],
            cwd=sample, env=env, check=False,
        )

    broken = try_repo(SAMPLE_BROKEN)
    failed_hook = "- hook id: pycheck\n- exit code: 1\n\n" + SAMPLE_ERRORS
    if broken.returncode != 1 or not re.search(r"^pycheck\.+Failed$", broken.stdout, re.M) \
            or failed_hook not in broken.stdout:
        raise Fail(
            f"on a type error, expected exit 1 and the hook failing with\n{failed_hook}"
            f"got exit {broken.returncode}:\n{broken.stdout}"
        )

    fixed = try_repo(SAMPLE_FIXED)
    if fixed.returncode != 0 or not re.search(r"^pycheck\.+Passed$", fixed.stdout, re.M):
        raise Fail(
            f"once fixed, expected exit 0 and the hook passing, got exit {fixed.returncode}:"
            f"\n{fixed.stdout}"
        )
    print("  the hook failed on the type error with pycheck's line, and passed once fixed")


TESTS = {"wheel": test_wheel, "pre-commit": test_pre_commit}


def main() -> int:
    names = sys.argv[1:] or list(TESTS)
    unknown = [n for n in names if n not in TESTS]
    if unknown:
        print(f"unknown test {unknown}; the tests are {list(TESTS)}", file=sys.stderr)
        return 2
    # The verdicts interleave with the output of the commands the tests run.
    sys.stdout.reconfigure(line_buffering=True)
    WORK.mkdir(parents=True, exist_ok=True)
    counts = {"passed": 0, "failed": 0, "skipped": 0}
    for name in names:
        started = time.monotonic()
        try:
            TESTS[name]()
        except Skip as reason:
            verdict, counts["skipped"] = f"SKIP ({reason})", counts["skipped"] + 1
        except Fail as failure:
            print(failure)
            verdict, counts["failed"] = "FAIL", counts["failed"] + 1
        else:
            verdict, counts["passed"] = "PASS", counts["passed"] + 1
        print(f"packaging {name}: {verdict} in {time.monotonic() - started:.0f}s", flush=True)
    print(f"packaging: {counts['passed']} passed, {counts['failed']} failed, "
          f"{counts['skipped']} skipped")
    return 1 if counts["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
