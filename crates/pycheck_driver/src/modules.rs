//! Finding imported modules on disk, as mypy's module finder does: the project's roots
//! (`mypy_path`, the working directory, the packages' base directories), then the
//! installed packages of the user's Python environment, following PEP 561 (`*-stubs`
//! packages, `py.typed` markers). The engine asks for nothing itself: the host loads the
//! import closure of the files being checked before checking them.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use pycheck_semantic::db::ImportEnvironment;
use pycheck_semantic::imports::{imported_modules, is_stdlib_module};
use pycheck_semantic::{File, Project, RootDatabase};
use rayon::prelude::*;
use salsa::{Durability, Setter};

/// Standard-library modules the engine looks up by name, with no import naming them:
/// `builtins` and the modules its special cases read (`enum.Enum`, `types.NoneType`,
/// `dataclasses.field`, `typing.DefaultDict` as `collections.defaultdict`, ...). Their
/// stubs are read before anything is checked. A test keeps this list in step with the
/// names the engine's sources use.
const IMPLICIT_STDLIB: &[&str] = &[
    "builtins",
    "typing",
    "typing_extensions",
    "_typeshed",
    "types",
    "abc",
    "sys",
    "collections",
    "collections.abc",
    "enum",
    "dataclasses",
];

/// Where to look for modules and how to treat the ones not found.
#[derive(Debug, Clone, Default)]
pub struct ImportSettings {
    /// Extra roots searched first (`mypy_path`, `MYPYPATH`).
    pub mypy_path: Vec<PathBuf>,
    /// The interpreter whose installed packages are used (`--python-executable`).
    pub python_executable: Option<PathBuf>,
    /// Do not look at installed packages at all (`--no-site-packages`).
    pub no_site_packages: bool,
    /// Module patterns whose missing imports are not reported.
    pub ignore_missing: Vec<String>,
    /// The directories of installed packages, when the host has already found them
    /// (finding them may cost starting an interpreter); else found on first need.
    pub site_packages: Option<Vec<PathBuf>>,
}

impl ImportSettings {
    /// The directories installed packages are found in under these settings.
    pub fn find_site_packages(&self) -> Vec<PathBuf> {
        if let Some(known) = &self.site_packages {
            return known.clone();
        }
        if self.no_site_packages {
            return Vec::new();
        }
        find_site_packages(self.python_executable.as_deref())
    }
}

/// What looking a module up on disk found.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Lookup {
    /// A source or stub file; `installed` files come from site-packages and are never
    /// reported on.
    File {
        path: PathBuf,
        installed: bool,
    },
    /// A directory without `__init__` (PEP 420).
    Namespace,
    /// Installed, but with neither stubs nor a `py.typed` marker.
    Untyped,
    NotFound,
}

/// A file the host loaded because something imports it.
#[derive(Debug, Clone)]
pub struct FollowedFile {
    pub path: PathBuf,
    pub module: String,
    pub file: File,
    /// From installed packages: used for types, never reported on.
    pub installed: bool,
}

/// The project's module graph as loaded so far: which module each loaded file provides,
/// and what the engine must know about the modules not found.
pub struct ModuleLoader {
    settings: ImportSettings,
    roots: Vec<PathBuf>,
    /// Computed on first need: asking an interpreter costs a process start.
    site_packages: Option<Vec<PathBuf>>,
    lookups: HashMap<String, Lookup>,
    modules: BTreeMap<String, File>,
    environment: ImportEnvironment,
    followed: Vec<FollowedFile>,
    files_by_path: HashMap<PathBuf, File>,
    /// The standard library's stubs already read (or found read) and scanned.
    stubs_read: HashSet<File>,
}

impl ModuleLoader {
    pub fn new(settings: ImportSettings) -> Self {
        let mut roots = settings.mypy_path.clone();
        if let Ok(dir) = std::env::current_dir() {
            roots.push(dir);
        }
        let environment = ImportEnvironment {
            ignore_missing: settings.ignore_missing.clone(),
            ..ImportEnvironment::default()
        };
        ModuleLoader {
            settings,
            roots,
            site_packages: None,
            lookups: HashMap::new(),
            modules: BTreeMap::new(),
            environment,
            followed: Vec::new(),
            files_by_path: HashMap::new(),
            stubs_read: HashSet::new(),
        }
    }

