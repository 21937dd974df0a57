# The condition and message of an assert are ordinary expressions and
# are checked as such. Wrapping the condition and message in parentheses
# makes a non-empty tuple, which is always true, and mypy warns about it.


def check(n: int, name: str) -> None:
    assert n > "0"  # E: Unsupported operand types for > ("int" and "str")  [operator]
    assert (n > 0, "n must be positive")  # E: Assertion is always true, perhaps remove parentheses?  [misc]
    assert name.size > 0, "empty name"  # E: "str" has no attribute "size"  [attr-defined]
    assert len(n), name + n  # E: Argument 1 to "len" has incompatible type "int"; expected "Sized"  [arg-type]  # E: Unsupported operand types for + ("str" and "int")  [operator]


def expect_ready(status: str) -> int:
    assert status == "ready"
    return status  # E: Incompatible return value type (got "str", expected "int")  [return-value]
