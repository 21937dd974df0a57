//! Import statements as the module graph sees them: which modules a file needs (so the
//! host can load them) and which of them cannot be found (`[import-not-found]`,
//! `[import-untyped]`), reported as mypy reports them.

use std::collections::HashSet;
use std::sync::Arc;

use pycheck_diagnostics::{Diagnostic, codes, messages};
use pycheck_syntax::TextRange;
use pycheck_syntax::ast::{self, Stmt};

use crate::db::{Db, File, Project};
use crate::index::{absolute_module, module_index, nested_blocks, package_of_file};
use crate::parse::parsed_module;
use crate::reachability::static_truth;
use crate::symbols::{module_member, resolve_module_by_name};

/// One module an import statement depends on.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Dependency {
    module: String,
    range: TextRange,
}

/// Every module the reachable imports of `file` may need, for the host to load:
/// imported modules, their parent packages, and `from m import x` as `m.x` in case `x`
/// is a submodule.
#[salsa::tracked(returns(ref))]
pub fn imported_modules(db: &dyn Db, file: File) -> Arc<[String]> {
    let mut names = Vec::new();
    let mut seen = HashSet::new();
    let package = package_of_file(db, file);
    let mut add = |name: String| {
        if !name.is_empty() && seen.insert(name.clone()) {
            names.push(name);
        }
    };
    for request in import_requests(db, file).iter() {
        match request {
            ImportRequest::Import(module) => with_parents(module, &mut add),
            ImportRequest::From {
                level,
                module,
                names,
            } => {
                let module = absolute_module(&package, *level, module.as_deref());
                with_parents(&module, &mut add);
                for name in names {
                    if name != "*" && !module.is_empty() {
                        add(format!("{module}.{name}"));
                    }
                }
            }
        }
    }
    names.into()
}

/// An import statement as written, before relative names are made absolute.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum ImportRequest {
    Import(String),
    From {
        level: u32,
        module: Option<String>,
        names: Vec<String>,
    },
}

/// The reachable import statements of `file`. Separate from `imported_modules` so that
/// changing the module map (which moves relative imports) never re-parses the file.
#[salsa::tracked(returns(ref))]
fn import_requests(db: &dyn Db, file: File) -> Arc<[ImportRequest]> {
    let mut requests = Vec::new();
    for_each_import(db, parsed_module(db, file).body(), &mut |stmt| match stmt {
        Stmt::Import(import) => requests.extend(
            import
                .names
                .iter()
                .map(|alias| ImportRequest::Import(alias.name.to_string())),
        ),
        Stmt::ImportFrom(import) => requests.push(ImportRequest::From {
            level: import.level.map_or(0, |l| l.to_u32()),
            module: import.module.as_ref().map(|m| m.to_string()),
            names: import.names.iter().map(|a| a.name.to_string()).collect(),
        }),
        _ => {}
    });
    requests.into()
}

fn with_parents(module: &str, add: &mut impl FnMut(String)) {
    let mut end = 0;
    for part in module.split('.') {
        end += part.len();
        add(module[..end].to_owned());
        end += 1;
    }
}

fn from_module(package: &str, import: &ast::StmtImportFrom) -> String {
    let level = import.level.map_or(0, |l| l.to_u32());
    absolute_module(package, level, import.module.as_deref())
}

/// Calls `visit` on every import statement in code the target can reach, function and
/// class bodies included.
fn for_each_import(db: &dyn Db, body: &[Stmt], visit: &mut impl FnMut(&Stmt)) {
    for stmt in body {
        match stmt {
            // `assert sys.platform == "win32"` elsewhere: the rest of the block is dead.
            Stmt::Assert(assert) if static_truth(db, &assert.test) == Some(false) => return,
            Stmt::Import(_) | Stmt::ImportFrom(_) => visit(stmt),
            Stmt::FunctionDef(def) => for_each_import(db, &def.body, visit),
            Stmt::AsyncFunctionDef(def) => for_each_import(db, &def.body, visit),
            Stmt::ClassDef(class) => for_each_import(db, &class.body, visit),
            Stmt::If(stmt_if) => match static_truth(db, &stmt_if.test) {
                Some(true) => for_each_import(db, &stmt_if.body, visit),
                Some(false) => for_each_import(db, &stmt_if.orelse, visit),
                None => {
                    for_each_import(db, &stmt_if.body, visit);
                    for_each_import(db, &stmt_if.orelse, visit);
                }
            },
            other => {
                for block in nested_blocks(other) {
                    for_each_import(db, block, visit);
                }
            }
        }
    }
}

