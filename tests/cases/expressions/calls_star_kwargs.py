# A `**kwargs: str` parameter accepts any keyword argument whose value is
# a str. Inside the function it is a dict from str to str. Positional
# arguments beyond the named parameters are still too many.


def tags(**kwargs: str) -> str:
    reveal_type(kwargs)  # N: Revealed type is "dict[str, str]"
    return ",".join(kwargs.values())


def render(name: str, **attrs: int) -> str:
    return name + str(sum(attrs.values()))


tags(a="x", b="y")
tags(a="x", b=1)  # E: Argument "b" to "tags" has incompatible type "int"; expected "str"  [arg-type]
tags("x")  # E: Too many arguments for "tags"  [call-arg]
render("div", width=10, height=20)
render("div", width="10")  # E: Argument "width" to "render" has incompatible type "str"; expected "int"  [arg-type]
render(name="p", size=1.5)  # E: Argument "size" to "render" has incompatible type "float"; expected "int"  [arg-type]
print(tags(), render("span"))
