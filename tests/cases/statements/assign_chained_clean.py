# A chained assignment binds every target to the same value, so each
# name takes the type of the right-hand side. Later assignments of the
# same type to any of the names are fine.


def reset_counters() -> tuple[int, int, int]:
    low = high = total = 0
    for n in [4, 9, 2]:
        total += n
        if n > high:
            high = n
        low = n
    return low, high, total


first = second = "start"
first = first.upper()
second = second + "!"
left = right = [1, 2]
left.append(3)
right.append(4)
count: int
count = limit = len(left)
print(reset_counters(), first, second, left, right, count + limit)
