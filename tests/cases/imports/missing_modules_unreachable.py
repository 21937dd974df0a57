# Imports in code the target never runs are not followed, so not reported.
import sys
from typing import TYPE_CHECKING

if sys.version_info < (3, 8):
    import old_backport_module
else:
    import modern_missing_module  # E: Cannot find implementation or library stub for module named "modern_missing_module"  [import-not-found]  # N: See https://mypy.readthedocs.io/en/stable/running_mypy.html#missing-imports

if sys.platform == "win32":
    import windows_only_module

if TYPE_CHECKING:
    import typing_only_missing  # E: Cannot find implementation or library stub for module named "typing_only_missing"  [import-not-found]

try:
    import optional_accelerator  # E: Cannot find implementation or library stub for module named "optional_accelerator"  [import-not-found]
except ImportError:
    optional_accelerator = None