    /// Registers a file the user named (or opened) as providing `module`, and adds the
    /// directory its top package lives in to the roots searched for imports.
    pub fn add_source(&mut self, path: &Path, module: Option<&str>, file: File) {
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        self.files_by_path.entry(absolute).or_insert(file);
        if let Some(module) = module {
            self.modules.entry(module.to_owned()).or_insert(file);
            if let Some(base) = base_directory(path, module) {
                let base = std::path::absolute(&base).unwrap_or(base);
                if !self.roots.contains(&base) {
                    self.roots.push(base);
                }
            }
        }
    }

    /// Takes new settings (the configuration changed): extra roots, ignored missing
    /// imports, the interpreter. What was not found is looked for again.
    pub fn update_settings(&mut self, settings: ImportSettings) {
        for directory in &settings.mypy_path {
            let directory = std::path::absolute(directory).unwrap_or_else(|_| directory.clone());
            if !self.roots.contains(&directory) {
                self.roots.insert(0, directory);
            }
        }
        if settings.python_executable != self.settings.python_executable
            || settings.no_site_packages != self.settings.no_site_packages
            || settings.site_packages != self.settings.site_packages
        {
            self.site_packages = None;
        }
        self.environment.ignore_missing = settings.ignore_missing.clone();
        self.settings = settings;
        self.forget_missing();
    }

    /// Forgets which modules were not found (or untyped, or namespace packages), so the
    /// next `follow_imports` looks for them again: files were created.
    pub fn forget_missing(&mut self) {
        self.lookups
            .retain(|_, lookup| matches!(lookup, Lookup::File { .. }));
        self.environment.namespace_packages.clear();
        self.environment.untyped_installed.clear();
    }

    /// Drops the file loaded from `path` (it was deleted); its module is looked for again.
    /// Returns whether it was loaded.
    pub fn remove_file(&mut self, path: &Path) -> bool {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let Some(file) = self.files_by_path.remove(&path) else {
            return false;
        };
        self.modules.retain(|_, loaded| *loaded != file);
        self.followed.retain(|followed| followed.file != file);
        self.forget_missing();
        self.lookups.retain(
            |_, lookup| !matches!(lookup, Lookup::File { path: found, .. } if *found == path),
        );
        true
    }

    /// Adds a directory imports are searched in (an editor's workspace folder).
    pub fn add_root(&mut self, directory: &Path) {
        let directory = std::path::absolute(directory).unwrap_or_else(|_| directory.to_path_buf());
        if !self.roots.contains(&directory) {
            self.roots.push(directory);
        }
    }

    /// The project's own files loaded so far (named, opened or followed, not installed).
    pub fn project_files(&self) -> Vec<File> {
        let installed: std::collections::HashSet<File> = self
            .followed
            .iter()
            .filter(|followed| followed.installed)
            .map(|followed| followed.file)
            .collect();
        self.files_by_path
            .values()
            .copied()
            .filter(|file| !installed.contains(file))
            .collect()
    }

