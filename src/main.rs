//! The `pycheck` command line: mypy-compatible output and exit codes over the shared
//! checking engine, and `pycheck server` for editors. Arguments are parsed with `clap`
//! (derive), the standard choice for Rust command lines.

use std::io::{self, IsTerminal, Write};
use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use pycheck_diagnostics::Diagnostic;
use pycheck_diagnostics::baseline::Baseline;
use pycheck_diagnostics::render::{FileDiagnostics, Format, RenderOptions, Run, Summary};
use pycheck_driver::{CheckOptions, RunReport, check_paths};

const EXIT_STATUS_HELP: &str = "\
Exit status:
  0  nothing failing (no errors, or only errors the baseline accepts, or --exit-zero)
  1  errors found
  2  usage, configuration or input error (including a file that cannot be read or parsed),
     or a file pycheck failed on (its internal-error diagnostic asks for a report)
  3  internal error in pycheck outside any file's check (please report it)";

/// A fast, incremental static type checker for Python that reports what mypy reports.
#[derive(Debug, Parser)]
#[command(
    name = "pycheck",
    version,
    args_conflicts_with_subcommands = true,
    after_help = EXIT_STATUS_HELP
)]
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

    /// Take the standard library's stubs from this typeshed (DIR/stdlib) instead of the
    /// one of an installed mypy or typeshed_client, or the built-in stubs.
    #[arg(long, value_name = "DIR")]
    custom_typeshed_dir: Option<PathBuf>,

    /// Where the standard library's stubs come from when no --custom-typeshed-dir is
    /// given: auto (an installed mypy's typeshed, else typeshed_client's, else the
    /// built-in typeshed-lite) or builtin (typeshed-lite only, whatever is installed).
    #[arg(long, value_name = "WHERE", value_parser = ["auto", "builtin"])]
    typeshed: Option<String>,

    /// Refuse to read a source file larger than this many MiB (an input error, exit 2).
    #[arg(long, value_name = "MIB", default_value_t = pycheck_driver::DEFAULT_MAX_FILE_MIB)]
    max_file_size: u64,

    /// Say on stderr how the run was set up (which standard-library stubs it uses).
    #[arg(short, long)]
    verbose: bool,

    /// Read this configuration file instead of looking for pyproject.toml ([tool.pycheck]
    /// or [tool.mypy]), mypy.ini, .mypy.ini or setup.cfg ([mypy]) from here upwards.
    #[arg(long, value_name = "FILE")]
    config_file: Option<PathBuf>,

    /// How to print diagnostics on stdout: concise (mypy's lines, the default), pretty
    /// (code frames), json, github (Actions annotations), gitlab (Code Quality), junit or
    /// sarif.
    #[arg(long, value_name = "FORMAT", default_value = "concise", value_parser = parse_format)]
    output_format: Format,

    /// Same as --output-format pretty (mypy's flag).
    #[arg(long, conflicts_with = "output_format")]
    pretty: bool,

    /// Colour the pretty format: auto (only on a terminal, and not when NO_COLOR is set),
    /// always or never.
    #[arg(long, value_name = "WHEN", default_value = "auto")]
    color: ColorChoice,

    /// Also write FORMAT to FILE (may be repeated), e.g. `-o sarif:pycheck.sarif`.
    #[arg(short = 'o', long = "output", value_name = "FORMAT:FILE", value_parser = parse_output)]
    outputs: Vec<(Format, PathBuf)>,

    /// Exit with 0 even when errors are found (still 2 for usage, configuration or input
    /// errors, 3 for an internal error).
    #[arg(long)]
    exit_zero: bool,

    /// Report, and fail on, only errors that this baseline file does not accept.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,

    /// Write the --baseline file from this run. An existing baseline only shrinks (fixed
    /// errors are dropped, new ones are not added) unless --baseline-add-new is given.
    #[arg(long, requires = "baseline")]
    write_baseline: bool,

    /// With --write-baseline: also accept the errors that are new in this run.
    #[arg(long, requires = "write_baseline")]
    baseline_add_new: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// `auto` follows the convention of no-color.org: any non-empty NO_COLOR turns colour off.
    fn enabled(self, stdout_is_terminal: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                stdout_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        }
    }
}

