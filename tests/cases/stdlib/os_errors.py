# Mistakes with os and os.path: wrong argument types and counts, results of
# the wrong type, and the environment's values are strings.
import os
import os.path

os.path.exists(1.5)  # E: Argument 1 to "exists" has incompatible type "float"; expected "int | str | bytes | PathLike[str] | PathLike[bytes]"  [arg-type]
os.makedirs(3)  # E: Argument 1 to "makedirs" has incompatible type "int"; expected "str | bytes | PathLike[str] | PathLike[bytes]"  [arg-type]
os.getcwd("/")  # E: Too many arguments for "getcwd"  [call-arg]
os.environ["PORT"] = 8080  # E: Incompatible types in assignment (expression has type "int", target has type "str")  [assignment]
os.path.isdir(None)  # E: Argument 1 to "isdir" has incompatible type "None"; expected "int | str | bytes | PathLike[str] | PathLike[bytes]"  [arg-type]
name: int = os.path.basename("/a/b")  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
count: int = os.getenv("COUNT")  # E: Incompatible types in assignment (expression has type "str | None", variable has type "int")  [assignment]
os.getpid().decode()  # E: "int" has no attribute "decode"  [attr-defined]
size: str = os.stat("x").st_size  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
os.chdir()  # E: Missing positional argument "path" in call to "chdir"  [call-arg]
