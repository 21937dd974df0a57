# csv: readers give lists of str, DictReader gives dicts keyed by the header,
# and writers take rows of any values.
import csv
import io
from pathlib import Path


def load(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as f:
        return [dict(row) for row in csv.DictReader(f)]


def dump(path: Path, rows: list[dict[str, object]]) -> None:
    with path.open("w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["name", "size"], extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


buffer = io.StringIO("name,size\na,1\n")
for row in csv.reader(buffer, delimiter=","):
    reveal_type(row)  # N: Revealed type is "list[str]"
buffer.seek(0)
records = csv.DictReader(buffer)
for record in records:
    print(record["name"], records.line_num)
out = io.StringIO()
writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
writer.writerow(["a", 1, 2.5, None])
writer.writerows([[1, 2], [3, 4]])
dialect = csv.Sniffer().sniff("a;b\n1;2\n")
print(load(Path("x.csv")), dump, out.getvalue(), dialect.delimiter)
