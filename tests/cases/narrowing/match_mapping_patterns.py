# match statements with mapping patterns: captured values get the mapping's value type,
# `**rest` a dict of what is left; the subject itself is not narrowed.
def handle(event: dict[str, int]) -> int:
    match event:
        case {"id": ident, **others}:
            reveal_type(ident)  # N: Revealed type is "int"
            reveal_type(others)  # N: Revealed type is "dict[str, int]"
            return ident
    return -1


def route(message: dict[str, str] | list[str]) -> str:
    match message:
        case {"path": path}:
            reveal_type(message)  # N: Revealed type is "dict[str, str] | list[str]"
            return path.upper()
        case [verb, path]:
            return f"{verb} {path}"
    return ""


def settings(raw: object) -> str:
    match raw:
        case {"name": str(name), "port": int(port)}:
            return f"{name}:{port}"
        case {"name": name}:
            return str(name)
    return "default"
