//! The `pycheck` command line: mypy-compatible output and exit codes over the shared
//! checking engine, and `pycheck server` for editors. Arguments are parsed with `clap`
//! (derive), the standard choice for Rust command lines.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use pycheck_diagnostics::render::{ConciseOptions, Summary, write_concise};
use pycheck_driver::{CheckOptions, RunReport, check_paths};

/// A fast, incremental static type checker for Python that reports what mypy reports.
#[derive(Debug, Parser)]
#[command(name = "pycheck", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    /// Files and directories to check (directories are searched for .py and .pyi files);
    /// default: the configuration's `files`, else the current directory.
    paths: Vec<PathBuf>,

    /// Show the column of each diagnostic: path:line:column (1-based, as mypy).
    #[arg(long)]
    show_column_numbers: bool,

    /// Leave out the "Found N errors" / "Success" summary line.
    #[arg(long)]
    no_error_summary: bool,

    /// The Python version to check for, as X.Y (default 3.11): `sys.version_info`
    /// checks are decided against it.
    #[arg(long, value_name = "X.Y", value_parser = parse_python_version)]
    python_version: Option<(u8, u8)>,

    /// The platform to check for, as `sys.platform` names it (default linux).
    #[arg(long, value_name = "PLATFORM")]
    platform: Option<String>,

    /// Do not report errors with this code (may be repeated).
    #[arg(long, value_name = "CODE")]
    disable_error_code: Vec<String>,

    /// Report `# type: ignore` comments that silence nothing, as [unused-ignore].
    #[arg(long)]
    warn_unused_ignores: bool,

    /// Turn on the optional checks of mypy's --strict that pycheck has: untyped and
    /// incomplete definitions, untyped bodies, returning Any.
    #[arg(long)]
    strict: bool,

    /// Check the bodies of functions without annotations too.
    #[arg(long)]
    check_untyped_defs: bool,

    /// Report functions without annotations [no-untyped-def].
    #[arg(long)]
    disallow_untyped_defs: bool,

    /// Report functions annotated only in part [no-untyped-def].
    #[arg(long)]
    disallow_incomplete_defs: bool,

    /// Report returning Any from a function declared to return another type [no-any-return].
    #[arg(long)]
    warn_return_any: bool,

    /// Do not report imports that cannot be found or have no types.
    #[arg(long)]
    ignore_missing_imports: bool,

    /// Use the installed packages of this Python interpreter (default: the active virtual
    /// environment, a .venv here or above, else `python3` on PATH).
    #[arg(long, value_name = "EXECUTABLE")]
    python_executable: Option<PathBuf>,

    /// Do not look for installed packages at all.
    #[arg(long)]
    no_site_packages: bool,

    /// Read this configuration file instead of looking for pyproject.toml ([tool.pycheck]
    /// or [tool.mypy]), mypy.ini, .mypy.ini or setup.cfg ([mypy]) from here upwards.
    #[arg(long, value_name = "FILE")]
    config_file: Option<PathBuf>,
}

/// `3.11` as (3, 11), worded as mypy words the error.
fn parse_python_version(text: &str) -> Result<(u8, u8), String> {
    let invalid = || format!("Invalid python version '{text}' (expected format: 'x.y')");
    let (major, minor) = text.split_once('.').ok_or_else(invalid)?;
    Ok((
        major.parse().map_err(|_| invalid())?,
        minor.parse().map_err(|_| invalid())?,
    ))
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the language server, speaking LSP over stdin and stdout.
    Server {
        /// What the server writes to stderr: error, warn, info or debug.
        #[arg(long, value_name = "LEVEL", default_value = "warn", value_parser = ["error", "warn", "info", "debug"])]
        log_level: String,
    },
    /// Explain an error code, e.g. `pycheck explain arg-type`.
    Explain {
        /// The code as printed in brackets after a message; omit it to list all codes.
        code: Option<String>,
    },
}

/// Exit statuses, as mypy's.
const EXIT_CLEAN: u8 = 0;
const EXIT_ERRORS: u8 = 1;
const EXIT_BLOCKED: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Some(Command::Explain { code }) => explain(code.as_deref()),
        Some(Command::Server { log_level }) => {
            let level = pycheck_server::LogLevel::from_name(log_level).unwrap_or_default();
            pycheck_server::run(level).map(|()| EXIT_CLEAN)
        }
        None => check(&cli),
    };
    match result {
        Ok(status) => ExitCode::from(status),
        // `pycheck ... | head` closes the pipe early: that is not a failure.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(EXIT_CLEAN),
        Err(error) => {
            eprintln!("pycheck: error: {error}");
            ExitCode::from(EXIT_BLOCKED)
        }
    }
}

