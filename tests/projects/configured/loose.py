def helper(value):
    return value


quiet: int = "not reported here"