    /// The modules loaded so far.
    pub fn module_names(&self) -> impl Iterator<Item = String> + '_ {
        self.modules.keys().cloned()
    }

    /// Every file loaded by following imports so far.
    pub fn followed(&self) -> &[FollowedFile] {
        &self.followed
    }

    /// The file already loaded from `path` (named, opened or followed), if any.
    pub fn file_at(&self, path: &Path) -> Option<File> {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        self.files_by_path.get(&path).copied()
    }

    /// Loads, wave by wave, every module the known files import and the engine cannot
    /// yet resolve, until nothing new is found. Returns the files loaded by this call.
    pub fn follow_imports(&mut self, db: &mut RootDatabase) -> Vec<FollowedFile> {
        let everything: Vec<File> = self.modules.values().copied().collect();
        self.follow_imports_of(db, everything)
    }

    /// Like `follow_imports`, starting from `files` only: what an edit or a newly opened
    /// file may need, without visiting the whole project again.
    pub fn follow_imports_of(
        &mut self,
        db: &mut RootDatabase,
        files: Vec<File>,
    ) -> Vec<FollowedFile> {
        let first_new = self.followed.len();
        let mut wave = files;
        db.set_source_modules(self.modules.clone());
        self.read_stubs(
            db,
            IMPLICIT_STDLIB
                .iter()
                .map(|name| (*name).to_owned())
                .collect(),
        );
        while !wave.is_empty() {
            // Parsing dominates: the wave's files are parsed on all cores.
            let wanted: Vec<Vec<String>> = wave
                .par_iter()
                .map_with(db.clone(), |db, file| imported_modules(db, *file).to_vec())
                .collect();
            let wanted = wanted.into_iter().flatten();
            let mut next = Vec::new();
            let mut stdlib = Vec::new();
            for module in wanted {
                if self.modules.contains_key(&module) || self.lookups.contains_key(&module) {
                    continue;
                }
                if is_stdlib_module(db, module_top(&module)) {
                    stdlib.push(module);
                    continue;
                }
                let lookup = self.find(&module);
                self.lookups.insert(module.clone(), lookup.clone());
                match lookup {
                    Lookup::File { path, installed } => {
                        let Some(text) = crate::read_source_text(&path) else {
                            continue;
                        };
                        let file = db.add_file(path.display().to_string(), text);
                        self.files_by_path.insert(path.clone(), file);
                        self.modules.insert(module.clone(), file);
                        self.followed.push(FollowedFile {
                            path,
                            module,
                            file,
                            installed,
                        });
                        next.push(file);
                    }
                    Lookup::Namespace => {
                        self.environment.namespace_packages.insert(module);
                    }
                    Lookup::Untyped => {
                        self.environment
                            .untyped_installed
                            .insert(module_top(&module).to_owned());
                    }
                    Lookup::NotFound => {}
                }
            }
            self.read_stubs(db, stdlib);
            if !next.is_empty() {
                db.set_source_modules(self.modules.clone());
            }
            wave = next;
        }
        db.set_import_environment(self.environment.clone());
        self.followed[first_new..].to_vec()
    }

    /// Reads every standard-library stub not read yet (the language server, which
    /// completes names in modules nothing imports yet).
    pub fn read_standard_library(&mut self, db: &mut RootDatabase) {
        let every: Vec<String> = Project::get(db).stub_modules(db).keys().cloned().collect();
        self.read_stubs(db, every);
    }

    /// Reads the stubs of a real typeshed (listed with empty texts, see `typeshed`) that
    /// `modules` need: theirs, their parent packages' and their submodules' (a package's
    /// submodule is its attribute to the engine), and, in turn, those of every module
    /// their import statements name. Imports are found by a scan of the text that takes
    /// every import statement, reachable or not: reading a stub no check reaches costs
    /// little, missing one would change what is checked.
    fn read_stubs(&mut self, db: &mut RootDatabase, modules: Vec<String>) {
        let project = Project::get(db);
        if modules.is_empty() || !project.stdlib_complete(db) {
            return;
        }
        let stubs = project.stub_modules(db).clone();
        let mut wanted = modules;
        while !wanted.is_empty() {
            let mut batch: Vec<(String, File)> = Vec::new();
            for module in std::mem::take(&mut wanted) {
                let parents = module
                    .match_indices('.')
                    .map(|(at, _)| &module[..at])
                    .chain([module.as_str()]);
                let prefix = format!("{module}.");
                let submodules = stubs
                    .range(prefix.clone()..)
                    .take_while(|(name, _)| name.starts_with(&prefix))
                    .map(|(name, _)| name.as_str());
                for name in parents.chain(submodules) {
                    if let Some(&file) = stubs.get(name)
                        && self.stubs_read.insert(file)
                    {
                        batch.push((name.to_owned(), file));
                    }
                }
            }
            // Read and scanned on all cores; the texts are set one by one.
            let read: Vec<(File, Option<String>, Vec<String>)> = batch
                .par_iter()
                .map_with(db.clone(), |db, (module, file)| {
                    let known = file.text(&*db);
                    let read = known
                        .is_empty()
                        .then(|| crate::read_source_text(Path::new(file.path(&*db))))
                        .flatten()
                        .filter(|text| !text.is_empty());
                    let text = read.as_deref().unwrap_or(known);
                    let package = if file.path(&*db).ends_with("__init__.pyi") {
                        module.as_str()
                    } else {
                        module.rsplit_once('.').map_or("", |(package, _)| package)
                    };
                    let imports = scanned_imports(text, package);
                    (*file, read, imports)
                })
                .collect();
            for (file, text, imports) in read {
                if let Some(text) = text {
                    file.set_text(db).with_durability(Durability::HIGH).to(text);
                }
                wanted.extend(imports);
            }
        }
    }

    fn find(&mut self, module: &str) -> Lookup {
        let parts: Vec<&str> = module.split('.').collect();
        let mut namespace = false;
        for root in &self.roots {
            match find_in_root(root, &parts) {
                Some(Found::File(path)) => {
                    return Lookup::File {
                        path,
                        installed: false,
                    };
                }
                Some(Found::Namespace) => namespace = true,
                None => {}
            }
        }
        if namespace {
            return Lookup::Namespace;
        }
        let site_packages = self.site_packages().to_vec();
        let mut untyped = false;
        for directory in &site_packages {
            match find_installed(directory, &parts) {
                Some(Installed::Typed(path)) => {
                    return Lookup::File {
                        path,
                        installed: true,
                    };
                }
                Some(Installed::Namespace) => namespace = true,
                Some(Installed::Untyped) => untyped = true,
                None => {}
            }
        }
        if namespace {
            Lookup::Namespace
        } else if untyped {
            Lookup::Untyped
        } else {
            Lookup::NotFound
        }
    }

    fn site_packages(&mut self) -> &[PathBuf] {
        if self.site_packages.is_none() {
            self.site_packages = Some(self.settings.find_site_packages());
        }
        self.site_packages.as_deref().unwrap_or_default()
    }
}

