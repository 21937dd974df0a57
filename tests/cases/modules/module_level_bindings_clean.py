# Names bound anywhere at module level are globals: inside loops, try
# blocks and with statements too. Every module also has its dunder
# attributes (__name__, __package__, __spec__), and a class that builds
# instances in __new__ is called with __new__'s parameters.
import sys


class Money:
    def __new__(cls, amount: str = "0", currency: str = "EUR") -> "Money":
        return super().__new__(cls)


for index in range(3):
    try:
        import json
    except ImportError:
        pass
    total = index * 2

print(total, index, json, __name__.upper(), __package__, __spec__, sys.argv)
print(Money("10", currency="USD"), Money())
