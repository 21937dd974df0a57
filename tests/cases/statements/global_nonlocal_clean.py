# `global` lets a function rebind a module-level name and `nonlocal`
# lets a nested function rebind a name of the enclosing function. The
# names keep the types they were given where they were defined.

counter = 0
log: list[str] = []


def bump(step: int) -> int:
    global counter
    counter += step
    log.append("bump")
    return counter


def make_accumulator() -> int:
    total = 0

    def add(n: int) -> None:
        nonlocal total
        total = total + n

    add(3)
    add(4)
    return total


def reset() -> None:
    global counter, log
    counter = 0
    log = []


reset()
print(bump(2), make_accumulator(), counter, log)
