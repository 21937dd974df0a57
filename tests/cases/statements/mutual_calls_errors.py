# A call is checked against the callee's declared signature even when
# the callee is defined further down. Passing the result of one function
# to another needs the return type to fit the parameter type.


def report(values: list[int]) -> str:
    return format_total(total(values))  # E: Argument 1 to "format_total" has incompatible type "float"; expected "int"  [arg-type]


def total(values: list[int]) -> float:
    return sum(values) / 1


def format_total(amount: int) -> str:
    return "total: " + amount  # E: Unsupported operand types for + ("str" and "int")  [operator]


def shout(text: str) -> str:
    return repeat(text.upper())  # E: Missing positional argument "times" in call to "repeat"  [call-arg]


def repeat(text: str, times: int) -> str:
    return text * times


def main() -> None:
    count: int = report([1, 2])  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
    print(shout("hi"), count, later(1, 2))  # E: Too many arguments for "later"  [call-arg]


def later(a: int) -> int:
    return a
