# Lambdas take their parameter types from the callable they are assigned or passed to.
from typing import Callable

Rule = Callable[[str, int], bool]

rules: list[Rule] = [
    lambda name, age: age >= 18,
    lambda name, age: name.isalpha() and age < 130,
]
sort_key: Callable[[tuple[str, int]], int] = lambda pair: pair[1]
people = [("ada", 36), ("alan", 41)]
people.sort(key=sort_key)
adults = [p for p in people if all(rule(p[0], p[1]) for rule in rules)]
by_name = sorted(people, key=lambda p: p[0].lower())
lengths = list(map(lambda p: len(p[0]), people))
print(adults, by_name, sum(lengths))
