//! Configuration: `[tool.pycheck]` in `pyproject.toml`, or a configuration written for
//! mypy (`[tool.mypy]`, `mypy.ini`, `.mypy.ini`, `setup.cfg [mypy]`), so a mypy user
//! switches without editing anything. Crates: `toml` and `rust-ini` parse the files.

use std::fmt;
use std::path::{Path, PathBuf};

/// The options pycheck reads, merged from the file and the command line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConfigOptions {
    pub python_version: Option<(u8, u8)>,
    pub platform: Option<String>,
    /// What to check when no path is given.
    pub files: Vec<String>,
    /// Regular expressions of paths not to check in directories.
    pub exclude: Vec<String>,
    pub disable_error_code: Vec<String>,
    pub enable_error_code: Vec<String>,
    pub warn_unused_ignores: bool,
    pub ignore_missing_imports: bool,
    /// Extra directories searched for imports before anything else.
    pub mypy_path: Vec<String>,
    pub python_executable: Option<String>,
    pub no_site_packages: bool,
    /// A typeshed to take the standard library's stubs from (mypy's option).
    pub custom_typeshed_dir: Option<String>,
    /// `auto` or `builtin`: where the standard library's stubs come from otherwise.
    pub typeshed: Option<String>,
    /// Per-module sections, in file order.
    pub overrides: Vec<ModuleOverride>,
    pub strict: bool,
    pub checks: CheckSwitches,
}

/// The optional checks a configuration section switches on or off; `None` where it says
/// nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CheckSwitches {
    pub check_untyped_defs: Option<bool>,
    pub disallow_untyped_defs: Option<bool>,
    pub disallow_incomplete_defs: Option<bool>,
    pub warn_return_any: Option<bool>,
}

impl CheckSwitches {
    const NAMES: &[&str] = &[
        "check_untyped_defs",
        "disallow_untyped_defs",
        "disallow_incomplete_defs",
        "warn_return_any",
    ];

    /// Records `key = value` if `key` is one of the switches.
    fn set(&mut self, key: &str, value: bool) -> bool {
        let slot = match key {
            "check_untyped_defs" => &mut self.check_untyped_defs,
            "disallow_untyped_defs" => &mut self.disallow_untyped_defs,
            "disallow_incomplete_defs" => &mut self.disallow_incomplete_defs,
            "warn_return_any" => &mut self.warn_return_any,
            _ => return false,
        };
        *slot = Some(value);
        true
    }

    /// `flags` with what this section says applied over it.
    pub fn apply(
        &self,
        mut flags: pycheck_semantic::db::CheckFlags,
    ) -> pycheck_semantic::db::CheckFlags {
        let set = |slot: &mut bool, value: Option<bool>| {
            if let Some(value) = value {
                *slot = value;
            }
        };
        set(&mut flags.check_untyped_defs, self.check_untyped_defs);
        set(&mut flags.disallow_untyped_defs, self.disallow_untyped_defs);
        set(
            &mut flags.disallow_incomplete_defs,
            self.disallow_incomplete_defs,
        );
        set(&mut flags.warn_return_any, self.warn_return_any);
        flags
    }
}

/// Options for the modules matching some patterns (`[[tool.mypy.overrides]]`,
/// `[mypy-pkg.*]`). Patterns are mypy's: `pkg`, `pkg.*` (pkg and below), `*`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ModuleOverride {
    pub modules: Vec<String>,
    pub ignore_missing_imports: Option<bool>,
    pub checks: CheckSwitches,
    /// Codes turned off, and back on, for these modules.
    pub disable_error_code: Vec<String>,
    pub enable_error_code: Vec<String>,
}

/// A configuration file and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub path: PathBuf,
    pub options: ConfigOptions,
    /// One line each: unknown options, options pycheck does not support yet.
    pub warnings: Vec<String>,
}

/// A configuration file that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub path: String,
    pub line: Option<usize>,
    pub reason: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: error: {}", self.path, self.reason),
            None => write!(f, "{}: error: {}", self.path, self.reason),
        }
    }
}

/// mypy options pycheck knows but does not act on yet: accepted with a warning.
const NOT_YET_SUPPORTED: &[&str] = &[
    "disallow_any_generics",
    "warn_redundant_casts",
    "warn_unreachable",
    "follow_imports",
    "namespace_packages",
    "explicit_package_bases",
    "no_implicit_optional",
    "strict_optional",
    "plugins",
    "local_partial_types",
    "allow_redefinition",
];

