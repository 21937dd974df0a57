//! Type aliases: what a module-level name stands for when an annotation names it.
//!
//! Three spellings make an alias: an implicit one (`Vector = list[float]`, `Pair =
//! tuple[T, T]`), one annotated `TypeAlias` (`Pair: TypeAlias = "tuple[int, int]"`), and
//! the PEP 695 statement (`type Pair[T] = tuple[T, T]`). Each gives a target type and the
//! type parameters that `Pair[int]` fills in. A PEP 695 value is evaluated lazily, so it
//! may name what is defined after it; an alias whose target leads back to itself
//! (`type Tree = dict[str, Tree] | int`) is `Any`, as recursive types are not modelled.

use std::collections::HashSet;
use std::sync::Arc;

use pycheck_diagnostics::{Diagnostic, codes, messages};
use pycheck_syntax::TextRange;
use pycheck_syntax::ast::{self, Stmt};

use crate::annotations::{TypeVarScope, resolve_annotation};
use crate::db::{Db, File};
use crate::index::{Declaration, module_index};
use crate::parse::parsed_module;
use crate::symbols::{GlobalSymbol, declared_type_params, resolve_module_by_name};
use crate::types::{SpecialForm, Type, TypeVar};

/// What an alias stands for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TypeAliasDef {
    /// The parameters `Alias[...]` fills in, in order: the PEP 695 ones, or the type
    /// variables of an older alias's target in the order they first appear.
    pub params: Arc<[Arc<TypeVar>]>,
    pub target: Type,
    /// Whether the number of arguments can be checked (a `ParamSpec` or `TypeVarTuple`
    /// parameter takes any number, which pycheck does not model).
    pub fixed_arity: bool,
}

impl TypeAliasDef {
    /// The target with `args` in place of the parameters; the wrong number of arguments
    /// gives every parameter `Any`, as mypy does after reporting it.
    pub fn applied(&self, args: Vec<Type>) -> Type {
        let args = if args.len() == self.params.len() {
            args
        } else {
            vec![Type::Any; self.params.len()]
        };
        if self.params.is_empty() {
            return self.target.clone();
        }
        self.target.substitute(&|var| {
            self.params
                .iter()
                .position(|param| param.name == var.name)
                .map(|i| args[i].clone())
        })
    }

    /// The target as a bare name means it: every parameter `Any`.
    pub fn bare(&self) -> Type {
        self.applied(vec![Type::Any; self.params.len()])
    }
}

/// The alias `name` is at module level of `file` (following `from m import name`), if it
/// is one.
pub fn alias_named(db: &dyn Db, file: File, name: &str) -> Option<Arc<TypeAliasDef>> {
    type_alias(db, GlobalSymbol::new(db, file, name.to_owned()))
}

/// The alias a module-level name declares. A query of its own so that an annotation
/// naming an alias depends on what the alias means, not on the tree it comes from.
#[salsa::tracked(returns(clone), cycle_result = alias_cycle)]
pub fn type_alias<'db>(db: &'db dyn Db, symbol: GlobalSymbol<'db>) -> Option<Arc<TypeAliasDef>> {
    let file = symbol.file(db);
    let name = symbol.name(db);
    match module_index(db, file).get(name)? {
        Declaration::ImportedName { module, name } => {
            let source = resolve_module_by_name(db, module)?;
            if source == file {
                return None;
            }
            alias_named(db, source, name)
        }
        Declaration::Variable { .. } => {
            let body = parsed_module(db, file).body();
            let definition = alias_syntax(db, file, body, name)?;
            Some(Arc::new(definition.resolve(db, file, body, name)))
        }
        _ => None,
    }
}

fn alias_cycle<'db>(
    _db: &'db dyn Db,
    _id: salsa::Id,
    _symbol: GlobalSymbol<'db>,
) -> Option<Arc<TypeAliasDef>> {
    Some(Arc::new(TypeAliasDef {
        params: Arc::from([]),
        target: Type::Any,
        fixed_arity: false,
    }))
}

/// An alias as written.
enum AliasSyntax<'a> {
    /// `Name = value` or `Name: TypeAlias = value`.
    Assigned(&'a ast::Expr),
    /// `type Name[params] = value`.
    Statement(&'a ast::StmtTypeAlias),
}

impl<'a> AliasSyntax<'a> {
    fn value(&self) -> &'a ast::Expr {
        match self {
            AliasSyntax::Assigned(value) => value,
            AliasSyntax::Statement(statement) => &statement.value,
        }
    }

    fn resolve(&self, db: &dyn Db, file: File, body: &[Stmt], name: &str) -> TypeAliasDef {
        let (declared, fixed_arity) = match self {
            AliasSyntax::Statement(statement) => (
                declared_type_params(db, file, &statement.type_params),
                statement
                    .type_params
                    .iter()
                    .all(|param| matches!(param, ast::TypeParam::TypeVar(_))),
            ),
            AliasSyntax::Assigned(_) => (Vec::new(), true),
        };
        if refers_to_itself(db, file, body, name, self.value()) {
            return TypeAliasDef {
                params: declared.into(),
                target: Type::Any,
                fixed_arity: false,
            };
        }
        let scope = TypeVarScope {
            class_params: declared.clone(),
            self_type: None,
        };
        let target = resolve_annotation(db, file, self.value(), &scope);
        let params = match self {
            AliasSyntax::Statement(_) => declared,
            AliasSyntax::Assigned(_) => free_type_vars(&target),
        };
        TypeAliasDef {
            params: params.into(),
            target,
            fixed_arity,
        }
    }
}

