# Mistakes with shutil: which() may return None, disk usage is in ints, and
# paths must be str or os.PathLike.
import shutil

tool: str = shutil.which("git")  # E: Incompatible types in assignment (expression has type "str | None", variable has type "str")  [assignment]
free: str = shutil.disk_usage("/").free  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
shutil.which(["git"])  # E: No overload variant of "which" matches argument type "list[str]"  [call-overload]  # N: Possible overload variants:  # N:     def which(cmd: str | PathLike[str], mode: int = ..., path: str | PathLike[str] | None = ...) -> str | None  # N:     def which(cmd: bytes, mode: int = ..., path: str | PathLike[str] | None = ...) -> bytes | None
