# Optional values that are only stored, passed along and returned,
# never used as their non-None type. None and plain values both fit
# an Optional slot, so nothing here needs narrowing.
from typing import Dict, Optional


def find_port(config: Dict[str, int], name: str) -> Optional[int]:
    return config.get(name)


def describe(port: Optional[int], default: Optional[str] = None) -> str:
    return str(port) + " / " + str(default)


def first_line(text: str) -> Optional[str]:
    lines = text.split("\n")
    if len(lines) == 0:
        return None
    return lines[0]


settings = {"http": 80, "https": 443}
port = find_port(settings, "http")
port = None
port = 8080
title: Optional[str] = first_line("a\nb")
title = None
print(describe(port), describe(None, "none"), describe(find_port(settings, "ssh")), title)