/// The modules the import statements of a stub's `text` name, found line by line
/// without parsing: `import a.b` gives `a.b`; `from m import x` gives `m` and `m.x` (in
/// case `x` is a submodule); relative imports start from `package`. Statements in
/// strings or unreachable branches are taken too: more than is needed, never less.
fn scanned_imports(text: &str, package: &str) -> Vec<String> {
    let without_comment = |line: &str| line.split('#').next().unwrap_or_default().trim().to_owned();
    let mut found = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let mut statement = without_comment(line);
        if !(statement.starts_with("import ") || statement.starts_with("from ")) {
            continue;
        }
        // Continued by a backslash or an open parenthesis.
        loop {
            let open = statement.matches('(').count() > statement.matches(')').count();
            let backslash = statement.ends_with('\\');
            if !(open || backslash) {
                break;
            }
            let Some(next) = lines.next() else { break };
            if backslash {
                statement.pop();
            }
            statement.push(' ');
            statement.push_str(&without_comment(next));
        }
        let first_word = |item: &str| item.split_whitespace().next().map(str::to_owned);
        if let Some(rest) = statement.strip_prefix("import ") {
            found.extend(rest.split(',').filter_map(first_word));
        } else if let Some((module, names)) = statement
            .strip_prefix("from ")
            .and_then(|rest| rest.split_once(" import"))
        {
            let module = module.trim();
            let relative = module.trim_start_matches('.');
            let dots = module.len() - relative.len();
            let base = if dots == 0 {
                module.to_owned()
            } else {
                let mut parts: Vec<&str> = package.split('.').filter(|p| !p.is_empty()).collect();
                parts.truncate(parts.len().saturating_sub(dots - 1));
                parts.extend(relative.split('.').filter(|p| !p.is_empty()));
                parts.join(".")
            };
            let names = names.replace(['(', ')'], " ");
            for name in names.split(',').filter_map(first_word) {
                if name != "*" && !base.is_empty() {
                    found.push(format!("{base}.{name}"));
                }
            }
            found.push(base);
        }
    }
    found
}

fn module_top(module: &str) -> &str {
    module.split('.').next().unwrap_or(module)
}

/// The directory a module's top package lives in: `src/pkg/mod.py` as `pkg.mod` → `src`.
fn base_directory(path: &Path, module: &str) -> Option<PathBuf> {
    let mut base = std::path::absolute(path).ok()?;
    base.pop();
    let is_init = path
        .file_stem()
        .is_some_and(|stem| stem.to_str() == Some("__init__"));
    let packages = module.matches('.').count() + usize::from(is_init);
    for _ in 0..packages {
        base.pop();
    }
    Some(base)
}

enum Found {
    File(PathBuf),
    Namespace,
}

/// `parts` under `root`: a stub or source module or package; a directory on the way
/// without `__init__` is a namespace package.
fn find_in_root(root: &Path, parts: &[&str]) -> Option<Found> {
    let (last, packages) = parts.split_last()?;
    let mut directory = root.to_path_buf();
    for package in packages {
        directory.push(package);
        if !directory.is_dir() {
            return None;
        }
    }
    let package = directory.join(last);
    for init in ["__init__.pyi", "__init__.py"] {
        let path = package.join(init);
        if path.is_file() {
            return Some(Found::File(path));
        }
    }
    for extension in ["pyi", "py"] {
        let path = directory.join(format!("{last}.{extension}"));
        if path.is_file() {
            return Some(Found::File(path));
        }
    }
    package.is_dir().then_some(Found::Namespace)
}

