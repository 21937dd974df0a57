//! The host side of a batch run: finds the files the user named, reads them, loads them
//! into the engine's database and checks them in parallel.
//!
//! Invariant: this is the only layer below the binary that touches the file system. The
//! engine (`pycheck_semantic`) sees text only; the binary turns the [`RunReport`] into
//! output and an exit status.
//!
//! Crates: `regex` matches `exclude` patterns as mypy's do; `ignore` walks directories (the walker ripgrep uses: fast, and it already knows
//! how to skip hidden and special directories); `rayon` checks files on all cores, each
//! worker with its own clone of the salsa database.

mod config;
mod discover;
mod isolation;
mod modules;
mod order;
mod typeshed;

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use pycheck_diagnostics::Diagnostic;
use pycheck_semantic::db::module_pattern_matches;
use pycheck_semantic::{File, RootDatabase, has_blocking_error};
use rayon::prelude::*;

pub use config::{
    CheckSwitches, Config, ConfigError, ConfigOptions, ModuleOverride, find_config, load_config,
};
pub use discover::{SourcePath, discover, module_name_for};
pub use isolation::{check_file_isolated, install_panic_hook, panic_message};
pub use modules::{FollowedFile, ImportSettings, ModuleLoader};
pub use pycheck_semantic::Typeshed;
pub use pycheck_semantic::db::CheckFlags;
pub use typeshed::{TypeshedError, TypeshedSetting, load_typeshed};

/// A path the user gave that could not be checked at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    Unreadable {
        path: String,
        reason: String,
    },
    NotUtf8 {
        path: String,
        detail: String,
    },
    NoPythonFiles {
        directory: String,
    },
    /// Two of the files to check are the same module (`m.py` and `m.pyi` both named): as
    /// in mypy, nothing is checked. `path` is the later file, `other` the first.
    DuplicateModule {
        path: String,
        module: String,
        other: String,
    },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Unreadable { path, reason } => {
                write!(f, "{path}: error: Cannot read file: {reason}")
            }
            InputError::NotUtf8 { path, detail } => {
                write!(f, "{path}: error: Cannot decode file: {detail}")
            }
            InputError::NoPythonFiles { directory } => {
                write!(f, "There are no .py[i] files in directory '{directory}'")
            }
            InputError::DuplicateModule {
                path,
                module,
                other,
            } => {
                writeln!(
                    f,
                    "{path}: error: Duplicate module named \"{module}\" (also at \"{other}\")"
                )?;
                writeln!(
                    f,
                    "{path}: note: See https://mypy.readthedocs.io/en/stable/running_mypy.html#mapping-file-paths-to-modules for more info"
                )?;
                writeln!(f, "{path}: note: Common resolutions include:")?;
                writeln!(
                    f,
                    "{path}: note:     a) using `--exclude` to avoid checking one of them,"
                )?;
                writeln!(f, "{path}: note:     b) adding `__init__.py` somewhere,")?;
                write!(
                    f,
                    "{path}: note:     c) using `--explicit-package-bases` or adjusting `MYPYPATH`"
                )
            }
        }
    }
}

impl InputError {
    /// Whether the error names one file (and so counts as an error in that file).
    pub fn is_file_error(&self) -> bool {
        !matches!(self, InputError::NoPythonFiles { .. })
    }

    /// Whether mypy prints it with the diagnostics (on standard output), not as a
    /// complaint about the command line.
    pub fn is_report_error(&self) -> bool {
        matches!(self, InputError::DuplicateModule { .. })
    }
}

/// The diagnostics of one checked file.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// The path as the user gave it (or as found under a directory they gave).
    pub path: String,
    pub text: String,
    pub diagnostics: Arc<[Diagnostic]>,
    /// The file could not be checked (a syntax error).
    pub blocked: bool,
    /// pycheck failed while checking the file: its one diagnostic says where.
    pub internal_error: bool,
    /// Not named by the user: checked because a checked file imports it.
    pub followed: bool,
}

#[derive(Debug, Clone, Default)]
pub struct RunReport {
    /// In mypy's report order (see `order`): imported files before their importers.
    pub files: Vec<FileReport>,
    pub input_errors: Vec<InputError>,
}

/// Stack for checker threads: deeply nested (but accepted) code recurses deeply.
const WORKER_STACK_BYTES: usize = 256 * 1024 * 1024;

