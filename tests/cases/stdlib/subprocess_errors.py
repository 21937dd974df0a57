# Mistakes with subprocess: without text= the output is bytes, the return code
# is an int, and a timeout is a number.
import subprocess

result = subprocess.run(["ls"], capture_output=True)
name: str = result.stdout  # E: Incompatible types in assignment (expression has type "bytes", variable has type "str")  [assignment]
status: str = subprocess.call(["true"])  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
code: str = result.returncode  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
result.check()  # E: "CompletedProcess[bytes]" has no attribute "check"  [attr-defined]
text_out: bytes = subprocess.check_output(["ls"], text=True)  # E: Incompatible types in assignment (expression has type "str", variable has type "bytes")  [assignment]
