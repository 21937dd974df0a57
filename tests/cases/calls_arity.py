# Calling an annotated function with the wrong number of positional
# arguments is an error at the call site; the body is still checked.
# Too many arguments and too few arguments get different messages.


def greet(name: str, times: int) -> str:
    return name * times


def area(width: float, height: float = 1.0) -> float:
    return width * height


greet("a", 2)
greet("a", 2, 3)  # E: Too many arguments for "greet"  [call-arg]
greet("a")  # E: Missing positional argument "times" in call to "greet"  [call-arg]
greet()  # E: Missing positional arguments "name", "times" in call to "greet"  [call-arg]
area()  # E: Missing positional argument "width" in call to "area"  [call-arg]
area(1.0, 2.0, 3.0)  # E: Too many arguments for "area"  [call-arg]
area(2.5)
print(greet("b", 1), area(3.0, 4.0))
