# Functions without annotations are not checked internally (not even
# for undefined names), and their parameters accept anything, but
# calls to them still have to supply the right number and names of
# arguments.


def combine(a, b, c=None):
    return a + b + undefined_name


def shout(message):
    return message.upper() + 1


combine(1, 2)
combine("a", "b", "c")
combine(1)  # E: Missing positional argument "b" in call to "combine"  [call-arg]
combine(1, 2, 3, 4)  # E: Too many arguments for "combine"  [call-arg]
combine(1, 2, d=5)  # E: Unexpected keyword argument "d" for "combine"  [call-arg]
shout()  # E: Missing positional argument "message" in call to "shout"  [call-arg]
shout([1, 2], [3])  # E: Too many arguments for "shout"  [call-arg]
print(shout("hi"))
