# subprocess: whether output is str or bytes follows text=, encoding= and
# universal_newlines=; commands are strings, paths or sequences of them; and a
# Popen is a context manager.
import os
import subprocess
import sys
from pathlib import Path


def git_head(repo: Path) -> str:
    return subprocess.check_output(["git", "rev-parse", "HEAD"], cwd=repo, text=True).strip()


def run_quiet(cmd: list[str]) -> bool:
    try:
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, timeout=30)
    except subprocess.CalledProcessError as exc:
        print("exit status", exc.returncode, exc.cmd)
        return False
    except subprocess.TimeoutExpired as exc:
        print("timed out after", exc.timeout)
        return False
    return True


result = subprocess.run(["ls", "-l"], capture_output=True, text=True)
reveal_type(result)  # N: Revealed type is "subprocess.CompletedProcess[str]"
reveal_type(result.stdout)  # N: Revealed type is "str"
reveal_type(subprocess.run(["ls"], capture_output=True).stdout)  # N: Revealed type is "bytes"
reveal_type(subprocess.check_output("ls", shell=True))  # N: Revealed type is "bytes"
lines = result.stdout.splitlines()
env = dict(os.environ, LC_ALL="C")
status = subprocess.call([sys.executable, "-c", "pass"], env=env)
decoded = subprocess.run(["cat"], input="hi", encoding="utf-8", stdout=subprocess.PIPE).stdout
with subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as proc:
    reveal_type(proc)  # N: Revealed type is "subprocess.Popen[str]"
    out, err = proc.communicate("data", timeout=5)
    code = proc.wait()
with open(os.devnull, "w") as sink:
    subprocess.check_call(["true"], stdout=sink, cwd=Path.home())
print(git_head(Path(".")), run_quiet(["true"]), lines, status, decoded, out, err, code, result.returncode)
