# The everyday str methods: upper, lower, strip, split, join,
# startswith, replace and format, chained together. Each returns the
# type its stub declares, so the chains type check end to end.


def slugify(title: str) -> str:
    words = title.strip().lower().split()
    return "-".join(words)


def is_comment(line: str) -> bool:
    return line.strip().startswith("#")


def greeting(name: str, count: int) -> str:
    return "Hello, {}! You have {} new messages.".format(name.upper(), count)


def censor(text: str, word: str) -> str:
    return text.replace(word, "*" * len(word))


parts = "a,b,,c".split(",")
csv_line = ";".join(parts)
print(slugify("  Type Checking In Rust "), is_comment("  # note"), is_comment("x = 1"))
print(greeting("ada", 3), censor("a bad word", "bad"), csv_line, parts[0].upper())
