# time: clocks give floats (or ints for the _ns variants), struct_time is a
# tuple of nine ints with named fields, and formatting takes either.
import time


def elapsed_ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def stamp() -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime())


start = time.monotonic()
time.sleep(0.01)
now = time.time()
t = time.gmtime(now)
year: int = t.tm_year
year2, month = t[0], t[1]
reveal_type(time.time_ns())  # N: Revealed type is "int"
reveal_type(t.tm_zone)  # N: Revealed type is "str"
parsed = time.strptime("2024-01-02", "%Y-%m-%d")
epoch: float = time.mktime(parsed)
print(elapsed_ms(start), stamp(), year, year2, month, epoch, time.ctime(), time.asctime(t), time.timezone, time.tzname[0])
