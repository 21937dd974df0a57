import lib
import pkg

connection = lib.connect("example.org")
sent: str = connection.send(b"data")
parsed: int = lib.parse("text")
peer: str = connection.peer
label: str = lib.name + connection.host
speed: str = pkg.start().speed
version: int = pkg.version
engine = pkg._engine.Engine()
