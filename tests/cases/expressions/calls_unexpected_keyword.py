# A keyword argument must match a parameter name. An unknown name is an
# error naming the callee; misspellings of an existing parameter are
# still errors, and the matching keywords in the same call are accepted.


def resize(width: int, height: int = 0) -> int:
    return width * height


def notify(message: str, *, loud: bool = False) -> None:
    print(message.upper() if loud else message)


resize(1, hieght=2)  # E: Unexpected keyword argument "hieght" for "resize"; did you mean "height"?  [call-arg]
resize(width=1, depth=3)  # E: Unexpected keyword argument "depth" for "resize"  [call-arg]
notify("hi", lound=True)  # E: Unexpected keyword argument "lound" for "notify"; did you mean "loud"?  [call-arg]
notify(message="hi", loud=True, color="red")  # E: Unexpected keyword argument "color" for "notify"  [call-arg]
resize(width=3, height=4)
print(resize(2))
