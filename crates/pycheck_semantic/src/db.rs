//! The salsa database: its inputs (files and the project's module map) and the root
//! database type that hosts own.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use salsa::{Durability, Setter};

use crate::typeshed::{StdlibVersions, Typeshed};

/// The database trait every query takes. It has no methods of its own: everything the
/// engine knows arrives through salsa inputs, so the engine itself never does I/O.
#[salsa::db]
pub trait Db: salsa::Database {}

/// One Python source or stub file. `path` is its identity and never changes; the host
/// sets `text` again whenever the file changes.
#[salsa::input(debug)]
pub struct File {
    #[returns(ref)]
    pub path: String,
    #[returns(ref)]
    pub text: String,
}

impl File {
    /// Stubs (`.pyi`) declare; they have no bodies to check.
    pub fn is_stub(self, db: &dyn Db) -> bool {
        self.path(db).ends_with(".pyi")
    }
}

/// Which file provides each importable module. Bundled stubs and the user's files are
/// separate fields so that user edits (low durability) never invalidate what was derived
/// from the stubs alone (high durability).
#[salsa::input(singleton, debug)]
pub struct Project {
    #[returns(ref)]
    pub source_modules: BTreeMap<String, File>,
    #[returns(ref)]
    pub stub_modules: BTreeMap<String, File>,
    /// Which standard-library modules exist in which Python version.
    #[returns(ref)]
    pub stdlib_versions: Arc<StdlibVersions>,
    /// Every standard-library module has a stub (a real typeshed): one without cannot be
    /// found. Otherwise (typeshed-lite) it is `Any`.
    #[returns(copy)]
    pub stdlib_complete: bool,
    /// The Python version code is checked for: `sys.version_info` checks compare with it.
    #[returns(copy)]
    pub python_version: (u8, u8),
    /// `sys.platform` as the checked code will see it.
    #[returns(ref)]
    pub platform: String,
    /// Error codes whose diagnostics are not reported (`--disable-error-code`).
    #[returns(ref)]
    pub disabled_codes: Vec<String>,
    /// Report `# type: ignore` comments that silence nothing (`--warn-unused-ignores`).
    #[returns(copy)]
    pub warn_unused_ignores: bool,
    /// What the host learned about modules that no file provides.
    #[returns(ref)]
    pub import_environment: ImportEnvironment,
    /// The optional checks for every module ...
    #[returns(copy)]
    pub check_flags: CheckFlags,
    /// ... except these, which have their own (per-module configuration sections).
    #[returns(ref)]
    pub module_check_flags: BTreeMap<String, CheckFlags>,
    /// Modules whose per-module sections change which codes are off: all of them.
    #[returns(ref)]
    pub module_disabled_codes: BTreeMap<String, Vec<String>>,
}

/// Optional checks, named as mypy's options are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CheckFlags {
    /// Check the bodies of functions without annotations too.
    pub check_untyped_defs: bool,
    /// A function without annotations is an error (`[no-untyped-def]`).
    pub disallow_untyped_defs: bool,
    /// A function annotated in part is an error (`[no-untyped-def]`).
    pub disallow_incomplete_defs: bool,
    /// Returning `Any` from a function declared to return something else is an error.
    pub warn_return_any: bool,
}

impl CheckFlags {
    /// The flags in force for `file`: its module's own, else the project's.
    pub fn of(db: &dyn Db, file: File) -> CheckFlags {
        let project = Project::get(db);
        let overrides = project.module_check_flags(db);
        if overrides.is_empty() {
            return project.check_flags(db);
        }
        let module = crate::index::module_name_of_file(db, file);
        overrides
            .get(&module)
            .copied()
            .unwrap_or_else(|| project.check_flags(db))
    }
}

/// Facts about the user's environment that decide how an unresolved import is reported.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct ImportEnvironment {
    /// Packages that are directories without `__init__` (PEP 420): importable, no file.
    pub namespace_packages: BTreeSet<String>,
    /// Top-level names installed without types (no `py.typed`, no stubs): `[import-untyped]`.
    pub untyped_installed: BTreeSet<String>,
    /// Patterns of modules whose missing imports are not reported (`ignore_missing_imports`):
    /// `pkg` matches pkg itself, `pkg.*` pkg and everything under it, `*` everything.
    pub ignore_missing: Vec<String>,
}

impl ImportEnvironment {
    pub fn ignores_missing(&self, module: &str) -> bool {
        self.ignore_missing
            .iter()
            .any(|pattern| module_pattern_matches(pattern, module))
    }
}

/// Whether a configuration's module pattern names `module`: `pkg` itself, `pkg.*` pkg and
/// everything under it, `*` everything.
pub fn module_pattern_matches(pattern: &str, module: &str) -> bool {
    if pattern == "*" {
        return true;
    }
    match pattern.strip_suffix(".*") {
        Some(prefix) => {
            module == prefix
                || module
                    .strip_prefix(prefix)
                    .is_some_and(|rest| rest.starts_with('.'))
        }
        None => module == pattern,
    }
}

/// The target when the host sets none: the version mypy assumes on this project's
/// reference interpreter, on Linux.
pub const DEFAULT_PYTHON_VERSION: (u8, u8) = (3, 11);
pub const DEFAULT_PLATFORM: &str = "linux";

/// The database hosts own: one per CLI run or language server, cloned per worker thread.
#[salsa::db]
#[derive(Clone)]
pub struct RootDatabase {
    storage: salsa::Storage<Self>,
}