fn parse_format(name: &str) -> Result<Format, String> {
    name.parse()
}

/// `sarif:report.sarif` as (Sarif, "report.sarif").
fn parse_output(text: &str) -> Result<(Format, PathBuf), String> {
    let (format, file) = text
        .split_once(':')
        .ok_or_else(|| format!("expected FORMAT:FILE, e.g. sarif:pycheck.sarif, got '{text}'"))?;
    if file.is_empty() {
        return Err(format!("no file named in '{text}'"));
    }
    Ok((format.parse()?, PathBuf::from(file)))
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
        /// Print every code as the Markdown of docs/error-codes.md.
        #[arg(long, conflicts_with = "code")]
        markdown: bool,
    },
}

/// Exit statuses: 0 to 2 as mypy's (2 also when pycheck failed on a file: that file gets
/// one internal-error diagnostic, the others are reported), 3 for a crash outside any
/// file's check (mypy's crashes exit 2, which a CI job cannot tell from bad input).
const EXIT_CLEAN: u8 = 0;
const EXIT_ERRORS: u8 = 1;
const EXIT_BLOCKED: u8 = 2;
const EXIT_INTERNAL: u8 = 3;

fn main() -> ExitCode {
    pycheck_driver::install_panic_hook();
    let cli = Cli::parse();
    match std::panic::catch_unwind(|| run(&cli)) {
        Ok(status) => status,
        Err(_) => ExitCode::from(EXIT_INTERNAL),
    }
}

