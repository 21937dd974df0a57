//! Symbol indexes: which names a module or a class body declares, and how.
//!
//! These are the "firewall" between the syntax tree and inference: they hold statement
//! paths and names, never text ranges, so an edit that only moves text (a comment, a
//! blank line, a change inside a function body) leaves them equal, salsa backdates them,
//! and nothing that depends only on them runs again.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use pycheck_syntax::ast::{self, Stmt};

use crate::db::{Db, File};
use crate::parse::parsed_module;

/// Where a statement sits: indexes into nested statement lists, starting at the module
/// body. Each nested step is a (block, index) pair, see [`StmtPath::child`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct StmtPath(Vec<u32>);

/// The block number of a compound statement's main body; the others are numbered in the
/// order `blocks_of` lists them.
const BLOCK_BODY: u32 = 0;

impl StmtPath {
    fn child(&self, block: u32, index: usize) -> StmtPath {
        let mut path = self.0.clone();
        if !path.is_empty() {
            path.push(block);
        }
        path.push(index as u32);
        StmtPath(path)
    }

    /// For a path inside a method of the class at `class`, the path of that method.
    pub fn method_prefix(&self, class: &StmtPath) -> Option<StmtPath> {
        let len = class.0.len() + 2;
        (self.0.len() >= len && self.0.starts_with(&class.0))
            .then(|| StmtPath(self.0[..len].to_vec()))
    }

    /// Whether this path is a statement of the body of the class at `class` itself (not
    /// inside one of its methods or blocks).
    pub fn is_directly_in(&self, class: &StmtPath) -> bool {
        self.0.len() == class.0.len() + 2 && self.0.starts_with(&class.0)
    }

    /// The statement this path leads to in `body`.
    pub fn resolve<'a>(&self, body: &'a [Stmt]) -> Option<&'a Stmt> {
        let mut steps = self.0.iter();
        let mut stmt = body.get(*steps.next()? as usize)?;
        while let Some(&block) = steps.next() {
            let index = *steps.next()? as usize;
            stmt = blocks_of(stmt)
                .into_iter()
                .nth(block as usize)?
                .get(index)?;
        }
        Some(stmt)
    }
}

/// The statement lists inside a compound statement (not a function or class body).
pub fn nested_blocks(stmt: &Stmt) -> Vec<&[Stmt]> {
    match stmt {
        Stmt::FunctionDef(_) | Stmt::AsyncFunctionDef(_) | Stmt::ClassDef(_) => Vec::new(),
        Stmt::Match(m) => m.cases.iter().map(|case| case.body.as_slice()).collect(),
        other => blocks_of(other),
    }
}

/// The nested statement lists of `stmt`: body first, then `else`, `finally`, handlers.
fn blocks_of(stmt: &Stmt) -> Vec<&[Stmt]> {
    match stmt {
        Stmt::If(s) => vec![&s.body, &s.orelse],
        Stmt::Try(s) => {
            let mut blocks: Vec<&[Stmt]> = vec![&s.body, &s.orelse, &s.finalbody];
            blocks.extend(s.handlers.iter().map(|h| {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                h.body.as_slice()
            }));
            blocks
        }
        Stmt::TryStar(s) => {
            let mut blocks: Vec<&[Stmt]> = vec![&s.body, &s.orelse, &s.finalbody];
            blocks.extend(s.handlers.iter().map(|h| {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                h.body.as_slice()
            }));
            blocks
        }
        Stmt::For(s) => vec![&s.body, &s.orelse],
        Stmt::AsyncFor(s) => vec![&s.body, &s.orelse],
        Stmt::While(s) => vec![&s.body, &s.orelse],
        Stmt::With(s) => vec![&s.body],
        Stmt::AsyncWith(s) => vec![&s.body],
        Stmt::ClassDef(s) => vec![&s.body],
        Stmt::FunctionDef(s) => vec![&s.body],
        Stmt::AsyncFunctionDef(s) => vec![&s.body],
        _ => Vec::new(),
    }
}

