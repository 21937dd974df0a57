# Hidden by lib.pyi: checking the directory does not check this file.
name = "lib"
retries: int = "three"
timeout = 1.5
limit = 5


def connect(host, port=80):
    return Connection(host)


def parse(value):
    return value


class Connection:
    def __init__(self, host):
        self.host = host
        self.is_open = True

    def send(self, data) -> int:
        return "sent"

    @property
    def peer(self):
        return self.host
