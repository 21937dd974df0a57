# Mistakes with time: time() is a float, sleep() takes a number, and the
# fields of struct_time are ints.
import time

now: int = time.time()  # E: Incompatible types in assignment (expression has type "float", variable has type "int")  [assignment]
time.sleep("1")  # E: Argument 1 to "sleep" has incompatible type "str"; expected "float | SupportsIndex"  [arg-type]
time.strftime(3)  # E: Argument 1 to "strftime" has incompatible type "int"; expected "str"  [arg-type]
month: str = time.localtime().tm_mon  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
time.monotonic(1)  # E: Too many arguments for "monotonic"  [call-arg]
