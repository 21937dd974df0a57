# A comprehension returned where a union of containers is expected fits any member.
def f(xs: list[int | None], flag: bool) -> list[int] | list[int | None]:
    if flag:
        return [x for x in xs]
    return [1 for _ in xs]


def g(xs: list[str]) -> list[int] | set[int]:
    return [x for x in xs]  # E: List comprehension has incompatible type List[str]; expected List[int]  [misc]
