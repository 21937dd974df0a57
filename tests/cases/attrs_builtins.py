# Attribute access on builtin types is checked against the stub of
# the type. Reading or calling a member the type does not define is
# an attribute error that names the full type, type arguments included.

text = "hello"
text.uppercase()  # E: "str" has no attribute "uppercase"  [attr-defined]
text.foo  # E: "str" has no attribute "foo"  [attr-defined]
numbers = [3, 1, 2]
numbers.push(4)  # E: "list[int]" has no attribute "push"  [attr-defined]
numbers.length  # E: "list[int]" has no attribute "length"  [attr-defined]
table = {"a": 1}
table.has_key("a")  # E: "dict[str, int]" has no attribute "has_key"  [attr-defined]
count = 5
count.real
count.append(1)  # E: "int" has no attribute "append"  [attr-defined]
ratio = 2.5
ratio.is_integer()
ratio.round()  # E: "float" has no attribute "round"  [attr-defined]
print(text.upper(), numbers, table, count, ratio)
