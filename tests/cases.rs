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
//!
//! Every case runs twice: against the real typeshed that mypy 2.4.1 ships (`typeshed/...`
//! tests; the installed mypy is found through `python3`, or `PYCHECK_TEST_TYPESHED=DIR`
//! names another typeshed) and against the built-in typeshed-lite (`typeshed-lite/...`).
//! A case whose first lines say `# full-typeshed: REASON` needs stubs typeshed-lite does
//! not have, and is ignored in that world only.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use libtest_mimic::{Arguments, Failed, Trial};

#[path = "support/mypy_typeshed.rs"]
mod support;
use pycheck_diagnostics::Severity;
use pycheck_driver::{CheckOptions, SourcePath, Typeshed, TypeshedSetting, check_sources};
use pycheck_syntax::LineIndex;

/// Which standard-library stubs a case is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum World {
    /// The typeshed mypy 2.4.1 ships: the expectations were recorded with it.
    Typeshed,
    /// typeshed-lite, built in.
    Lite,
}

impl World {
    fn name(self) -> &'static str {
        match self {
            World::Typeshed => "typeshed",
            World::Lite => "typeshed-lite",
        }
    }
}

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
    let mut trials = vec![unique_names];
    for world in [World::Typeshed, World::Lite] {
        for path in &files {
            let name = path
                .strip_prefix(&root)
                .unwrap_or(path)
                .display()
                .to_string();
            let needs_full_typeshed = std::fs::read_to_string(path).is_ok_and(|text| {
                text.lines()
                    .take(10)
                    .any(|l| l.starts_with("# full-typeshed:"))
            });
            let path = path.clone();
            trials.push(
                Trial::test(format!("{}/{name}", world.name()), move || {
                    run_case(&path, world)
                })
                .with_ignored_flag(world == World::Lite && needs_full_typeshed),
            );
        }
    }
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

/// The real typeshed (`support::mypy_typeshed_dir`), read once.
fn real_typeshed() -> Result<Arc<Typeshed>, String> {
    static TYPESHED: OnceLock<Result<Arc<Typeshed>, String>> = OnceLock::new();
    TYPESHED
        .get_or_init(|| {
            let directory = support::mypy_typeshed_dir()?;
            pycheck_driver::load_typeshed(&TypeshedSetting::Directory(directory), &[])
                .map_err(|error| error.to_string())
        })
        .clone()
}

fn run_case(path: &Path, world: World) -> Result<(), Failed> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let expected = expectations(&text);
    let source = SourcePath {
        path: path.to_path_buf(),
        display: path.display().to_string(),
        module: path.file_stem().map(|s| s.to_string_lossy().into_owned()),
    };
    let mut options = case_options(&text)?;
    if world == World::Typeshed {
        options.typeshed = real_typeshed()?;
    }
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
