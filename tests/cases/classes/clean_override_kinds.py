# Class methods, static methods and properties overridden by their own kind.
class Parser:
    @classmethod
    def from_text(cls, text: str) -> "Parser":
        return cls()

    @staticmethod
    def normalize(text: str) -> str:
        return text.strip()

    @property
    def name(self) -> str:
        return "parser"


class JsonParser(Parser):
    @classmethod
    def from_text(cls, text: str, strict: bool = False) -> "JsonParser":
        return cls()

    @staticmethod
    def normalize(text: object) -> str:
        return str(text)

    @property
    def name(self) -> str:
        return "json"


parser = JsonParser.from_text("{}")
print(parser.name, JsonParser.normalize(1))