/// The alias syntax behind module-level `name` of `file`, if its declaration is one.
fn alias_syntax<'a>(
    db: &dyn Db,
    file: File,
    body: &'a [Stmt],
    name: &str,
) -> Option<AliasSyntax<'a>> {
    let Some(Declaration::Variable {
        annotation,
        first_assignment,
        ..
    }) = module_index(db, file).get(name)
    else {
        return None;
    };
    if let Some(path) = annotation {
        return match path.resolve(body) {
            Some(Stmt::AnnAssign(assign))
                if is_type_alias_annotation(db, file, &assign.annotation) =>
            {
                assign.value.as_deref().map(AliasSyntax::Assigned)
            }
            _ => None,
        };
    }
    match first_assignment.as_ref()?.resolve(body)? {
        Stmt::TypeAlias(statement) => Some(AliasSyntax::Statement(statement)),
        Stmt::Assign(assign)
            if matches!(assign.targets.as_slice(), [ast::Expr::Name(_)])
                && looks_like_type(&assign.value) =>
        {
            Some(AliasSyntax::Assigned(&assign.value))
        }
        _ => None,
    }
}

/// Whether an implicit alias's value is a type expression rather than a value: a
/// subscript (`list[int]`) or a union (`int | None`). A bare class (`Alias = int`) needs
/// no alias, since the name is the class already.
fn looks_like_type(value: &ast::Expr) -> bool {
    matches!(
        value,
        ast::Expr::Subscript(_)
            | ast::Expr::BinOp(ast::ExprBinOp {
                op: ast::Operator::BitOr,
                ..
            })
    )
}

/// Whether an annotation is `TypeAlias` (or `typing.TypeAlias`).
pub fn is_type_alias_annotation(db: &dyn Db, file: File, annotation: &ast::Expr) -> bool {
    matches!(annotation, ast::Expr::Name(_) | ast::Expr::Attribute(_))
        && crate::infer::infer_standalone_expression(db, file, annotation)
            == Type::SpecialForm(SpecialForm::TypeAlias)
}

/// The type variables of `target` in the order they first appear, each once.
fn free_type_vars(target: &Type) -> Vec<Arc<TypeVar>> {
    let mut found: Vec<Arc<TypeVar>> = Vec::new();
    collect_type_vars(target, &mut found);
    found
}

fn collect_type_vars(ty: &Type, found: &mut Vec<Arc<TypeVar>>) {
    match ty {
        Type::TypeVar(var) if !found.iter().any(|seen| seen.name == var.name) => {
            found.push(var.clone());
        }
        Type::Instance(instance) => instance
            .args
            .iter()
            .for_each(|arg| collect_type_vars(arg, found)),
        Type::Tuple(items) | Type::Union(items) => {
            items.iter().for_each(|item| collect_type_vars(item, found))
        }
        Type::Callable(signature) => {
            signature
                .params
                .iter()
                .for_each(|param| collect_type_vars(&param.ty, found));
            collect_type_vars(&signature.ret, found);
        }
        _ => {}
    }
}

/// Whether the value of alias `name` leads back to `name` through the names it mentions
/// (string forward references included) and the other aliases of the module.
fn refers_to_itself(db: &dyn Db, file: File, body: &[Stmt], name: &str, value: &ast::Expr) -> bool {
    let mut seen = HashSet::new();
    let mut pending = Vec::new();
    mentioned_names(value, &mut pending);
    while let Some(mentioned) = pending.pop() {
        if mentioned == name {
            return true;
        }
        if !seen.insert(mentioned.clone()) {
            continue;
        }
        if let Some(syntax) = alias_syntax(db, file, body, &mentioned) {
            mentioned_names(syntax.value(), &mut pending);
        }
    }
    false
}

