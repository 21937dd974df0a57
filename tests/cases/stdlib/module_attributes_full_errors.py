# full-typeshed: asyncio and socket have no stubs in typeshed-lite.
# Every standard-library module is known with the real typeshed, so a
# misspelt function is an error there too, and calling a coroutine
# function without awaiting it gives a coroutine, not its result.
import asyncio
import socket

asyncio.sleeeep(1)  # E: Module has no attribute "sleeeep"; maybe "sleep"?  [attr-defined]
delay: int = asyncio.sleep(1)  # E: Incompatible types in assignment (expression has type "Coroutine[Any, Any, None]", variable has type "int")  [assignment]
socket.socket().connectt(("a", 1))  # E: "socket" has no attribute "connectt"  [attr-defined]
asyncio.get_event_loopp()  # E: Module has no attribute "get_event_loopp"; maybe "get_event_loop", "set_event_loop", or "new_event_loop"?  [attr-defined]
