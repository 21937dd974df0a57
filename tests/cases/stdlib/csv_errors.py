# Mistakes with csv: a reader's rows are lists of str, the delimiter is a str,
# and a DictWriter's rows are mappings.
import csv
import io

for row in csv.reader(io.StringIO("1,2")):
    first: int = row[0]  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
csv.reader(["a"], delimiter=59)  # E: Argument "delimiter" to "reader" has incompatible type "int"; expected "str"  [arg-type]
writer = csv.DictWriter(io.StringIO(), fieldnames=["a"])
writer.writerow(["x"])  # E: Argument 1 to "writerow" of "DictWriter" has incompatible type "list[str]"; expected "Mapping[str, Any]"  [arg-type]
