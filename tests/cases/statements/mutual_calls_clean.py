# Functions may call each other in any order, including functions
# defined later in the module and mutually recursive pairs: the call is
# checked against the callee's signature wherever it is defined.


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def describe(n: int) -> str:
    return label(n) + " " + str(n)


def label(n: int) -> str:
    return "even" if is_even(n) else "odd"


def total_length(words: list[str]) -> int:
    return sum(word_length(w) for w in words)


def word_length(word: str) -> int:
    return len(word.strip())


print(describe(7), total_length(["a ", "bc"]))
