# type[C] values: registries of classes, constructing through them, class methods: clean.
from typing import TypeVar


class Plugin:
    name = "base"

    def __init__(self, config: dict[str, str]) -> None:
        self.config = config

    @classmethod
    def describe(cls) -> str:
        return f"{cls.__name__}: {cls.name}"

    def run(self) -> str:
        return self.name


class Exporter(Plugin):
    name = "export"


class Importer(Plugin):
    name = "import"


P = TypeVar("P", bound=Plugin)

REGISTRY: dict[str, type[Plugin]] = {"export": Exporter, "import": Importer}


def create(kind: type[P], config: dict[str, str]) -> P:
    return kind(config)


def load(name: str) -> Plugin:
    plugin_class = REGISTRY[name]
    return plugin_class({"source": name})


exporter: Exporter = create(Exporter, {})
print(exporter.run(), load("import").run(), [cls.describe() for cls in REGISTRY.values()])
