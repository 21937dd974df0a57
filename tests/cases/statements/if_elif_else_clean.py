# Each branch of an if/elif/else chain is checked on its own, and a
# name assigned the same type in every branch keeps that type after the
# chain. Conditions may be any expression, not only bools.


def grade(score: int) -> str:
    if score >= 90:
        letter = "A"
    elif score >= 80:
        letter = "B"
    elif score >= 70:
        letter = "C"
    else:
        letter = "F"
    return letter + "!"


def sign(value: float) -> int:
    if value > 0:
        return 1
    elif value < 0:
        return -1
    return 0


items: list[str] = []
if items:
    print(items[0])
elif not items and grade(50) == "F!":
    items.append("fallback")
if "text":
    pass
print(grade(85), sign(-2.5), items)