/// Finds, reads and checks everything under `paths`.
/// What a run checks for, beyond the files themselves.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub python_version: (u8, u8),
    pub platform: String,
    /// Error codes not to report.
    pub disabled_codes: Vec<String>,
    /// Paths (regular expressions) skipped when searching directories.
    pub exclude: Vec<regex::Regex>,
    pub warn_unused_ignores: bool,
    /// Where imports are looked for and which missing ones are not reported.
    pub imports: ImportSettings,
    /// The optional checks for every module ...
    pub check_flags: CheckFlags,
    /// ... changed for the modules some patterns match (applied in order).
    pub module_checks: Vec<(Vec<String>, CheckSwitches)>,
    /// Error codes turned off and on for the modules some patterns match.
    pub module_codes: Vec<(Vec<String>, Vec<String>, Vec<String>)>,
    /// Where the standard library's stubs come from (as asked; see `typeshed`).
    pub typeshed_setting: TypeshedSetting,
    /// The standard library's stubs, once loaded (`load_typeshed`); the built-in ones
    /// until then.
    pub typeshed: Arc<Typeshed>,
    /// The largest file read (`--max-file-size`); a larger one is an input error.
    pub max_file_bytes: u64,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            python_version: pycheck_semantic::db::DEFAULT_PYTHON_VERSION,
            platform: pycheck_semantic::db::DEFAULT_PLATFORM.to_owned(),
            disabled_codes: Vec::new(),
            exclude: Vec::new(),
            warn_unused_ignores: false,
            imports: ImportSettings::default(),
            check_flags: CheckFlags::default(),
            module_checks: Vec::new(),
            module_codes: Vec::new(),
            typeshed_setting: TypeshedSetting::Auto,
            typeshed: Arc::new(Typeshed::builtin()),
            max_file_bytes: DEFAULT_MAX_FILE_MIB * 1024 * 1024,
        }
    }
}

impl CheckOptions {
    /// What a configuration file (or none) asks for; hosts apply their own overrides
    /// (the command line's flags) on top.
    pub fn from_config(config: Option<&Config>) -> CheckOptions {
        let defaults = CheckOptions::default();
        let Some(config) = config else {
            return CheckOptions {
                imports: ImportSettings {
                    mypy_path: mypy_path_from_environment(),
                    ..ImportSettings::default()
                },
                ..defaults
            };
        };
        let file = &config.options;
        let config_dir = config
            .path
            .parent()
            .map(|dir| dir.display().to_string())
            .filter(|dir| !dir.is_empty())
            .unwrap_or_else(|| ".".to_owned());
        let mut mypy_path = mypy_path_from_environment();
        mypy_path.extend(
            file.mypy_path
                .iter()
                .map(|entry| PathBuf::from(entry.replace("$MYPY_CONFIG_FILE_DIR", &config_dir))),
        );
        let mut ignore_missing = Vec::new();
        if file.ignore_missing_imports {
            ignore_missing.push("*".to_owned());
        }
        for module_override in &file.overrides {
            if module_override.ignore_missing_imports == Some(true) {
                ignore_missing.extend(module_override.modules.iter().cloned());
            }
        }
        let strict = file.strict;
        let strict_flags = CheckFlags {
            check_untyped_defs: strict,
            disallow_untyped_defs: strict,
            disallow_incomplete_defs: strict,
            warn_return_any: strict,
        };
        CheckOptions {
            python_version: file.python_version.unwrap_or(defaults.python_version),
            platform: file.platform.clone().unwrap_or(defaults.platform),
            disabled_codes: file.disable_error_code.clone(),
            exclude: file
                .exclude
                .iter()
                .filter_map(|pattern| regex::Regex::new(pattern).ok())
                .collect(),
            warn_unused_ignores: file.warn_unused_ignores,
            imports: ImportSettings {
                mypy_path,
                python_executable: file.python_executable.as_ref().map(PathBuf::from),
                no_site_packages: file.no_site_packages,
                ignore_missing,
                site_packages: None,
            },
            check_flags: file.checks.apply(strict_flags),
            typeshed_setting: match (&file.custom_typeshed_dir, file.typeshed.as_deref()) {
                (Some(directory), _) => TypeshedSetting::Directory(PathBuf::from(directory)),
                (None, Some(name)) => TypeshedSetting::from_name(name).unwrap_or_default(),
                (None, None) => TypeshedSetting::Auto,
            },
            typeshed: defaults.typeshed.clone(),
            max_file_bytes: defaults.max_file_bytes,
            module_checks: file
                .overrides
                .iter()
                .map(|o| (o.modules.clone(), o.checks))
                .collect(),
            module_codes: file
                .overrides
                .iter()
                .filter(|o| !o.disable_error_code.is_empty() || !o.enable_error_code.is_empty())
                .map(|o| {
                    (
                        o.modules.clone(),
                        o.disable_error_code.clone(),
                        o.enable_error_code.clone(),
                    )
                })
                .collect(),
        }
    }

