# Mistakes with tempfile: a default NamedTemporaryFile is binary, mkstemp gives
# a pair, and a temporary directory's name is a str.
import tempfile

with tempfile.NamedTemporaryFile() as f:
    text: str = f.read()  # E: Incompatible types in assignment (expression has type "bytes", variable has type "str")  [assignment]
path: str = tempfile.mkstemp()  # E: Incompatible types in assignment (expression has type "tuple[int, str]", variable has type "str")  [assignment]
size: int = tempfile.TemporaryDirectory().name  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
