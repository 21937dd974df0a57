# Unpacking needs an iterable on the right-hand side, and the element
# types it yields must suit targets whose types are already declared.


count: int
text: str
a, b = 5  # E: "int" object is not iterable  [misc]
count, text = "ab"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
first, second = [1, 2]
first = "x"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
for key, value in {"a": 1}.items():
    value = key  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
for n, m in [1, 2]:  # E: "int" object is not iterable  [misc]
    pass
print(count, text, first, second)
