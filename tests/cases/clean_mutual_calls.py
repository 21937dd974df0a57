# Module-level functions may call each other in any order, including
# recursively and before the callee's definition in the file, since
# all of them are bound by the time any call runs.


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def factorial(n: int) -> int:
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def describe(n: int) -> str:
    parity = "even"
    if is_odd(n):
        parity = "odd"
    return str(n) + "! = " + str(factorial(n)) + " (" + parity + ")"


print(describe(5), is_even(10), is_odd(7))
