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
        } else {
            // A dangling link or a link loop gets the OS's reason, as mypy gives it;
            // what is not a regular file is refused when it is read.
            match std::fs::metadata(path) {
                Ok(_) => sources.push(SourcePath {
                    path: normalized(path),
                    display,
                    module: module_name_for(path),
                }),
                Err(error) => errors.push(InputError::Unreadable {
                    path: display,
                    reason: crate::describe_io_error(&error),
                }),
            }
        }
    }
    // Command-line order, as mypy keeps it: it decides the order of the report.
    let mut seen = std::collections::HashSet::new();
    sources.retain(|source| seen.insert(source.display.clone()));
    (sources, errors)
}

/// Python files under `root`, minus those whose path an `exclude` pattern finds (as
/// mypy's `exclude`, a regular expression searched in the path, with `/` separators).
///
/// As mypy's source finder, a directory is listed `__init__` first, then subdirectories,
/// then stubs, then `.py` files, and one name is taken once: a stub hides the `.py` file
/// beside it (`m.pyi` is the module `m`, `m.py` is not checked), and a subdirectory with
/// Python files in it hides a file of its name.
fn walk(root: &Path, exclude: &[regex::Regex]) -> Vec<SourcePath> {
    let root = normalized(root);
    let exclude = exclude.to_vec();
    let walker = ignore::WalkBuilder::new(&root)
        .standard_filters(false)
        .hidden(true)
        // A project's .gitignore says what is not its source, git repository or not.
        .git_ignore(true)
        .require_git(false)
        .sort_by_file_name(|a, b| listing_key(a).cmp(&listing_key(b)))
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
    let mut taken = std::collections::HashSet::new();
    walker
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_some_and(|t| t.is_file()))
        .filter(|entry| {
            let name = entry.file_name().to_string_lossy();
            name.ends_with(".py") || name.ends_with(".pyi")
        })
        .map(|entry| entry.into_path())
        .filter(|path| first_of_its_name(&root, path, &mut taken))
        .map(|path| SourcePath {
            display: shown(&path),
            module: module_name_for(&path),
            path,
        })
        .collect()
}

/// How mypy orders a directory's entries: `__init__.pyi`, `__init__.py`, then other
/// names (directories) by name, then stubs by stem, then `.py` files by stem.
fn listing_key(name: &std::ffi::OsStr) -> (bool, i8, String) {
    let name = name.to_string_lossy();
    let (stem, rank) = match name.rsplit_once('.') {
        Some((stem, "pyi")) if !stem.is_empty() => (stem, 0),
        Some((stem, "py")) if !stem.is_empty() => (stem, 1),
        _ => (name.as_ref(), -1),
    };
    (stem != "__init__", rank, stem.to_owned())
}

/// Whether `path` (a file found under `root`, in listing order) is the first of its
/// directory to have its name: its stem, or a subdirectory's name once a file under that
/// subdirectory is taken. Records the names `path` takes.
fn first_of_its_name(
    root: &Path,
    path: &Path,
    taken: &mut std::collections::HashSet<(PathBuf, String)>,
) -> bool {
    let (Some(parent), Some(stem)) = (path.parent(), path.file_stem()) else {
        return true;
    };
    if !taken.insert((parent.to_path_buf(), stem.to_string_lossy().into_owned())) {
        return false;
    }
    let mut directory = parent;
    while directory != root
        && let (Some(above), Some(name)) = (directory.parent(), directory.file_name())
    {
        taken.insert((above.to_path_buf(), name.to_string_lossy().into_owned()));
        directory = above;
    }
    true
}

/// `path` as Python's `os.path.normpath` writes it (mypy names files so): no `.`
/// components, no repeated separators, `..` folded where it can be.
fn normalized(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut parts: Vec<Component> = Vec::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir if matches!(parts.last(), Some(Component::Normal(_))) => {
                parts.pop();
            }
            Component::ParentDir if matches!(parts.last(), Some(Component::RootDir)) => {}
            other => parts.push(other),
        }
    }
    if parts.is_empty() {
        return PathBuf::from(".");
    }
    parts.iter().collect()
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

/// The module a file is importable as, as mypy's source finder names it: its stem,
/// prefixed by the enclosing packages. A directory with an `__init__.py` or `__init__.pyi`
/// is a package; one without is a namespace package only inside a package
/// (`pkg/sub/mod.py` under `pkg/__init__.py` is `pkg.sub.mod`), else the search stops.
pub fn module_name_for(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_str()?;
    if !is_identifier(stem) {
        return None;
    }
    let absolute = std::path::absolute(path).ok()?;
    let prefix = absolute
        .parent()
        .and_then(package_prefix)
        .unwrap_or_default();
    let parts: Vec<&str> = [prefix.as_str(), stem]
        .into_iter()
        .filter(|part| !part.is_empty() && *part != "__init__")
        .collect();
    (!parts.is_empty()).then(|| parts.join("."))
}

/// The dotted package name of `dir`, if it is a package or a namespace package inside
/// one (mypy's `_crawl_up_helper`).
fn package_prefix(dir: &Path) -> Option<String> {
    let name = dir.file_name().and_then(|n| n.to_str())?;
    // A PEP 561 stub-only directory is the package it stubs.
    let name = name.strip_suffix("-stubs").unwrap_or(name);
    let is_package = dir.join("__init__.pyi").is_file() || dir.join("__init__.py").is_file();
    if !is_identifier(name) {
        return None;
    }
    let above = dir.parent().and_then(package_prefix);
    if !is_package && above.is_none() {
        return None;
    }
    Some(match above {
        Some(above) => format!("{above}.{name}"),
        None => name.to_owned(),
    })
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

    #[test]
    fn a_directory_lists_as_mypy_lists_it_each_name_once() {
        let root = std::env::temp_dir().join(format!("pycheck-listing-{}", std::process::id()));
        let write = |path: &str| {
            let path = root.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "").unwrap();
        };
        for path in [
            "b.py",
            "a.py",
            "a.pyi",
            "tools.py",
            "tools/run.py",
            "empty.py",
            "empty/readme.txt",
            "pkg/__init__.py",
            "pkg/__init__.pyi",
            "pkg/sub/mod.py",
            "Zed.py",
        ] {
            write(path);
        }
        let (sources, errors) = discover(std::slice::from_ref(&root), &[]);
        assert!(errors.is_empty());
        let found: Vec<(String, String)> = sources
            .iter()
            .map(|s| {
                let path = s.path.strip_prefix(&root).unwrap().display().to_string();
                (path, s.module.clone().unwrap())
            })
            .collect();
        // Subdirectories first, then stubs, then `.py` files; `a.pyi` hides `a.py`,
        // `tools/` hides `tools.py`, `__init__.pyi` hides `__init__.py`; a directory
        // without `__init__` inside a package is part of it.
        let expected = [
            ("pkg/__init__.pyi", "pkg"),
            ("pkg/sub/mod.py", "pkg.sub.mod"),
            ("tools/run.py", "run"),
            ("a.pyi", "a"),
            ("Zed.py", "Zed"),
            ("b.py", "b"),
            ("empty.py", "empty"),
        ];
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(path, module)| (path.to_string(), module.to_string()))
            .collect();
        assert_eq!(found, expected);
        std::fs::remove_dir_all(&root).unwrap();
    }
}
