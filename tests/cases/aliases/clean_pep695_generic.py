# mypy-args: --python-version 3.12
# Generic PEP 695 aliases filled in at each use, including nested and bounded parameters.
type Pair[T] = tuple[T, T]
type Grid[T] = list[list[T]]
type Index[K, V] = dict[K, list[V]]
type Ranked[N: (int, float)] = list[tuple[str, N]]


def swap(pair: Pair[int]) -> Pair[int]:
    first, second = pair
    return (second, first)


def transpose(grid: Grid[float]) -> Grid[float]:
    return [list(column) for column in zip(*grid)]


def group(words: list[str]) -> Index[str, str]:
    index: Index[str, str] = {}
    for word in words:
        index.setdefault(word[:1], []).append(word)
    return index


def best(scores: Ranked[float]) -> str:
    return max(scores, key=lambda entry: entry[1])[0]


print(swap((1, 2)), transpose([[1.0, 2.0]]), group(["apple", "avocado"]))
print(best([("ada", 3.5), ("alan", 2.0)]))
