# operator: itemgetter, attrgetter and methodcaller make key functions, and
# the operator functions fold with reduce.
import operator
from functools import reduce
from operator import attrgetter, itemgetter, methodcaller


class Person:
    def __init__(self, name: str, age: int) -> None:
        self.name = name
        self.age = age


people = [Person("b", 30), Person("a", 25)]
people.sort(key=attrgetter("age"))
pairs = [("x", 3), ("y", 1)]
reveal_type(sorted(pairs, key=itemgetter(1)))  # N: Revealed type is "list[tuple[str, int]]"
reveal_type(operator.truth(0))  # N: Revealed type is "bool"
total = reduce(operator.add, [1, 2, 3])
product = reduce(operator.mul, [1, 2, 3], 1)
upper = list(map(methodcaller("upper"), ["a", "b"]))
names = list(map(attrgetter("name"), people))
print(total, product, upper, names, operator.index(3), operator.contains([1], 1), operator.getitem(pairs, 0))
