# Mistakes with operator: index wants an integer, and truth gives a bool.
import operator

operator.index(1.5)  # E: Argument 1 to "index" has incompatible type "float"; expected "SupportsIndex"  [arg-type]
flag: str = operator.truth(1)  # E: Incompatible types in assignment (expression has type "bool", variable has type "str")  [assignment]