/// How an import of a module that no file provides is reported.
enum Missing {
    NotFound,
    /// A standard-library module of other Python versions than the target: mypy reports
    /// it without the note on where to read about missing imports.
    NotInTargetVersion,
    StubsNotInstalled {
        distribution: &'static str,
    },
    Untyped,
}

/// The import errors of `file`, worded and ordered as mypy's: each missing module once,
/// deepest module names first, the first error with the "See ..." note and the first
/// error for each stub distribution with its install hint.
pub fn import_diagnostics(db: &dyn Db, file: File) -> Vec<Diagnostic> {
    let package = package_of_file(db, file);
    let mut dependencies = Vec::new();
    let mut diagnostics = Vec::new();
    for_each_import(db, parsed_module(db, file).body(), &mut |stmt| match stmt {
        Stmt::Import(import) => {
            for alias in &import.names {
                dependencies.push(Dependency {
                    module: alias.name.to_string(),
                    range: import.range,
                });
                // Then its parent packages, outermost first.
                with_parents(alias.name.as_str(), &mut |parent| {
                    if parent != alias.name.as_str() {
                        dependencies.push(Dependency {
                            module: parent,
                            range: import.range,
                        });
                    }
                });
            }
        }
        Stmt::ImportFrom(import) => {
            let module = from_module(&package, import);
            if module.is_empty() {
                return;
            }
            for alias in &import.names {
                let submodule = format!("{module}.{}", alias.name);
                if alias.name.as_str() != "*" && module_is_known(db, &submodule) {
                    dependencies.push(Dependency {
                        module: submodule,
                        range: import.range,
                    });
                }
            }
            dependencies.push(Dependency {
                module: module.clone(),
                range: import.range,
            });
            if module_is_known(db, &module) {
                diagnostics.extend(missing_names(db, &module, import));
            }
        }
        _ => {}
    });
    dependencies
        .sort_by_key(|dependency| std::cmp::Reverse(dependency.module.matches('.').count()));

    let mut reported = HashSet::new();
    let mut hinted = HashSet::new();
    let mut suggested = HashSet::new();
    let mut noted = false;
    for dependency in dependencies {
        if !reported.insert(dependency.module.clone()) {
            continue;
        }
        let Some(missing_kind) = classify_missing(db, &dependency.module) else {
            continue;
        };
        let mut diagnostic = match &missing_kind {
            Missing::NotFound | Missing::NotInTargetVersion => {
                let mut diagnostic = Diagnostic::error(
                    codes::IMPORT_NOT_FOUND,
                    dependency.range,
                    messages::module_not_found(&dependency.module),
                );
                if let Some(suggestion) = suggest_module(db, module_top(&dependency.module)) {
                    let note = format!("Did you mean {suggestion}?");
                    // One statement's several missing modules share one suggestion.
                    if suggested.insert((dependency.range.start(), note.clone())) {
                        diagnostic.notes.push(note);
                    }
                }
                diagnostic
            }
            Missing::Untyped => Diagnostic::error(
                codes::IMPORT_UNTYPED,
                dependency.range,
                messages::untyped_module_skipped(&dependency.module),
            ),
            Missing::StubsNotInstalled { distribution } => {
                let mut diagnostic = Diagnostic::error(
                    codes::IMPORT_UNTYPED,
                    dependency.range,
                    messages::library_stubs_not_installed(&dependency.module),
                );
                if hinted.insert(*distribution) {
                    diagnostic
                        .notes
                        .push(messages::install_stubs_hint(distribution));
                }
                diagnostic
            }
        };
        if !noted && !matches!(missing_kind, Missing::NotInTargetVersion) {
            diagnostic
                .notes
                .push(messages::MISSING_IMPORTS_NOTE.to_owned());
            noted = true;
        }
        diagnostics.push(diagnostic);
    }
    diagnostics
}