enum Installed {
    Typed(PathBuf),
    Namespace,
    Untyped,
}

/// `parts` in one site-packages directory, by PEP 561: a `<top>-stubs` package first,
/// then the package itself if it (or a package above the module) has `py.typed`.
fn find_installed(site_packages: &Path, parts: &[&str]) -> Option<Installed> {
    let top = parts[0];
    let stubs = site_packages.join(format!("{top}-stubs"));
    if stubs.is_dir() {
        let mut renamed: Vec<&str> = parts.to_vec();
        let stub_name = format!("{top}-stubs");
        renamed[0] = &stub_name;
        if let Some(Found::File(path)) = find_in_root(site_packages, &renamed) {
            return Some(Installed::Typed(path));
        }
        let partial = std::fs::read_to_string(stubs.join("py.typed"))
            .is_ok_and(|marker| marker.trim() == "partial");
        if !partial {
            return None;
        }
    }
    match find_in_root(site_packages, parts)? {
        Found::File(path) => {
            let mut directory = site_packages.to_path_buf();
            let typed = parts.iter().any(|part| {
                directory.push(part);
                directory.join("py.typed").is_file()
            });
            Some(if typed {
                Installed::Typed(path)
            } else {
                Installed::Untyped
            })
        }
        Found::Namespace => Some(Installed::Namespace),
    }
}

/// The directories installed packages live in: those of a virtual environment (the
/// `VIRTUAL_ENV` one, or a `.venv`/`venv` here or above) read off disk, else what the
/// interpreter (`python_executable`, or `python3` on `PATH`) reports.
fn find_site_packages(python_executable: Option<&Path>) -> Vec<PathBuf> {
    if let Some(python) = python_executable {
        return ask_interpreter(python);
    }
    let venv = std::env::var_os("VIRTUAL_ENV")
        .map(PathBuf::from)
        .or_else(|| {
            let here = std::env::current_dir().ok()?;
            here.ancestors().find_map(|dir| {
                [".venv", "venv"]
                    .iter()
                    .map(|name| dir.join(name))
                    .find(|candidate| candidate.join("pyvenv.cfg").is_file())
            })
        });
    if let Some(venv) = venv {
        let found = venv_site_packages(&venv);
        if !found.is_empty() {
            return found;
        }
    }
    ask_interpreter(&default_interpreter())
}

/// `python3`, as the `PATH` finds it. A pyenv shim is replaced by the interpreter it
/// would run, when that is certain: the shim starts pyenv's shell scripts, which cost
/// more than the interpreter itself (45-80 ms here, against its 30).
fn default_interpreter() -> PathBuf {
    let found = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .filter(|directory| directory.is_absolute())
            .map(|directory| directory.join("python3"))
            .find(|candidate| candidate.is_file())
    });
    let Some(found) = found else {
        return PathBuf::from("python3");
    };
    let here = std::env::var_os("PYENV_DIR")
        .map(PathBuf::from)
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_default();
    let pyenv_version = std::env::var("PYENV_VERSION").ok();
    pyenv_shim_target(&found, pyenv_version.as_deref(), &here).unwrap_or(found)
}

/// The interpreter the pyenv shim at `shim` runs, chosen as `pyenv exec` chooses it: the
/// versions `PYENV_VERSION` names, else the first `.python-version` in `directory` or
/// above, else `$PYENV_ROOT/version`; the first of them that has a `bin/python3`. `None`
/// when `shim` is not a pyenv shim or the choice is not plain (the system Python, a
/// version prefix pyenv would complete, an unusual name): the shim then runs itself.
fn pyenv_shim_target(
    shim: &Path,
    pyenv_version: Option<&str>,
    directory: &Path,
) -> Option<PathBuf> {
    if shim.parent()?.file_name()? != "shims" || std::fs::metadata(shim).ok()?.len() > 4096 {
        return None;
    }
    let script = std::fs::read_to_string(shim).ok()?;
    if !script.starts_with("#!") || !script.contains("\" exec \"$program\"") {
        return None;
    }
    let root = script.lines().find_map(|line| {
        let value = line.trim().strip_prefix("export PYENV_ROOT=")?;
        Some(PathBuf::from(value.trim_matches('"')))
    })?;
    let versions: Vec<String> = match pyenv_version.filter(|v| !v.is_empty()) {
        Some(names) => names.split(':').map(str::to_owned).collect(),
        None => {
            let file = directory
                .ancestors()
                .map(|dir| dir.join(".python-version"))
                .find(|file| file.is_file())
                .unwrap_or_else(|| root.join("version"));
            std::fs::read_to_string(file)
                .ok()?
                .lines()
                .filter_map(|line| line.split_whitespace().next())
                .filter(|name| !name.starts_with('#'))
                .map(str::to_owned)
                .collect()
        }
    };
    if versions.is_empty() {
        return None;
    }
    for version in &versions {
        let plain = !version.is_empty()
            && version != "system"
            && !version.contains(['/', '\\'])
            && !version.starts_with('.');
        let installed = root.join("versions").join(version);
        if !plain || !installed.is_dir() {
            return None;
        }
        let python = installed.join("bin").join("python3");
        if python.is_file() {
            return Some(python);
        }
    }
    None
}

