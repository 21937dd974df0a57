//! The standard library's stubs as the engine receives them: a set of `.pyi` texts by
//! module name, and the table of which modules exist in which Python version (typeshed's
//! `stdlib/VERSIONS` format).
//!
//! Two kinds exist. The built-in default is `typeshed-lite/`, pycheck's own stubs,
//! compiled into the binary; it covers part of the standard library, so a standard-library
//! module without a stub is `Any`. A real typeshed (read by the host from a directory the
//! user already has) covers all of it, so there a standard-library module without a stub
//! cannot be found, as in mypy. The engine never reads either from disk itself: hosts
//! hand it a [`Typeshed`].

use std::collections::BTreeMap;
use std::sync::Arc;

/// A Python version, `(3, 11)`.
pub type Version = (u8, u8);

/// One stub file of the standard library.
#[derive(Debug, Clone)]
pub struct StubFile {
    /// `os.path`, `collections` (for `collections/__init__.pyi`).
    pub module: String,
    /// Shown in messages and used as the file's identity.
    pub path: String,
    pub text: String,
}

/// The standard library pycheck checks against.
#[derive(Debug, Clone)]
pub struct Typeshed {
    /// What it is and where it came from, as `--verbose` and reports say it.
    pub origin: String,
    pub versions: Arc<StdlibVersions>,
    pub files: Vec<StubFile>,
    /// Every standard-library module has a stub: one without is not found (a real
    /// typeshed); otherwise it is `Any` (typeshed-lite).
    pub complete: bool,
}

/// The name under which the built-in stubs are reported.
pub const BUILTIN_ORIGIN: &str = "typeshed-lite (built in)";

impl Typeshed {
    /// `typeshed-lite/`, compiled in.
    pub fn builtin() -> Typeshed {
        let versions = StdlibVersions::parse(BUILTIN_VERSIONS)
            .expect("typeshed-lite/VERSIONS is well formed (tested)");
        Typeshed {
            origin: BUILTIN_ORIGIN.to_owned(),
            versions: Arc::new(versions),
            files: BUNDLED
                .iter()
                .map(|stub| StubFile {
                    module: stub.module.to_owned(),
                    path: stub.path.to_owned(),
                    text: stub.text.to_owned(),
                })
                .collect(),
            complete: false,
        }
    }

    /// Whether these are the built-in stubs.
    pub fn is_builtin(&self) -> bool {
        self.origin == BUILTIN_ORIGIN
    }
}

/// Which standard-library modules exist in which Python versions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct StdlibVersions {
    /// Module → first version and, if it was removed, the last version that has it.
    ranges: BTreeMap<String, (Version, Option<Version>)>,
}

impl StdlibVersions {
    /// Reads typeshed's `VERSIONS` format: `module: 3.0-` or `module: 3.0-3.11` per line,
    /// `#` comments and blank lines ignored. An error names the first bad line.
    pub fn parse(text: &str) -> Result<StdlibVersions, String> {
        let mut ranges = BTreeMap::new();
        for (number, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or_default().trim();
            if line.is_empty() {
                continue;
            }
            let bad = || format!("line {}: expected 'module: X.Y-[A.B]'", number + 1);
            let (module, range) = line.split_once(':').ok_or_else(bad)?;
            let (first, last) = range.trim().split_once('-').ok_or_else(bad)?;
            let first = parse_version(first).ok_or_else(bad)?;
            let last = match last.trim() {
                "" => None,
                last => Some(parse_version(last).ok_or_else(bad)?),
            };
            ranges.insert(module.trim().to_owned(), (first, last));
        }
        Ok(StdlibVersions { ranges })
    }

    /// Whether `module` is in the standard library of `version`: the entry of the module
    /// itself or of its nearest listed parent package decides.
    pub fn contains(&self, module: &str, version: Version) -> bool {
        let mut name = module;
        loop {
            if let Some((first, last)) = self.ranges.get(name) {
                return version >= *first && last.is_none_or(|last| version <= last);
            }
            match name.rsplit_once('.') {
                Some((parent, _)) => name = parent,
                None => return false,
            }
        }
    }

