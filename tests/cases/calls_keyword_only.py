# Parameters after a bare star are keyword-only: passing them
# positionally is an arity error, and leaving out one without a default
# is reported as a missing named argument.


def render(template: str, *, indent: int = 2, width: int) -> str:
    return template.strip() + " " * indent + str(width)


render("x", width=80)
render("x", indent=4, width=40)
render("x", 4, 80)  # E: Too many positional arguments for "render"  [call-arg]
render("x")  # E: Missing named argument "width" for "render"  [call-arg]
render("x", width="wide")  # E: Argument "width" to "render" has incompatible type "str"; expected "int"  [arg-type]
render(template="y", width=10, indent=None)  # E: Argument "indent" to "render" has incompatible type "None"; expected "int"  [arg-type]
print(render("z", width=1))
