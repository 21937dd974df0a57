def helper(value):
    return value


def typed(value: int) -> int:
    return value


loud: int = "reported here"
