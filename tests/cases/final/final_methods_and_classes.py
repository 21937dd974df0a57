# Final methods may not be overridden, and final classes may not be subclassed.
from typing import final


class Job:
    @final
    def run(self) -> None:
        self.execute()

    def execute(self) -> None: ...

    @final
    def describe(self) -> str:
        return "job"


class Backup(Job):
    def execute(self) -> None: ...

    def run(self) -> None: ...  # E: Cannot override final attribute "run" (previously declared in base class "Job")  [misc]


class Report(Job):
    @staticmethod  # E: Cannot override final attribute "describe" (previously declared in base class "Job")  [misc]
    def describe() -> str:
        return "report"


@final
class Token:
    value: str = ""


class RefreshToken(Token): ...  # E: Cannot inherit from final class "Token"  [misc]