/// `from module import name` where `module` exists but has no `name`.
fn missing_names(db: &dyn Db, module: &str, import: &ast::StmtImportFrom) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for alias in &import.names {
        let name = alias.name.as_str();
        if name == "*" {
            continue;
        }
        if module_member(db, module, name).is_some() {
            if stub_hides_import(db, module, name) {
                diagnostics.push(Diagnostic::error(
                    codes::ATTR_DEFINED,
                    import.range,
                    messages::not_explicitly_exported(module, name),
                ));
            }
            continue;
        }
        if module_is_known(db, &format!("{module}.{name}")) {
            continue;
        }
        let mut message = messages::module_has_no_attribute(module, name);
        if let Some(suggestion) = suggest_module_attribute(db, module, name) {
            message.push_str(&format!("; maybe {suggestion}?"));
        }
        diagnostics.push(Diagnostic::error(
            codes::ATTR_DEFINED,
            import.range,
            message,
        ));
    }
    diagnostics
}

/// Whether `module` is a stub that imports `name` without re-exporting it (PEP 484: only
/// `import x as x`, `from m import x as x`, star imports and `__all__` export).
pub fn stub_hides_import(db: &dyn Db, module: &str, name: &str) -> bool {
    resolve_module_by_name(db, module)
        .is_some_and(|file| file.is_stub(db) && module_index(db, file).hides_import(name))
}

/// mypy's "maybe" for a name a module lacks: close public names the module declares.
pub fn suggest_module_attribute(db: &dyn Db, module: &str, name: &str) -> Option<String> {
    let file = resolve_module_by_name(db, module)?;
    let names: Vec<String> = crate::symbols::module_attribute_names(db, file)
        .into_iter()
        .filter(|n| !n.starts_with('_') && n.as_str() != name)
        .collect();
    let matches = pycheck_diagnostics::suggest::best_matches(name, &names, 3);
    (!matches.is_empty()).then(|| pycheck_diagnostics::suggest::pretty_seq(&matches, "or"))
}

/// A module some file provides, or a namespace package.
pub fn module_is_known(db: &dyn Db, module: &str) -> bool {
    resolve_module_by_name(db, module).is_some()
        || Project::get(db)
            .import_environment(db)
            .namespace_packages
            .contains(module)
}

fn module_top(module: &str) -> &str {
    module.split('.').next().unwrap_or(module)
}

/// Close names among the standard library's and the most installed packages' top-level
/// modules, for a misspelt import.
fn suggest_module(db: &dyn Db, top: &str) -> Option<String> {
    if top.starts_with('_') {
        return None;
    }
    let known: Vec<String> = stdlib_top_level_modules(db)
        .into_iter()
        .filter(|name| !name.starts_with('_') && name.len() > 2)
        .chain(POPULAR_MODULES.iter().map(|name| (*name).to_owned()))
        .collect();
    let matches: Vec<String> = pycheck_diagnostics::suggest::best_matches(top, &known, 3)
        .into_iter()
        .filter(|candidate| !candidate.eq_ignore_ascii_case(top))
        .collect();
    (!matches.is_empty()).then(|| pycheck_diagnostics::suggest::pretty_seq(&matches, "or"))
}

fn classify_missing(db: &dyn Db, module: &str) -> Option<Missing> {
    if module_is_known(db, module) {
        return None;
    }
    let project = Project::get(db);
    let top = module_top(module);
    if project.stdlib_complete(db) {
        if is_stdlib_module(db, module) {
            return Some(Missing::NotFound);
        }
        if project.stdlib_versions(db).lists(module) {
            return Some(Missing::NotInTargetVersion);
        }
    } else if is_stdlib_module(db, top) {
        // typeshed-lite covers only part of the standard library: the rest is `Any`.
        return None;
    } else if project.stdlib_versions(db).lists(top) {
        return Some(Missing::NotInTargetVersion);
    }
    let environment = project.import_environment(db);
    if environment.ignores_missing(module) {
        return None;
    }
    if let Some(distribution) = stub_distribution(module) {
        return Some(Missing::StubsNotInstalled { distribution });
    }
    if environment.untyped_installed.contains(top) {
        return Some(Missing::Untyped);
    }
    Some(Missing::NotFound)
}

/// The stub package on PyPI for a module that ships without types, for the install hint.
fn stub_distribution(module: &str) -> Option<&'static str> {
    let mut prefix = module;
    loop {
        if let Ok(at) = STUB_DISTRIBUTIONS.binary_search_by(|(name, _)| (*name).cmp(prefix)) {
            return Some(STUB_DISTRIBUTIONS[at].1);
        }
        prefix = prefix.rsplit_once('.')?.0;
    }
}

