def count_words(text: str) -> int:
    return len(text.split())


def label(number: int) -> str:
    return f"#{number}"
