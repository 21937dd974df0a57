# An unannotated base method still fixes how many arguments an override takes.
class Plugin:
    def run(self, data):
        return data

    def stop(self):
        pass


class Broken(Plugin):
    def run(self) -> None:  # E: Signature of "run" incompatible with supertype "Plugin"  [override]  # N:      Superclass:  # N:          def run(self, data: Any) -> Any  # N:      Subclass:  # N:          def run(self) -> None
        pass

    def stop(self, force: bool) -> None:  # E: Signature of "stop" incompatible with supertype "Plugin"  [override]  # N:      Superclass:  # N:          def stop(self) -> Any  # N:      Subclass:  # N:          def stop(self, force: bool) -> None
        pass


class Fine(Plugin):
    def run(self, data: int) -> str:
        return ""

    # An unannotated override is not checked.
    def stop(self, force, now):
        pass
