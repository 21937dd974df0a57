# Parameters after a bare `*` are keyword-only: they cannot be filled
# positionally, and when required they must be named at every call.
# Their values are type checked like any keyword argument.


def fetch(url: str, *, retries: int, verbose: bool = False) -> str:
    return url * retries if verbose else url


fetch("u", retries=2)
fetch("u", 2)  # E: Too many positional arguments for "fetch"  [call-arg]
fetch("u", 2, True)  # E: Too many positional arguments for "fetch"  [call-arg]
fetch("u", retries="2")  # E: Argument "retries" to "fetch" has incompatible type "str"; expected "int"  [arg-type]
fetch("u", retries=1, verbose="yes")  # E: Argument "verbose" to "fetch" has incompatible type "str"; expected "bool"  [arg-type]
fetch(url="u", retries=3, verbose=True)
print(fetch("v", retries=0))
