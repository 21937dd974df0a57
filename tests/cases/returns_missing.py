# A function with a non-None return type must return on every path.
# When control can fall off the end, the error is reported on the
# line of the def.


def sign(n: int) -> str:  # E: Missing return statement  [return]
    if n > 0:
        return "positive"
    elif n < 0:
        return "negative"


def always(n: int) -> str:
    if n > 0:
        return "positive"
    else:
        return "other"


def loop_forever(n: int) -> int:
    while True:
        n += 1


def search(items: list[int], target: int) -> int:  # E: Missing return statement  [return]
    for item in items:
        if item == target:
            return item


print(sign(1), always(2), loop_forever, search([1], 1))
