# A class with both __new__ and __init__: mypy checks the call against __init__.
class Connection:
    def __new__(cls, url: str, timeout: float = 10.0) -> "Connection":
        return super().__new__(cls)

    def __init__(self, url: str, timeout: float = 10.0) -> None:
        self.url = url
        self.timeout = timeout


class Session(Connection):
    def __init__(self, url: str, token: str) -> None:
        super().__init__(url)
        self.token = token


Connection("db://local", timeout="fast")  # E: Argument "timeout" to "Connection" has incompatible type "str"; expected "float"  [arg-type]
Session("db://local", 5)  # E: Argument 2 to "Session" has incompatible type "int"; expected "str"  [arg-type]
ok = Session("db://local", "secret")
