# Configuration values typed with Literal unions, validated from strings and passed along.
from typing import Final, Literal, Optional, get_args

LogFormat = Literal["json", "text"]
Environment = Literal["dev", "staging", "prod"]

FORMATS: Final = ("json", "text")
DEFAULT_ENVIRONMENT: Final[Environment] = "dev"


def parse_format(raw: str) -> Optional[LogFormat]:
    if raw == "json":
        return "json"
    if raw == "text":
        return "text"
    return None


def is_production(env: Environment) -> bool:
    return env == "prod"


def settings(env: Environment = DEFAULT_ENVIRONMENT, fmt: LogFormat = "text") -> dict[str, str]:
    return {"environment": env, "format": fmt, "debug": str(not is_production(env))}


chosen = parse_format("json")
if chosen is not None:
    print(settings("staging", chosen))
print(settings(), FORMATS, get_args(Environment))