#[salsa::db]
impl salsa::Database for RootDatabase {}

#[salsa::db]
impl Db for RootDatabase {}

impl Default for RootDatabase {
    fn default() -> Self {
        Self::with_storage(salsa::Storage::default())
    }
}

impl RootDatabase {
    /// A database that reports every salsa event to `on_event`; tests use it to count
    /// which queries re-run after an edit.
    pub fn with_event_callback(
        on_event: Box<dyn Fn(salsa::Event) + Send + Sync + 'static>,
    ) -> Self {
        Self::with_storage(salsa::Storage::new(Some(on_event)))
    }

    fn with_storage(storage: salsa::Storage<Self>) -> Self {
        Self::with_storage_and_typeshed(storage, &Typeshed::builtin())
    }

    /// A database that checks against `typeshed` instead of the built-in stubs.
    pub fn with_typeshed(typeshed: &Typeshed) -> Self {
        Self::with_storage_and_typeshed(salsa::Storage::default(), typeshed)
    }

    fn with_storage_and_typeshed(storage: salsa::Storage<Self>, typeshed: &Typeshed) -> Self {
        let db = RootDatabase { storage };
        let stub_modules = Self::stub_files(&db, &typeshed.files);
        let _project = Project::builder(
            BTreeMap::new(),
            stub_modules,
            typeshed.versions.clone(),
            typeshed.complete,
            DEFAULT_PYTHON_VERSION,
            DEFAULT_PLATFORM.to_owned(),
            Vec::new(),
            false,
            ImportEnvironment::default(),
            CheckFlags::default(),
            BTreeMap::new(),
            BTreeMap::new(),
        )
        .stub_modules_durability(Durability::HIGH)
        .stdlib_versions_durability(Durability::HIGH)
        .stdlib_complete_durability(Durability::HIGH)
        .python_version_durability(Durability::MEDIUM)
        .platform_durability(Durability::MEDIUM)
        .new(&db);
        db
    }

    /// The stub files as inputs of high durability: they do not change while the host
    /// runs, so user edits never make salsa re-validate what was derived from them alone.
    /// Their texts are parsed only when a check reaches them.
    fn stub_files(
        db: &RootDatabase,
        files: &[crate::typeshed::StubFile],
    ) -> BTreeMap<String, File> {
        files
            .iter()
            .map(|stub| {
                let file = File::builder(stub.path.clone(), stub.text.clone())
                    .durability(Durability::HIGH)
                    .new(db);
                (stub.module.clone(), file)
            })
            .collect()
    }

    /// Checks against `typeshed` from now on (a host whose configuration changed).
    pub fn set_typeshed(&mut self, typeshed: &Typeshed) {
        let stub_modules = Self::stub_files(self, &typeshed.files);
        let project = Project::get(self);
        project
            .set_stub_modules(self)
            .with_durability(Durability::HIGH)
            .to(stub_modules);
        project
            .set_stdlib_versions(self)
            .with_durability(Durability::HIGH)
            .to(typeshed.versions.clone());
        project
            .set_stdlib_complete(self)
            .with_durability(Durability::HIGH)
            .to(typeshed.complete);
    }

    /// Registers a user file. Hosts keep the handle and call `File::set_text` on edits.
    pub fn add_file(&mut self, path: String, text: String) -> File {
        File::new(self, path, text)
    }

    /// Sets what the code is checked for and which error codes are off.
    pub fn set_target(
        &mut self,
        python_version: (u8, u8),
        platform: &str,
        disabled_codes: Vec<String>,
    ) {
        let project = Project::get(self);
        if project.python_version(self) != python_version {
            project.set_python_version(self).to(python_version);
        }
        if project.platform(self) != platform {
            project.set_platform(self).to(platform.to_owned());
        }
        if project.disabled_codes(self) != &disabled_codes {
            project.set_disabled_codes(self).to(disabled_codes);
        }
    }

    /// Whether unused `# type: ignore` comments are reported.
    pub fn set_warn_unused_ignores(&mut self, warn: bool) {
        let project = Project::get(self);
        if project.warn_unused_ignores(self) != warn {
            project.set_warn_unused_ignores(self).to(warn);
        }
    }

    /// Tells the engine what the host found out about imports no file provides.
    pub fn set_import_environment(&mut self, environment: ImportEnvironment) {
        let project = Project::get(self);
        if project.import_environment(self) != &environment {
            project.set_import_environment(self).to(environment);
        }
    }

    /// Sets the optional checks: `default` for every module but those in `per_module`.
    pub fn set_check_flags(
        &mut self,
        default: CheckFlags,
        per_module: BTreeMap<String, CheckFlags>,
    ) {
        let project = Project::get(self);
        if project.check_flags(self) != default {
            project.set_check_flags(self).to(default);
        }
        if project.module_check_flags(self) != &per_module {
            project.set_module_check_flags(self).to(per_module);
        }
    }

    /// The error codes that are off in the modules whose per-module sections say so.
    pub fn set_module_disabled_codes(&mut self, per_module: BTreeMap<String, Vec<String>>) {
        let project = Project::get(self);
        if project.module_disabled_codes(self) != &per_module {
            project.set_module_disabled_codes(self).to(per_module);
        }
    }

    /// Tells the engine which user file provides which importable module.
    pub fn set_source_modules(&mut self, modules: BTreeMap<String, File>) {
        let project = Project::get(self);
        if project.source_modules(self) != &modules {
            project.set_source_modules(self).to(modules);
        }
    }
}