/// Options that only change mypy's output, which pycheck already matches or ignores.
const NO_EFFECT: &[&str] = &[
    "show_error_codes",
    "pretty",
    "show_column_numbers",
    "color_output",
    "error_summary",
];

/// The configuration that applies in `start`: the nearest directory (walking up) with a
/// pyproject.toml that has `[tool.pycheck]` or `[tool.mypy]`, a mypy.ini, a .mypy.ini, or
/// a setup.cfg with `[mypy]`.
pub fn find_config(start: &Path) -> Option<PathBuf> {
    for directory in start.ancestors() {
        let pyproject = directory.join("pyproject.toml");
        // Read as bytes: a pyproject.toml that is not UTF-8 is still found, so that loading
        // it reports the problem instead of the run going on without it.
        if let Ok(bytes) = std::fs::read(&pyproject)
            && let text = String::from_utf8_lossy(&bytes)
            && (text.contains("[tool.pycheck") || text.contains("[tool.mypy"))
        {
            return Some(pyproject);
        }
        for name in ["mypy.ini", ".mypy.ini"] {
            let path = directory.join(name);
            if path.is_file() {
                return Some(path);
            }
        }
        let setup = directory.join("setup.cfg");
        if let Ok(text) = std::fs::read_to_string(&setup)
            && text.contains("[mypy]")
        {
            return Some(setup);
        }
    }
    None
}

/// Configuration files are small; a larger "file" is a mistake (a device, a log).
const MAX_CONFIG_BYTES: u64 = 16 * 1024 * 1024;

/// Reads and validates one configuration file.
pub fn load_config(path: &Path) -> Result<Config, ConfigError> {
    let display = path.display().to_string();
    let unreadable = |reason: String| ConfigError {
        path: display.clone(),
        line: None,
        reason: format!("Cannot read configuration: {reason}"),
    };
    let bytes = crate::read_regular_file(path, MAX_CONFIG_BYTES).map_err(unreadable)?;
    let text = String::from_utf8(bytes).map_err(|error| {
        unreadable(format!(
            "not valid UTF-8 (at byte {})",
            error.utf8_error().valid_up_to()
        ))
    })?;
    let (entries, overrides) = if path.extension().is_some_and(|e| e == "toml") {
        toml_entries(&display, &text)?
    } else {
        ini_entries(&display, &text)?
    };
    let mut config = Config {
        path: path.to_path_buf(),
        options: ConfigOptions::default(),
        warnings: Vec::new(),
    };
    for (key, value) in entries {
        apply(&mut config, &display, &key, value)?;
    }
    for (modules, entries) in overrides {
        let mut module_override = ModuleOverride {
            modules,
            ..ModuleOverride::default()
        };
        for (key, value) in entries {
            match key.as_str() {
                "ignore_missing_imports" => {
                    module_override.ignore_missing_imports =
                        Some(parse_bool(&display, &key, &value)?);
                }
                _ if CheckSwitches::NAMES.contains(&key.as_str()) => {
                    let switch = parse_bool(&display, &key, &value)?;
                    module_override.checks.set(&key, switch);
                }
                "disable_error_code" => {
                    module_override.disable_error_code = error_codes(&display, &value)?;
                }
                "enable_error_code" => {
                    module_override.enable_error_code = error_codes(&display, &value)?;
                }
                _ => config.warnings.push(format!(
                    "{display}: warning: per-module option \"{key}\" is not supported by pycheck yet and has no effect"
                )),
            }
        }
        config.options.overrides.push(module_override);
    }
    Ok(config)
}

/// A configuration value, from either file format.
#[derive(Debug, Clone)]
enum Value {
    Text(String),
    List(Vec<String>),
    Other(String),
}

impl Value {
    /// A list, from a TOML array or a comma-separated string.
    fn items(&self) -> Vec<String> {
        match self {
            Value::List(items) => items.clone(),
            Value::Text(text) | Value::Other(text) => text
                .split(',')
                .map(|item| item.trim().to_owned())
                .filter(|item| !item.is_empty())
                .collect(),
        }
    }