/// How a name is declared in a scope. The first declaration of each kind wins, as mypy's
/// "a variable's type is fixed by its first assignment" rule wants.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Declaration {
    Class(StmtPath),
    /// Every `def` of that name; more than one when the definitions are overloads.
    Function(Vec<StmtPath>),
    Variable {
        /// The first `name: T` annotation.
        annotation: Option<StmtPath>,
        /// The first plain assignment `name = value` (or `name: T = value`).
        first_assignment: Option<StmtPath>,
        /// The assignment after it: `x = None` takes its real type from there, as
        /// mypy's partial `None` types do.
        second_assignment: Option<StmtPath>,
    },
    /// `import a.b` binds `a`; `import a.b as c` binds `c` to `a.b`.
    Module(String),
    /// `from module import name`.
    ImportedName {
        module: String,
        name: String,
    },
    /// `self.name = value` in a method; the path leads to that assignment.
    InstanceAttribute(StmtPath),
}

/// The names one scope (a module or a class body) declares.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ScopeIndex {
    pub symbols: BTreeMap<String, Declaration>,
    /// Modules imported with `from module import *`, in order.
    pub star_imports: Vec<String>,
    /// Names imported in the re-exporting forms (`import a as a`, `from m import x as x`,
    /// `from . import sub`): a stub exports only these of its imports (and `__all__`).
    pub explicit_reexports: std::collections::BTreeSet<String>,
    /// The strings of a module-level `__all__` list or tuple (with `+=` additions).
    pub dunder_all: Option<Vec<String>>,
    /// Class-body scopes: the path of the class statement, that paths inside start from.
    pub owner: StmtPath,
}

impl ScopeIndex {
    pub fn get(&self, name: &str) -> Option<&Declaration> {
        self.symbols.get(name)
    }
}

/// The module-level names of `file`.
#[salsa::tracked(returns(ref))]
pub fn module_index(db: &dyn Db, file: File) -> Arc<ScopeIndex> {
    let parsed = parsed_module(db, file);
    let mut index = ScopeIndex::default();
    let package = package_of_file(db, file);
    let truth = |test: &ast::Expr| crate::reachability::static_truth(db, test);
    let ctx = CollectContext {
        package: &package,
        static_truth: &truth,
    };
    collect(&mut index, parsed.body(), &StmtPath::default(), &ctx);
    Arc::new(index)
}

/// The names declared in the body of the class at `path` (a path into the module).
pub fn class_body_index(db: &dyn Db, body: &[Stmt], path: &StmtPath, package: &str) -> ScopeIndex {
    let truth = |test: &ast::Expr| crate::reachability::static_truth(db, test);
    let ctx = CollectContext {
        package,
        static_truth: &truth,
    };
    let mut index = ScopeIndex {
        owner: path.clone(),
        ..ScopeIndex::default()
    };
    if let Some(Stmt::ClassDef(class)) = path.resolve(body) {
        collect(&mut index, &class.body, path, &ctx);
        for (i, stmt) in class.body.iter().enumerate() {
            let (args, method_body) = match stmt {
                Stmt::FunctionDef(def) => (&def.args, &def.body),
                Stmt::AsyncFunctionDef(def) => (&def.args, &def.body),
                _ => continue,
            };
            let Some(receiver) = args.posonlyargs.iter().chain(&args.args).next() else {
                continue;
            };
            let method_path = path.child(BLOCK_BODY, i);
            collect_instance_attributes(
                &mut index,
                method_body,
                &method_path,
                receiver.def.arg.as_str(),
            );
        }
    }
    index
}

