//! Runs `pycheck` on each small project in `tests/projects/` and compares what it prints
//! with the project's `expected.txt`, which holds mypy's output for the same command
//! (`tests/verify_with_mypy.py` re-checks that against an installed mypy).
//!
//! `expected.txt` starts with header lines, then the exact standard output:
//!
//! ```text
//! # args: app/main.py              arguments, run from the project's directory
//! # env: VIRTUAL_ENV=environment   optional; a relative value is made absolute
//! # exit: 1                        the exit status
//! app/main.py:7: error: ...
//! ```
//!
//! Every project runs twice: against the typeshed of the installed mypy 2.4.1
//! (`typeshed/NAME`, with `--custom-typeshed-dir`) and against the built-in typeshed-lite
//! (`typeshed-lite/NAME`, with `--typeshed builtin`); both must print mypy's output.

use std::path::{Path, PathBuf};
use std::process::Command;

use libtest_mimic::{Arguments, Failed, Trial};

#[path = "support/mypy_typeshed.rs"]
mod support;

/// Which standard-library stubs a project is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum World {
    Typeshed,
    Lite,
}

struct Expectation {
    args: Vec<String>,
    env: Vec<(String, String)>,
    exit: i32,
    stdout: String,
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("projects");
    let mut projects: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("tests/projects exists")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.join("expected.txt").is_file())
        .collect();
    projects.sort();
    let mut trials = Vec::new();
    for (world, prefix) in [
        (World::Typeshed, "typeshed"),
        (World::Lite, "typeshed-lite"),
    ] {
        for project in &projects {
            let name = project.file_name().unwrap().to_string_lossy().into_owned();
            let project = project.clone();
            trials.push(Trial::test(format!("{prefix}/{name}"), move || {
                run_project(&project, world)
            }));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}

fn parse_expectation(text: &str) -> Result<Expectation, Failed> {
    let mut expectation = Expectation {
        args: Vec::new(),
        env: Vec::new(),
        exit: 0,
        stdout: String::new(),
    };
    let mut lines = text.lines().peekable();
    while let Some(header) = lines.peek().and_then(|line| line.strip_prefix("# ")) {
        match header.split_once(": ") {
            Some(("args", args)) => {
                expectation.args = args.split_whitespace().map(str::to_owned).collect();
            }
            Some(("env", assignment)) => {
                let (name, value) = assignment.split_once('=').ok_or("env needs NAME=VALUE")?;
                expectation.env.push((name.to_owned(), value.to_owned()));
            }
            Some(("exit", status)) => {
                expectation.exit = status.parse().map_err(|_| "exit needs a number")?;
            }
            Some(("mypy-differs", _)) => {}
            _ => return Err(format!("unknown header line: # {header}").into()),
        }
        lines.next();
    }
    expectation.stdout = lines.map(|line| format!("{line}\n")).collect();
    Ok(expectation)
}

fn run_project(project: &Path, world: World) -> Result<(), Failed> {
    let text = std::fs::read_to_string(project.join("expected.txt"))
        .map_err(|e| format!("cannot read expected.txt: {e}"))?;
    let expected = parse_expectation(&text)?;
    let mut command = Command::new(env!("CARGO_BIN_EXE_pycheck"));
    match world {
        World::Typeshed => command
            .arg("--custom-typeshed-dir")
            .arg(support::mypy_typeshed_dir()?),
        World::Lite => command.args(["--typeshed", "builtin"]),
    };
    command
        .args(&expected.args)
        .current_dir(project)
        .env_remove("VIRTUAL_ENV")
        .env_remove("MYPYPATH");
    for (name, value) in &expected.env {
        let value = if Path::new(value).is_relative() {
            project.join(value).display().to_string()
        } else {
            value.clone()
        };
        command.env(name, value);
    }
    let output = command
        .output()
        .map_err(|e| format!("cannot run pycheck: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut problems = Vec::new();
    if stdout != expected.stdout {
        problems.push(format!(
            "stdout differs\n--- expected\n{}--- actual\n{stdout}",
            expected.stdout
        ));
    }
    if output.status.code() != Some(expected.exit) {
        problems.push(format!(
            "exit status {:?}, expected {}; stderr: {}",
            output.status.code(),
            expected.exit,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}
