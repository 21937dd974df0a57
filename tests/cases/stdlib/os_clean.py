# os and os.path used as real programs use them: environment lookups, paths
# built and split, directories listed and walked, files stat'ed. os.path is
# reachable both as an attribute of os and as its own module, and an object
# with __fspath__ is accepted wherever a path is.
import os
import os.path
from os import path as osp


class Where:
    def __fspath__(self) -> str:
        return "/tmp"


def config_dir(app: str) -> str:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config")
    return os.path.join(base, app)


def python_files(root: str) -> list[str]:
    found: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            stem, ext = os.path.splitext(name)
            if ext == ".py" and stem:
                found.append(os.path.join(dirpath, name))
    return sorted(found)


def sizes(folder: str) -> dict[str, int]:
    result: dict[str, int] = {}
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_file(follow_symlinks=False):
                result[entry.name] = entry.stat().st_size
    return result


def newest(paths: list[str]) -> str | None:
    existing = [p for p in paths if os.path.isfile(p)]
    if not existing:
        return None
    return max(existing, key=os.path.getmtime)


home: str = os.getenv("HOME", "/")
debug = os.getenv("DEBUG") is not None
cwd = os.getcwd()
parent = os.path.dirname(os.path.abspath(cwd))
relative = os.path.relpath(parent, start=cwd)
head, tail = osp.split(cwd)
reveal_type(os.environ)  # N: Revealed type is "os._Environ[str]"
reveal_type(os.environ.get("SHELL", "/bin/sh"))  # N: Revealed type is "str"
reveal_type(os.path.join(Where(), "x"))  # N: Revealed type is "str"
reveal_type(os.path.basename(b"/a/b"))  # N: Revealed type is "bytes"
reveal_type(os.listdir(Where()))  # N: Revealed type is "list[str]"
reveal_type(os.stat(cwd).st_mtime)  # N: Revealed type is "float"
env = dict(os.environ)
env["PYTHONPATH"] = os.pathsep.join([cwd, parent])
snapshot: dict[str, str] = os.environ.copy()
os.environ.setdefault("LANG", "C")
if os.path.exists(Where()) and os.path.isdir(cwd):
    os.makedirs(os.path.join(cwd, "build"), exist_ok=True)
if os.name == "posix":
    print(os.getuid(), os.getpid(), os.sep, os.linesep, os.devnull)
fd = os.open(os.devnull, os.O_RDONLY)
data: bytes = os.read(fd, 10)
os.close(fd)
columns = os.get_terminal_size().columns
print(home, debug, relative, head, tail, data, columns, os.cpu_count(), snapshot)
