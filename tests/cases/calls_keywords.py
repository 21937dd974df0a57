# Keyword arguments must name a real parameter, and a parameter may
# not receive a value both positionally and by keyword. Missing
# required parameters are reported by name.


def connect(host: str, port: int, timeout: float = 5.0) -> str:
    return host + ":" + str(port)


connect("localhost", port=80)
connect(host="example.org", port=443, timeout=1.5)
connect("localhost", 80, retries=3)  # E: Unexpected keyword argument "retries" for "connect"  [call-arg]
connect("localhost", 80, host="other")  # E: "connect" gets multiple values for keyword argument "host"  [misc]
connect(port=22)  # E: Missing positional argument "host" in call to "connect"  [call-arg]
connect("localhost", prt=8080)  # E: Unexpected keyword argument "prt" for "connect"; did you mean "port"?  [call-arg]
print(connect("a", 1))
