# The else block of a while loop runs when the condition becomes false
# without a break. Names assigned in the body and in the else block keep
# their types after the loop.


def find_divisor(n: int) -> int:
    candidate = 2
    while candidate * candidate <= n:
        if n % candidate == 0:
            break
        candidate += 1
    else:
        candidate = n
    return candidate


def countdown(start: int) -> list[int]:
    seen: list[int] = []
    while start > 0:
        seen.append(start)
        start -= 1
    else:
        seen.append(0)
    return seen


attempts = 0
while attempts < 5:
    attempts += 1
else:
    message = "done after " + str(attempts)
print(find_divisor(91), countdown(3), message)
