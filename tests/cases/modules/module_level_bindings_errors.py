# A class whose instances come from __new__ checks its calls against
# __new__'s signature, and a name bound in a module-level loop keeps the
# type of its first binding for the rest of the module. __package__ is a
# str, as mypy types it.


class Money:
    def __new__(cls, amount: str = "0") -> "Money":
        return super().__new__(cls)


for index in range(3):
    label = str(index)

Money(1)  # E: Argument 1 to "Money" has incompatible type "int"; expected "str"  [arg-type]
Money("1", "EUR")  # E: Too many arguments for "Money"  [call-arg]
label = 2  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
print(label, __package__.upper(), __doc__)