fn venv_site_packages(venv: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for lib in ["lib", "lib64"] {
        let Ok(entries) = std::fs::read_dir(venv.join(lib)) else {
            continue;
        };
        let mut versions: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path().join("site-packages"))
            .filter(|path| path.is_dir())
            .collect();
        versions.sort();
        found.extend(versions);
    }
    let windows = venv.join("Lib").join("site-packages");
    if windows.is_dir() {
        found.push(windows);
    }
    found.dedup();
    let mut with_pth = found.clone();
    for directory in &found {
        with_pth.extend(pth_directories(directory));
    }
    with_pth
}

/// Directories that `.pth` files in `site_packages` add to the path (editable installs).
fn pth_directories(site_packages: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(site_packages) else {
        return Vec::new();
    };
    let mut pth_files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "pth"))
        .collect();
    pth_files.sort();
    let mut directories = Vec::new();
    for pth in pth_files {
        let Ok(text) = std::fs::read_to_string(&pth) else {
            continue;
        };
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') || line.starts_with("import") {
                continue;
            }
            let directory = site_packages.join(line);
            if directory.is_dir() {
                directories.push(directory);
            }
        }
    }
    directories
}

/// The search path of `python` without its standard library and working directory,
/// as mypy computes it.
const SEARCH_PATH_SCRIPT: &str = "\
import os, sys, sysconfig
std = [os.path.realpath(sysconfig.get_path(k)) for k in ('stdlib', 'platstdlib')]
cwd = os.path.realpath(os.getcwd())
for entry in sys.path[1:]:
    real = os.path.realpath(entry)
    if not entry or real == cwd or not os.path.isdir(real):
        continue
    inside_std = any(real == s or real.startswith(s + os.sep) for s in std)
    if inside_std and 'site-packages' not in real and 'dist-packages' not in real:
        continue
    print(real)
";

