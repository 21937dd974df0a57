# Positional parameters may be renamed in an override; mypy only matches them by
# position.
class Handler:
    def handle(self, request: str, retries: int) -> bool:
        return True


class Logged(Handler):
    def handle(self, req: str, attempts: int) -> bool:
        print(req, attempts)
        return False


class Positional(Handler):
    def handle(self, request: str, retries: int, /) -> bool:
        return True


def run(handler: Handler) -> bool:
    return handler.handle("get", 2)


run(Logged())
run(Positional())
