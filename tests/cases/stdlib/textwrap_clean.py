# textwrap: wrapping gives a list of lines, fill/dedent/indent/shorten a str,
# and a TextWrapper keeps its settings.
import textwrap

HELP = textwrap.dedent(
    """\
    usage: tool [options]
      -h  show help
    """
)
lines = textwrap.wrap("a long sentence " * 10, width=40, break_long_words=False)
reveal_type(lines)  # N: Revealed type is "list[str]"
para: str = textwrap.fill("text " * 30, 60, initial_indent="> ", subsequent_indent="> ")
short = textwrap.shorten("Hello world, this is long", width=12, placeholder="...")
quoted = textwrap.indent(HELP, "    ", lambda line: bool(line.strip()))
wrapper = textwrap.TextWrapper(width=30, max_lines=2)
wrapper.width = 50
print(HELP, lines, para, short, quoted, wrapper.fill("x " * 40), wrapper.wrap("y"))