    /// Loads the standard library's stubs that `typeshed_setting` asks for into
    /// `typeshed`. Looking for an installed mypy finds the installed packages, which are
    /// then kept for following imports (finding them may start an interpreter).
    pub fn load_typeshed(&mut self) -> Result<(), TypeshedError> {
        let site_packages = if self.typeshed_setting == TypeshedSetting::Auto {
            let found = self.imports.find_site_packages();
            self.imports.site_packages = Some(found.clone());
            found
        } else {
            Vec::new()
        };
        self.typeshed = load_typeshed(&self.typeshed_setting, &site_packages)?;
        Ok(())
    }

    /// Sets what the engine checks for, besides imports (which a `ModuleLoader` owns).
    pub fn apply_to(&self, db: &mut RootDatabase, modules: impl Iterator<Item = String>) {
        db.set_target(
            self.python_version,
            &self.platform,
            self.disabled_codes.clone(),
        );
        db.set_warn_unused_ignores(self.warn_unused_ignores);
        let modules: Vec<String> = modules.collect();
        db.set_check_flags(self.check_flags, module_check_flags(self, modules.iter()));
        db.set_module_disabled_codes(module_disabled_codes(self, modules.iter()));
    }
}

/// `MYPYPATH`, as mypy reads it: directories searched for imports first.
fn mypy_path_from_environment() -> Vec<PathBuf> {
    std::env::var_os("MYPYPATH")
        .map(|paths| std::env::split_paths(&paths).collect())
        .unwrap_or_default()
}

pub fn check_paths(paths: &[PathBuf], options: &CheckOptions) -> RunReport {
    let (sources, mut input_errors) = discover(paths, &options.exclude);
    if let Some(duplicate) = duplicate_module(&sources) {
        input_errors.push(duplicate);
        return RunReport {
            files: Vec::new(),
            input_errors,
        };
    }
    let mut loaded = Vec::new();
    for source in sources {
        match read_source(&source.path, options.max_file_bytes) {
            Ok(text) => loaded.push((source, text)),
            Err(error) => input_errors.push(error),
        }
    }
    let files = check_sources(loaded, options);
    RunReport {
        files,
        input_errors,
    }
}

/// The first source that is a module an earlier source is already (mypy stops there).
/// The same file named twice is taken once.
fn duplicate_module(sources: &[SourcePath]) -> Option<InputError> {
    let mut first: HashMap<&str, &SourcePath> = HashMap::new();
    for source in sources {
        let Some(module) = source.module.as_deref() else {
            continue;
        };
        match first.get(module) {
            Some(earlier) if !same_file(&earlier.path, &source.path) => {
                return Some(InputError::DuplicateModule {
                    path: source.display.clone(),
                    module: module.to_owned(),
                    other: earlier.path.display().to_string(),
                });
            }
            Some(_) => {}
            None => {
                first.insert(module, source);
            }
        }
    }
    None
}

fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// Checks already-read sources; the engine gets every file first, so imports between
/// them resolve.
pub fn check_sources(
    sources: Vec<(SourcePath, String)>,
    options: &CheckOptions,
) -> Vec<FileReport> {
    // Loading follows imports in parallel too, so everything runs inside the pool.
    match rayon::ThreadPoolBuilder::new()
        .stack_size(WORKER_STACK_BYTES)
        .build()
    {
        Ok(pool) => pool.install(|| load_and_check(sources, options)),
        Err(_) => load_and_check(sources, options),
    }
}

