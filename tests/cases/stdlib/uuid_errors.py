# Mistakes with uuid: hex is a str property, uuid5 needs a namespace UUID, and
# int= takes an int.
import uuid

u = uuid.uuid4()
number: int = u.hex  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
uuid.uuid5("dns", "example.com")  # E: Argument 1 to "uuid5" has incompatible type "str"; expected "UUID"  [arg-type]
uuid.UUID(int="5")  # E: Argument "int" to "UUID" has incompatible type "str"; expected "int | None"  [arg-type]
u.hex()  # E: "str" not callable  [operator]
