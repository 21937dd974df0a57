# Functions without annotations are dynamically typed: their bodies
# are not checked and calls return Any, so whatever they return may be
# used as any type. Calls still match the parameter list.


def parse(raw, sep=","):
    return raw.split(sep)


def combine(a, b):
    return a + b


def scale(value, factor=2):
    return value * factor


fields = parse("a,b,c")
count: int = combine(1, 2)
text: str = combine("a", "b")
ratio: float = scale(1.5)
n: int = scale(value=3, factor=4)
print(fields, count, text, ratio, n, parse("x;y", sep=";"))
