# A state machine over an enum: transitions keyed by member, exhaustive branches.
from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()


TRANSITIONS: dict[State, list[State]] = {
    State.IDLE: [State.RUNNING],
    State.RUNNING: [State.DONE, State.IDLE],
    State.DONE: [],
}


def advance(state: State, target: State) -> State:
    if target in TRANSITIONS[state]:
        return target
    return state


def label(state: State) -> str:
    if state is State.IDLE:
        return "waiting"
    elif state is State.RUNNING:
        return "busy"
    else:
        return "finished"


def is_active(state: State) -> bool:
    return state == State.RUNNING


current = State.IDLE
current = advance(current, State.RUNNING)
history: list[State] = [current]
print(label(current), is_active(current), current.name.lower(), len(history))
print([s.name for s in State], State["DONE"], State(1).value)
