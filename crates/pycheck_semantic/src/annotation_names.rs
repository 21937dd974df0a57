//! Names in annotations that nothing defines. The checker reads an annotation it cannot
//! resolve as `Any`, silently; mypy's semantic analysis reports each such name (`Name
//! "Any" is not defined  [name-defined]`) with the same "did you mean" and import hint
//! as a name in an expression. This pass finds them: variable annotations, parameter and
//! return annotations, and the names inside string annotations (reported at the string,
//! as mypy does).
//!
//! Scopes are lexical, as in mypy: a function sees its own names, the enclosing
//! functions', the module's and the builtins; a class body's names are visible in the
//! body itself and in its methods' signatures, not inside the methods. As in mypy,
//! nothing is reported inside an unannotated function unless `check_untyped_defs` is on,
//! nor in a branch the target rules out (`sys.version_info`, `sys.platform`,
//! `TYPE_CHECKING`). A name bound anywhere in a scope counts as defined there.

use std::collections::{BTreeSet, HashSet};

use pycheck_diagnostics::{Diagnostic, codes, messages, suggest};
use pycheck_syntax::TextRange;
use pycheck_syntax::ast::{self, Stmt};

use crate::db::{CheckFlags, Db, File};
use crate::index::{Declaration, module_index, nested_blocks};
use crate::symbols::{FunctionDef, all_params, builtins_file, is_builtin_name, lookup_global};
use crate::types::SpecialForm;

/// The `[name-defined]` errors for the names the annotations of `file` use but nothing
/// defines, in file order.
pub fn undefined_annotation_names(db: &dyn Db, file: File, body: &[Stmt]) -> Vec<Diagnostic> {
    let mut module_names = crate::infer::local_names(body);
    collect_global_declarations(body, &mut module_names);
    let mut walker = Walker {
        db,
        file,
        check_untyped: CheckFlags::of(db, file).check_untyped_defs,
        scopes: vec![Scope {
            kind: ScopeKind::Module,
            names: module_names,
        }],
        found: Vec::new(),
    };
    walker.block(body, true);
    walker.found
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ScopeKind {
    Module,
    Class,
    Function,
    /// The type parameters of a PEP 695 `def f[T]` or `class C[T]`.
    TypeParams,
}

struct Scope {
    kind: ScopeKind,
    names: HashSet<String>,
}

struct Walker<'a> {
    db: &'a dyn Db,
    file: File,
    check_untyped: bool,
    scopes: Vec<Scope>,
    found: Vec<Diagnostic>,
}

