# `from m import name` where m exists but has no such name.
from builtins import lenn  # E: Module "builtins" has no attribute "lenn"; maybe "len"?  [attr-defined]
from builtins import not_a_builtin_at_all  # E: Module "builtins" has no attribute "not_a_builtin_at_all"  [attr-defined]
from builtins import len, print
from typing import TYPE_CHECKING, Any
from collections.abc import Iterable
