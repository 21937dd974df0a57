# A dataclass field declared Final cannot be assigned on instances.
from dataclasses import dataclass
from typing import Final


@dataclass
class Endpoint:
    path: str
    method: Final[str] = "GET"


endpoint = Endpoint("/users")
print(endpoint.method.lower())
endpoint.path = "/groups"
endpoint.method = "POST"  # E: Cannot assign to final attribute "method"  [misc]