fn ask_interpreter(python: &Path) -> Vec<PathBuf> {
    let Ok(output) = Command::new(python)
        .args(["-c", SEARCH_PATH_SCRIPT])
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()
    else {
        return Vec::new();
    };
    if !output.status.success() {
        return Vec::new();
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter(|line| !line.is_empty())
        .map(PathBuf::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("pycheck-modules-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn write(path: &Path, text: &str) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn stubs_beside_sources_win_and_namespace_packages_are_found() {
        let root = scratch("roots");
        write(&root.join("pkg/__init__.py"), "");
        write(&root.join("pkg/mod.py"), "");
        write(&root.join("pkg/mod.pyi"), "");
        write(&root.join("ns/inner.py"), "");
        let find = |parts: &[&str]| match find_in_root(&root, parts) {
            Some(Found::File(path)) => Some(path.strip_prefix(&root).unwrap().to_path_buf()),
            Some(Found::Namespace) => Some(PathBuf::from("<namespace>")),
            None => None,
        };
        assert_eq!(find(&["pkg"]), Some(PathBuf::from("pkg/__init__.py")));
        assert_eq!(find(&["pkg", "mod"]), Some(PathBuf::from("pkg/mod.pyi")));
        assert_eq!(find(&["ns"]), Some(PathBuf::from("<namespace>")));
        assert_eq!(find(&["ns", "inner"]), Some(PathBuf::from("ns/inner.py")));
        assert_eq!(find(&["pkg", "missing"]), None);
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn installed_packages_follow_pep_561() {
        let site = scratch("site");
        write(&site.join("typed/__init__.py"), "");
        write(&site.join("typed/py.typed"), "");
        write(&site.join("untyped/__init__.py"), "");
        write(&site.join("stubbed/__init__.py"), "");
        write(&site.join("stubbed-stubs/__init__.pyi"), "");
        let kind = |parts: &[&str]| match find_installed(&site, parts) {
            Some(Installed::Typed(path)) => {
                format!("typed {}", path.strip_prefix(&site).unwrap().display())
            }
            Some(Installed::Untyped) => "untyped".to_owned(),
            Some(Installed::Namespace) => "namespace".to_owned(),
            None => "none".to_owned(),
        };
        assert_eq!(kind(&["typed"]), "typed typed/__init__.py");
        assert_eq!(kind(&["untyped"]), "untyped");
        assert_eq!(kind(&["stubbed"]), "typed stubbed-stubs/__init__.pyi");
        assert_eq!(kind(&["absent"]), "none");
        std::fs::remove_dir_all(&site).unwrap();
    }

    #[test]
    fn a_pyenv_shim_is_resolved_to_the_interpreter_it_runs() {
        let root = scratch("pyenv");
        let shim = root.join("shims/python3");
        write(
            &shim,
            &format!(
                "#!/usr/bin/env bash\nset -e\nprogram=\"${{0##*/}}\"\n\nexport PYENV_ROOT=\"{}\"\n\
                 exec \"{}/libexec/pyenv\" exec \"$program\" \"$@\"\n",
                root.display(),
                root.display()
            ),
        );
        write(&root.join("versions/3.11.7/bin/python3"), "");
        write(&root.join("versions/3.12.1/bin/python3"), "");
        std::fs::create_dir_all(root.join("versions/pypy/bin")).unwrap();
        write(&root.join("version"), "3.12.1\n");
        write(&root.join("project/.python-version"), "# pinned\n3.11.7\n");
        std::fs::create_dir_all(root.join("project/src")).unwrap();
        let target = |version: Option<&str>, directory: &str| {
            pyenv_shim_target(&shim, version, &root.join(directory))
                .map(|path| path.strip_prefix(&root).unwrap().display().to_string())
        };
        // The global version, a local one found from a subdirectory, PYENV_VERSION first.
        assert_eq!(
            target(None, "").as_deref(),
            Some("versions/3.12.1/bin/python3")
        );
        assert_eq!(
            target(None, "project/src").as_deref(),
            Some("versions/3.11.7/bin/python3")
        );
        assert_eq!(
            target(Some("3.12.1"), "project").as_deref(),
            Some("versions/3.12.1/bin/python3")
        );
        // The first version that has the command.
        assert_eq!(
            target(Some("pypy:3.11.7"), "").as_deref(),
            Some("versions/3.11.7/bin/python3")
        );
        // Left to pyenv: the system Python, a prefix it would complete, a missing version.
        assert_eq!(target(Some("system"), ""), None);
        assert_eq!(target(Some("3.11"), ""), None);
        assert_eq!(target(Some("../3.11.7"), ""), None);
        write(&root.join("project/.python-version"), "");
        assert_eq!(target(None, "project"), None);
        // Not a pyenv shim.
        write(&root.join("bin/python3"), "#!/bin/sh\n");
        assert_eq!(
            pyenv_shim_target(&root.join("bin/python3"), None, &root),
            None
        );
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn a_real_typeshed_is_read_as_far_as_imports_reach() {
        let root = scratch("lazy");
        let stdlib = root.join("typeshed/stdlib");
        write(
            &stdlib.join("VERSIONS"),
            "builtins: 3.0-\ntyping: 3.0-\npkg: 3.0-\nunused: 3.0-\nold: 3.0-3.6\n",
        );
        write(
            &stdlib.join("builtins.pyi"),
            "from typing import (\n    Any,  # a comment\n)\nclass object: ...\n",
        );
        write(&stdlib.join("typing.pyi"), "Any = object()\n");
        write(
            &stdlib.join("pkg/__init__.pyi"),
            "from . import sub as sub\n",
        );
        write(&stdlib.join("pkg/sub.pyi"), "import old\n");
        write(&stdlib.join("pkg/other.pyi"), "x: int\n");
        write(&stdlib.join("old.pyi"), "y: int\n");
        write(&stdlib.join("unused.pyi"), "z: int\n");
        let typeshed = crate::load_typeshed(
            &crate::TypeshedSetting::Directory(root.join("typeshed")),
            &[],
        )
        .unwrap();
        let mut db = RootDatabase::with_typeshed(&typeshed);
        let mut loader = ModuleLoader::new(ImportSettings {
            no_site_packages: true,
            ..ImportSettings::default()
        });
        let main = db.add_file("main.py".into(), "import pkg\n".into());
        loader.add_source(&root.join("main.py"), Some("main"), main);
        loader.follow_imports(&mut db);
        let texts = |db: &RootDatabase| -> Vec<(String, bool)> {
            Project::get(db)
                .stub_modules(db)
                .iter()
                .map(|(module, file)| (module.clone(), !file.text(db).is_empty()))
                .collect()
        };
        // What builtins imports, what the file imports, with its package's submodules
        // and what they import (an import of a removed module too); nothing else.
        let read = |names: &[&str]| -> Vec<(String, bool)> {
            [
                "builtins",
                "old",
                "pkg",
                "pkg.other",
                "pkg.sub",
                "typing",
                "unused",
            ]
            .iter()
            .map(|name| (name.to_string(), names.contains(name)))
            .collect()
        };
        assert_eq!(
            texts(&db),
            read(&["builtins", "old", "pkg", "pkg.other", "pkg.sub", "typing"])
        );
        // The language server reads the rest.
        loader.read_standard_library(&mut db);
        assert_eq!(
            texts(&db),
            read(&[
                "builtins",
                "old",
                "pkg",
                "pkg.other",
                "pkg.sub",
                "typing",
                "unused"
            ])
        );
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn import_statements_are_found_without_parsing() {
        let text = "\
import sys, os.path as p  # comment
from collections.abc import Iterable as It, Sized
from . import sibling
from .. import (
    up,  # why
    other,
)
from .inner import *
from typing import \\
    Any
if sys.version_info >= (3, 12):
    from asyncio.taskgroups import TaskGroup
x = 'import notamodule'
";
        assert_eq!(
            scanned_imports(text, "email.mime"),
            [
                "sys",
                "os.path",
                "collections.abc.Iterable",
                "collections.abc.Sized",
                "collections.abc",
                "email.mime.sibling",
                "email.mime",
                "email.up",
                "email.other",
                "email",
                "email.mime.inner",
                "typing.Any",
                "typing",
                "asyncio.taskgroups.TaskGroup",
                "asyncio.taskgroups",
            ]
        );
    }

    /// Every module the engine's sources look up by a literal name is read first.
    #[test]
    fn the_modules_the_engine_names_are_read_before_checking() {
        let sources = Path::new(env!("CARGO_MANIFEST_DIR")).join("../pycheck_semantic/src");
        let lookups = regex::Regex::new(
            r#"(?:module_member|resolve_module_by_name|module_member_final_literal)\(\s*[\w.]+\s*,\s*"([\w.]+)""#,
        )
        .unwrap();
        let aliases = regex::Regex::new(r#"=> \("([\w.]+)", "\w+"\)"#).unwrap();
        let mut named = std::collections::BTreeSet::new();
        for entry in std::fs::read_dir(&sources).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for captures in lookups
                .captures_iter(&text)
                .chain(aliases.captures_iter(&text))
            {
                named.insert(captures[1].to_owned());
            }
            if text.contains("typing_class(") {
                named.insert("typing".to_owned());
            }
            if text.contains("builtins_file(") {
                named.insert("builtins".to_owned());
            }
        }
        for module in [
            "enum",
            "types",
            "dataclasses",
            "collections",
            "typing",
            "builtins",
        ] {
            assert!(named.contains(module), "the scan finds {module}: {named:?}");
        }
        let missing: Vec<&String> = named
            .iter()
            .filter(|module| !IMPLICIT_STDLIB.contains(&module.as_str()))
            .collect();
        assert!(
            missing.is_empty(),
            "add {missing:?} to IMPLICIT_STDLIB: the engine looks them up by name"
        );
    }

    #[test]
    fn base_directories_strip_the_package_path() {
        assert_eq!(
            base_directory(Path::new("/p/src/pkg/sub/mod.py"), "pkg.sub.mod"),
            Some(PathBuf::from("/p/src"))
        );
        assert_eq!(
            base_directory(Path::new("/p/src/pkg/__init__.py"), "pkg"),
            Some(PathBuf::from("/p/src"))
        );
        assert_eq!(
            base_directory(Path::new("/p/script.py"), "script"),
            Some(PathBuf::from("/p"))
        );
    }
}
