# Options that are either a flag or a text, narrowed by truthiness and by `is True`.


def ask(text: str) -> str:
    return text


def prompt(confirmation: bool | str = False, default: bool | str | None = None) -> str:
    if confirmation:
        if confirmation is True:
            confirmation = "Repeat for confirmation"
        confirmation = confirmation + ": "
    answer = ask("Value: ")
    if not confirmation:
        return answer
    again = ask(confirmation)
    if default is True:
        label = "yes"
    elif default is False or default is None:
        label = "no"
    else:
        label = default.upper()
    return again + label


def enabled(flag: bool | None) -> bool:
    if flag:
        return flag
    return False


print(prompt(), prompt(True), prompt("Again"), enabled(None))
