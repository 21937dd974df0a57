# try/except/else/finally: the except clauses catch exception classes or
# tuples of them, the else block runs when nothing was raised, and the
# finally block always runs. Names bound in try stay usable in else.


def to_int(text: str, default: int) -> int:
    try:
        value = int(text)
    except ValueError:
        return default
    except (TypeError, OverflowError):
        return -default
    else:
        return value * 2
    finally:
        print("parsed", text)


def safe_divide(a: float, b: float) -> float:
    result = 0.0
    try:
        result = a / b
    except ZeroDivisionError:
        pass
    return result


def lookup(table: dict[str, int], key: str) -> int:
    try:
        return table[key]
    except KeyError:
        return 0


try:
    numbers = [int(part) for part in "1 2 x".split()]
except BaseException:
    numbers = []
print(to_int("7", 0), safe_divide(1, 0), lookup({}, "a"), numbers)
