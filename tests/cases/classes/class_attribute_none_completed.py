# A class attribute set to None in the class body takes its type from what
# the class's annotated methods assign to it (mypy's partial types across
# scopes), so subclasses may give it a value of that type.
class Response:
    media_type = None
    charset = "utf-8"

    def __init__(self, media_type: str | None = None) -> None:
        if media_type is not None:
            self.media_type = media_type


class HTMLResponse(Response):
    media_type = "text/html"


class Plain:
    marker = None


reveal_type(Response().media_type)  # N: Revealed type is "str | None"
reveal_type(HTMLResponse().media_type)  # N: Revealed type is "str"
reveal_type(Plain().marker)  # N: Revealed type is "None"
Response().media_type = 1  # E: Incompatible types in assignment (expression has type "int", variable has type "str | None")  [assignment]
