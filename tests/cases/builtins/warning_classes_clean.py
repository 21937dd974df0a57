# Every builtin warning category is a Warning.
import warnings

categories: list[type[Warning]] = [
    UserWarning,
    DeprecationWarning,
    PendingDeprecationWarning,
    SyntaxWarning,
    RuntimeWarning,
    FutureWarning,
    ImportWarning,
    UnicodeWarning,
    BytesWarning,
    ResourceWarning,
    EncodingWarning,
]
warnings.warn("old", PendingDeprecationWarning)
