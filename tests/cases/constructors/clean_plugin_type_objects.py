# Clean: calling a `type[C]` value builds an instance of C (or of the subclass passed).
class Plugin:
    def __init__(self, name: str) -> None:
        self.name = name


class AudioPlugin(Plugin):
    pass


def load(kind: type[Plugin], name: str) -> Plugin:
    return kind(name)


registry: dict[str, type[Plugin]] = {"audio": AudioPlugin, "base": Plugin}
plugins = [load(kind, key) for key, kind in registry.items()]
audio: Plugin = load(AudioPlugin, "reverb")
