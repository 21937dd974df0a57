# pathlib: the / operator and the path-returning methods keep the class, a
# Path is accepted wherever os takes a path, and reading and writing give str
# or bytes by mode.
import os
from pathlib import Path, PurePath, PurePosixPath


def project_root(start: Path) -> Path:
    for candidate in [start, *start.parents]:
        if (candidate / "pyproject.toml").is_file():
            return candidate
    return start


def sources(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "test" not in p.parts)


def backup(path: Path) -> Path:
    target = path.with_suffix(path.suffix + ".bak")
    target.write_bytes(path.read_bytes())
    return target


def count_lines(path: Path) -> int:
    with path.open(encoding="utf-8") as f:
        return sum(1 for _ in f)


here = Path(__file__).resolve()
reveal_type(here.parent)  # N: Revealed type is "pathlib.Path"
reveal_type("/tmp" / Path("x"))  # N: Revealed type is "pathlib.Path"
reveal_type(PurePosixPath("a/b").parent)  # N: Revealed type is "pathlib.PurePosixPath"
reveal_type(Path.home())  # N: Revealed type is "pathlib.Path"
config = Path.home() / ".config" / "app"
config.mkdir(parents=True, exist_ok=True)
settings = config.joinpath("settings", "main.toml")
if not settings.exists():
    settings.write_text("[main]\n", encoding="utf-8")
text: str = settings.read_text()
for child in config.iterdir():
    if child.is_dir() and child.name.startswith("."):
        print(child.stem, child.stat().st_size)
with open(settings) as handle:
    first = handle.readline()
with settings.open("rb") as raw:
    magic: bytes = raw.read(4)
relative: PurePath = settings.relative_to(config)
joined = os.path.join(config, "x")
listing = os.listdir(config)
print(project_root(here), sources(config), backup(settings), count_lines(settings))
print(text, first, magic, relative, joined, listing, config.as_posix(), str(config), Path.cwd())
