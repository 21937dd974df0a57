# Mistakes with copy: a copy has the type of the original (which the
# declared type of the target is pushed into).
import copy

numbers = [1, 2]
names: list[str] = copy.copy(numbers)  # E: Argument 1 to "copy" has incompatible type "list[int]"; expected "list[str]"  [arg-type]
copy.deepcopy(numbers).add(3)  # E: "list[int]" has no attribute "add"; maybe "append" or "extend"?  [attr-defined]
