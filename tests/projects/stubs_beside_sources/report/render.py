def render(title: str) -> str:
    return title.upper()
