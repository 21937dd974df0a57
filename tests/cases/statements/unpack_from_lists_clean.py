# Unpacking an iterable of unknown length, such as a list, is allowed
# with any number of targets; each target gets the element type. The
# parts of str.split() are a list of strings, so they unpack too.


def initials(full_name: str) -> str:
    first, last = full_name.split()
    return first[0] + last[0]


def first_two(values: list[float]) -> float:
    a, b = values
    return a + b


label = ""
one, two, three = [10, 20, 30]
total: int = one + two + three
for key, value in [("a", 1), ("b", 2)]:
    total += value
    label += key
for left, right in [["x", "y"], ["z", "w"]]:
    label += left + right
print(initials("Grace Hopper"), first_two([1.5, 2.5]), label, total)
