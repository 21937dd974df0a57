# mypy-args: --check-untyped-defs
def untyped(a, b):
    count: int = "three"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
    total = a + b
    return total


def calls_builtins():
    text = "abc"
    return text.upper(1)  # E: Too many arguments for "upper" of "str"  [call-arg]


class Holder:
    def method(self, value):
        label: str = 42  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
        return value
