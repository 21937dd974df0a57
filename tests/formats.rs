//! The output formats end to end, on one sample project (`tests/fixtures/report-sample`):
//! errors with notes, a free-standing note, a syntax error, a file in a package, clean
//! files. Each format's exact output is a committed snapshot (`tests/snapshots`); review
//! a change with `cargo insta review` or rerun with `INSTA_UPDATE=always` and read the diff.
//! `tests/validate_reports.py` (run by CI) validates SARIF and JUnit against their schemas.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/report-sample")
}

fn pycheck_in(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pycheck"));
    command.args(args).current_dir(dir).env_remove("NO_COLOR");
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("the pycheck binary runs")
}

/// Runs on the sample and returns stdout, asserting the exit status the sample always
/// has: 2, because `broken.py` cannot be parsed.
fn sample_output(args: &[&str]) -> String {
    let output = pycheck_in(&sample(), args, &[]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    String::from_utf8(output.stdout).expect("stdout is UTF-8")
}

#[test]
fn concise_is_the_default_and_mypys_format() {
    let default = sample_output(&["."]);
    assert_eq!(default, sample_output(&["--output-format", "concise", "."]));
    insta::assert_snapshot!("concise", default);
}

#[test]
fn pretty_without_colour() {
    let output = sample_output(&["--pretty", "--color", "never", "."]);
    assert!(!output.contains('\x1b'));
    assert_eq!(
        output,
        sample_output(&["--output-format", "pretty", "--color", "never", "."])
    );
    insta::assert_snapshot!("pretty", output);
}

#[test]
fn pretty_with_colour() {
    let output = sample_output(&["--pretty", "--color", "always", "."]);
    assert!(output.contains("\x1b[31m"));
    insta::assert_snapshot!("pretty_colour", output);
}

#[test]
fn colour_auto_is_off_when_piped_and_no_color_is_honoured() {
    let dir = sample();
    // stdout is a pipe here, so `auto` (the default) means no colour.
    let piped = pycheck_in(&dir, &["--pretty", "app.py"], &[]);
    assert!(!String::from_utf8_lossy(&piped.stdout).contains('\x1b'));
    // NO_COLOR turns `auto` off; an explicit `always` still wins over it.
    let always = pycheck_in(
        &dir,
        &["--pretty", "--color", "always", "app.py"],
        &[("NO_COLOR", "1")],
    );
    assert!(String::from_utf8_lossy(&always.stdout).contains('\x1b'));
    let auto = pycheck_in(
        &dir,
        &["--pretty", "--color", "auto", "app.py"],
        &[("NO_COLOR", "1")],
    );
    assert!(!String::from_utf8_lossy(&auto.stdout).contains('\x1b'));
}

/// The JSON and SARIF reports name the standard-library stubs; the snapshots use the
/// built-in ones, which are the same on every machine.
#[test]
fn json() {
    let output = sample_output(&["--output-format", "json", "--typeshed", "builtin", "."]);
    let document: serde_json::Value = serde_json::from_str(&output).unwrap();
    assert_eq!(document["version"], 1);
    assert_eq!(document["tool"]["stdlib"], "typeshed-lite (built in)");
    insta::assert_snapshot!("json", output);
}

#[test]
fn reports_name_the_typeshed_used() {
    let project = Scratch::new("typeshed-named");
    project.write("empty.py", "");
    project.write("typeshed/stdlib/VERSIONS", "builtins: 3.0-\n");
    project.write("typeshed/stdlib/builtins.pyi", "class object: ...\n");
    let typeshed = project.0.join("typeshed");
    let typeshed = typeshed.to_str().unwrap();
    for format in ["json", "sarif"] {
        let args = [
            "--custom-typeshed-dir",
            typeshed,
            "--output-format",
            format,
            "empty.py",
        ];
        let output = pycheck_in(&project.0, &args, &[]);
        assert_eq!(output.status.code(), Some(0), "{output:?}");
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let stdlib = match format {
            "json" => &report["tool"]["stdlib"],
            _ => &report["runs"][0]["tool"]["driver"]["properties"]["stdlib"],
        };
        assert_eq!(*stdlib, format!("typeshed at {typeshed}"));
    }
}

#[test]
fn github() {
    insta::assert_snapshot!("github", sample_output(&["--output-format", "github", "."]));
}

#[test]
fn gitlab() {
    let output = sample_output(&["--output-format", "gitlab", "."]);
    let issues: Vec<serde_json::Value> = serde_json::from_str(&output).unwrap();
    let mut fingerprints: Vec<_> = issues.iter().map(|i| i["fingerprint"].clone()).collect();
    fingerprints.sort_by_key(|f| f.to_string());
    fingerprints.dedup();
    assert_eq!(fingerprints.len(), issues.len(), "fingerprints are unique");
    insta::assert_snapshot!("gitlab", output);
}

#[test]
fn junit() {
    insta::assert_snapshot!("junit", sample_output(&["--output-format", "junit", "."]));
}

#[test]
fn sarif() {
    let output = sample_output(&["--output-format", "sarif", "--typeshed", "builtin", "."]);
    let log: serde_json::Value = serde_json::from_str(&output).unwrap();
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    // Every registered code is a rule, plus the rule of free-standing notes.
    assert_eq!(rules.len(), pycheck_diagnostics::codes::ALL.len() + 1);
    for result in log["runs"][0]["results"].as_array().unwrap() {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
    }
    insta::assert_snapshot!("sarif", output);
}

/// A project in a scratch directory, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("pycheck-formats-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn write(&self, relative: &str, contents: &str) {
        let path = self.0.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
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

#[test]
fn several_formats_in_one_run() {
    let dir = Scratch::new("outputs");
    let sample = sample();
    let sarif_file = dir.0.join("out.sarif");
    let junit_file = dir.0.join("out.xml");
    let output = pycheck_in(
        &sample,
        &[
            "--output-format",
            "github",
            "-o",
            &format!("sarif:{}", sarif_file.display()),
            "--output",
            &format!("junit:{}", junit_file.display()),
            ".",
        ],
        &[],
    );
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        sample_output(&["--output-format", "github", "."])
    );
    assert_eq!(
        dir.read("out.sarif"),
        sample_output(&["--output-format", "sarif", "."])
    );
    assert_eq!(
        dir.read("out.xml"),
        sample_output(&["--output-format", "junit", "."])
    );
}

#[test]
fn absolute_and_dotted_paths_are_reported_relative_to_the_working_directory() {
    let dir = Scratch::new("relative");
    dir.write("src/m.py", "x: int = \"a\"\n");
    let absolute = dir.0.join("src/m.py");
    for path in [absolute.to_str().unwrap(), "./src/m.py", "src/./m.py"] {
        let output = pycheck_in(&dir.0, &["--output-format", "github", path], &[]);
        assert_eq!(output.status.code(), Some(1));
        assert!(
            String::from_utf8(output.stdout)
                .unwrap()
                .starts_with("::error file=src/m.py,line=1,col=10,"),
            "{path}"
        );
    }
}

#[test]
fn bad_format_arguments_are_usage_errors() {
    let dir = sample();
    for args in [
        &["--output-format", "xml", "."][..],
        &["-o", "sarif", "."],
        &["-o", "nope:x.txt", "."],
        &["--pretty", "--output-format", "json", "."],
        &["--color", "sometimes", "."],
    ] {
        let output = pycheck_in(&dir, args, &[]);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}
