# full-typeshed: typeshed-lite stubs are partial (a module-level __getattr__), so their unknown names are Any.
# An attribute a module does not have is an error, worded as mypy words it
# for attribute access (no module name) with its "maybe" suggestion drawn
# from the module's names, star imports included; `from m import x` names
# the module.
import collections.abc
import json
import math
import os.path
from math import sqrtt  # E: Module "math" has no attribute "sqrtt"; maybe "sqrt" or "isqrt"?  [attr-defined]

math.squareroot(2)  # E: Module has no attribute "squareroot"  [attr-defined]
math.florr(2.5)  # E: Module has no attribute "florr"; maybe "floor"?  [attr-defined]
os.path.joinn("a", "b")  # E: Module has no attribute "joinn"; maybe "join"?  [attr-defined]
json.dump_s({})  # E: Module has no attribute "dump_s"; maybe "dumps" or "dump"?  [attr-defined]
collections.abc.Sequense  # E: Module has no attribute "Sequense"; maybe "Sequence"?  [attr-defined]
print(math.pi, os.path.sep, json.loads("1"), collections.abc.Mapping)