fn load_and_check(sources: Vec<(SourcePath, String)>, options: &CheckOptions) -> Vec<FileReport> {
    let mut db = RootDatabase::with_typeshed(&options.typeshed);
    options.apply_to(&mut db, std::iter::empty());
    let mut loader = ModuleLoader::new(options.imports.clone());
    let mut files: Vec<(String, File, bool)> = Vec::new();
    let mut module_nodes = HashMap::new();
    for (source, text) in sources {
        let file = db.add_file(source.display.clone(), text);
        loader.add_source(&source.path, source.module.as_deref(), file);
        if let Some(module) = source.module {
            module_nodes.entry(module).or_insert(files.len());
        }
        files.push((source.display, file, false));
    }
    let here = std::env::current_dir().unwrap_or_default();
    for followed in loader.follow_imports(&mut db) {
        if !followed.installed {
            let display = followed
                .path
                .strip_prefix(&here)
                .unwrap_or(&followed.path)
                .display()
                .to_string();
            module_nodes.insert(followed.module, files.len());
            files.push((display, followed.file, true));
        }
    }
    options.apply_to(&mut db, module_nodes.keys().cloned());
    let imports: Vec<Vec<String>> = files
        .iter()
        .map(|(_, file, _)| pycheck_semantic::imports::imported_modules(&db, *file).to_vec())
        .collect();
    let report_order = order::report_order(&order::import_edges(&imports, &module_nodes));

    let check = |db: &mut RootDatabase, (path, file, followed): &(String, File, bool)| {
        let (diagnostics, internal_error) = check_file_isolated(db, *file);
        let blocked = !internal_error && has_blocking_error(db, *file);
        FileReport {
            path: path.clone(),
            text: file.text(db).clone(),
            diagnostics,
            blocked,
            internal_error,
            followed: *followed,
        }
    };
    // Every check starts by reading builtins and typing: their stubs (the largest there
    // are) are parsed side by side first, instead of one after the other by the first
    // check.
    let project = pycheck_semantic::Project::get(&db);
    let core: Vec<File> = ["builtins", "typing", "typing_extensions", "_typeshed"]
        .iter()
        .filter_map(|module| project.stub_modules(&db).get(*module).copied())
        .collect();
    core.par_iter().for_each_with(db.clone(), |db, file| {
        pycheck_semantic::parse::parsed_module(db, *file);
    });
    let mut reports: Vec<FileReport> = files.par_iter().map_with(db.clone(), check).collect();
    keep_run_notes_once(&mut reports);
    let mut reports: Vec<Option<FileReport>> = reports.into_iter().map(Some).collect();
    report_order
        .into_iter()
        .filter_map(|node| reports[node].take())
        .collect()
}

/// The flags of each module that a per-module section changes. As in mypy, a more
/// specific pattern wins over a more general one: `*` < `pkg.*` < `pkg.sub.*` < `pkg.sub`.
fn module_check_flags<'a>(
    options: &CheckOptions,
    modules: impl Iterator<Item = &'a String>,
) -> std::collections::BTreeMap<String, CheckFlags> {
    let mut flags = std::collections::BTreeMap::new();
    for module in modules {
        let mut matching: Vec<(usize, &CheckSwitches)> = options
            .module_checks
            .iter()
            .filter_map(|(patterns, switches)| {
                patterns
                    .iter()
                    .filter(|pattern| module_pattern_matches(pattern, module))
                    .map(|pattern| pattern_specificity(pattern))
                    .max()
                    .map(|rank| (rank, switches))
            })
            .collect();
        if matching.is_empty() {
            continue;
        }
        matching.sort_by_key(|(rank, _)| *rank);
        let module_flags = matching
            .into_iter()
            .fold(options.check_flags, |flags, (_, switches)| {
                switches.apply(flags)
            });
        flags.insert(module.clone(), module_flags);
    }
    flags
}

/// The codes that are off in each module a per-module section turns codes off or on
/// in; sections apply from the least to the most specific pattern.
fn module_disabled_codes<'a>(
    options: &CheckOptions,
    modules: impl Iterator<Item = &'a String>,
) -> std::collections::BTreeMap<String, Vec<String>> {
    let mut codes = std::collections::BTreeMap::new();
    if options.module_codes.is_empty() {
        return codes;
    }
    for module in modules {
        let mut matching: Vec<(usize, &Vec<String>, &Vec<String>)> = options
            .module_codes
            .iter()
            .filter_map(|(patterns, disable, enable)| {
                patterns
                    .iter()
                    .filter(|pattern| module_pattern_matches(pattern, module))
                    .map(|pattern| pattern_specificity(pattern))
                    .max()
                    .map(|rank| (rank, disable, enable))
            })
            .collect();
        if matching.is_empty() {
            continue;
        }
        matching.sort_by_key(|(rank, ..)| *rank);
        let mut disabled = options.disabled_codes.clone();
        for (_, disable, enable) in matching {
            disabled.extend(disable.iter().cloned());
            disabled.retain(|code| !enable.contains(code));
        }
        codes.insert(module.clone(), disabled);
    }
    codes
}

/// How specific a module pattern is: `*` < `pkg.*` < `pkg.sub.*` < `pkg.sub`.
fn pattern_specificity(pattern: &str) -> usize {
    match pattern.strip_suffix(".*") {
        Some(prefix) if pattern != "*" => (prefix.matches('.').count() + 1) * 2,
        _ if pattern == "*" => 0,
        _ => (pattern.matches('.').count() + 1) * 2 + 1,
    }
}

