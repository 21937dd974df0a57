//! From the paths on the command line to the source files to check.

use std::path::{Path, PathBuf};

use crate::InputError;

/// A source file to check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourcePath {
    pub path: PathBuf,
    /// How messages name the file: as the user gave it, or joined under their directory.
    pub display: String,
    /// The dotted module name it is importable as, if it has one.
    pub module: Option<String>,
}

/// Directories never searched for sources, as mypy skips them too (and virtual
/// environments, found by their `pyvenv.cfg`).
const SKIPPED_DIRECTORIES: &[&str] = &["__pycache__", "site-packages", "node_modules"];

/// Expands directories into the `.py`/`.pyi` files under them, sorted; files are taken as
/// given, in the order given. Paths that do not exist, and directories without Python files, are errors.
pub fn discover(paths: &[PathBuf], exclude: &[regex::Regex]) -> (Vec<SourcePath>, Vec<InputError>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        let display = shown(path);
        if path.is_dir() {
            let found = walk(path, exclude);
            if found.is_empty() {
                errors.push(InputError::NoPythonFiles { directory: display });
            }
            sources.extend(found);
        } else if path.exists() {
            sources.push(SourcePath {
                path: path.clone(),
                display,
                module: module_name_for(path),
            });
        } else {
            errors.push(InputError::Unreadable {
                path: display,
                reason: "No such file or directory".into(),
            });
        }
    }
    // Command-line order, as mypy keeps it: it decides the order of the report.
    let mut seen = std::collections::HashSet::new();
    sources.retain(|source| seen.insert(source.display.clone()));
    (sources, errors)
}

/// Python files under `root`, minus those whose path an `exclude` pattern finds (as
/// mypy's `exclude`, a regular expression searched in the path, with `/` separators).
fn walk(root: &Path, exclude: &[regex::Regex]) -> Vec<SourcePath> {
    let exclude = exclude.to_vec();
    let walker = ignore::WalkBuilder::new(root)
        .standard_filters(false)
        .hidden(true)
        // A project's .gitignore says what is not its source, git repository or not.
        .git_ignore(true)
        .require_git(false)
        .sort_by_file_name(|a, b| a.cmp(b))
        .filter_entry(move |entry| {
            let name = entry.file_name().to_string_lossy();
            let is_dir = entry.file_type().is_some_and(|t| t.is_dir());
            let skipped_directory = entry.depth() > 0
                && is_dir
                && (SKIPPED_DIRECTORIES.contains(&name.as_ref())
                    || entry.path().join("pyvenv.cfg").is_file());
            let path = entry.path().to_string_lossy().replace('\\', "/");
            let excluded =
                entry.depth() > 0 && exclude.iter().any(|pattern| pattern.is_match(&path));
            !skipped_directory && !excluded
        })
        .build();
    walker
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_some_and(|t| t.is_file()))
        .filter(|entry| {
            let name = entry.file_name().to_string_lossy();
            name.ends_with(".py") || name.ends_with(".pyi")
        })
        .map(|entry| {
            let path = entry.into_path();
            SourcePath {
                display: shown(&path),
                module: module_name_for(&path),
                path,
            }
        })
        .collect()
}

/// How messages name a path: as given, without leading `./` (as mypy prints it).
fn shown(path: &Path) -> String {
    let text = path.display().to_string();
    let mut rest = text.as_str();
    while let Some(stripped) = rest.strip_prefix("./") {
        rest = stripped.trim_start_matches('/');
    }
    if rest.is_empty() {
        text
    } else {
        rest.to_owned()
    }
}

/// The module a file is importable as: its stem, prefixed by every enclosing directory
/// that is a package (has an `__init__.py` or `__init__.pyi`).
pub fn module_name_for(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_str()?;
    if !is_identifier(stem) {
        return None;
    }
    let mut parts = Vec::new();
    if stem != "__init__" {
        parts.push(stem.to_owned());
    }
    let absolute = std::path::absolute(path).ok()?;
    let mut directory = absolute.parent();
    while let Some(dir) = directory {
        let is_package = dir.join("__init__.py").is_file() || dir.join("__init__.pyi").is_file();
        let name = dir.file_name().and_then(|n| n.to_str());
        match name {
            Some(name) if is_package && is_identifier(name) => parts.push(name.to_owned()),
            _ => break,
        }
        directory = dir.parent();
    }
    parts.reverse();
    (!parts.is_empty()).then(|| parts.join("."))
}

fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_expand_to_sorted_python_files() {
        let root = std::env::temp_dir().join(format!("pycheck-discover-{}", std::process::id()));
        let package = root.join("pkg");
        std::fs::create_dir_all(package.join("__pycache__")).unwrap();
        std::fs::write(package.join("__init__.py"), "").unwrap();
        std::fs::write(package.join("b.py"), "").unwrap();
        std::fs::write(package.join("a.pyi"), "").unwrap();
        std::fs::write(package.join("notes.txt"), "").unwrap();
        std::fs::write(package.join("__pycache__").join("c.py"), "").unwrap();
        let (sources, errors) = discover(std::slice::from_ref(&root), &[]);
        assert!(errors.is_empty());
        let names: Vec<_> = sources.iter().map(|s| s.module.clone().unwrap()).collect();
        assert_eq!(names, ["pkg", "pkg.a", "pkg.b"]);
        std::fs::remove_dir_all(&root).unwrap();
    }
}
