# Enum members as Literal types: in annotations, unions with other literals, narrowing.
from enum import Enum
from typing import Literal, Union


class Channel(Enum):
    EMAIL = "email"
    SMS = "sms"
    PUSH = "push"


Instant = Literal[Channel.SMS, Channel.PUSH]


def deliver_now(channel: Instant, text: str) -> str:
    return f"{channel.value}: {text}"


def route(channel: Channel, text: str) -> str:
    if channel is Channel.EMAIL:
        return f"queued {text}"
    reveal_type(channel)  # N: Revealed type is "Literal[literal_enum_members.Channel.SMS] | Literal[literal_enum_members.Channel.PUSH]"
    return deliver_now(channel, text)


deliver_now(Channel.SMS, "hi")
deliver_now(Channel.EMAIL, "hi")  # E: Argument 1 to "deliver_now" has incompatible type "Literal[Channel.EMAIL]"; expected "Literal[Channel.SMS, Channel.PUSH]"  [arg-type]


def priority(target: Union[Literal[Channel.PUSH], Literal["broadcast"]]) -> int:
    if target == "broadcast":
        return 2
    reveal_type(target)  # N: Revealed type is "Literal[literal_enum_members.Channel.PUSH]"
    return 1


fallback: Literal[Channel.EMAIL] = Channel.SMS  # E: Incompatible types in assignment (expression has type "Literal[Channel.SMS]", variable has type "Literal[Channel.EMAIL]")  [assignment]
