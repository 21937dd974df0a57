//! Where the typeshed of the installed mypy is: the standard library the test
//! expectations were recorded against. Shared by the test binaries that check in both
//! worlds (mypy's typeshed and the built-in typeshed-lite).

use std::path::PathBuf;

/// `PYCHECK_TEST_TYPESHED`, else the `typeshed` directory of the mypy that `python3`
/// imports, which must be 2.4.1 (the expectations' oracle).
pub fn mypy_typeshed_dir() -> Result<PathBuf, String> {
    if let Some(directory) = std::env::var_os("PYCHECK_TEST_TYPESHED") {
        return Ok(PathBuf::from(directory));
    }
    const MISSING: &str = "the tests run against mypy 2.4.1's typeshed: install it with \
         `python3 -m pip install mypy==2.4.1` (or set PYCHECK_TEST_TYPESHED to a typeshed)";
    let output = std::process::Command::new("python3")
        .args([
            "-c",
            "import mypy.version, os; print(mypy.version.__version__); \
             print(os.path.join(os.path.dirname(mypy.version.__file__), 'typeshed'))",
        ])
        .output()
        .map_err(|error| format!("{MISSING} (python3: {error})"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut lines = stdout.lines();
    match (output.status.success(), lines.next(), lines.next()) {
        (true, Some("2.4.1"), Some(directory)) => Ok(PathBuf::from(directory)),
        (true, Some(version), _) => Err(format!("{MISSING}; found mypy {version}")),
        _ => Err(MISSING.to_owned()),
    }
}
