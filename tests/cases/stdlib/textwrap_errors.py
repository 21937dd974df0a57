# Mistakes with textwrap: wrap() gives a list, the width is an int, and the
# options after width are keyword-only.
import textwrap

text: str = textwrap.wrap("a b c", 2)  # E: Incompatible types in assignment (expression has type "list[str]", variable has type "str")  [assignment]
textwrap.fill("a b c", "2")  # E: Argument 2 to "fill" has incompatible type "str"; expected "int"  [arg-type]
textwrap.dedent(["  a"])  # E: Argument 1 to "dedent" has incompatible type "list[str]"; expected "str"  [arg-type]
textwrap.TextWrapper(width=10).width = "wide"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
