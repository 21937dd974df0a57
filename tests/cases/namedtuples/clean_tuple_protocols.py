# Named tuples where tuples and sequences are expected.
from typing import NamedTuple, Sequence


class Coord(NamedTuple):
    lat: float
    lon: float


def distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


def first_items(rows: Sequence[tuple[float, float]]) -> list[float]:
    return [row[0] for row in rows]


home = Coord(51.5, -0.1)
work = Coord(lat=51.52, lon=-0.08)
route: list[Coord] = [home, work]
lat, lon = home
print(distance(home, work), first_items(route), lat * 2, home._asdict()["lat"], len(home))
print(home == work, home < work, max(route).lon, home[0] + home[-1], home[:1])
