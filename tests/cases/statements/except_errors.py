# Only exception classes can be caught: an except clause naming
# something else is an error. The bound name has the caught exception's
# type, so using it as another type is reported, and the name is
# unbound again once the except block ends.


def parse(text: str) -> int:
    try:
        return int(text)
    except int:  # E: Exception type must be derived from BaseException (or be a tuple of exception classes)  [misc]
        return 0
    except (ValueError, str):  # E: Exception type must be derived from BaseException (or be a tuple of exception classes)  [misc]
        return 1
    except KeyError as error:
        return error  # E: Incompatible return value type (got "KeyError", expected "int")  [return-value]


def report(text: str) -> str:
    try:
        value = int(text)
    except ValueError as error:
        message: str = error  # E: Incompatible types in assignment (expression has type "ValueError", variable has type "str")  [assignment]
        print(message)
    except Exception as other:
        other.code  # E: "Exception" has no attribute "code"  [attr-defined]
    print(error)  # E: Trying to read deleted variable "error"  [misc]
    return str(value)
