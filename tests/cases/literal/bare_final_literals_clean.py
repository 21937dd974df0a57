# Constants declared with a bare Final keep their literal value where a Literal type is
# expected, and are plain str/int elsewhere.
from typing import Final, Literal

DEFAULT_SCHEME: Final = "https"
MAX_RETRIES: Final = 3

Scheme = Literal["http", "https"]


def connect(host: str, scheme: Scheme, retries: Literal[1, 2, 3]) -> str:
    return f"{scheme}://{host} (x{retries})"


def fallback(host: str) -> str:
    local_scheme: Final = "http"
    return connect(host, local_scheme, 1)


url = connect("example.org", DEFAULT_SCHEME, MAX_RETRIES)
scheme = DEFAULT_SCHEME
scheme = "ftp"
print(url, fallback("localhost"), scheme.upper(), MAX_RETRIES + 1)