    /// Whether `module` is in the standard library of some version (its own entry or its
    /// nearest listed parent package's).
    pub fn lists(&self, module: &str) -> bool {
        let mut name = module;
        loop {
            if self.ranges.contains_key(name) {
                return true;
            }
            match name.rsplit_once('.') {
                Some((parent, _)) => name = parent,
                None => return false,
            }
        }
    }

    /// The top-level modules of the standard library of `version`.
    pub fn top_level(&self, version: Version) -> impl Iterator<Item = &str> {
        self.ranges
            .iter()
            .filter(move |(name, (first, last))| {
                !name.contains('.') && version >= *first && last.is_none_or(|last| version <= last)
            })
            .map(|(name, _)| name.as_str())
    }
}

fn parse_version(text: &str) -> Option<Version> {
    let (major, minor) = text.trim().split_once('.')?;
    Some((major.parse().ok()?, minor.parse().ok()?))
}

const BUILTIN_VERSIONS: &str = include_str!("../../../typeshed-lite/VERSIONS");

/// One stub compiled into the binary.
struct BundledStub {
    module: &'static str,
    path: &'static str,
    text: &'static str,
}

macro_rules! bundled {
    ($($module:literal => $path:literal),* $(,)?) => {
        const BUNDLED: &[BundledStub] = &[$(
            BundledStub {
                module: $module,
                path: concat!("typeshed-lite/", $path),
                text: include_str!(concat!("../../../typeshed-lite/", $path)),
            }
        ),*];
    };
}

bundled! {
    "builtins" => "builtins.pyi",
    "_collections_abc" => "_collections_abc.pyi",
    "typing" => "typing.pyi",
    "collections" => "collections/__init__.pyi",
    "collections.abc" => "collections/abc.pyi",
    "types" => "types.pyi",
    "abc" => "abc.pyi",
    "sys" => "sys.pyi",
    "typing_extensions" => "typing_extensions.pyi",
    "os" => "os/__init__.pyi",
    "re" => "re.pyi",
    "math" => "math.pyi",
    "json" => "json.pyi",
    "time" => "time.pyi",
    "datetime" => "datetime.pyi",
    "pathlib" => "pathlib.pyi",
    "itertools" => "itertools.pyi",
    "functools" => "functools.pyi",
    "logging" => "logging/__init__.pyi",
    "random" => "random.pyi",
    "string" => "string.pyi",
    "io" => "io.pyi",
    "subprocess" => "subprocess.pyi",
    "shutil" => "shutil.pyi",
    "copy" => "copy.pyi",
    "textwrap" => "textwrap.pyi",
    "warnings" => "warnings.pyi",
    "uuid" => "uuid.pyi",
    "hashlib" => "hashlib.pyi",
    "tempfile" => "tempfile.pyi",
    "contextlib" => "contextlib.pyi",
    "operator" => "operator.pyi",
    "argparse" => "argparse.pyi",
    "csv" => "csv.pyi",
    "dataclasses" => "dataclasses.pyi",
    "enum" => "enum.pyi",
    "os.path" => "os/path.pyi",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_versions_table_reads() {
        let versions = StdlibVersions::parse(BUILTIN_VERSIONS).unwrap();
        assert!(versions.contains("json", (3, 11)));
        assert!(versions.contains("os.path", (3, 11)));
        assert!(versions.contains("tomllib", (3, 11)));
        assert!(!versions.contains("tomllib", (3, 10)));
        assert!(versions.contains("distutils", (3, 11)));
        assert!(!versions.contains("distutils", (3, 12)));
        assert!(!versions.contains("yaml", (3, 11)));
    }

    #[test]
    fn a_submodule_entry_wins_over_its_package() {
        let versions =
            StdlibVersions::parse("# c\nasyncio: 3.4-\nasyncio.taskgroups: 3.11-\n\n").unwrap();
        assert!(versions.contains("asyncio.events", (3, 8)));
        assert!(!versions.contains("asyncio.taskgroups", (3, 10)));
        assert!(versions.contains("asyncio.taskgroups", (3, 11)));
        assert_eq!(versions.top_level((3, 11)).collect::<Vec<_>>(), ["asyncio"]);
    }

    #[test]
    fn a_malformed_line_is_named() {
        assert_eq!(
            StdlibVersions::parse("json: 3.0-\nbroken\n").unwrap_err(),
            "line 2: expected 'module: X.Y-[A.B]'"
        );
    }
}
