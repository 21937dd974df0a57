# Final classes used, and final methods called and inherited without being overridden.
from typing import final
import typing


@final
class Settings:
    def __init__(self, debug: bool) -> None:
        self.debug = debug


class Plugin:
    @final
    def register(self) -> str:
        return f"registered {self.name()}"

    def name(self) -> str:
        return "plugin"


class AuditPlugin(Plugin):
    def name(self) -> str:
        return "audit"


@typing.final
class Version:
    major: int = 1


print(Settings(True).debug, AuditPlugin().register(), Version.major)
