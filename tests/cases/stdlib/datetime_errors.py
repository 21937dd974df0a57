# Mistakes with datetime: a date minus a date is a timedelta, not a number;
# numbers are not durations; and the constructors want integers.
from datetime import date, datetime, timedelta

now = datetime.now()
days: int = date.today() - date(2000, 1, 1)  # E: Incompatible types in assignment (expression has type "timedelta", variable has type "int")  [assignment]
now + 5  # E: Unsupported operand types for + ("datetime" and "int")  [operator]
date(2020, "1", 1)  # E: Argument 2 to "date" has incompatible type "str"; expected "SupportsIndex"  [arg-type]
timedelta(days="1")  # E: Argument "days" to "timedelta" has incompatible type "str"; expected "float"  [arg-type]
label: str = now.year  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
now.date().hour  # E: "date" has no attribute "hour"  [attr-defined]
stamp: datetime = date.today()  # E: Incompatible types in assignment (expression has type "date", variable has type "datetime")  [assignment]
