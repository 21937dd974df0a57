# Calls nested inside calls: each inner result is checked against the
# outer parameter it is passed to, including builtins whose results
# feed annotated functions and the other way round.


def double(n: int) -> int:
    return n * 2


def describe(label: str, value: float) -> str:
    return label + "=" + str(value)


def pad(text: str, width: int) -> str:
    return text + " " * max(0, width - len(text))


print(describe(pad(str(double(len("abc"))), 4), float(double(2))))
print(pad(describe("n", abs(double(-3))), width=double(6)))
print(str(int(float("2.5"))).upper(), double(int(str(7))))
result = describe(label=str(double(1)), value=sum([double(1), double(2)]))
print(len(result.split("=")), result.strip().replace("=", ": "))
