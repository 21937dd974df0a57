//! Runs every `tests/cases/**/*.py` through the checker and compares the diagnostics with
//! the expectations written inline in the file:
//!
//! ```python
//! hello(5)  # E: Argument 1 to "hello" has incompatible type "int"; expected "str"  [arg-type]
//! x + 1  # E: Unsupported operand types for + ("None" and "int")  [operator]  # N: Left operand is of type "int | None"
//! ```
//!
//! `# E: ` is an error (message and code, as mypy prints them after `error: `), `# N: ` a
//! note. A case fails on a missing diagnostic, on an unexpected one, and on the same ones
//! in another order. Every expectation was recorded from mypy (`tests/verify_with_mypy.py`
//! re-checks them against an installed mypy).

use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};
use pycheck_diagnostics::Severity;
use pycheck_driver::{CheckOptions, SourcePath, check_sources};
use pycheck_syntax::LineIndex;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Line {
    line: u32,
    text: String,
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("cases");
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    // mypy (and the benchmark) check all cases in one run, so file names must not repeat.
    let mut stems: Vec<String> = files
        .iter()
        .filter_map(|p| p.file_stem())
        .map(|s| s.to_string_lossy().into_owned())
        .collect();
    stems.sort();
    let repeated: Vec<String> = stems
        .windows(2)
        .filter(|w| w[0] == w[1])
        .map(|w| w[0].clone())
        .collect();
    let unique_names = Trial::test("file names are unique", move || {
        if repeated.is_empty() {
            Ok(())
        } else {
            Err(format!("repeated case file names: {repeated:?}").into())
        }
    });
    let trials = std::iter::once(unique_names)
        .chain(files.into_iter().map(|path| {
            let name = path
                .strip_prefix(&root)
                .unwrap_or(&path)
                .display()
                .to_string();
            Trial::test(name, move || run_case(&path))
        }))
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

fn run_case(path: &Path) -> Result<(), Failed> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let expected = expectations(&text);
    let source = SourcePath {
        path: path.to_path_buf(),
        display: path.display().to_string(),
        module: path.file_stem().map(|s| s.to_string_lossy().into_owned()),
    };
    let options = case_options(&text)?;
    let reports = check_sources(vec![(source, text.clone())], &options);
    let index = LineIndex::new(&text);
    let mut actual = Vec::new();
    // Modules the case imports are checked too, but only the case's own lines are expected.
    let own = reports.iter().filter(|report| !report.followed);
    for diagnostic in own.flat_map(|r| r.diagnostics.iter()) {
        let line = index.line_col(diagnostic.range.start(), &text).line;
        let text = match (diagnostic.severity, diagnostic.code) {
            (Severity::Error, Some(code)) => format!("E: {}  [{code}]", diagnostic.message),
            (Severity::Error, None) => format!("E: {}", diagnostic.message),
            (Severity::Note, Some(code)) => format!("N: {}  [{code}]", diagnostic.message),
            (Severity::Note, None) => format!("N: {}", diagnostic.message),
        };
        actual.push(Line { line, text });
        for note in &diagnostic.notes {
            actual.push(Line {
                line,
                text: format!("N: {note}"),
            });
        }
    }
    compare(&expected, &actual)
}

/// The options a case asks mypy for in a `# mypy-args:` line among its first ten, given
/// to pycheck too.
fn case_options(text: &str) -> Result<CheckOptions, Failed> {
    let mut options = CheckOptions::default();
    let Some(line) = text
        .lines()
        .take(10)
        .find_map(|line| line.strip_prefix("# mypy-args:"))
    else {
        return Ok(options);
    };
    let mut args = line.split_whitespace();
    while let Some(arg) = args.next() {
        match arg {
            "--ignore-missing-imports" => options.imports.ignore_missing.push("*".into()),
            "--strict" => {
                let flags = &mut options.check_flags;
                flags.check_untyped_defs = true;
                flags.disallow_untyped_defs = true;
                flags.disallow_incomplete_defs = true;
                flags.warn_return_any = true;
            }
            "--check-untyped-defs" => options.check_flags.check_untyped_defs = true,
            "--disallow-untyped-defs" => options.check_flags.disallow_untyped_defs = true,
            "--disallow-incomplete-defs" => options.check_flags.disallow_incomplete_defs = true,
            "--warn-return-any" => options.check_flags.warn_return_any = true,
            "--warn-unused-ignores" => options.warn_unused_ignores = true,
            "--python-version" => {
                let version = args.next().and_then(|v| v.split_once('.'));
                let parsed = version
                    .and_then(|(major, minor)| Some((major.parse().ok()?, minor.parse().ok()?)));
                options.python_version = parsed.ok_or("bad --python-version in # mypy-args:")?;
            }
            "--platform" => {
                options.platform = args.next().ok_or("--platform needs a value")?.into()
            }
            other => {
                return Err(
                    format!("# mypy-args: {other} is not understood by the case runner").into(),
                );
            }
        }
    }
    Ok(options)
}

/// The `# E: ` / `# N: ` markers of each line, in order.
fn expectations(text: &str) -> Vec<Line> {
    let mut expected = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let mut rest = line;
        let mut found: Vec<(usize, &str)> = Vec::new();
        for marker in ["# E: ", "# N: "] {
            let mut offset = 0;
            while let Some(at) = rest[offset..].find(marker) {
                found.push((offset + at, &marker[2..3]));
                offset += at + marker.len();
            }
        }
        found.sort();
        for (i, (at, kind)) in found.iter().enumerate() {
            let start = at + "# E: ".len();
            let end = found.get(i + 1).map_or(rest.len(), |(next, _)| *next);
            let message = rest[start..end].trim_end();
            expected.push(Line {
                line: number as u32 + 1,
                text: format!("{kind}: {message}"),
            });
        }
        rest = "";
        let _ = rest;
    }
    expected
}

fn compare(expected: &[Line], actual: &[Line]) -> Result<(), Failed> {
    if expected == actual {
        return Ok(());
    }
    let mut report = String::new();
    let mut unmatched_actual: Vec<&Line> = actual.iter().collect();
    for line in expected {
        match unmatched_actual.iter().position(|a| *a == line) {
            Some(i) => {
                unmatched_actual.remove(i);
            }
            None => report.push_str(&format!("  missing    line {}: {}\n", line.line, line.text)),
        }
    }
    for line in unmatched_actual {
        report.push_str(&format!("  unexpected line {}: {}\n", line.line, line.text));
    }
    if report.is_empty() {
        report.push_str("  the same diagnostics, in another order:\n");
        for line in actual {
            report.push_str(&format!("    line {}: {}\n", line.line, line.text));
        }
    }
    Err(report.into())
}