fn run(cli: &Cli) -> ExitCode {
    let result = match &cli.command {
        Some(Command::Explain { code, markdown }) => explain(code.as_deref(), *markdown),
        Some(Command::Server { log_level }) => {
            let level = pycheck_server::LogLevel::from_name(log_level).unwrap_or_default();
            pycheck_server::run(level).map(|()| EXIT_CLEAN)
        }
        None => check(cli),
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
    options.max_file_bytes = cli.max_file_size.saturating_mul(1024 * 1024);
    if let Some(directory) = &cli.custom_typeshed_dir {
        options.typeshed_setting = pycheck_driver::TypeshedSetting::Directory(directory.clone());
    } else if let Some(setting) = cli
        .typeshed
        .as_deref()
        .and_then(pycheck_driver::TypeshedSetting::from_name)
    {
        options.typeshed_setting = setting;
    }
    if let Err(error) = options.load_typeshed() {
        eprintln!("{error}");
        return Ok(EXIT_BLOCKED);
    }
    if cli.verbose {
        eprintln!(
            "pycheck: standard library stubs: {}",
            options.typeshed.origin
        );
    }
    // Lets the test suite show that a crash exits with EXIT_INTERNAL and one line.
    if std::env::var_os("PYCHECK_TEST_INTERNAL_ERROR").is_some() {
        panic!("PYCHECK_TEST_INTERNAL_ERROR is set");
    }
    let report = check_paths(&paths, &options);
    let format = if cli.pretty {
        Format::Pretty
    } else {
        cli.output_format
    };
    // mypy prints a duplicate module among its diagnostics; a machine-read format keeps
    // standard output for itself.
    let text_output = matches!(format, Format::Concise | Format::Pretty);
    for error in &report.input_errors {
        if error.is_report_error() && text_output {
            writeln!(io::stdout().lock(), "{error}")?;
        } else {
            writeln!(io::stderr().lock(), "{error}")?;
        }
    }

    let working_dir = std::env::current_dir().unwrap_or_default();
    let relative_paths: Vec<String> = report
        .files
        .iter()
        .map(|file| relative_path(&file.path, &working_dir))
        .collect();
    let checked: Vec<FileDiagnostics> = report
        .files
        .iter()
        .zip(&relative_paths)
        .map(|(file, relative)| FileDiagnostics {
            path: &file.path,
            relative_path: relative,
            text: &file.text,
            diagnostics: &file.diagnostics,
        })
        .collect();
    let new_diagnostics = match &cli.baseline {
        Some(baseline_path) => match apply_baseline(cli, baseline_path, &checked) {
            Ok(new) => Some(new),
            Err(message) => {
                eprintln!("pycheck: error: {message}");
                return Ok(EXIT_BLOCKED);
            }
        },
        None => None,
    };
    let files: Vec<FileDiagnostics> = match &new_diagnostics {
        Some(new) => checked
            .iter()
            .zip(new)
            .map(|(file, diagnostics)| FileDiagnostics {
                diagnostics,
                ..*file
            })
            .collect(),
        None => checked,
    };
    let summary = summarize(&report, &files);
    let run = Run {
        files,
        summary,
        stdlib: &options.typeshed.origin,
    };

    if let Some(conflict) = conflicting_output(&cli.outputs, &report) {
        eprintln!("pycheck: error: {conflict}");
        return Ok(EXIT_BLOCKED);
    }
    let only_directory_errors =
        report.files.is_empty() && report.input_errors.iter().all(|e| !e.is_file_error());
    let render_options = RenderOptions {
        show_column_numbers: cli.show_column_numbers,
        error_summary: !cli.no_error_summary && !only_directory_errors,
        color: cli.color.enabled(io::stdout().is_terminal()),
    };
    {
        let stdout = io::stdout();
        let mut out = io::BufWriter::new(stdout.lock());
        pycheck_diagnostics::render::write_report(&mut out, format, &run, render_options)?;
        out.flush()?;
    }
    let file_options = RenderOptions {
        color: false,
        ..render_options
    };
    for (format, path) in &cli.outputs {
        if let Err(error) = write_output(path, *format, &run, file_options) {
            eprintln!("pycheck: error: cannot write {}: {error}", path.display());
            return Ok(EXIT_BLOCKED);
        }
    }

    let internal_error = report.files.iter().any(|file| file.internal_error);
    Ok(
        if summary.blocked || internal_error || !report.input_errors.is_empty() {
            EXIT_BLOCKED
        } else if summary.errors > 0 && !cli.exit_zero {
            EXIT_ERRORS
        } else {
            EXIT_CLEAN
        },
    )
}

/// Why the `-o` files cannot be written: one is a file being checked, or two name one
/// file (the second would silently replace the first). Found before anything is written.
fn conflicting_output(outputs: &[(Format, PathBuf)], report: &RunReport) -> Option<String> {
    let checked: std::collections::HashSet<PathBuf> = report
        .files
        .iter()
        .map(|file| file_identity(Path::new(&file.path)))
        .collect();
    let mut written = std::collections::HashSet::new();
    for (_, path) in outputs {
        let identity = file_identity(path);
        if checked.contains(&identity) {
            return Some(format!(
                "cannot write {}: it is one of the files being checked",
                path.display()
            ));
        }
        if !written.insert(identity) {
            return Some(format!(
                "cannot write {}: more than one --output names it",
                path.display()
            ));
        }
    }
    None
}

/// A path that names the same file as any other path to it: links and `..` resolved, and
/// for a file that does not exist yet, its directory's.
fn file_identity(path: &Path) -> PathBuf {
    if let Ok(resolved) = std::fs::canonicalize(path) {
        return resolved;
    }
    let directory = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    match (std::fs::canonicalize(directory), path.file_name()) {
        (Ok(directory), Some(name)) => directory.join(name),
        _ => path.to_path_buf(),
    }
}

fn write_output(
    path: &Path,
    format: Format,
    run: &Run<'_>,
    options: RenderOptions,
) -> io::Result<()> {
    let mut out = io::BufWriter::new(std::fs::File::create(path)?);
    pycheck_diagnostics::render::write_report(&mut out, format, run, options)?;
    out.flush()
}

/// Reads the baseline (writing it first with --write-baseline) and returns, file by file,
/// the diagnostics it does not accept.
fn apply_baseline(
    cli: &Cli,
    baseline_path: &Path,
    files: &[FileDiagnostics<'_>],
) -> Result<Vec<Vec<Diagnostic>>, String> {
    let shown = baseline_path.display();
    let previous = match std::fs::metadata(baseline_path) {
        Err(error) if error.kind() == io::ErrorKind::NotFound && cli.write_baseline => None,
        // A device or a pipe never ends (`/dev/zero`, `/dev/full`): refused, not read.
        _ => {
            let bytes = pycheck_driver::read_regular_file(baseline_path, u64::MAX)
                .map_err(|reason| format!("cannot read baseline {shown}: {reason}"))?;
            let text = String::from_utf8(bytes)
                .map_err(|_| format!("invalid baseline {shown}: not UTF-8"))?;
            Some(
                Baseline::from_json(&text)
                    .map_err(|error| format!("invalid baseline {shown}: {error}"))?,
            )
        }
    };
    let baseline = if cli.write_baseline {
        let recorded = Baseline::record(previous.as_ref(), files, cli.baseline_add_new);
        std::fs::write(baseline_path, recorded.to_json())
            .map_err(|error| format!("cannot write baseline {shown}: {error}"))?;
        let accepted: usize = recorded.entries.iter().map(|entry| entry.count).sum();
        eprintln!(
            "pycheck: wrote {shown}: {} accepted",
            plural(accepted, "error")
        );
        recorded
    } else {
        previous.unwrap_or_else(|| Baseline::record(None, &[], false))
    };
    let matched = baseline.apply(files);
    if matched.fixed > 0 {
        let entries = if matched.fixed == 1 {
            "1 baseline entry is fixed".to_owned()
        } else {
            format!("{} baseline entries are fixed", matched.fixed)
        };
        eprintln!("{entries}; run with --write-baseline to drop them");
    }
    Ok(matched.new)
}

fn plural(count: usize, word: &str) -> String {
    if count == 1 {
        format!("{count} {word}")
    } else {
        format!("{count} {word}s")
    }
}

/// `path` relative to the working directory, with `/` separators and no `./`: how every
/// format but mypy's names files, so reports and baselines do not depend on where the
/// checkout is or how the paths were typed.
fn relative_path(path: &str, working_dir: &Path) -> String {
    let path = Path::new(path);
    let path = if path.is_absolute() {
        path.strip_prefix(working_dir).unwrap_or(path)
    } else {
        path
    };
    let parts: Vec<String> = path
        .components()
        .filter(|component| !matches!(component, Component::CurDir))
        .map(|component| match component {
            Component::RootDir => String::new(),
            other => other.as_os_str().to_string_lossy().into_owned(),
        })
        .collect();
    parts.join("/")
}

/// mypy's summary of the diagnostics reported (after the baseline, if any).
fn summarize(report: &RunReport, files: &[FileDiagnostics<'_>]) -> Summary {
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
    for file in files {
        let errors = file.diagnostics.iter().filter(|d| d.is_error()).count();
        summary.errors += errors;
        summary.files_with_errors += usize::from(errors > 0);
    }
    summary.blocked |= report.files.iter().any(|file| file.blocked);
    summary
}

fn explain(code: Option<&str>, markdown: bool) -> io::Result<u8> {
    let mut out = io::stdout().lock();
    if markdown {
        pycheck_diagnostics::codes::write_markdown(&mut out)?;
        return Ok(EXIT_CLEAN);
    }
    let Some(name) = code else {
        for code in pycheck_diagnostics::codes::ALL {
            writeln!(out, "{:<20}{}", code.name, code.summary)?;
        }
        return Ok(EXIT_CLEAN);
    };
    match pycheck_diagnostics::codes::lookup(name.trim_matches(['[', ']'])) {
        Some(code) => {
            pycheck_diagnostics::codes::write_explanation(&mut out, code)?;
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