/// `self.x = ...` and `self.x: T = ...` anywhere in a method body, first one wins.
fn collect_instance_attributes(
    index: &mut ScopeIndex,
    body: &[Stmt],
    parent: &StmtPath,
    receiver: &str,
) {
    for (i, stmt) in body.iter().enumerate() {
        let path = parent.child(BLOCK_BODY, i);
        let mut targets: Vec<&ast::Expr> = match stmt {
            Stmt::Assign(assign) => assign.targets.iter().collect(),
            Stmt::AnnAssign(assign) => vec![assign.target.as_ref()],
            _ => Vec::new(),
        };
        // `self.a, self.b = ...` declares both.
        while let Some(i) = targets.iter().position(|t| {
            matches!(
                t,
                ast::Expr::Tuple(_) | ast::Expr::List(_) | ast::Expr::Starred(_)
            )
        }) {
            let unpacked = targets.remove(i);
            match unpacked {
                ast::Expr::Tuple(tuple) => targets.extend(tuple.elts.iter()),
                ast::Expr::List(list) => targets.extend(list.elts.iter()),
                ast::Expr::Starred(starred) => targets.push(&starred.value),
                _ => {}
            }
        }
        for target in targets {
            if let ast::Expr::Attribute(attribute) = target
                && matches!(attribute.value.as_ref(), ast::Expr::Name(n) if n.id.as_str() == receiver)
            {
                index
                    .symbols
                    .entry(attribute.attr.to_string())
                    .or_insert_with(|| Declaration::InstanceAttribute(path.clone()));
            }
        }
        if matches!(
            stmt,
            Stmt::FunctionDef(_) | Stmt::AsyncFunctionDef(_) | Stmt::ClassDef(_)
        ) {
            continue;
        }
        for (block, statements) in blocks_of(stmt).into_iter().enumerate() {
            let block_path = StmtPath({
                let mut p = path.0.clone();
                p.push(block as u32);
                p
            });
            collect_instance_attributes_nested(index, statements, &block_path, receiver);
        }
    }
}

fn collect_instance_attributes_nested(
    index: &mut ScopeIndex,
    body: &[Stmt],
    block_path: &StmtPath,
    receiver: &str,
) {
    for (i, stmt) in body.iter().enumerate() {
        let mut single = ScopeIndex::default();
        let mut path = block_path.0.clone();
        path.push(i as u32);
        collect_instance_attributes(
            &mut single,
            std::slice::from_ref(stmt),
            &StmtPath::default(),
            receiver,
        );
        for (name, declaration) in single.symbols {
            if let Declaration::InstanceAttribute(inner) = declaration {
                // `inner` starts with index 0 of the one-statement slice: swap in the real path.
                let mut full = path.clone();
                full.extend(inner.0.into_iter().skip(1));
                index
                    .symbols
                    .entry(name)
                    .or_insert(Declaration::InstanceAttribute(StmtPath(full)));
            }
        }
    }
}

/// The dotted module name under which `file` was registered, for relative imports.
/// A query of its own so that registering another file (which changes the whole map)
/// leaves what depends on this file's name alone.
#[salsa::tracked(returns(clone))]
pub fn module_name_of_file(db: &dyn Db, file: File) -> String {
    let project = crate::db::Project::get(db);
    module_names_by_file(db, project)
        .get(&file)
        .cloned()
        .unwrap_or_default()
}

/// The package that relative imports in `file` start from: the module itself for a
/// package's `__init__`, else the module's parent.
pub fn package_of_file(db: &dyn Db, file: File) -> String {
    let module = module_name_of_file(db, file);
    let path = file.path(db);
    let stem = path.rsplit(['/', '\\']).next().unwrap_or_default();
    if stem.starts_with("__init__.") {
        return module;
    }
    match module.rsplit_once('.') {
        Some((package, _)) => package.to_owned(),
        None => String::new(),
    }
}

/// The inverse of the project's module map, built once per change of the map.
#[salsa::tracked(returns(ref))]
fn module_names_by_file(db: &dyn Db, project: crate::db::Project) -> HashMap<File, String> {
    let mut names = HashMap::new();
    for (name, file) in project
        .source_modules(db)
        .iter()
        .chain(project.stub_modules(db).iter())
    {
        names.entry(*file).or_insert_with(|| name.clone());
    }
    names
}

