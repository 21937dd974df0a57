# datetime: arithmetic between datetimes, dates and timedeltas has precise
# result types, the constructors take keywords, and a datetime is a date.
import datetime as dt
from datetime import date, datetime, time, timedelta, timezone


def age_in_days(born: date) -> int:
    return (date.today() - born).days


def next_run(last: datetime, every: timedelta) -> datetime:
    return last + every


def is_stale(stamp: datetime, max_age: timedelta = timedelta(hours=1)) -> bool:
    return datetime.now(timezone.utc) - stamp > max_age


def parse_day(text: str) -> date:
    return datetime.strptime(text, "%Y-%m-%d").date()


now = datetime.now()
reveal_type(now - now)  # N: Revealed type is "datetime.timedelta"
reveal_type(now - timedelta(days=1))  # N: Revealed type is "datetime.datetime"
reveal_type(timedelta(hours=2) + now)  # N: Revealed type is "datetime.datetime"
reveal_type(timedelta(1) / timedelta(hours=6))  # N: Revealed type is "float"
reveal_type(timedelta(1) // 2)  # N: Revealed type is "datetime.timedelta"
reveal_type(datetime.today())  # N: Revealed type is "datetime.datetime"
reveal_type(now.tzinfo)  # N: Revealed type is "datetime.tzinfo | None"
day: date = now
midnight = datetime.combine(day, time(0, 0), tzinfo=dt.UTC)
week = [day + timedelta(days=i) for i in range(7)]
total = sum([timedelta(minutes=5), timedelta(seconds=30)], timedelta())
latest = max(now, datetime(2020, 1, 1, 12, 30))
utc_now = now.astimezone(timezone.utc).replace(microsecond=0)
seconds: float = (utc_now - midnight).total_seconds()
stamp: str = f"{now:%Y-%m-%d}" + now.isoformat(timespec="seconds") + now.strftime("%H:%M")
when = datetime.fromtimestamp(0, tz=timezone(timedelta(hours=2), "CEST"))
print(age_in_days(date(2000, 1, 1)), next_run(now, timedelta(minutes=1)), is_stale(now))
print(parse_day("2024-02-03"), week, total, latest, seconds, stamp, when.weekday(), now.year)
