# A nested function can read the parameters and local variables of the
# function around it, and can be returned as a value. Its type is a
# Callable built from its signature.
from typing import Callable


def make_multiplier(factor: int) -> Callable[[int], int]:
    def multiply(n: int) -> int:
        return n * factor

    return multiply


def make_greeter(greeting: str) -> Callable[[str], str]:
    punctuation = "!"

    def greet(name: str) -> str:
        return greeting + ", " + name + punctuation

    return greet


def apply_all(funcs: list[Callable[[int], int]], value: int) -> list[int]:
    def apply(f: Callable[[int], int]) -> int:
        return f(value)

    return [apply(f) for f in funcs]


double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), make_greeter("Hi")("Ann"), apply_all([double, triple], 7))