    fn spelled(&self) -> String {
        match self {
            Value::Text(text) | Value::Other(text) => text.clone(),
            Value::List(items) => format!("[{}]", items.join(", ")),
        }
    }
}

/// The entries of the pycheck/mypy section, and of each per-module section with its
/// module patterns.
type Sections = (
    Vec<(String, Value)>,
    Vec<(Vec<String>, Vec<(String, Value)>)>,
);

fn toml_entries(path: &str, text: &str) -> Result<Sections, ConfigError> {
    let table: toml::Table = toml::from_str(text).map_err(|error| ConfigError {
        path: path.to_owned(),
        line: error
            .span()
            .map(|span| text[..span.start.min(text.len())].matches('\n').count() + 1),
        reason: error.message().trim().to_owned(),
    })?;
    let tool = table.get("tool").and_then(toml::Value::as_table);
    let section = tool
        .and_then(|t| t.get("pycheck"))
        .or_else(|| tool.and_then(|t| t.get("mypy")));
    let Some(section) = section.and_then(toml::Value::as_table) else {
        return Ok((Vec::new(), Vec::new()));
    };
    let mut overrides = Vec::new();
    if let Some(list) = section.get("overrides") {
        let invalid = |reason: &str| ConfigError {
            path: path.to_owned(),
            line: None,
            reason: reason.to_owned(),
        };
        let tables = list
            .as_array()
            .ok_or_else(|| invalid("tool.mypy.overrides sections must be an array"))?;
        for table in tables {
            let table = table.as_table().ok_or_else(|| {
                invalid("tool.mypy.overrides sections must be an array of tables")
            })?;
            let modules = match table.get("module") {
                Some(toml::Value::String(module)) => vec![module.clone()],
                Some(toml::Value::Array(items)) => items
                    .iter()
                    .map(|item| item.as_str().map(str::to_owned))
                    .collect::<Option<Vec<_>>>()
                    .ok_or_else(|| invalid("toml config file contains a [[tool.mypy.overrides]] section with a module value that is not a string or a list of strings"))?,
                _ => {
                    return Err(invalid(
                        "toml config file contains a [[tool.mypy.overrides]] section, but no module to override was specified.",
                    ));
                }
            };
            let entries = table
                .iter()
                .filter(|(key, _)| key.as_str() != "module")
                .map(|(key, value)| (key.clone(), toml_value(value)))
                .collect();
            overrides.push((modules, entries));
        }
    }
    let entries = section
        .iter()
        .filter(|(key, _)| key.as_str() != "overrides")
        .map(|(key, value)| (key.clone(), toml_value(value)))
        .collect();
    Ok((entries, overrides))
}

fn toml_value(value: &toml::Value) -> Value {
    match value {
        toml::Value::String(text) => Value::Text(text.clone()),
        toml::Value::Array(items) => Value::List(
            items
                .iter()
                .map(|item| {
                    item.as_str()
                        .map_or_else(|| item.to_string(), str::to_owned)
                })
                .collect(),
        ),
        other => Value::Other(other.to_string()),
    }
}

fn ini_entries(path: &str, text: &str) -> Result<Sections, ConfigError> {
    let ini = ini::Ini::load_from_str(text).map_err(|error| ConfigError {
        path: path.to_owned(),
        line: Some(error.line + 1),
        reason: error.msg.to_string(),
    })?;
    let entries_of = |section: &ini::Properties| {
        section
            .iter()
            .map(|(key, value)| (key.to_owned(), Value::Text(value.trim().to_owned())))
            .collect::<Vec<_>>()
    };
    let mut overrides = Vec::new();
    for (name, section) in ini.iter() {
        if let Some(patterns) = name.and_then(|name| name.strip_prefix("mypy-")) {
            let modules = patterns
                .split(',')
                .map(|pattern| pattern.trim().to_owned())
                .filter(|pattern| !pattern.is_empty())
                .collect();
            overrides.push((modules, entries_of(section)));
        }
    }
    let entries = ini
        .section(Some("mypy"))
        .map(entries_of)
        .unwrap_or_default();
    Ok((entries, overrides))
}

