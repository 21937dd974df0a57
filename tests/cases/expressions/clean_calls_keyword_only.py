# Keyword-only parameters follow `*` or `*args`. Required ones must be
# named, optional ones may be left out, and named arguments can come in
# any order after the positional ones.


def deploy(service: str, *, region: str, replicas: int = 1, dry_run: bool = False) -> str:
    mode = "dry" if dry_run else "live"
    return f"{service}@{region}x{replicas}:{mode}"


def log(*lines: str, level: int, prefix: str = "") -> int:
    for line in lines:
        print(prefix, level, line)
    return len(lines)


deploy("api", region="eu")
deploy("api", replicas=3, region="us")
deploy(service="db", dry_run=True, region="ap", replicas=2)
log(level=1)
log("a", "b", level=2, prefix=">")
print(deploy("x", region="y"), log("z", level=0))
