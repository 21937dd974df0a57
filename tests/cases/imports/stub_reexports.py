# A stub exports the names it imports only as `x as x`, or through `__all__`.
from reexport_stub_lib import Dict, Pair, Set, size, sys
from reexport_stub_lib import List  # E: Module "reexport_stub_lib" does not explicitly export attribute "List"  [attr-defined]
from reexport_stub_lib import os  # E: Module "reexport_stub_lib" does not explicitly export attribute "os"  [attr-defined]
from collections.abc import Set as AbstractSet, Mapping
import reexport_stub_lib

reexport_stub_lib.size
reexport_stub_lib.List  # E: Module "reexport_stub_lib" does not explicitly export attribute "List"  [attr-defined]