fn apply(config: &mut Config, path: &str, key: &str, value: Value) -> Result<(), ConfigError> {
    let invalid = |reason: String| ConfigError {
        path: path.to_owned(),
        line: None,
        reason,
    };
    let options = &mut config.options;
    match key {
        "python_version" => {
            let text = value.spelled();
            let version = text
                .split_once('.')
                .and_then(|(major, minor)| {
                    Some((major.trim().parse().ok()?, minor.trim().parse().ok()?))
                })
                .ok_or_else(|| {
                    invalid(format!(
                        "Invalid python version '{text}' (expected format: 'x.y')"
                    ))
                })?;
            options.python_version = Some(version);
        }
        "platform" => options.platform = Some(value.spelled()),
        "warn_unused_ignores" => options.warn_unused_ignores = parse_bool(path, key, &value)?,
        "ignore_missing_imports" => {
            options.ignore_missing_imports = parse_bool(path, key, &value)?;
        }
        "no_site_packages" => options.no_site_packages = parse_bool(path, key, &value)?,
        "strict" => options.strict = parse_bool(path, key, &value)?,
        _ if CheckSwitches::NAMES.contains(&key) => {
            let switch = parse_bool(path, key, &value)?;
            options.checks.set(key, switch);
        }
        "python_executable" => options.python_executable = Some(value.spelled()),
        "custom_typeshed_dir" => options.custom_typeshed_dir = Some(value.spelled()),
        "typeshed" => {
            let choice = value.spelled();
            if crate::TypeshedSetting::from_name(&choice).is_none() {
                return Err(invalid(format!(
                    "Invalid typeshed '{choice}' (expected 'auto' or 'builtin')"
                )));
            }
            options.typeshed = Some(choice);
        }
        "mypy_path" => {
            options.mypy_path = match &value {
                Value::List(items) => items.clone(),
                other => other
                    .spelled()
                    .split([',', ':'])
                    .map(|item| item.trim().to_owned())
                    .filter(|item| !item.is_empty())
                    .collect(),
            }
        }
        "files" => options.files = value.items(),
        "exclude" => {
            let patterns = match &value {
                Value::List(items) => items.clone(),
                other => vec![other.spelled()],
            };
            for pattern in &patterns {
                regex::Regex::new(pattern)
                    .map_err(|error| invalid(format!("Invalid exclude pattern: {error}")))?;
            }
            options.exclude = patterns;
        }
        "disable_error_code" | "enable_error_code" => {
            let codes = error_codes(path, &value)?;
            if key == "disable_error_code" {
                options.disable_error_code = codes;
            } else {
                options.enable_error_code = codes;
            }
        }
        _ if NO_EFFECT.contains(&key) => {}
        _ if NOT_YET_SUPPORTED.contains(&key) => config.warnings.push(format!(
            "{path}: warning: option \"{key}\" is not supported by pycheck yet and has no effect"
        )),
        _ => config.warnings.push(format!(
            "{path}: [mypy]: Unrecognized option: {key} = {}",
            value.spelled()
        )),
    }
    Ok(())
}

/// A list of error codes, each one pycheck knows.
fn error_codes(path: &str, value: &Value) -> Result<Vec<String>, ConfigError> {
    let codes = value.items();
    let unknown: Vec<&str> = codes
        .iter()
        .map(String::as_str)
        .filter(|code| pycheck_diagnostics::codes::lookup(code).is_none())
        .collect();
    if !unknown.is_empty() {
        return Err(ConfigError {
            path: path.to_owned(),
            line: None,
            reason: format!("Invalid error code(s): {}", unknown.join(", ")),
        });
    }
    Ok(codes)
}

