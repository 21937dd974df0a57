# Subclasses assign attributes their bases declared, with fitting types.
class Connection:
    def __init__(self, host: str) -> None:
        self.host = host
        self.port: int | None = None
        self.retries = 0


class Secure(Connection):
    def __init__(self, host: str) -> None:
        super().__init__(host)
        self.port = 443
        self.retries = 3
        self.cert = "default.pem"

    def reset(self) -> None:
        self.port = None
        self.host = "localhost"


conn = Secure("example.org")
port: int | None = conn.port
cert: str = conn.cert
