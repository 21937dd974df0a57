# A package whose stub imports relatively: the stub is the package.
from . import _engine
from ._engine import Engine as Engine

version: str = ...

def start() -> Engine: ...
