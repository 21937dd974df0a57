# Flags: combining, testing membership, iterating.
from enum import Flag, IntFlag, auto


class Permission(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    ALL = READ | WRITE


class Mode(IntFlag):
    X = 1
    W = 2
    R = 4


def can_write(granted: Permission) -> bool:
    return Permission.WRITE in granted


granted = Permission.READ | Permission.WRITE
limited = granted & ~Permission.WRITE
mode = Mode.R | Mode.W
print(can_write(granted), bool(limited), mode & Mode.R, int(mode) + 1, Permission.ALL.value)
