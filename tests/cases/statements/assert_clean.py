# assert accepts any expression as its condition and an optional message
# of any type. The checks in the condition are type checked like any
# other expression, and a failing assert ends the path like raise does.


def average(values: list[float]) -> float:
    assert values, "need at least one value"
    assert len(values) < 1000
    return sum(values) / len(values)


def must_be_positive(n: int) -> int:
    assert n > 0, n
    return n


def unreachable_branch(flag: bool) -> int:
    if flag:
        return 1
    assert False, "flag must be set"


assert isinstance("x", str)
assert [1, 2]
print(average([1.0, 2.0]), must_be_positive(3), unreachable_branch(True))