/// What collecting declarations needs besides the statements.
pub struct CollectContext<'a> {
    /// The package relative imports start from (see `package_of_file`).
    pub package: &'a str,
    /// Conditions fixed by the target (see `reachability`): their dead branch declares nothing.
    pub static_truth: &'a dyn Fn(&ast::Expr) -> Option<bool>,
}

fn collect(index: &mut ScopeIndex, body: &[Stmt], parent: &StmtPath, ctx: &CollectContext<'_>) {
    let package = ctx.package;
    for (i, stmt) in body.iter().enumerate() {
        let path = parent.child(BLOCK_BODY, i);
        match stmt {
            Stmt::ClassDef(class) => {
                index
                    .symbols
                    .entry(class.name.to_string())
                    .or_insert(Declaration::Class(path));
            }
            Stmt::FunctionDef(ast::StmtFunctionDef { name, .. })
            | Stmt::AsyncFunctionDef(ast::StmtAsyncFunctionDef { name, .. }) => {
                match index.symbols.get_mut(name.as_str()) {
                    Some(Declaration::Function(paths)) => paths.push(path),
                    Some(_) => {}
                    None => {
                        index
                            .symbols
                            .insert(name.to_string(), Declaration::Function(vec![path]));
                    }
                }
            }
            Stmt::Assign(assign) => {
                for target in &assign.targets {
                    for name in target_names(target) {
                        declare_variable(index, name, None, Some(&path));
                    }
                }
                if let [ast::Expr::Name(target)] = assign.targets.as_slice()
                    && target.id.as_str() == "__all__"
                {
                    index.dunder_all = Some(string_items(&assign.value));
                }
            }
            Stmt::AnnAssign(assign) => {
                if let ast::Expr::Name(target) = assign.target.as_ref() {
                    let value = assign.value.as_ref().map(|_| &path);
                    declare_variable(index, target.id.as_str(), Some(&path), value);
                }
            }
            Stmt::For(_)
            | Stmt::With(_)
            | Stmt::While(_)
            | Stmt::AsyncFor(_)
            | Stmt::AsyncWith(_) => {
                for name in bound_names(stmt) {
                    declare_variable(index, name, None, Some(&path));
                }
                // What the body binds is module-level too.
                for (block, statements) in blocks_of(stmt).into_iter().enumerate() {
                    let block_path = StmtPath({
                        let mut p = path.0.clone();
                        p.push(block as u32);
                        p
                    });
                    collect_nested(index, statements, &block_path, ctx);
                }
            }
            // `type Pair[T] = tuple[T, T]` binds `Pair` to the alias object.
            Stmt::TypeAlias(alias) => {
                if let ast::Expr::Name(target) = alias.name.as_ref() {
                    declare_variable(index, target.id.as_str(), None, Some(&path));
                }
            }
            Stmt::AugAssign(assign) => {
                for name in bound_names(stmt) {
                    declare_variable(index, name, None, None);
                }
                if matches!(assign.target.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "__all__")
                {
                    let added = string_items(&assign.value);
                    index.dunder_all.get_or_insert_with(Vec::new).extend(added);
                }
            }
            Stmt::Import(import) => {
                for alias in &import.names {
                    let (bound, module) = match &alias.asname {
                        Some(asname) => (asname.to_string(), alias.name.to_string()),
                        None => {
                            let top = alias.name.split('.').next().unwrap_or_default();
                            (top.to_owned(), top.to_owned())
                        }
                    };
                    if alias.asname.as_deref() == Some(alias.name.as_str()) {
                        index.explicit_reexports.insert(bound.clone());
                    }
                    index
                        .symbols
                        .entry(bound)
                        .or_insert(Declaration::Module(module));
                }
            }
            Stmt::ImportFrom(import) => {
                let module = absolute_module(
                    package,
                    import.level.map_or(0, |l| l.to_u32()),
                    import.module.as_deref(),
                );
                for alias in &import.names {
                    if alias.name.as_str() == "*" {
                        if !index.star_imports.contains(&module) {
                            index.star_imports.push(module.clone());
                        }
                        continue;
                    }
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
                    let same_name = alias.asname.as_deref() == Some(alias.name.as_str());
                    let relative_submodule = import.module.is_none();
                    if same_name || relative_submodule {
                        index.explicit_reexports.insert(bound.clone());
                    }
                    index
                        .symbols
                        .entry(bound)
                        .or_insert(Declaration::ImportedName {
                            module: module.clone(),
                            name: alias.name.to_string(),
                        });
                }
            }
            Stmt::If(_) | Stmt::Try(_) | Stmt::TryStar(_) => {
                let truth = match stmt {
                    Stmt::If(stmt_if) => (ctx.static_truth)(&stmt_if.test),
                    _ => None,
                };
                for (block, statements) in blocks_of(stmt).into_iter().enumerate() {
                    if truth.is_some_and(|truth| (block == 0) != truth) {
                        continue;
                    }
                    let block_path = StmtPath({
                        let mut p = path.0.clone();
                        p.push(block as u32);
                        p
                    });
                    collect_nested(index, statements, &block_path, ctx);
                }
            }
            _ => {}
        }
    }
}