impl Walker<'_> {
    /// The statements of one block; `checked` is false inside an unannotated function.
    fn block(&mut self, body: &[Stmt], checked: bool) {
        for stmt in body {
            self.statement(stmt, checked);
        }
    }

    fn statement(&mut self, stmt: &Stmt, checked: bool) {
        match stmt {
            Stmt::AnnAssign(assign) => {
                if checked {
                    self.annotation(&assign.annotation);
                }
            }
            Stmt::FunctionDef(_) | Stmt::AsyncFunctionDef(_) => {
                if let Some(def) = FunctionDef::of(stmt) {
                    self.function(&def);
                }
            }
            Stmt::ClassDef(class) => {
                let pushed = self.push_type_params(&class.type_params);
                self.scopes.push(Scope {
                    kind: ScopeKind::Class,
                    names: crate::infer::local_names(&class.body),
                });
                self.block(&class.body, checked);
                self.scopes.pop();
                if pushed {
                    self.scopes.pop();
                }
            }
            Stmt::If(stmt_if) => match crate::reachability::static_truth(self.db, &stmt_if.test) {
                Some(true) => self.block(&stmt_if.body, checked),
                Some(false) => self.block(&stmt_if.orelse, checked),
                None => {
                    self.block(&stmt_if.body, checked);
                    self.block(&stmt_if.orelse, checked);
                }
            },
            other => {
                for block in nested_blocks(other) {
                    self.block(block, checked);
                }
            }
        }
    }

    /// A `def`: its signature, seen from where it is defined (a class body included), then
    /// its body in a scope of its own.
    fn function(&mut self, def: &FunctionDef<'_>) {
        let pushed = self.push_type_params(def.type_params);
        for param in all_params(def.args) {
            if let Some(annotation) = &param.annotation {
                self.annotation(annotation);
            }
        }
        if let Some(returns) = def.returns {
            self.annotation(returns);
        }
        let mut names = crate::infer::local_names(def.body);
        names.extend(all_params(def.args).map(|param| param.arg.to_string()));
        collect_declared(def.body, &mut names);
        self.scopes.push(Scope {
            kind: ScopeKind::Function,
            names,
        });
        let checked = def.is_annotated() || self.check_untyped;
        self.block(def.body, checked);
        self.scopes.pop();
        if pushed {
            self.scopes.pop();
        }
    }

    fn push_type_params(&mut self, type_params: &[ast::TypeParam]) -> bool {
        if type_params.is_empty() {
            return false;
        }
        let names = type_params
            .iter()
            .map(|param| match param {
                ast::TypeParam::TypeVar(var) => var.name.to_string(),
                ast::TypeParam::ParamSpec(spec) => spec.name.to_string(),
                ast::TypeParam::TypeVarTuple(tuple) => tuple.name.to_string(),
            })
            .collect();
        self.scopes.push(Scope {
            kind: ScopeKind::TypeParams,
            names,
        });
        true
    }

    /// One annotation expression; names inside are reported at `at` when it is a string's.
    fn annotation(&mut self, expr: &ast::Expr) {
        self.type_expression(expr, None);
    }

    fn type_expression(&mut self, expr: &ast::Expr, at: Option<TextRange>) {
        match expr {
            ast::Expr::Name(name) => {
                let name_text = name.id.as_str();
                if !self.is_defined(name_text) {
                    self.report(name_text, at.unwrap_or(name.range));
                }
            }
            // `module.Class`: only the head name is looked up here.
            ast::Expr::Attribute(attribute) => self.head(&attribute.value, at),
            ast::Expr::Subscript(subscript) => {
                self.type_expression(&subscript.value, at);
                match self.special_form(&subscript.value) {
                    // `Literal["text"]` holds values, not types.
                    Some(SpecialForm::Literal) => {}
                    // `Annotated[T, metadata...]`: only `T` is a type.
                    Some(SpecialForm::Annotated) => {
                        let first = match subscript.slice.as_ref() {
                            ast::Expr::Tuple(tuple) => tuple.elts.first(),
                            other => Some(other),
                        };
                        if let Some(first) = first {
                            self.type_expression(first, at);
                        }
                    }
                    _ => self.type_expression(&subscript.slice, at),
                }
            }
            ast::Expr::Tuple(tuple) => {
                for item in &tuple.elts {
                    self.type_expression(item, at);
                }
            }
            ast::Expr::List(list) => {
                for item in &list.elts {
                    self.type_expression(item, at);
                }
            }
            ast::Expr::BinOp(binop) if binop.op == ast::Operator::BitOr => {
                self.type_expression(&binop.left, at);
                self.type_expression(&binop.right, at);
            }
            ast::Expr::Starred(starred) => self.type_expression(&starred.value, at),
            ast::Expr::Constant(ast::ExprConstant {
                value: ast::Constant::Str(text),
                range,
                ..
            }) => {
                // A forward reference; one that does not parse is left alone.
                if let Ok(module) = pycheck_syntax::parse_module(text.trim(), "<annotation>")
                    && let [Stmt::Expr(inner)] = module.body.as_slice()
                {
                    self.type_expression(&inner.value, Some(at.unwrap_or(*range)));
                }
            }
            _ => {}
        }
    }

    /// The leftmost name of a dotted name.
    fn head(&mut self, expr: &ast::Expr, at: Option<TextRange>) {
        match expr {
            ast::Expr::Name(_) => self.type_expression(expr, at),
            ast::Expr::Attribute(attribute) => self.head(&attribute.value, at),
            _ => {}
        }
    }

    /// `Literal` or `Annotated`, however imported (`typing.Literal`, `from typing import
    /// Literal as L` at module level).
    fn special_form(&self, head: &ast::Expr) -> Option<SpecialForm> {
        let last = match head {
            ast::Expr::Name(name) => match module_index(self.db, self.file).get(name.id.as_str()) {
                Some(Declaration::ImportedName { name, .. }) => name.clone(),
                _ => name.id.to_string(),
            },
            ast::Expr::Attribute(attribute) => attribute.attr.to_string(),
            _ => return None,
        };
        match last.as_str() {
            "Literal" => Some(SpecialForm::Literal),
            "Annotated" => Some(SpecialForm::Annotated),
            _ => None,
        }
    }

    fn is_defined(&self, name: &str) -> bool {
        let innermost = self.innermost_non_type_params();
        for (depth, scope) in self.scopes.iter().enumerate().rev() {
            // A class body is visible from itself (and its methods' signatures) only.
            if scope.kind == ScopeKind::Class && Some(depth) != innermost {
                continue;
            }
            if scope.names.contains(name) {
                return true;
            }
        }
        is_module_attribute(name) || is_global(self.db, self.file, name)
    }

    fn innermost_non_type_params(&self) -> Option<usize> {
        self.scopes
            .iter()
            .rposition(|scope| scope.kind != ScopeKind::TypeParams)
    }

    fn report(&mut self, name: &str, range: TextRange) {
        let mut message = messages::name_not_defined(name);
        if !(name.starts_with("__") && name.ends_with("__"))
            && let Some(suggestion) = self.suggestion(name)
        {
            message.push_str(&format!("; did you mean {suggestion}?"));
        }
        let mut diagnostic = Diagnostic::error(codes::NAME_DEFINED, range, message);
        diagnostic
            .notes
            .extend(messages::forgotten_import_note(name));
        self.found.push(diagnostic);
    }

    /// mypy's "did you mean": close names of the enclosing functions, of the class body
    /// the annotation is in, of the module and of the builtins, dunder names left out.
    fn suggestion(&self, name: &str) -> Option<String> {
        let mut candidates: BTreeSet<String> = BTreeSet::new();
        let innermost = self.innermost_non_type_params();
        for (depth, scope) in self.scopes.iter().enumerate() {
            if scope.kind == ScopeKind::Class && Some(depth) != innermost {
                continue;
            }
            candidates.extend(scope.names.iter().cloned());
        }
        candidates.extend(module_index(self.db, self.file).symbols.keys().cloned());
        if let Some(builtins) = builtins_file(self.db) {
            candidates.extend(
                module_index(self.db, builtins)
                    .symbols
                    .keys()
                    .filter(|n| is_builtin_name(self.db, builtins, n))
                    .cloned(),
            );
        }
        candidates.remove(name);
        let candidates: Vec<String> = candidates
            .into_iter()
            .filter(|n| !n.starts_with("__"))
            .collect();
        let matches = suggest::best_matches(name, &candidates, 3);
        (!matches.is_empty()).then(|| suggest::pretty_seq(&matches, "or"))
    }
}

