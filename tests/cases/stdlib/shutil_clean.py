# shutil: copies return the destination (of the type given), trees can be
# copied with an ignore function, and which() may find nothing.
import shutil
import tempfile
from pathlib import Path


def install(src: Path, prefix: Path) -> Path:
    target = prefix / src.name
    if target.exists():
        shutil.rmtree(target, ignore_errors=True)
    return shutil.copytree(src, target, ignore=shutil.ignore_patterns("*.pyc", "__pycache__"), dirs_exist_ok=True)


def find_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found")
    return found


reveal_type(shutil.copy("a.txt", Path("b.txt")))  # N: Revealed type is "pathlib.Path | str"
reveal_type(shutil.disk_usage("/").free)  # N: Revealed type is "int"
archive: str = shutil.make_archive("backup", "zip", root_dir=".")
shutil.copy2("a.txt", "b.txt")
shutil.copyfile("a.txt", "c.txt")
shutil.move("c.txt", tempfile.gettempdir())
with open("a.txt", "rb") as src, open("d.txt", "wb") as dst:
    shutil.copyfileobj(src, dst)
width = shutil.get_terminal_size((100, 20)).columns
print(install(Path("pkg"), Path("/opt")), find_tool("git"), archive, width)
