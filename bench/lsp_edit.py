#!/usr/bin/env python3
"""Time `pycheck server` from a one-line edit inside a function body to the new
diagnostics for that file, on a generated project, and report the server's memory after
it opened every file of the project.

    python3 bench/lsp_edit.py                      # 100,000-line project, 30 edits
    python3 bench/lsp_edit.py --lines 25000 --edits 50
    python3 bench/lsp_edit.py --copies 40          # the edited module 40 times its size

What it does:

1. builds pycheck (`cargo build --release --locked`; `--no-build` skips it);
2. generates the project with bench/generate.py into target/bench-lsp/LINES;
3. starts `pycheck server` there, initializes it with the project as root, and opens
   every .py file of the project (didOpen), waiting for each file's diagnostics;
4. reads the server's resident memory (VmRSS, and its peak VmHWM, from /proc);
5. in the largest service module (with `--copies K`, first made K times as long: its
   classes and functions repeated under new names, so that an edit meets a large file),
   inserts a statement into the first method's body,
   then replaces that one line `--edits` times (incremental didChange, a new version
   each time) and times each edit until the publishDiagnostics of that version arrives;
6. prints the median, min, max and the 90th percentile, and writes everything to
   target/bench-lsp-results.json.

Only the standard library is used. The machine this runs on is usually shared: quote
medians, and run it when the load average is low.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from queue import Empty, Queue

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 120.0


class Server:
    """A language server over stdio, with a reader thread queueing its messages."""

    def __init__(self, executable: Path, cwd: Path) -> None:
        self.process = subprocess.Popen(
            [str(executable), "server"],
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.messages: Queue[dict] = Queue()
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = 0
            while True:
                header = stream.readline()
                if not header:
                    return
                header = header.strip()
                if not header:
                    break
                if header.lower().startswith(b"content-length:"):
                    length = int(header.split(b":")[1])
            self.messages.put(json.loads(stream.read(length)))

    def send(self, message: dict) -> None:
        body = json.dumps(message).encode()
        stdin = self.process.stdin
        assert stdin is not None
        stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        stdin.flush()

    def request(self, method: str, params: dict) -> dict:
        ident = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": ident, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == ident)

    def notify(self, method: str, params: dict) -> None:
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait(self, wanted) -> dict:
        deadline = time.monotonic() + TIMEOUT
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("the server did not answer in time")
            try:
                message = self.messages.get(timeout=remaining)
            except Empty:
                continue
            if wanted(message):
                return message

    def memory_kib(self) -> dict[str, int]:
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        found = dict(re.findall(r"^(VmRSS|VmHWM):\s+(\d+) kB", status, re.MULTILINE))
        return {key: int(value) for key, value in found.items()}

    def stop(self) -> None:
        try:
            self.request("shutdown", {})
            self.send({"jsonrpc": "2.0", "method": "exit"})
            self.process.wait(timeout=10)
        except (OSError, TimeoutError, subprocess.TimeoutExpired):
            self.process.kill()


def published(uri: str, version: int):
    def matches(message: dict) -> bool:
        params = message.get("params") or {}
        return (
            message.get("method") == "textDocument/publishDiagnostics"
            and params.get("uri") == uri
            and params.get("version") == version
        )

    return matches


def first_method_body_line(lines: list[str]) -> int:
    """The index of the first statement inside a method's body."""
    for index, line in enumerate(lines):
        if re.match(r"    def \w+\(self.*\) -> .*:$", line):
            body = index + 1
            while lines[body].strip().startswith(('"""', "#")):
                body += 1
            return body
    raise SystemExit("no method found to edit")


def largest_service(project: Path) -> Path:
    return max(project.glob("app/services/*_service.py"), key=lambda p: p.stat().st_size)


