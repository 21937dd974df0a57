# A finally block runs on every way out of the try block, so cleanup
# code goes there. try/finally without except is allowed, and a name
# assigned before the try is usable in the finally block.


def read_all(lines: list[str]) -> str:
    handle_open = True
    try:
        text = "\n".join(lines)
    finally:
        handle_open = False
    print(handle_open)
    return text


def count_calls(values: list[int]) -> int:
    calls = 0
    try:
        for value in values:
            calls += value
        return calls
    finally:
        calls = 0


def nested(text: str) -> float:
    try:
        try:
            return float(text)
        finally:
            print("inner")
    except ValueError:
        return 0.0
    finally:
        print("outer")


print(read_all(["a", "b"]), count_calls([1, 2]), nested("1.5"))
