# Parameters before `/` are positional-only, so their names are not
# keywords of the function: passing one by name is an unexpected keyword
# argument, one error per name. Parameters after the `/` take either form.


def clamp(value: int, low: int, /, high: int = 100) -> int:
    return max(low, min(value, high))


clamp(5, 0)
clamp(5, 0, high=10)
clamp(5, low=0)  # E: Unexpected keyword argument "low" for "clamp"  [call-arg]
clamp(value=5, low=0)  # E: Unexpected keyword argument "value" for "clamp"  [call-arg]  # E: Unexpected keyword argument "low" for "clamp"  [call-arg]
clamp(5, 0, 10, 20)  # E: Too many arguments for "clamp"  [call-arg]
clamp(5, "0")  # E: Argument 2 to "clamp" has incompatible type "str"; expected "int"  [arg-type]
print(clamp(1, 2, 3))
