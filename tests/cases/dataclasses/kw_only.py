# Keyword-only fields: kw_only=True, the KW_ONLY marker and field(kw_only=True).
from dataclasses import KW_ONLY, dataclass, field


@dataclass(kw_only=True)
class Options:
    verbose: bool
    depth: int = 1


Options(verbose=True)
Options(True)  # E: Too many positional arguments for "Options"  [call-arg]
Options(depth=2)  # E: Missing named argument "verbose" for "Options"  [call-arg]
reveal_type(Options.__init__)  # N: Revealed type is "def (self: kw_only.Options, *, verbose: bool, depth: int =)"


@dataclass
class Query:
    text: str
    _: KW_ONLY
    limit: int
    offset: int = 0


Query("q", limit=10)
Query("q", 10)  # E: Too many positional arguments for "Query"  [call-arg]
reveal_type(Query.__init__)  # N: Revealed type is "def (self: kw_only.Query, text: str, *, limit: int, offset: int =)"


@dataclass
class Job:
    priority: int = field(default=0, kw_only=True)
    name: str


Job("build", priority=2)
Job(2, "build")  # E: Too many positional arguments for "Job"  [call-arg]  # E: Argument 1 to "Job" has incompatible type "int"; expected "str"  [arg-type]  # E: Argument 2 to "Job" has incompatible type "str"; expected "int"  [arg-type]
reveal_type(Job.__init__)  # N: Revealed type is "def (self: kw_only.Job, name: str, *, priority: int =)"
