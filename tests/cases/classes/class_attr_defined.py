# Attributes a class does not have are errors, on instances and on the class.
class Settings:
    verbose: bool = False
    level = 1

    def __init__(self) -> None:
        self.path = "x"

    def reload(self) -> None:
        pass


class Extended(Settings):
    extra: str = ""


s = Settings()
s.verbos  # E: "Settings" has no attribute "verbos"; maybe "verbose"?  [attr-defined]
s.reload()
s.relaod()  # E: "Settings" has no attribute "relaod"; maybe "reload"?  [attr-defined]
Settings.path  # E: Cannot access instance-only attribute "path" on class object  [misc]
Settings.missing  # E: "type[Settings]" has no attribute "missing"  [attr-defined]
Extended().extra
Extended().other  # E: "Extended" has no attribute "other"  [attr-defined]
Extended.level
Extended.nothing  # E: "type[Extended]" has no attribute "nothing"  [attr-defined]
