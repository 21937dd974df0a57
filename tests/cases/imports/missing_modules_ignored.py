# mypy-args: --ignore-missing-imports
# With --ignore-missing-imports nothing about missing modules is reported.
import nonexistent_package_for_tests
from another_missing_module import name
import yaml

name.anything()