/// The attributes every module has without defining them.
fn is_module_attribute(name: &str) -> bool {
    matches!(
        name,
        "__name__"
            | "__file__"
            | "__doc__"
            | "__package__"
            | "__spec__"
            | "__loader__"
            | "__path__"
            | "__builtins__"
            | "__annotations__"
            | "__dict__"
    )
}

/// A module-level name of `file`, one its star imports bring, or a builtin.
fn is_global(db: &dyn Db, file: File, name: &str) -> bool {
    let index = module_index(db, file);
    if index.get(name).is_some() {
        return true;
    }
    if let Some(builtins) = builtins_file(db)
        && builtins != file
        && is_builtin_name(db, builtins, name)
    {
        return true;
    }
    !index.star_imports.is_empty() && lookup_global(db, file, name).is_some()
}

/// Names a function body declares `global` or `nonlocal`: they are bound elsewhere, and
/// reading them is no undefined name here.
fn collect_declared(body: &[Stmt], names: &mut HashSet<String>) {
    for stmt in body {
        match stmt {
            Stmt::Global(global) => names.extend(global.names.iter().map(|n| n.to_string())),
            Stmt::Nonlocal(nonlocal) => {
                names.extend(nonlocal.names.iter().map(|n| n.to_string()));
            }
            other => {
                for block in nested_blocks(other) {
                    collect_declared(block, names);
                }
            }
        }
    }
}

/// Names some function anywhere in the module declares `global`: assigning them there
/// binds them at module level.
fn collect_global_declarations(body: &[Stmt], names: &mut HashSet<String>) {
    for stmt in body {
        match stmt {
            Stmt::Global(global) => names.extend(global.names.iter().map(|n| n.to_string())),
            Stmt::FunctionDef(def) => collect_global_declarations(&def.body, names),
            Stmt::AsyncFunctionDef(def) => collect_global_declarations(&def.body, names),
            Stmt::ClassDef(class) => collect_global_declarations(&class.body, names),
            other => {
                for block in nested_blocks(other) {
                    collect_global_declarations(block, names);
                }
            }
        }
    }
}