/// The standard library's top-level modules in the target version.
pub fn stdlib_top_level_modules(db: &dyn Db) -> Vec<String> {
    let project = Project::get(db);
    project
        .stdlib_versions(db)
        .top_level(project.python_version(db))
        .map(str::to_owned)
        .collect()
}

/// Whether `module` is in the standard library of the target version.
pub fn is_stdlib_module(db: &dyn Db, module: &str) -> bool {
    let project = Project::get(db);
    project
        .stdlib_versions(db)
        .contains(module, project.python_version(db))
}

/// Top-level modules of the most downloaded packages on PyPI, for "Did you mean".
const POPULAR_MODULES: &[&str] = &[
    "PIL",
    "aiobotocore",
    "aiohappyeyeballs",
    "aiohttp",
    "aiosignal",
    "annotated_types",
    "anyio",
    "attrs",
    "awscli",
    "boto3",
    "botocore",
    "cachetools",
    "certifi",
    "cffi",
    "charset_normalizer",
    "click",
    "colorama",
    "cryptography",
    "dateutil",
    "dotenv",
    "et_xmlfile",
    "filelock",
    "frozenlist",
    "fsspec",
    "google",
    "googleapis_common_protos",
    "greenlet",
    "grpc",
    "grpc_status",
    "grpc_tools",
    "h11",
    "httpcore",
    "httpx",
    "idna",
    "importlib_metadata",
    "iniconfig",
    "jinja2",
    "jmespath",
    "jsonschema",
    "jsonschema_specifications",
    "markdown_it",
    "markupsafe",
    "mdurl",
    "multidict",
    "numpy",
    "oauthlib",
    "openpyxl",
    "opentelemetry",
    "packaging",
    "pandas",
    "pathspec",
    "pip",
    "platformdirs",
    "pluggy",
    "propcache",
    "protobuf",
    "psutil",
    "pyarrow",
    "pyasn1",
    "pyasn1_modules",
    "pycparser",
    "pydantic",
    "pydantic_core",
    "pygments",
    "pyjwt",
    "pyparsing",
    "pytest",
    "pytz",
    "referencing",
    "requests",
    "requests_oauthlib",
    "rich",
    "rpds",
    "rsa",
    "s3fs",
    "s3transfer",
    "scipy",
    "setuptools",
    "six",
    "sqlalchemy",
    "starlette",
    "tomli",
    "tqdm",
    "trove_classifiers",
    "typing_extensions",
    "typing_inspection",
    "tzdata",
    "urllib3",
    "virtualenv",
    "wheel",
    "wrapt",
    "yaml",
    "yandexcloud",
    "yarl",
    "zipp",
];

