# A function returns on every path when each branch ends in return or
# raise, or when it ends in a loop that never finishes normally. A
# function returning None may simply fall off the end.


def sign(n: int) -> int:
    if n > 0:
        return 1
    elif n < 0:
        return -1
    else:
        return 0


def checked(value: int) -> int:
    if value >= 0:
        return value
    raise ValueError("negative")


def wait_for(values: list[int]) -> int:
    while True:
        if values:
            return values.pop()
        values.append(1)


def stub() -> int:
    raise NotImplementedError


def show(text: str) -> None:
    if text:
        print(text)
        return
    print("empty")


show("x")
print(sign(-4), checked(2), wait_for([]))
