# Final names declared with Literal types: passed where literals are expected, never rebound.
from typing import Final, Literal

Protocol = Literal["http", "https"]

PROTOCOL: Final[Protocol] = "https"
DEFAULT_PORT: Final[Literal[443, 8443, 8080]] = 8080
LEGACY_PROTOCOL = "http"
FALLBACK: Final[Protocol] = "ftp"  # E: Incompatible types in assignment (expression has type "Literal['ftp']", variable has type "Literal['http', 'https']")  [assignment]


def connect(protocol: Protocol, port: int) -> str:
    return f"{protocol}://localhost:{port}"


def secure_port(port: Literal[443, 8443, 8080]) -> bool:
    return port != 8080


connect(PROTOCOL, DEFAULT_PORT)
secure_port(DEFAULT_PORT)
connect(LEGACY_PROTOCOL, 80)  # E: Argument 1 to "connect" has incompatible type "str"; expected "Literal['http', 'https']"  [arg-type]
PROTOCOL = "http"  # E: Cannot assign to final name "PROTOCOL"  [misc]
