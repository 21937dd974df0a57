# Numeric arithmetic between ints and floats: int operands promote to
# float where a float is expected, true division always gives a float,
# and floor division and modulo keep ints as ints.


def mean(a: float, b: float) -> float:
    return (a + b) / 2


def celsius(fahrenheit: float) -> float:
    return (fahrenheit - 32) * 5 / 9


def digits(n: int) -> int:
    count = 0
    while n > 0:
        n //= 10
        count += 1
    return count


x = 7
y = 2.5
z: float = x
z = x * y
z -= 1
w = abs(-x) + x % 3 + x * x
print(mean(1, 2), celsius(212), digits(12345), z, w, -y, float(x), int(y))
