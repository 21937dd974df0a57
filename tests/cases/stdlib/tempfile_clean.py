# tempfile: temporary directories give their path as str, named temporary
# files are binary unless opened in a text mode, and mkstemp gives a file
# descriptor and a path.
import os
import tempfile
from pathlib import Path


def scratch_copy(data: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".bin", delete=False) as f:
        f.write(data)
        return f.name


with tempfile.TemporaryDirectory(prefix="build-") as workdir:
    reveal_type(workdir)  # N: Revealed type is "str"
    target = Path(workdir) / "out.txt"
    target.write_text("x")
with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt") as text_file:
    text_file.write("hello")
    text_file.flush()
fd, path = tempfile.mkstemp(suffix=".json", dir=tempfile.gettempdir())
os.write(fd, b"{}")
os.close(fd)
folder: str = tempfile.mkdtemp()
holder = tempfile.TemporaryDirectory()
holder.cleanup()
with tempfile.TemporaryFile() as spool:
    spool.write(b"abc")
    spool.seek(0)
    content: bytes = spool.read()
print(scratch_copy(b"x"), path, folder, holder.name, content)
