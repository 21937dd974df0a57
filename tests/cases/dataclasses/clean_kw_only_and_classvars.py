# Keyword-only fields and class variables next to fields.
from dataclasses import KW_ONLY, dataclass, field
from typing import ClassVar


@dataclass
class Request:
    registry: ClassVar[dict[str, "Request"]] = {}
    method: str
    url: str
    _: KW_ONLY
    timeout: float = 10.0
    headers: dict[str, str] = field(default_factory=dict)
    retries: int


@dataclass(kw_only=True)
class Response:
    status: int
    body: str = ""


req = Request("GET", "http://x", retries=2, timeout=1)
Request.registry["x"] = req
resp = Response(status=200)
print(req.timeout * req.retries, resp.body or resp.status, len(Request.registry))