/// Notes mypy prints once per run, not once per file (where to read about missing
/// imports, which stub package to install): kept on the first file that has them, in the
/// order files were loaded.
fn keep_run_notes_once(reports: &mut [FileReport]) {
    let once_per_run = |note: &str| {
        note == pycheck_diagnostics::messages::MISSING_IMPORTS_NOTE
            || note.starts_with("Hint: \"python3 -m pip install ")
    };
    let mut seen = std::collections::HashSet::new();
    for report in reports {
        let mut changed = false;
        let diagnostics: Vec<Diagnostic> = report
            .diagnostics
            .iter()
            .map(|diagnostic| {
                let mut diagnostic = diagnostic.clone();
                diagnostic.notes.retain(|note| {
                    let keep = !once_per_run(note) || seen.insert(note.clone());
                    changed |= !keep;
                    keep
                });
                diagnostic
            })
            .collect();
        if changed {
            report.diagnostics = diagnostics.into();
        }
    }
}

/// The default of `--max-file-size`, in MiB: far above any module written by hand (the
/// largest generated ones in popular packages are a few MiB), far below what would
/// exhaust a machine's memory.
pub const DEFAULT_MAX_FILE_MIB: u64 = 64;

/// Reads a regular file of at most `max_bytes` bytes. Anything else is refused before it
/// is opened: a named pipe would block forever, a device (`/dev/zero`) never ends.
pub fn read_regular_file(path: &Path, max_bytes: u64) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let metadata = std::fs::metadata(path).map_err(|error| describe_io_error(&error))?;
    if !metadata.is_file() {
        return Err(format!("Not a regular file ({})", file_kind(&metadata)));
    }
    let too_large = || {
        format!(
            "File is larger than {} MiB (--max-file-size)",
            max_bytes / (1024 * 1024)
        )
    };
    if metadata.len() > max_bytes {
        return Err(too_large());
    }
    let file = std::fs::File::open(path).map_err(|error| describe_io_error(&error))?;
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    // The file may grow while it is read: never read past the limit.
    file.take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|error| describe_io_error(&error))?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_large());
    }
    Ok(bytes)
}

/// The text of a Python source file (a module found by following an import, a file the
/// server reloads), if it is a readable regular file within the default size limit that
/// decodes (see [`read_source`]); anything else is left unchecked, as an unreadable import
/// is.
pub fn read_source_text(path: &Path) -> Option<String> {
    let bytes = read_regular_file(path, DEFAULT_MAX_FILE_MIB * 1024 * 1024).ok()?;
    pycheck_syntax::decode_source(&bytes)
        .ok()
        .map(std::borrow::Cow::into_owned)
}

/// What a path that is not a regular file is, in the words of `ls` and `stat`.
fn file_kind(metadata: &std::fs::Metadata) -> &'static str {
    let kind = metadata.file_type();
    if kind.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a named pipe";
        }
        if kind.is_char_device() {
            return "a character device";
        }
        if kind.is_block_device() {
            return "a block device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    "a special file"
}

/// Reads a source file (see [`read_regular_file`]) as mypy does (UTF-8, or the encoding a
/// PEP 263 comment declares), with errors worded as mypy words them.
pub fn read_source(path: &Path, max_bytes: u64) -> Result<String, InputError> {
    let display = path.display().to_string();
    let bytes = read_regular_file(path, max_bytes).map_err(|reason| InputError::Unreadable {
        path: display.clone(),
        reason,
    })?;
    match pycheck_syntax::decode_source(&bytes) {
        Ok(text) => Ok(text.into_owned()),
        Err(detail) => Err(InputError::NotUtf8 {
            path: display,
            detail,
        }),
    }
}

/// The OS's words for an I/O error, without Rust's " (os error N)" suffix.
pub(crate) fn describe_io_error(error: &std::io::Error) -> String {
    let text = error.to_string();
    match text.find(" (os error") {
        Some(end) => text[..end].to_owned(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_errors_are_worded_like_pythons() {
        let dir = std::env::temp_dir().join(format!("pycheck-driver-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("latin.py");
        std::fs::write(&path, b"x = \"\xff\"\n").unwrap();
        let error = read_source(&path, u64::MAX).unwrap_err();
        assert_eq!(
            error,
            InputError::NotUtf8 {
                path: path.display().to_string(),
                detail: "'utf-8' codec can't decode byte 0xff in position 5: invalid start byte"
                    .into()
            }
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
