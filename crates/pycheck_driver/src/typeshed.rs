//! Where the standard library's stubs come from. Decided once per run, the same way for
//! the command line and the language server, in this order:
//!
//! 1. the directory the user names (`--custom-typeshed-dir DIR`, config
//!    `custom_typeshed_dir`: mypy's names; the stubs are `DIR/stdlib`);
//! 2. the typeshed inside a mypy installed in the environment whose packages pycheck
//!    uses (so a mypy user checks against exactly mypy's stubs);
//! 3. the typeshed of `typeshed_client`, which the `pycheck-types` wheel depends on,
//!    found beside the running binary or in that environment;
//! 4. typeshed-lite, built in.
//!
//! `--typeshed builtin` (config `typeshed = "builtin"`) skips straight to the last, for
//! runs that must not depend on what is installed. A real typeshed is listed here, not
//! read: every `.pyi` under its `stdlib/` directory becomes a module with an empty text,
//! and the `ModuleLoader` reads the stubs a run can reach (those the checked files import,
//! with everything they import in turn) before anything is checked. A check reaches a
//! handful of the ~750 stubs; reading them all cost more than the rest of a small run.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use pycheck_semantic::typeshed::{StdlibVersions, StubFile, Typeshed};

/// What the user asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum TypeshedSetting {
    /// The first of: mypy's typeshed, typeshed_client's, the built-in stubs.
    #[default]
    Auto,
    /// typeshed-lite only.
    Builtin,
    /// A typeshed checkout or copy: `DIR/stdlib/VERSIONS`.
    Directory(PathBuf),
}

impl TypeshedSetting {
    /// The value of `--typeshed` / `typeshed =`: `auto` or `builtin`.
    pub fn from_name(name: &str) -> Option<TypeshedSetting> {
        match name {
            "auto" => Some(TypeshedSetting::Auto),
            "builtin" => Some(TypeshedSetting::Builtin),
            _ => None,
        }
    }
}

/// A directory named as a typeshed that is not one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeshedError {
    pub directory: PathBuf,
    pub reason: String,
}

impl fmt::Display for TypeshedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // mypy's words for the same mistake, with what is wrong.
        write!(
            f,
            "error: --custom-typeshed-dir does not point to a valid typeshed ({}): {}",
            self.directory.display(),
            self.reason
        )
    }
}

/// A typeshed found on disk, before it is read.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Found {
    /// The directory holding `VERSIONS` and `builtins.pyi`.
    stdlib: PathBuf,
    /// How `--verbose` and reports name it.
    origin: String,
}

/// The stubs `setting` asks for. `site_packages` are the directories installed packages
/// are found in (where a mypy may be installed). A named directory that is not a typeshed
/// is an error; an installed typeshed that cannot be read is passed over.
pub fn load_typeshed(
    setting: &TypeshedSetting,
    site_packages: &[PathBuf],
) -> Result<Arc<Typeshed>, TypeshedError> {
    let found = match setting {
        TypeshedSetting::Builtin => None,
        TypeshedSetting::Directory(directory) => {
            let stdlib = directory.join("stdlib");
            let found = Found {
                origin: format!("typeshed at {}", directory.display()),
                stdlib,
            };
            return read_typeshed(&found)
                .map(Arc::new)
                .map_err(|reason| TypeshedError {
                    directory: directory.clone(),
                    reason,
                });
        }
        TypeshedSetting::Auto => installed_typeshed(site_packages),
    };
    Ok(Arc::new(
        found
            .and_then(|found| read_typeshed(&found).ok())
            .unwrap_or_else(Typeshed::builtin),
    ))
}

/// The first installed typeshed: mypy's, then typeshed_client's.
fn installed_typeshed(site_packages: &[PathBuf]) -> Option<Found> {
    let mypy = site_packages.iter().find_map(|directory| {
        let stdlib = directory.join("mypy").join("typeshed").join("stdlib");
        is_typeshed_stdlib(&stdlib).then(|| Found {
            origin: format!(
                "typeshed of {} at {}",
                distribution_name(directory, "mypy"),
                stdlib.display()
            ),
            stdlib,
        })
    });
    mypy.or_else(|| {
        own_site_packages()
            .iter()
            .chain(site_packages)
            .find_map(|directory| {
                let stdlib = directory.join("typeshed_client").join("typeshed");
                is_typeshed_stdlib(&stdlib).then(|| Found {
                    origin: format!(
                        "typeshed of {} at {}",
                        distribution_name(directory, "typeshed_client"),
                        stdlib.display()
                    ),
                    stdlib,
                })
            })
    })
}

fn is_typeshed_stdlib(stdlib: &Path) -> bool {
    stdlib.join("VERSIONS").is_file() && stdlib.join("builtins.pyi").is_file()
}

/// `mypy 2.4.1`, read off the installed distribution's metadata directory name; the bare
/// name when there is none.
fn distribution_name(site_packages: &Path, name: &str) -> String {
    let prefix = format!("{name}-");
    let version = std::fs::read_dir(site_packages).ok().and_then(|entries| {
        entries.filter_map(Result::ok).find_map(|entry| {
            let file_name = entry.file_name();
            let file_name = file_name.to_str()?;
            let version = file_name
                .strip_prefix(&prefix)?
                .strip_suffix(".dist-info")?;
            Some(version.to_owned())
        })
    });
    match version {
        Some(version) => format!("{name} {version}"),
        None => name.to_owned(),
    }
}

