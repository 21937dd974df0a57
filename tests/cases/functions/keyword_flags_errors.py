# A keyword-only flag cannot be passed positionally, a required one must
# be named at every call, and its value must fit the annotation. Naming a
# flag the function does not have is also an error.
from typing import List


def save(path: str, data: List[str], *, overwrite: bool, backup: bool = True) -> int:
    return len(data) if overwrite or backup else 0


save("p", ["x"], overwrite=True)
save("p", ["x"], True)  # E: Too many positional arguments for "save"  [call-arg]
save("p", ["x"])  # E: Missing named argument "overwrite" for "save"  [call-arg]
save("p", ["x"], overwrite="yes")  # E: Argument "overwrite" to "save" has incompatible type "str"; expected "bool"  [arg-type]
save("p", ["x"], overwrite=True, force=True)  # E: Unexpected keyword argument "force" for "save"  [call-arg]
save("p", ["x"], overwrite=False, backup=None)  # E: Argument "backup" to "save" has incompatible type "None"; expected "bool"  [arg-type]
save(path="p", data=[], overwrite=True, backup=False)
