# Every required parameter must receive a value. A single missing one is
# named in the message; several are listed together, and a missing
# keyword-only parameter gets its own wording.


def volume(width: float, height: float, depth: float) -> float:
    return width * height * depth


def connect(host: str, *, port: int, timeout: float) -> str:
    return f"{host}:{port}/{timeout}"


volume(1.0, 2.0)  # E: Missing positional argument "depth" in call to "volume"  [call-arg]
volume(1.0)  # E: Missing positional arguments "height", "depth" in call to "volume"  [call-arg]
volume()  # E: Missing positional arguments "width", "height", "depth" in call to "volume"  [call-arg]
connect("h", port=80)  # E: Missing named argument "timeout" for "connect"  [call-arg]
connect("h")  # E: Missing named argument "port" for "connect"  [call-arg]  # E: Missing named argument "timeout" for "connect"  [call-arg]
connect(port=1, timeout=2.0)  # E: Missing positional argument "host" in call to "connect"  [call-arg]
print(volume(1, 2, 3), connect("h", port=1, timeout=0.5))