/// The plain names an annotation expression mentions, reading string forward references.
fn mentioned_names(expr: &ast::Expr, out: &mut Vec<String>) {
    match expr {
        ast::Expr::Name(name) => out.push(name.id.to_string()),
        ast::Expr::Constant(ast::ExprConstant {
            value: ast::Constant::Str(text),
            ..
        }) => {
            if let Ok(module) = pycheck_syntax::parse_module(text.trim(), "<annotation>")
                && let [Stmt::Expr(inner)] = module.body.as_slice()
            {
                mentioned_names(&inner.value, out);
            }
        }
        ast::Expr::Subscript(subscript) => {
            mentioned_names(&subscript.value, out);
            mentioned_names(&subscript.slice, out);
        }
        ast::Expr::Tuple(tuple) => tuple.elts.iter().for_each(|e| mentioned_names(e, out)),
        ast::Expr::List(list) => list.elts.iter().for_each(|e| mentioned_names(e, out)),
        ast::Expr::BinOp(binop) => {
            mentioned_names(&binop.left, out);
            mentioned_names(&binop.right, out);
        }
        _ => {}
    }
}

/// `[type-arg]` errors for aliases given the wrong number of arguments, in every
/// annotation of the module (parameters, returns, annotated variables, at any depth).
pub fn alias_argument_errors(db: &dyn Db, file: File, body: &[Stmt]) -> Vec<Diagnostic> {
    let mut walker = ArgumentCountWalker {
        db,
        file,
        found: Vec::new(),
    };
    walker.statements(body);
    // mypy prints a message once per line, however many annotations on it earn it.
    let mut found = walker.found;
    if found.len() > 1 {
        let text = file.text(db);
        let lines = pycheck_syntax::LineIndex::new(text);
        let mut seen = HashSet::new();
        found.retain(|diagnostic| {
            let line = lines.line_col(diagnostic.range.start(), text).line;
            seen.insert((line, diagnostic.message.clone()))
        });
    }
    found
}

struct ArgumentCountWalker<'a> {
    db: &'a dyn Db,
    file: File,
    found: Vec<Diagnostic>,
}

impl ArgumentCountWalker<'_> {
    fn statements(&mut self, body: &[Stmt]) {
        for stmt in body {
            match stmt {
                Stmt::FunctionDef(def) => {
                    self.parameters(&def.args);
                    self.annotation_opt(def.returns.as_deref());
                    self.statements(&def.body);
                }
                Stmt::AsyncFunctionDef(def) => {
                    self.parameters(&def.args);
                    self.annotation_opt(def.returns.as_deref());
                    self.statements(&def.body);
                }
                Stmt::ClassDef(class) => self.statements(&class.body),
                Stmt::AnnAssign(assign) => self.annotation(&assign.annotation, None),
                other => {
                    for block in crate::index::nested_blocks(other) {
                        self.statements(block);
                    }
                }
            }
        }
    }

    fn parameters(&mut self, args: &ast::Arguments) {
        let with_defaults = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs);
        for arg in with_defaults {
            self.annotation_opt(arg.def.annotation.as_deref());
        }
        for arg in args.vararg.iter().chain(&args.kwarg) {
            self.annotation_opt(arg.annotation.as_deref());
        }
    }

    fn annotation_opt(&mut self, annotation: Option<&ast::Expr>) {
        if let Some(annotation) = annotation {
            self.annotation(annotation, None);
        }
    }

    /// Walks one annotation; `at` is where to report when it comes from inside a string.
    fn annotation(&mut self, expr: &ast::Expr, at: Option<TextRange>) {
        match expr {
            ast::Expr::Subscript(subscript) => {
                let items = crate::symbols::subscript_items(&subscript.slice);
                if let Some(alias) = self.alias_of(&subscript.value)
                    && alias.fixed_arity
                    && alias.params.len() != items.len()
                {
                    self.found.push(Diagnostic::error(
                        codes::TYPE_ARG,
                        at.unwrap_or(subscript.range),
                        messages::alias_argument_count(alias.params.len(), items.len()),
                    ));
                }
                // `Literal["a"]` holds values, not forward references.
                if !self.is_literal(&subscript.value) {
                    items.iter().for_each(|item| self.annotation(item, at));
                }
            }
            ast::Expr::BinOp(binop) => {
                self.annotation(&binop.left, at);
                self.annotation(&binop.right, at);
            }
            ast::Expr::List(list) => list.elts.iter().for_each(|e| self.annotation(e, at)),
            ast::Expr::Constant(ast::ExprConstant {
                value: ast::Constant::Str(text),
                range,
                ..
            }) if at.is_none() => {
                if let Ok(module) = pycheck_syntax::parse_module(text.trim(), "<annotation>")
                    && let [Stmt::Expr(inner)] = module.body.as_slice()
                {
                    self.annotation(&inner.value, Some(*range));
                }
            }
            _ => {}
        }
    }

    fn alias_of(&self, head: &ast::Expr) -> Option<Arc<TypeAliasDef>> {
        match head {
            ast::Expr::Name(name) => alias_named(self.db, self.file, name.id.as_str()),
            _ => None,
        }
    }

    fn is_literal(&self, head: &ast::Expr) -> bool {
        matches!(head, ast::Expr::Name(_) | ast::Expr::Attribute(_))
            && crate::infer::infer_standalone_expression(self.db, self.file, head)
                == Type::SpecialForm(SpecialForm::Literal)
    }
}
