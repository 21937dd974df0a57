# A function declared to return None must not return a value, and the
# result of calling it cannot be used as a value.


def log(message: str) -> None:
    print(message)
    return message  # E: No return value expected  [return-value]


def reset(values: list[int]) -> None:
    values.clear()
    return None


def stop(flag: bool) -> None:
    if flag:
        return
    return 1  # E: No return value expected  [return-value]


result = log("x")  # E: "log" does not return a value (it only ever returns None)  [func-returns-value]
total: int = reset([1])  # E: "reset" does not return a value (it only ever returns None)  [func-returns-value]  # E: Incompatible types in assignment (expression has type "None", variable has type "int")  [assignment]
stop(True)