/// The site-packages directories of the environment the running binary was installed
/// into (`ENV/bin/pycheck` → `ENV/lib/pythonX.Y/site-packages`), where the wheel's
/// dependencies are.
fn own_site_packages() -> Vec<PathBuf> {
    let Some(environment) = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.canonicalize().ok())
        .and_then(|exe| Some(exe.parent()?.parent()?.to_path_buf()))
    else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for lib in ["lib", "lib64"] {
        if let Ok(entries) = std::fs::read_dir(environment.join(lib)) {
            let mut versions: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|entry| entry.path().join("site-packages"))
                .filter(|path| path.is_dir())
                .collect();
            versions.sort();
            found.extend(versions);
        }
    }
    let windows = environment.join("Lib").join("site-packages");
    if windows.is_dir() {
        found.push(windows);
    }
    found
}

/// Every stub under `found.stdlib`, with its `VERSIONS` table; the texts are left empty
/// for the `ModuleLoader` to read (`read_stubs`).
fn read_typeshed(found: &Found) -> Result<Typeshed, String> {
    let versions_path = found.stdlib.join("VERSIONS");
    let versions = std::fs::read_to_string(&versions_path).map_err(|error| {
        format!(
            "cannot read {}: {}",
            versions_path.display(),
            crate::describe_io_error(&error)
        )
    })?;
    let versions = StdlibVersions::parse(&versions)
        .map_err(|error| format!("{}: {error}", versions_path.display()))?;
    if !found.stdlib.join("builtins.pyi").is_file() {
        return Err(format!(
            "{} has no builtins.pyi",
            found.stdlib.join("").display()
        ));
    }
    let mut paths = Vec::new();
    collect_stubs(&found.stdlib, &mut Vec::new(), &mut paths);
    let files = paths
        .into_iter()
        .map(|(module, path)| StubFile {
            module,
            path: path.display().to_string(),
            text: String::new(),
        })
        .collect();
    Ok(Typeshed {
        origin: found.origin.clone(),
        versions: Arc::new(versions),
        files,
        complete: true,
    })
}

/// The `.pyi` files under `directory` with their module names (`os/__init__.pyi` is
/// `os`). Directories whose names are not identifiers (typeshed's `@tests`) are not
/// packages.
fn collect_stubs(directory: &Path, package: &mut Vec<String>, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(directory) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let Some(name) = path.file_name().and_then(|name| name.to_str()) else {
            continue;
        };
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            if is_identifier(name) {
                package.push(name.to_owned());
                collect_stubs(&path, package, out);
                package.pop();
            }
            continue;
        }
        let Some(stem) = name.strip_suffix(".pyi") else {
            continue;
        };
        let module = if stem == "__init__" {
            if package.is_empty() {
                continue;
            }
            package.join(".")
        } else if is_identifier(stem) {
            package
                .iter()
                .map(String::as_str)
                .chain([stem])
                .collect::<Vec<_>>()
                .join(".")
        } else {
            continue;
        };
        out.push((module, path));
    }
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("pycheck-typeshed-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn write(path: &Path, text: &str) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn a_typeshed_directory_is_read_module_by_module() {
        let root = scratch("read");
        write(&root.join("stdlib/VERSIONS"), "builtins: 3.0-\nos: 3.0-\n");
        write(&root.join("stdlib/builtins.pyi"), "class object: ...\n");
        write(&root.join("stdlib/os/__init__.pyi"), "");
        write(&root.join("stdlib/os/path.pyi"), "");
        write(&root.join("stdlib/@tests/x.pyi"), "");
        write(&root.join("stdlib/README.md"), "");
        let typeshed =
            load_typeshed(&TypeshedSetting::Directory(root.clone()), &[]).expect("a typeshed");
        let mut modules: Vec<&str> = typeshed.files.iter().map(|f| f.module.as_str()).collect();
        modules.sort();
        assert_eq!(modules, ["builtins", "os", "os.path"]);
        assert!(typeshed.complete);
        assert_eq!(typeshed.origin, format!("typeshed at {}", root.display()));
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn a_directory_without_versions_is_not_a_typeshed() {
        let root = scratch("bad");
        write(&root.join("stdlib/builtins.pyi"), "");
        let error = load_typeshed(&TypeshedSetting::Directory(root.clone()), &[]).unwrap_err();
        assert_eq!(
            error.to_string(),
            format!(
                "error: --custom-typeshed-dir does not point to a valid typeshed ({}): \
                 cannot read {}: No such file or directory",
                root.display(),
                root.join("stdlib/VERSIONS").display()
            )
        );
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn mypy_installed_in_the_environment_is_found_first() {
        let site = scratch("site");
        for stdlib in ["mypy/typeshed/stdlib", "typeshed_client/typeshed"] {
            write(&site.join(stdlib).join("VERSIONS"), "builtins: 3.0-\n");
            write(&site.join(stdlib).join("builtins.pyi"), "");
        }
        std::fs::create_dir_all(site.join("mypy-2.4.1.dist-info")).unwrap();
        let typeshed = load_typeshed(&TypeshedSetting::Auto, std::slice::from_ref(&site)).unwrap();
        assert_eq!(
            typeshed.origin,
            format!(
                "typeshed of mypy 2.4.1 at {}",
                site.join("mypy/typeshed/stdlib").display()
            )
        );
        std::fs::remove_dir_all(site.join("mypy")).unwrap();
        let typeshed = load_typeshed(&TypeshedSetting::Auto, std::slice::from_ref(&site)).unwrap();
        assert!(
            typeshed
                .origin
                .starts_with("typeshed of typeshed_client at ")
        );
        std::fs::remove_dir_all(&site).unwrap();
        let typeshed = load_typeshed(&TypeshedSetting::Auto, &[]).unwrap();
        assert!(typeshed.is_builtin() || typeshed.origin.contains("typeshed_client"));
    }
}
