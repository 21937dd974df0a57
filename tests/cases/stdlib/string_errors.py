# Mistakes with string: the constants are str, Template wants a template
# string, and substitute returns str.
import string

count: int = string.digits  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
string.Template(42)  # E: Argument 1 to "Template" has incompatible type "int"; expected "str"  [arg-type]
result: bytes = string.Template("$x").substitute(x=1)  # E: Incompatible types in assignment (expression has type "str", variable has type "bytes")  [assignment]