/// The string constants of a list or tuple display (`__all__ = ["a", "b"]`).
fn string_items(value: &ast::Expr) -> Vec<String> {
    let elements = match value {
        ast::Expr::List(list) => &list.elts,
        ast::Expr::Tuple(tuple) => &tuple.elts,
        _ => return Vec::new(),
    };
    elements
        .iter()
        .filter_map(|element| match element {
            ast::Expr::Constant(ast::ExprConstant {
                value: ast::Constant::Str(text),
                ..
            }) => Some(text.clone()),
            _ => None,
        })
        .collect()
}

impl ScopeIndex {
    /// Whether a stub with this index keeps `name` to itself: it is imported, not in a
    /// re-exporting form, and not listed in `__all__`.
    pub fn hides_import(&self, name: &str) -> bool {
        matches!(
            self.symbols.get(name),
            Some(Declaration::ImportedName { .. } | Declaration::Module(_))
        ) && !self.explicit_reexports.contains(name)
            && !self
                .dunder_all
                .as_ref()
                .is_some_and(|all| all.iter().any(|n| n == name))
    }
}

/// Like `collect`, for a statement list nested in a compound statement at `block_path`.
fn collect_nested(
    index: &mut ScopeIndex,
    body: &[Stmt],
    block_path: &StmtPath,
    ctx: &CollectContext<'_>,
) {
    let mut nested = ScopeIndex::default();
    // Collect with paths relative to a fake parent, then re-root them under `block_path`.
    collect(&mut nested, body, &StmtPath::default(), ctx);
    for (name, declaration) in nested.symbols {
        let rerooted = reroot(declaration, block_path);
        merge(index, name, rerooted);
    }
    for module in nested.star_imports {
        if !index.star_imports.contains(&module) {
            index.star_imports.push(module);
        }
    }
    index.explicit_reexports.extend(nested.explicit_reexports);
    // `__all__` set in a branch the target takes (typeshed: `if sys.version_info >= ...:`).
    if let Some(all) = nested.dunder_all {
        match &mut index.dunder_all {
            Some(existing) => existing.extend(all),
            None => index.dunder_all = Some(all),
        }
    }
}

fn reroot(declaration: Declaration, block_path: &StmtPath) -> Declaration {
    let fix = |path: StmtPath| {
        let mut full = block_path.0.clone();
        full.extend(path.0);
        StmtPath(full)
    };
    match declaration {
        Declaration::Class(path) => Declaration::Class(fix(path)),
        Declaration::Function(paths) => Declaration::Function(paths.into_iter().map(fix).collect()),
        Declaration::Variable {
            annotation,
            first_assignment,
            second_assignment,
        } => Declaration::Variable {
            annotation: annotation.map(fix),
            first_assignment: first_assignment.map(fix),
            second_assignment: second_assignment.map(fix),
        },
        other => other,
    }
}