fn parse_bool(path: &str, key: &str, value: &Value) -> Result<bool, ConfigError> {
    match value.spelled().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "on" => Ok(true),
        "false" | "0" | "no" | "off" => Ok(false),
        other => Err(ConfigError {
            path: path.to_owned(),
            line: None,
            reason: format!("Not a boolean: {key} = {other}"),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("pycheck-config-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn reads_a_mypy_section_of_pyproject() {
        let dir = scratch("pyproject");
        let path = dir.join("pyproject.toml");
        std::fs::write(
            &path,
            "[project]\nname = \"x\"\n\n[tool.mypy]\npython_version = \"3.12\"\nfiles = [\"src\"]\ndisable_error_code = [\"assignment\"]\nstrict = true\nshow_error_codes = true\nfoo = 1\nwarn_redundant_casts = true\n",
        )
        .unwrap();
        assert_eq!(
            find_config(&dir.join("src").join("pkg")),
            Some(path.clone())
        );
        let config = load_config(&path).unwrap();
        assert_eq!(config.options.python_version, Some((3, 12)));
        assert_eq!(config.options.files, ["src"]);
        assert_eq!(config.options.disable_error_code, ["assignment"]);
        assert!(config.options.strict);
        let display = path.display();
        assert_eq!(
            config.warnings,
            [
                format!("{display}: [mypy]: Unrecognized option: foo = 1"),
                format!(
                    "{display}: warning: option \"warn_redundant_casts\" is not supported by pycheck yet and has no effect"
                ),
            ]
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn reads_mypy_ini_and_setup_cfg() {
        let dir = scratch("ini");
        std::fs::write(
            dir.join("setup.cfg"),
            "[metadata]\nname = x\n\n[mypy]\nplatform = win32\nfiles = a.py, b.py\n",
        )
        .unwrap();
        let path = find_config(&dir).unwrap();
        let config = load_config(&path).unwrap();
        assert_eq!(config.options.platform.as_deref(), Some("win32"));
        assert_eq!(config.options.files, ["a.py", "b.py"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn per_module_sections_in_both_formats() {
        let dir = scratch("overrides");
        let toml_path = dir.join("pyproject.toml");
        std::fs::write(
            &toml_path,
            "[tool.mypy]\nignore_missing_imports = false\nmypy_path = [\"stubs\"]\n\n[[tool.mypy.overrides]]\nmodule = [\"yaml\", \"legacy.*\"]\nignore_missing_imports = true\n\n[[tool.mypy.overrides]]\nmodule = \"other\"\ndisallow_untyped_defs = true\n",
        )
        .unwrap();
        let config = load_config(&toml_path).unwrap();
        assert_eq!(config.options.mypy_path, ["stubs"]);
        assert_eq!(
            config.options.overrides,
            [
                ModuleOverride {
                    modules: vec!["yaml".into(), "legacy.*".into()],
                    ignore_missing_imports: Some(true),
                    checks: CheckSwitches::default(),
                    ..ModuleOverride::default()
                },
                ModuleOverride {
                    modules: vec!["other".into()],
                    ignore_missing_imports: None,
                    checks: CheckSwitches {
                        disallow_untyped_defs: Some(true),
                        ..CheckSwitches::default()
                    },
                    ..ModuleOverride::default()
                },
            ]
        );
        assert!(config.warnings.is_empty(), "{:?}", config.warnings);

        let ini_path = dir.join("mypy.ini");
        std::fs::write(
            &ini_path,
            "[mypy]\nmypy_path = a:b\n\n[mypy-yaml.*,legacy]\nignore_missing_imports = True\n",
        )
        .unwrap();
        let config = load_config(&ini_path).unwrap();
        assert_eq!(config.options.mypy_path, ["a", "b"]);
        assert_eq!(
            config.options.overrides,
            [ModuleOverride {
                modules: vec!["yaml.*".into(), "legacy".into()],
                ignore_missing_imports: Some(true),
                checks: CheckSwitches::default(),
                ..ModuleOverride::default()
            }]
        );

        std::fs::write(
            &toml_path,
            "[tool.mypy]\n[[tool.mypy.overrides]]\nignore_missing_imports = true\n",
        )
        .unwrap();
        assert!(
            load_config(&toml_path)
                .unwrap_err()
                .reason
                .contains("no module")
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn malformed_files_say_where() {
        let dir = scratch("bad");
        let path = dir.join("pyproject.toml");
        std::fs::write(&path, "[tool.pycheck]\npython_version = \n").unwrap();
        let error = load_config(&path).unwrap_err();
        assert_eq!(error.line, Some(2));
        assert!(
            error
                .to_string()
                .starts_with(&format!("{}:2: error: ", path.display())),
            "{error}"
        );
        std::fs::write(&path, "[tool.pycheck]\npython_version = \"three\"\n").unwrap();
        let error = load_config(&path).unwrap_err();
        assert_eq!(
            error.reason,
            "Invalid python version 'three' (expected format: 'x.y')"
        );
        std::fs::write(&path, "[tool.pycheck]\ndisable_error_code = [\"nope\"]\n").unwrap();
        assert_eq!(
            load_config(&path).unwrap_err().reason,
            "Invalid error code(s): nope"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
