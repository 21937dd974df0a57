# Functions and methods defined under `if TYPE_CHECKING:` never run, so mypy lets their
# bodies be empty; elsewhere an empty body that should return a value is an error.
import typing as t
from typing import TYPE_CHECKING

if t.TYPE_CHECKING:

    class Translations(t.Protocol):
        def gettext(self, message: str) -> str: ...

    class ContextTranslations(Translations):
        def pgettext(self, context: str, message: str) -> str: ...

    def default_translations() -> Translations: ...


if TYPE_CHECKING:

    def plural_rule(count: int) -> int: ...


class Catalog:
    def lookup(self, message: str) -> str: ...  # E: Missing return statement  [empty-body]


def install(catalog: "ContextTranslations") -> str:
    return catalog.pgettext("menu", "Open") + str(plural_rule(2))
