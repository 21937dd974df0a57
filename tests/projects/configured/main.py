import legacy_vendor.helpers
from legacy_vendor import thing
import vendored
import strictmod
import loose
import unknown_dependency

number: str = vendored.parse("1")
thing.whatever()