fn merge(index: &mut ScopeIndex, name: String, declaration: Declaration) {
    match (index.symbols.get_mut(&name), declaration) {
        (None, declaration) => {
            index.symbols.insert(name, declaration);
        }
        (
            Some(Declaration::Variable {
                annotation,
                first_assignment,
                second_assignment,
            }),
            Declaration::Variable {
                annotation: a,
                first_assignment: f,
                second_assignment: g,
            },
        ) => {
            if annotation.is_none() {
                *annotation = a;
            }
            for assignment in [f, g].into_iter().flatten() {
                if first_assignment.is_none() {
                    *first_assignment = Some(assignment);
                } else if second_assignment.is_none() {
                    *second_assignment = Some(assignment);
                }
            }
        }
        (Some(_), _) => {}
    }
}

fn declare_variable(
    index: &mut ScopeIndex,
    name: &str,
    annotation: Option<&StmtPath>,
    assignment: Option<&StmtPath>,
) {
    merge(
        index,
        name.to_owned(),
        Declaration::Variable {
            annotation: annotation.cloned(),
            first_assignment: assignment.cloned(),
            second_assignment: None,
        },
    );
}

/// The plain names an assignment target binds (`a`, `a, b`, `[a, *b]`).
pub fn target_names(target: &ast::Expr) -> Vec<&str> {
    let mut names = Vec::new();
    fn walk<'a>(target: &'a ast::Expr, names: &mut Vec<&'a str>) {
        match target {
            ast::Expr::Name(name) => names.push(name.id.as_str()),
            ast::Expr::Tuple(tuple) => tuple.elts.iter().for_each(|e| walk(e, names)),
            ast::Expr::List(list) => list.elts.iter().for_each(|e| walk(e, names)),
            ast::Expr::Starred(starred) => walk(&starred.value, names),
            _ => {}
        }
    }
    walk(target, &mut names);
    names
}

/// Names bound by statements other than plain assignments and definitions.
fn bound_names(stmt: &Stmt) -> Vec<&str> {
    match stmt {
        Stmt::AugAssign(s) => target_names(&s.target),
        Stmt::For(s) => target_names(&s.target),
        Stmt::With(s) => s
            .items
            .iter()
            .filter_map(|item| item.optional_vars.as_deref())
            .flat_map(target_names)
            .collect(),
        _ => Vec::new(),
    }
}

/// The absolute name of `from ..module import x` written in a module of `package`.
pub fn absolute_module(package: &str, level: u32, module: Option<&str>) -> String {
    if level == 0 {
        return module.unwrap_or_default().to_owned();
    }
    let mut parts: Vec<&str> = package.split('.').filter(|p| !p.is_empty()).collect();
    for _ in 1..level {
        parts.pop();
    }
    if let Some(module) = module {
        parts.push(module);
    }
    parts.join(".")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_resolve_into_nested_blocks() {
        let module = pycheck_syntax::parse_module(
            "import os\nif x:\n    pass\nelse:\n    class C: pass\n",
            "t.py",
        )
        .unwrap();
        let mut index = ScopeIndex::default();
        let ctx = CollectContext {
            package: "",
            static_truth: &|_| None,
        };
        collect(&mut index, &module.body, &StmtPath::default(), &ctx);
        let Some(Declaration::Class(path)) = index.get("C") else {
            panic!("{index:?}")
        };
        assert!(
            matches!(path.resolve(&module.body), Some(Stmt::ClassDef(c)) if c.name.as_str() == "C")
        );
        assert_eq!(index.get("os"), Some(&Declaration::Module("os".into())));
    }

    #[test]
    fn relative_imports_resolve_against_the_current_module() {
        assert_eq!(absolute_module("pkg.sub", 1, Some("x")), "pkg.sub.x");
        assert_eq!(absolute_module("pkg.sub", 2, None), "pkg");
        assert_eq!(absolute_module("pkg", 1, None), "pkg");
    }
}
