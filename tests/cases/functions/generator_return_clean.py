# Generator[Y, S, R] declares the yielded type Y, the type S that send()
# passes in, and the return type R. A `yield` expression evaluates to
# the sent value, and `yield from` evaluates to the inner generator's
# return value.
from typing import Generator, List


def averager() -> Generator[float, float, int]:
    total = 0.0
    count = 0
    average = 0.0
    while count < 3:
        value = yield average
        total += value
        count += 1
        average = total / count
    return count


def collect(words: List[str]) -> Generator[str, None, int]:
    for word in words:
        yield word.upper()
    return len(words)


def wrapper(words: List[str]) -> Generator[str, None, str]:
    count = yield from collect(words)
    yield "done"
    return str(count + 1)


gen = averager()
next(gen)
print(gen.send(10.0), gen.send(20.0), list(wrapper(["a", "b"])))
