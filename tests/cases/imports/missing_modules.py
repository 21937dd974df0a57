# Imports of modules that exist nowhere: reported once per module, deepest names first,
# with one pointer to the documentation per run.
import os
import json
import sqlite3.dbapi2
import nonexistent_package_for_tests  # E: Cannot find implementation or library stub for module named "nonexistent_package_for_tests"  [import-not-found]
import nonexistent_package_for_tests.sub  # E: Cannot find implementation or library stub for module named "nonexistent_package_for_tests.sub"  [import-not-found]  # N: See https://mypy.readthedocs.io/en/stable/running_mypy.html#missing-imports
from another_missing_module import name  # E: Cannot find implementation or library stub for module named "another_missing_module"  [import-not-found]
import jsn  # E: Cannot find implementation or library stub for module named "jsn"  [import-not-found]  # N: Did you mean "json"?
import colections.abc  # E: Cannot find implementation or library stub for module named "colections.abc"  [import-not-found]  # N: Did you mean "collections"?  # E: Cannot find implementation or library stub for module named "colections"  [import-not-found]
import _private_missing  # E: Cannot find implementation or library stub for module named "_private_missing"  [import-not-found]
from another_missing_module import other


def load() -> None:
    import missing_inside_a_function  # E: Cannot find implementation or library stub for module named "missing_inside_a_function"  [import-not-found]


def untyped():
    import missing_in_an_untyped_function  # E: Cannot find implementation or library stub for module named "missing_in_an_untyped_function"  [import-not-found]


# What a missing module provides is Any: no further errors.
name.anything(1, 2, 3)
x: int = other.value
