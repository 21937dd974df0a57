# Mistakes with math: strings are not numbers, integer-only functions reject
# floats, and results have fixed types.
import math

math.sqrt("4")  # E: Argument 1 to "sqrt" has incompatible type "str"; expected "SupportsFloat | SupportsIndex"  [arg-type]
math.factorial(4.0)  # E: Argument 1 to "factorial" has incompatible type "float"; expected "SupportsIndex"  [arg-type]
half: int = math.sqrt(4)  # E: Incompatible types in assignment (expression has type "float", variable has type "int")  [assignment]
label: str = math.pi  # E: Incompatible types in assignment (expression has type "float", variable has type "str")  [assignment]