fn check(cli: &Cli) -> io::Result<u8> {
    let config_path = match &cli.config_file {
        Some(path) => Some(path.clone()),
        None => std::env::current_dir().ok().and_then(|dir| {
            // Named relative to here when it is here, as mypy names it.
            let found = pycheck_driver::find_config(&dir)?;
            Some(found.strip_prefix(&dir).map(PathBuf::from).unwrap_or(found))
        }),
    };
    let config = match config_path.as_deref().map(pycheck_driver::load_config) {
        Some(Ok(config)) => Some(config),
        Some(Err(error)) => {
            eprintln!("{error}");
            return Ok(EXIT_BLOCKED);
        }
        None => None,
    };
    let file_options = config
        .as_ref()
        .map(|c| c.options.clone())
        .unwrap_or_default();
    for warning in config.iter().flat_map(|c| &c.warnings) {
        eprintln!("{warning}");
    }
    let paths: Vec<PathBuf> = if cli.paths.is_empty() {
        file_options.files.iter().map(PathBuf::from).collect()
    } else {
        cli.paths.clone()
    };
    // Nothing named and nothing configured: the project is the working directory.
    let paths = if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths
    };
    let unknown: Vec<&str> = cli
        .disable_error_code
        .iter()
        .map(String::as_str)
        .filter(|code| pycheck_diagnostics::codes::lookup(code).is_none())
        .collect();
    if !unknown.is_empty() {
        eprintln!(
            "pycheck: error: Invalid error code(s): {}",
            unknown.join(", ")
        );
        return Ok(EXIT_BLOCKED);
    }
    // The command line wins over the configuration file.
    let mut options = CheckOptions::from_config(config.as_ref());
    if let Some(version) = cli.python_version {
        options.python_version = version;
    }
    if let Some(platform) = &cli.platform {
        options.platform = platform.clone();
    }
    options
        .disabled_codes
        .extend(cli.disable_error_code.iter().cloned());
    options.warn_unused_ignores |= cli.warn_unused_ignores;
    let flags = &mut options.check_flags;
    let strict = cli.strict;
    flags.check_untyped_defs |= strict || cli.check_untyped_defs;
    flags.disallow_untyped_defs |= strict || cli.disallow_untyped_defs;
    flags.disallow_incomplete_defs |= strict || cli.disallow_incomplete_defs;
    flags.warn_return_any |= strict || cli.warn_return_any;
    let imports = &mut options.imports;
    if cli.ignore_missing_imports {
        imports.ignore_missing.push("*".to_owned());
    }
    if let Some(python) = &cli.python_executable {
        imports.python_executable = Some(python.clone());
    }
    imports.no_site_packages |= cli.no_site_packages;
    let report = check_paths(&paths, &options);
    let mut stderr = io::stderr().lock();
    for error in &report.input_errors {
        writeln!(stderr, "{error}")?;
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let options = ConciseOptions {
        show_column_numbers: cli.show_column_numbers,
    };
    for file in &report.files {
        write_concise(&mut out, &file.path, &file.text, &file.diagnostics, options)?;
    }
    let summary = summarize(&report);
    let only_directory_errors =
        report.files.is_empty() && report.input_errors.iter().all(|e| !e.is_file_error());
    if !cli.no_error_summary && !only_directory_errors {
        writeln!(out, "{summary}")?;
    }
    out.flush()?;
    Ok(if summary.blocked || !report.input_errors.is_empty() {
        EXIT_BLOCKED
    } else if summary.errors > 0 {
        EXIT_ERRORS
    } else {
        EXIT_CLEAN
    })
}

fn summarize(report: &RunReport) -> Summary {
    let file_errors = report
        .input_errors
        .iter()
        .filter(|e| e.is_file_error())
        .count();
    let mut summary = Summary {
        errors: file_errors,
        files_with_errors: file_errors,
        checked_files: report.files.iter().filter(|f| !f.followed).count(),
        blocked: file_errors > 0,
    };
    for file in &report.files {
        let errors = file.diagnostics.iter().filter(|d| d.is_error()).count();
        summary.errors += errors;
        summary.files_with_errors += usize::from(errors > 0);
        summary.blocked |= file.blocked;
    }
    summary
}

fn explain(code: Option<&str>) -> io::Result<u8> {
    let mut out = io::stdout().lock();
    let Some(name) = code else {
        for code in pycheck_diagnostics::codes::ALL {
            writeln!(out, "{:<20}{}", code.name, code.summary)?;
        }
        return Ok(EXIT_CLEAN);
    };
    match pycheck_diagnostics::codes::lookup(name.trim_matches(['[', ']'])) {
        Some(code) => {
            writeln!(
                out,
                "[{}]: {}\n\n{}",
                code.name, code.summary, code.explanation
            )?;
            Ok(EXIT_CLEAN)
        }
        None => {
            eprintln!(
                "pycheck: error: unknown error code \"{name}\" (`pycheck explain` lists them)"
            );
            Ok(EXIT_BLOCKED)
        }
    }
}