def grow(module: Path, copies: int) -> None:
    """Appends `copies - 1` copies of the module's definitions, each top-level class and
    function renamed with a suffix (references inside a copy still name the originals)."""
    if copies <= 1:
        return
    text = module.read_text()
    lines = text.splitlines(keepends=True)
    first = next(i for i, line in enumerate(lines) if line.startswith(("class ", "def ")))
    definitions = "".join(lines[first:])
    copies_text = [
        re.sub(r"^(class|def) (\w+)", rf"\1 \2_copy{n}", definitions, flags=re.MULTILINE)
        for n in range(1, copies)
    ]
    module.write_text(text + "\n\n" + "\n\n".join(copies_text))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=100_000, help="size of the generated project")
    parser.add_argument("--edits", type=int, default=30, help="timed edits (default 30)")
    parser.add_argument("--no-build", action="store_true", help="use target/release/pycheck as it is")
    parser.add_argument("--copies", type=int, default=1, help="repeat the edited module's definitions K times")
    parser.add_argument("--executable", type=Path, default=ROOT / "target" / "release" / "pycheck")
    parser.add_argument("--output", type=Path, default=ROOT / "target" / "bench-lsp-results.json")
    args = parser.parse_args()

    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "--locked"], cwd=ROOT, check=True)
    executable = args.executable
    project = ROOT / "target" / "bench-lsp" / f"{args.lines}x{args.copies}"
    if not project.exists():
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "generate.py"), "--lines", str(args.lines), str(project)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        grow(largest_service(project), args.copies)
    files = sorted(project.rglob("*.py"))
    line_count = sum(len(path.read_text().splitlines()) for path in files)

    server = Server(executable, project)
    try:
        server.request("initialize", {"rootUri": project.as_uri(), "capabilities": {}})
        server.notify("initialized", {})
        started = time.perf_counter()
        for path in files:
            uri = path.as_uri()
            server.notify(
                "textDocument/didOpen",
                {"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": path.read_text()}},
            )
        waiting = {path.as_uri() for path in files}
        while waiting:
            message = server.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics")
            waiting.discard(message["params"]["uri"])
        open_seconds = time.perf_counter() - started
        memory = server.memory_kib()

        target = largest_service(project)
        uri = target.as_uri()
        lines = target.read_text().splitlines()
        at = first_method_body_line(lines)
        indent = re.match(r"\s*", lines[at]).group(0)
        # Version 2 inserts the statement; every later version rewrites that one line.
        server.notify(
            "textDocument/didChange",
            {
                "textDocument": {"uri": uri, "version": 2},
                "contentChanges": [
                    {"range": {"start": {"line": at, "character": 0}, "end": {"line": at, "character": 0}},
                     "text": f"{indent}bench_edit = 0\n"}
                ],
            },
        )
        server.wait(published(uri, 2))
        timings = []
        for edit in range(1, args.edits + 1):
            version = edit + 2
            new_line = f"{indent}bench_edit = {edit}"
            started = time.perf_counter()
            server.notify(
                "textDocument/didChange",
                {
                    "textDocument": {"uri": uri, "version": version},
                    "contentChanges": [
                        {"range": {"start": {"line": at, "character": 0}, "end": {"line": at, "character": len(new_line) + 8}},
                         "text": new_line}
                    ],
                },
            )
            server.wait(published(uri, version))
            timings.append((time.perf_counter() - started) * 1000)
    finally:
        server.stop()

    ordered = sorted(timings)
    result = {
        "lines": line_count,
        "files": len(files),
        "edited_file": str(target.relative_to(project)),
        "edits": len(timings),
        "edit_ms": {
            "median": statistics.median(timings),
            "min": ordered[0],
            "max": ordered[-1],
            "p90": ordered[int(0.9 * (len(ordered) - 1))],
            "all": timings,
        },
        "open_all_seconds": open_seconds,
        "memory_kib": memory,
        "load_average": os.getloadavg(),
        "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip(),
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2))
    print(f"project: {len(files)} files, {line_count} lines; edited {result['edited_file']}")
    print(f"opening every file and receiving its diagnostics: {open_seconds:.2f} s")
    print(f"server memory after opening everything: {memory.get('VmRSS', 0) / 1024:.0f} MiB (peak {memory.get('VmHWM', 0) / 1024:.0f} MiB)")
    edit = result["edit_ms"]
    print(f"edit -> diagnostics over {len(timings)} edits: median {edit['median']:.1f} ms, "
          f"min {edit['min']:.1f}, p90 {edit['p90']:.1f}, max {edit['max']:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
