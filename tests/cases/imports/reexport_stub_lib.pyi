# A stub imported by stub_reexports.py: which of its imports it exports.
import os
import sys as sys
from typing import List
from typing import Dict as Dict
from typing import Tuple as Pair
from typing import Set as Set

__all__ = ["Pair", "size"]

size: int