/// Modules whose types live in a separate stub package on PyPI, with that package's name:
/// the import error names it in an install hint. Sorted by module, for binary search.
const STUB_DISTRIBUTIONS: &[(&str, &str)] = &[
    ("MySQLdb", "types-mysqlclient"),
    ("PyInstaller", "types-pyinstaller"),
    ("Xlib", "types-python-xlib"),
    ("antlr4", "types-antlr4-python3-runtime"),
    ("assertpy", "types-assertpy"),
    ("aws_xray_sdk", "types-aws-xray-sdk"),
    ("bleach", "types-bleach"),
    ("boltons", "types-boltons"),
    ("braintree", "types-braintree"),
    ("cachetools", "types-cachetools"),
    ("capturer", "types-capturer"),
    ("cffi", "types-cffi"),
    ("colorama", "types-colorama"),
    ("consolemenu", "types-console-menu"),
    ("croniter", "types-croniter"),
    ("dateutil", "types-python-dateutil"),
    ("defusedxml", "types-defusedxml"),
    ("docker", "types-docker"),
    ("dockerfile_parse", "types-dockerfile-parse"),
    ("docutils", "types-docutils"),
    ("editdistance", "types-editdistance"),
    ("ephem", "types-ephem"),
    ("first", "types-first"),
    ("flask_cors", "types-Flask-Cors"),
    ("gdb", "types-gdb"),
    ("geopandas", "types-geopandas"),
    ("google.cloud.ndb", "types-google-cloud-ndb"),
    ("google.protobuf", "types-protobuf"),
    ("grpc", "types-grpcio"),
    ("hdbcli", "types-hdbcli"),
    ("html5lib", "types-html5lib"),
    ("httplib2", "types-httplib2"),
    ("hvac", "types-hvac"),
    ("ibm_db", "types-ibm-db"),
    ("icalendar", "types-icalendar"),
    ("inifile", "types-inifile"),
    ("jack", "types-JACK-Client"),
    ("jenkins", "types-python-jenkins"),
    ("jks", "types-pyjks"),
    ("jmespath", "types-jmespath"),
    ("jsonschema", "types-jsonschema"),
    ("keyboard", "types-keyboard"),
    ("ldap3", "types-ldap3"),
    ("lzstring", "types-lzstring"),
    ("markdown", "types-Markdown"),
    ("mock", "types-mock"),
    ("nanoid", "types-nanoid"),
    ("netaddr", "types-netaddr"),
    ("networkx", "types-networkx"),
    ("nmap", "types-python-nmap"),
    ("oauthlib", "types-oauthlib"),
    ("olefile", "types-olefile"),
    ("openpyxl", "types-openpyxl"),
    ("pandas", "pandas-stubs"),
    ("paramiko", "types-paramiko"),
    ("parsimonious", "types-parsimonious"),
    ("passlib", "types-passlib"),
    ("peewee", "types-peewee"),
    ("pep8ext_naming", "types-pep8-naming"),
    ("pexpect", "types-pexpect"),
    ("polib", "types-polib"),
    ("portpicker", "types-portpicker"),
    ("psutil", "types-psutil"),
    ("psycopg2", "types-psycopg2"),
    ("pyasn1", "types-pyasn1"),
    ("pyaudio", "types-pyaudio"),
    ("pyautogui", "types-PyAutoGUI"),
    ("pycocotools", "types-pycocotools"),
    ("pycurl", "types-pycurl"),
    ("pyflakes", "types-pyflakes"),
    ("pygments", "types-Pygments"),
    ("pymysql", "types-PyMySQL"),
    ("pynput", "types-pynput"),
    ("pyperclip", "types-pyperclip"),
    ("pyrfc3339", "types-pyRFC3339"),
    ("pyscreeze", "types-PyScreeze"),
    ("pysftp", "types-pysftp"),
    ("pytz", "types-pytz"),
    ("pywintypes", "types-pywin32"),
    ("qrcode", "types-qrcode"),
    ("regex", "types-regex"),
    ("reportlab", "types-reportlab"),
    ("requests_oauthlib", "types-requests-oauthlib"),
    ("retry", "types-retry"),
    ("s2clientprotocol", "types-s2clientprotocol"),
    ("seaborn", "types-seaborn"),
    ("serial", "types-pyserial"),
    ("setuptools", "types-setuptools"),
    ("shapely", "types-shapely"),
    ("simplejson", "types-simplejson"),
    ("singledispatch", "types-singledispatch"),
    ("six", "types-six"),
    ("tabulate", "types-tabulate"),
    ("toml", "types-toml"),
    ("toposort", "types-toposort"),
    ("tqdm", "types-tqdm"),
    ("translationstring", "types-translationstring"),
    ("ttkthemes", "types-ttkthemes"),
    ("ujson", "types-ujson"),
    ("unidiff", "types-unidiff"),
    ("untangle", "types-untangle"),
    ("uwsgi", "types-uWSGI"),
    ("vobject", "types-vobject"),
    ("waitress", "types-waitress"),
    ("win32api", "types-pywin32"),
    ("workalendar", "types-workalendar"),
    ("wurlitzer", "types-wurlitzer"),
    ("xdg", "types-pyxdg"),
    ("xmltodict", "types-xmltodict"),
    ("yaml", "types-PyYAML"),
    ("zxcvbn", "types-zxcvbn"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_for_binary_search() {
        assert!(STUB_DISTRIBUTIONS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn stub_distributions_match_by_prefix() {
        assert_eq!(stub_distribution("yaml.constructor"), Some("types-PyYAML"));
        assert_eq!(
            stub_distribution("google.protobuf.message"),
            Some("types-protobuf")
        );
        assert_eq!(stub_distribution("google"), None);
    }
}
