//! What a CI gate relies on: exit statuses (including a crash and --exit-zero) and
//! baselines that accept known errors, survive unrelated edits, report fixed entries and
//! fail only on new errors.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn pycheck(dir: &Path, args: &[&str]) -> Output {
    pycheck_with_env(dir, args, &[])
}

fn pycheck_with_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pycheck"));
    command.args(args).current_dir(dir);
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("the pycheck binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// A scratch directory, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("pycheck-gate-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn write(&self, relative: &str, contents: &str) -> &Self {
        let path = self.0.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
        self
    }

    fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.0.join(relative)).unwrap()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const TWO_ERRORS: &str = "\
def greet(name: str) -> str:
    return name


greet(1)
count: int = \"many\"
";

#[test]
fn exit_statuses() {
    let dir = Scratch::new("status");
    dir.write("clean.py", "x: int = 1\n")
        .write("errors.py", TWO_ERRORS)
        .write("broken.py", "def f(:\n");
    assert_eq!(pycheck(&dir.0, &["clean.py"]).status.code(), Some(0));
    assert_eq!(pycheck(&dir.0, &["errors.py"]).status.code(), Some(1));
    assert_eq!(pycheck(&dir.0, &["broken.py"]).status.code(), Some(2));
    assert_eq!(pycheck(&dir.0, &["missing.py"]).status.code(), Some(2));
    assert_eq!(pycheck(&dir.0, &["--no-such-flag"]).status.code(), Some(2));
    dir.write("bad.toml", "[tool.pycheck\n");
    assert_eq!(
        pycheck(&dir.0, &["--config-file", "bad.toml", "clean.py"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn exit_zero_passes_errors_but_not_usage_or_input_errors() {
    let dir = Scratch::new("exit-zero");
    dir.write("errors.py", TWO_ERRORS)
        .write("broken.py", "def f(:\n");
    let output = pycheck(&dir.0, &["--exit-zero", "errors.py"]);
    assert_eq!(output.status.code(), Some(0));
    // The errors are still reported.
    assert!(stdout(&output).ends_with("Found 2 errors in 1 file (checked 1 source file)\n"));
    assert_eq!(
        pycheck(&dir.0, &["--exit-zero", "broken.py"]).status.code(),
        Some(2)
    );
    assert_eq!(
        pycheck(
            &dir.0,
            &["--exit-zero", "--output-format", "nope", "errors.py"]
        )
        .status
        .code(),
        Some(2)
    );
}

#[test]
fn a_crash_exits_3_with_one_line_asking_for_a_report() {
    let dir = Scratch::new("crash");
    dir.write("ok.py", "x = 1\n");
    for args in [&["ok.py"][..], &["--exit-zero", "ok.py"]] {
        let output = pycheck_with_env(&dir.0, args, &[("PYCHECK_TEST_INTERNAL_ERROR", "1")]);
        assert_eq!(output.status.code(), Some(3));
        let stderr = stderr(&output);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.starts_with(
                "pycheck: internal error: PYCHECK_TEST_INTERNAL_ERROR is set at src/main.rs:"
            ),
            "{stderr}"
        );
        assert!(stderr.contains("please report it"), "{stderr}");
    }
}

#[test]
fn a_panic_while_checking_one_file_costs_that_file_only() {
    let dir = Scratch::new("isolated-panic");
    for n in 1..=100 {
        dir.write(&format!("m{n:03}.py"), &format!("x{n}: int = \"text\"\n"));
    }
    let output = pycheck_with_env(&dir.0, &["."], &[("PYCHECK_TEST_PANIC_IN", "m050.py")]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stderr(&output), "");
    // Files that import nothing are reported in mypy's order for them: the last first.
    let mut expected = String::new();
    for n in (1..=100).rev() {
        if n == 50 {
            expected.push_str(
                "m050.py:1: error: INTERNAL ERROR while checking this file: PYCHECK_TEST_PANIC_IN names this file at crates/pycheck_driver/src/isolation.rs:LINE; this is a bug in pycheck, please report it with this file and the command (the other files were checked)  [internal-error]\n",
            );
        } else {
            expected.push_str(&format!(
                "m{n:03}.py:1: error: Incompatible types in assignment (expression has type \"str\", variable has type \"int\")  [assignment]\n"
            ));
        }
    }
    expected.push_str("Found 100 errors in 100 files (checked 100 source files)\n");
    let stdout = stdout(&output);
    let line_number = planted_panic_line(&stdout);
    assert_eq!(
        stdout.replace(
            &format!("isolation.rs:{line_number};"),
            "isolation.rs:LINE;"
        ),
        expected
    );
}

/// The source line of the planted panic, which moves as the driver is edited.
fn planted_panic_line(stdout: &str) -> String {
    let start = stdout
        .find("isolation.rs:")
        .map_or(0, |at| at + "isolation.rs:".len());
    stdout[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect()
}

#[test]
fn help_lists_the_exit_statuses() {
    let dir = Scratch::new("help");
    let output = pycheck(&dir.0, &["--help"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains(
        "Exit status:\n  0  nothing failing (no errors, or only errors the baseline accepts, or --exit-zero)\n  1  errors found\n  2  usage, configuration or input error (including a file that cannot be read or parsed),\n     or a file pycheck failed on (its internal-error diagnostic asks for a report)\n  3  internal error in pycheck outside any file's check (please report it)\n"
    ));
}

#[test]
fn a_written_baseline_accepts_the_current_errors() {
    let dir = Scratch::new("baseline-write");
    dir.write("app.py", TWO_ERRORS);
    let output = pycheck(
        &dir.0,
        &["--baseline", "baseline.json", "--write-baseline", "app.py"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "Success: no issues found in 1 source file\n"
    );
    assert_eq!(
        stderr(&output),
        "pycheck: wrote baseline.json: 2 errors accepted\n"
    );
    assert_eq!(
        dir.read("baseline.json"),
        r#"{
  "version": 1,
  "entries": [
    {
      "path": "app.py",
      "code": "arg-type",
      "message": "Argument 1 to \"greet\" has incompatible type \"int\"; expected \"str\"",
      "line": "greet(1)",
      "count": 1
    },
    {
      "path": "app.py",
      "code": "assignment",
      "message": "Incompatible types in assignment (expression has type \"str\", variable has type \"int\")",
      "line": "count: int = \"many\"",
      "count": 1
    }
  ]
}
"#
    );
    let output = pycheck(&dir.0, &["--baseline", "baseline.json", "app.py"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        "Success: no issues found in 1 source file\n"
    );
    assert_eq!(stderr(&output), "");
}

#[test]
fn a_baseline_survives_lines_inserted_above_and_fails_only_on_new_errors() {
    let dir = Scratch::new("baseline-edit");
    dir.write("app.py", TWO_ERRORS);
    pycheck(
        &dir.0,
        &["--baseline", "b.json", "--write-baseline", "app.py"],
    );
    // Lines inserted above, and the baselined lines re-indented: still accepted.
    dir.write(
        "app.py",
        &format!(
            "import os\n\n# A comment.\n{}",
            TWO_ERRORS.replace("greet(1)", "if True:\n    greet(1)")
        ),
    );
    let output = pycheck(&dir.0, &["--baseline", "b.json", "app.py"]);
    assert_eq!(
        stdout(&output),
        "Success: no issues found in 1 source file\n"
    );
    assert_eq!(output.status.code(), Some(0));
    // A second identical call is a new error: the entry's count is one.
    dir.write("app.py", &format!("{TWO_ERRORS}greet(1)\n"));
    let output = pycheck(&dir.0, &["--baseline", "b.json", "app.py"]);
    assert_eq!(
        stdout(&output),
        "app.py:7: error: Argument 1 to \"greet\" has incompatible type \"int\"; expected \"str\"  [arg-type]\nFound 1 error in 1 file (checked 1 source file)\n"
    );
    assert_eq!(output.status.code(), Some(1));
    // Machine formats see only the new error too.
    let output = pycheck(
        &dir.0,
        &[
            "--baseline",
            "b.json",
            "--output-format",
            "github",
            "app.py",
        ],
    );
    assert_eq!(
        stdout(&output),
        "::error file=app.py,line=7,col=7,endLine=7,endColumn=8,title=pycheck [arg-type]::Argument 1 to \"greet\" has incompatible type \"int\"; expected \"str\"\n"
    );
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn fixed_entries_are_reported_and_write_baseline_drops_them() {
    let dir = Scratch::new("baseline-fixed");
    dir.write("app.py", TWO_ERRORS);
    pycheck(
        &dir.0,
        &["--baseline", "b.json", "--write-baseline", "app.py"],
    );
    dir.write("app.py", &TWO_ERRORS.replace("greet(1)", "greet(\"one\")"));
    let output = pycheck(&dir.0, &["--baseline", "b.json", "app.py"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stderr(&output),
        "1 baseline entry is fixed; run with --write-baseline to drop them\n"
    );
    let output = pycheck(
        &dir.0,
        &["--baseline", "b.json", "--write-baseline", "app.py"],
    );
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stderr(&output), "pycheck: wrote b.json: 1 error accepted\n");
    assert!(!dir.read("b.json").contains("arg-type"));
    let output = pycheck(&dir.0, &["--baseline", "b.json", "app.py"]);
    assert_eq!(stderr(&output), "");
}

#[test]
fn write_baseline_never_adds_to_an_existing_baseline_unless_asked() {
    let dir = Scratch::new("baseline-grow");
    dir.write("app.py", "greet = 1\n");
    pycheck(
        &dir.0,
        &["--baseline", "b.json", "--write-baseline", "app.py"],
    );
    assert_eq!(
        dir.read("b.json"),
        "{\n  \"version\": 1,\n  \"entries\": []\n}\n"
    );
    dir.write("app.py", TWO_ERRORS);
    let output = pycheck(
        &dir.0,
        &["--baseline", "b.json", "--write-baseline", "app.py"],
    );
    // Nothing was accepted, so the new errors still fail the run.
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "pycheck: wrote b.json: 0 errors accepted\n"
    );
    assert!(stdout(&output).ends_with("Found 2 errors in 1 file (checked 1 source file)\n"));
    let output = pycheck(
        &dir.0,
        &[
            "--baseline",
            "b.json",
            "--write-baseline",
            "--baseline-add-new",
            "app.py",
        ],
    );
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stderr(&output),
        "pycheck: wrote b.json: 2 errors accepted\n"
    );
}

#[test]
fn entries_for_files_not_checked_are_neither_fixed_nor_dropped() {
    let dir = Scratch::new("baseline-partial");
    dir.write("a.py", TWO_ERRORS).write("b.py", TWO_ERRORS);
    pycheck(
        &dir.0,
        &["--baseline", "b.json", "--write-baseline", "a.py", "b.py"],
    );
    let output = pycheck(&dir.0, &["--baseline", "b.json", "a.py"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stderr(&output), "");
    dir.write("a.py", "x = 1\n");
    let output = pycheck(
        &dir.0,
        &["--baseline", "b.json", "--write-baseline", "a.py"],
    );
    assert_eq!(
        stderr(&output),
        "pycheck: wrote b.json: 2 errors accepted\n"
    );
    assert!(dir.read("b.json").contains("\"path\": \"b.py\""));
}

#[test]
fn baseline_usage_errors() {
    let dir = Scratch::new("baseline-usage");
    dir.write("app.py", TWO_ERRORS)
        .write("bad.json", "{\"version\": 1}");
    let output = pycheck(&dir.0, &["--baseline", "missing.json", "app.py"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).starts_with("pycheck: error: cannot read baseline missing.json: "),
        "{}",
        stderr(&output)
    );
    let output = pycheck(&dir.0, &["--baseline", "bad.json", "app.py"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output)
            .starts_with("pycheck: error: invalid baseline bad.json: missing field `entries`"),
        "{}",
        stderr(&output)
    );
    assert_eq!(
        pycheck(&dir.0, &["--write-baseline", "app.py"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        pycheck(
            &dir.0,
            &["--baseline", "b.json", "--baseline-add-new", "app.py"]
        )
        .status
        .code(),
        Some(2)
    );
}
