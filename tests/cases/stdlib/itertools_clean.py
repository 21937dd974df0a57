# itertools: every iterator keeps its element type, groupby pairs keys with
# groups, product and combinations build tuples, and zip_longest may fill.
import itertools
from itertools import accumulate, chain, combinations, count, groupby, islice, pairwise, product, zip_longest


def flatten(rows: list[list[int]]) -> list[int]:
    return list(chain.from_iterable(rows))


def by_initial(words: list[str]) -> dict[str, list[str]]:
    return {k: list(g) for k, g in groupby(sorted(words), key=lambda w: w[0])}


def first(n: int, items: list[str]) -> list[str]:
    return list(islice(items, n))


reveal_type(chain([1], [2]))  # N: Revealed type is "itertools.chain[int]"
reveal_type(list(product([1], ["a"])))  # N: Revealed type is "list[tuple[int, str]]"
reveal_type(list(combinations("abc", 2)))  # N: Revealed type is "list[tuple[str, str]]"
reveal_type(list(zip_longest([1], ["a"], fillvalue=0)))  # N: Revealed type is "list[tuple[int, str | int]]"
reveal_type(list(pairwise([1, 2, 3])))  # N: Revealed type is "list[tuple[int, int]]"
reveal_type(next(count(1.5)))  # N: Revealed type is "float"
running = list(accumulate([1, 2, 3]))
products = list(accumulate([1, 2, 3], lambda a, b: a * b))
ids = dict(zip(["a", "b"], count(1)))
grid = [(x, y) for x, y in itertools.product(range(2), repeat=2)]
evens = list(itertools.takewhile(lambda n: n < 10, itertools.count(0, 2)))
colors = list(islice(itertools.cycle(["red", "green"]), 5))
left, right = itertools.tee([1, 2, 3])
total = sum(itertools.starmap(pow, [(2, 3), (3, 2)]))
print(flatten([[1], [2]]), by_initial(["ab", "ac"]), first(1, ["x"]), running, products, ids, grid)
print(evens, colors, list(left), list(right), total, list(itertools.repeat("x", 3)))
