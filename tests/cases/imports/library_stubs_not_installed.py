# mypy-differs: mypy adds the note '(or run "mypy --install-types" to install all missing stub packages)' after the first hint; pycheck has no such command and leaves it out.
# Packages whose types are published separately get an install hint, once per package.
import yaml  # E: Library stubs not installed for "yaml"  [import-untyped]
import yaml.constructor  # E: Library stubs not installed for "yaml.constructor"  [import-untyped]  # N: Hint: "python3 -m pip install types-PyYAML"  # N: See https://mypy.readthedocs.io/en/stable/running_mypy.html#missing-imports
import dateutil.parser  # E: Library stubs not installed for "dateutil.parser"  [import-untyped]  # N: Hint: "python3 -m pip install types-python-dateutil"  # E: Library stubs not installed for "dateutil"  [import-untyped]
from google.protobuf import message  # E: Library stubs not installed for "google.protobuf"  [import-untyped]  # N: Hint: "python3 -m pip install types-protobuf"
