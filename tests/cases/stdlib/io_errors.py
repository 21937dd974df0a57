# Mistakes with io: getvalue() of a StringIO is str and of a BytesIO bytes,
# and neither has methods files do not have.
import io

data: bytes = io.StringIO().getvalue()  # E: Incompatible types in assignment (expression has type "str", variable has type "bytes")  [assignment]
text: str = io.BytesIO().getvalue()  # E: Incompatible types in assignment (expression has type "bytes", variable has type "str")  [assignment]
io.StringIO(42)  # E: Argument 1 to "StringIO" has incompatible type "int"; expected "str | None"  [arg-type]
io.StringIO().append("x")  # E: "StringIO" has no attribute "append"  [attr-defined]
