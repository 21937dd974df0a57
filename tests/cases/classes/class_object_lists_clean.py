# Lists of classes with a common base can be passed where that base's class object is
# expected, and a bare `type` fits any `type[...]`.
from types import TracebackType
from typing import Optional


class Tag:
    key = ""

    def check(self, value: object) -> bool:
        return False


class DictTag(Tag):
    key = "d"

    def check(self, value: object) -> bool:
        return isinstance(value, dict)


class ListTag(Tag):
    key = "l"

    def check(self, value: object) -> bool:
        return isinstance(value, list)


class Serializer:
    default_tags = [DictTag, ListTag]

    def __init__(self) -> None:
        self.tags: dict[str, Tag] = {}
        for cls in self.default_tags:
            self.register(cls)

    def register(self, tag_class: type[Tag]) -> None:
        self.tags[tag_class.key] = tag_class()


def describe(info: tuple[type, BaseException, Optional[TracebackType]]) -> str:
    exc_type: type[BaseException] = info[0]
    return exc_type.__name__


print(Serializer().tags)
