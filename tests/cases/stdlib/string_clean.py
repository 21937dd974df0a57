# string: the character-class constants are str, Template substitutes from a
# mapping or keywords, and Formatter can be subclassed.
import string
from typing import Any


class Upper(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> Any:
        return str(super().format_field(value, format_spec)).upper()


greeting = string.Template("Hello $name, you are $age")
text = greeting.substitute(name="Ann", age=30)
partial = greeting.safe_substitute({"name": "Bob"})
digits: str = string.digits
allowed = set(string.ascii_lowercase + string.digits + "-_")
print(text, partial, allowed, digits, string.capwords("hello world"), Upper().format("{0}", "x"), greeting.template)
