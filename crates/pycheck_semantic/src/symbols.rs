//! Cross-file knowledge as salsa queries: which file a module name resolves to, what type a
//! module-level name has, what a class declares and inherits.
//!
//! Each query reads only the symbol indexes (see `index`) and the syntax of the one
//! declaration it is about, so a change inside some function body never invalidates them.

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

use pycheck_syntax::ast::{self, Ranged, Stmt};

use crate::annotations::{TypeVarScope, resolve_annotation};
use crate::db::{Db, File, Project};
use crate::index::{
    Declaration, ScopeIndex, StmtPath, class_body_index, module_index, module_name_of_file,
    package_of_file,
};
use crate::infer::infer_standalone_expression;
use crate::parse::parsed_module;
use crate::types::{
    ClassId, Instance, Param, ParamKind, Signature, SpecialForm, Type, TypeVar, TypeVarKind,
};

#[salsa::interned(debug)]
pub struct ModuleName<'db> {
    #[returns(ref)]
    pub text: String,
}

/// Modules whose bundled stub always wins over a user file of the same name.
const STDLIB_CORE: &[&str] = &["builtins", "typing", "typing_extensions", "collections.abc"];

#[salsa::tracked(returns(copy))]
pub fn resolve_module<'db>(db: &'db dyn Db, name: ModuleName<'db>) -> Option<File> {
    let project = Project::get(db);
    let name = name.text(db);
    if STDLIB_CORE.contains(&name.as_str()) {
        return project.stub_modules(db).get(name).copied();
    }
    project
        .source_modules(db)
        .get(name)
        .or_else(|| project.stub_modules(db).get(name))
        .copied()
}

pub fn resolve_module_by_name(db: &dyn Db, name: &str) -> Option<File> {
    resolve_module(db, ModuleName::new(db, name.to_owned()))
}

pub fn builtins_file(db: &dyn Db) -> Option<File> {
    resolve_module_by_name(db, "builtins")
}

#[salsa::interned(debug)]
pub struct GlobalSymbol<'db> {
    #[returns(copy)]
    pub file: File,
    #[returns(ref)]
    pub name: String,
}

/// The type of a module-level name of `file`, or `None` when the module declares no such
/// name. Names in a cycle of definitions (`a = b; b = a`) are `Any`.
#[salsa::tracked(returns(clone), cycle_result = global_symbol_cycle)]
pub fn global_symbol_type<'db>(db: &'db dyn Db, symbol: GlobalSymbol<'db>) -> Option<Type> {
    let file = symbol.file(db);
    let name = symbol.name(db);
    let declaration = module_index(db, file).get(name)?.clone();
    let module = module_name_of_file(db, file);
    if matches!(module.as_str(), "typing" | "typing_extensions")
        && let Some(form) = SpecialForm::from_typing_name(name)
    {
        return Some(Type::SpecialForm(form));
    }
    if module == "typing"
        && let Some(class) = typing_alias_target(db, name)
    {
        return Some(Type::ClassObject(class));
    }
    let body = parsed_module(db, file).body();
    Some(match declaration {
        Declaration::Class(_) => Type::ClassObject(ClassId {
            file,
            qualname: name.as_str().into(),
        }),
        Declaration::Function(paths) => function_type(db, file, body, &paths, None),
        Declaration::Variable {
            annotation,
            first_assignment,
            second_assignment,
        } => variable_type(
            db,
            file,
            body,
            annotation.as_ref(),
            [first_assignment.as_ref(), second_assignment.as_ref()],
            name,
        ),
        Declaration::Module(module) => module_type(db, &module),
        Declaration::ImportedName { module, name } => imported_name_type(db, &module, &name),
        Declaration::InstanceAttribute(_) => Type::Any,
    })
}

/// The class a deprecated alias of `typing` stands for (`List` is `builtins.list`), as
/// mypy reads them: typeshed declares them as opaque values.
fn typing_alias_target(db: &dyn Db, name: &str) -> Option<ClassId> {
    let (module, class) = match name {
        "List" => ("builtins", "list"),
        "Dict" => ("builtins", "dict"),
        "Set" => ("builtins", "set"),
        "FrozenSet" => ("builtins", "frozenset"),
        "DefaultDict" => ("collections", "defaultdict"),
        "Deque" => ("collections", "deque"),
        "Counter" => ("collections", "Counter"),
        "ChainMap" => ("collections", "ChainMap"),
        "OrderedDict" => ("collections", "OrderedDict"),
        _ => return None,
    };
    let file = resolve_module_by_name(db, module)?;
    matches!(
        module_index(db, file).get(class),
        Some(Declaration::Class(_))
    )
    .then(|| ClassId {
        file,
        qualname: class.into(),
    })
}

fn global_symbol_cycle<'db>(
    _db: &'db dyn Db,
    _id: salsa::Id,
    _symbol: GlobalSymbol<'db>,
) -> Option<Type> {
    Some(Type::Any)
}

/// The type of `name` at module level of `file`: its own declaration, else a builtin.
pub fn lookup_global(db: &dyn Db, file: File, name: &str) -> Option<Type> {
    if let Some(ty) = global_symbol_type(db, GlobalSymbol::new(db, file, name.to_owned())) {
        return Some(ty);
    }
    if let Some(ty) = star_imported(db, file, name) {
        return Some(ty);
    }
    let builtins = builtins_file(db)?;
    if builtins == file || !is_builtin_name(db, builtins, name) {
        return None;
    }
    global_symbol_type(db, GlobalSymbol::new(db, builtins, name.to_owned()))
}

/// Whether `name`, declared at module level of the `builtins` stub, is a builtin every
/// module sees. As in mypy, what the stub imports for its own use is not (`Any`,
/// `Callable`, `sys`, whatever the import's form), nor are its private names (`_T`);
/// dunder names are.
pub fn is_builtin_name(db: &dyn Db, builtins: File, name: &str) -> bool {
    let private = name.len() > 1 && name.starts_with('_') && !name.starts_with("__");
    !private
        && matches!(
            module_index(db, builtins).get(name),
            Some(declaration) if !matches!(
                declaration,
                Declaration::ImportedName { .. } | Declaration::Module(_)
            )
        )
}

/// `name` as brought in by the `from module import *` lines of `file`: the module's public
/// names (its `__all__` is not read yet, so every name without a leading underscore).
/// A star import from a module pycheck cannot see may bring anything: `Any`.
fn star_imported(db: &dyn Db, file: File, name: &str) -> Option<Type> {
    star_imported_at(db, file, name, 0)
}

/// Star imports chain (`os.path` imports `*` from `posixpath`, which imports names from
/// `genericpath`); a cycle of them ends at a fixed depth.
fn star_imported_at(db: &dyn Db, file: File, name: &str, depth: usize) -> Option<Type> {
    const MAX_STAR_DEPTH: usize = 8;
    let index = module_index(db, file);
    for module in &index.star_imports {
        let Some(source) = resolve_module_by_name(db, module) else {
            return Some(Type::Any);
        };
        if source == file || !star_exports(db, source, name) {
            continue;
        }
        if let Some(ty) = global_symbol_type(db, GlobalSymbol::new(db, source, name.to_owned())) {
            return Some(ty);
        }
        if depth < MAX_STAR_DEPTH
            && let Some(ty) = star_imported_at(db, source, name, depth + 1)
        {
            return Some(ty);
        }
    }
    None
}

/// Whether `from module import *` brings `name` from `source`: the names of its
/// `__all__` if it has one, else its public names, but for the imports a stub does not
/// re-export.
fn star_exports(db: &dyn Db, source: File, name: &str) -> bool {
    let index = module_index(db, source);
    match &index.dunder_all {
        Some(all) => all.iter().any(|exported| exported == name),
        None => !(name.starts_with('_') || (source.is_stub(db) && index.hides_import(name))),
    }
}

/// Every name `module` has as an attribute: its own module-level names and those its
/// star imports bring (what mypy's "maybe" suggestions choose from).
pub fn module_attribute_names(db: &dyn Db, file: File) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut pending = vec![(file, 0usize)];
    let mut visited = Vec::new();
    while let Some((current, depth)) = pending.pop() {
        if visited.contains(&current) {
            continue;
        }
        visited.push(current);
        let index = module_index(db, current);
        names.extend(
            index
                .symbols
                .keys()
                .filter(|name| current == file || star_exports(db, current, name))
                .cloned(),
        );
        if depth < 8 {
            for module in &index.star_imports {
                if let Some(source) = resolve_module_by_name(db, module) {
                    pending.push((source, depth + 1));
                }
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

/// A module-level name of another module, `None` if it has no such name.
pub fn module_member(db: &dyn Db, module: &str, name: &str) -> Option<Type> {
    let file = resolve_module_by_name(db, module);
    if let Some(file) = file
        && let Some(ty) = global_symbol_type(db, GlobalSymbol::new(db, file, name.to_owned()))
            .or_else(|| star_imported(db, file, name))
    {
        return Some(ty);
    }
    // A module-level `__getattr__` (how partial stubs say "and more") answers the rest.
    if let Some(file) = file
        && let Some(Type::Callable(getattr)) =
            global_symbol_type(db, GlobalSymbol::new(db, file, "__getattr__".to_owned()))
        && resolve_module_by_name(db, &format!("{module}.{name}")).is_none()
    {
        return Some(getattr.ret.clone());
    }
    let submodule = format!("{module}.{name}");
    crate::imports::module_is_known(db, &submodule).then(|| Type::Module(submodule.into()))
}

/// The value an `import module` binds: the module, or `Any` when it cannot be found
/// (the import itself is reported).
pub fn module_type(db: &dyn Db, module: &str) -> Type {
    if crate::imports::module_is_known(db, module) {
        Type::Module(module.into())
    } else {
        Type::Any
    }
}

fn imported_name_type(db: &dyn Db, module: &str, name: &str) -> Type {
    // `from . import path as _path` in `os/__init__.pyi`, which then says `path = _path`:
    // a submodule is what such an import brings, unless the package binds that name to
    // something else (a class, a function, a name imported from elsewhere: markdown-it's
    // `from .block import block` in `rules_core/__init__.py`).
    let submodule = format!("{module}.{name}");
    if resolve_module_by_name(db, &submodule).is_some() {
        let declared = resolve_module_by_name(db, module)
            .and_then(|package| module_index(db, package).get(name).cloned());
        let package_binds_other = match &declared {
            Some(Declaration::Class(_) | Declaration::Function(_)) => true,
            // `from . import sub` names the submodule itself.
            Some(Declaration::ImportedName { module: from, name }) => {
                format!("{from}.{name}") != submodule
            }
            _ => false,
        };
        if !package_binds_other {
            return Type::Module(submodule.into());
        }
    }
    module_member(db, module, name).unwrap_or(Type::Any)
}

fn variable_type(
    db: &dyn Db,
    file: File,
    body: &[Stmt],
    annotation: Option<&StmtPath>,
    [first_assignment, second_assignment]: [Option<&StmtPath>; 2],
    name: &str,
) -> Type {
    if let Some(Stmt::AnnAssign(assign)) = annotation.and_then(|path| path.resolve(body)) {
        if is_type_alias_annotation(db, file, &assign.annotation)
            && let Some(value) = &assign.value
        {
            return value_as_type_alias(db, file, value);
        }
        if let (ast::Expr::Name(_) | ast::Expr::Attribute(_), Some(value)) =
            (assign.annotation.as_ref(), &assign.value)
            && crate::infer::is_final_annotation(db, file, &assign.annotation)
        {
            // A bare `Final` takes the value's type.
            return infer_standalone_expression(db, file, value);
        }
        return resolve_annotation(db, file, &assign.annotation, &TypeVarScope::default());
    }
    let Some(first) = first_assignment.and_then(|path| path.resolve(body)) else {
        return Type::Any;
    };
    // The value of a `type` statement is an alias object, whatever it aliases.
    if let Stmt::TypeAlias(_) = first {
        return typing_class(db, "TypeAliasType")
            .map_or(Type::Any, |class| Type::instance(class, vec![]));
    }
    if let Stmt::Assign(assign) = first
        && let Some(var) = type_var_definition(db, file, &assign.value, name)
    {
        return Type::TypeVarDefinition(Arc::new(var));
    }
    let declared_by =
        |stmt: &Stmt| crate::infer::infer_declared_by(db, file, stmt, name).unwrap_or(Type::Any);
    match declared_by(first) {
        // `x = None` then `x = value`: mypy's partial None becomes `T | None`.
        Type::None => match second_assignment.and_then(|path| path.resolve(body)) {
            Some(next) => match declared_by(next) {
                Type::None => Type::None,
                next => Type::union([next, Type::None]),
            },
            None => Type::None,
        },
        // `x = []` is completed by later uses that this query does not follow.
        Type::Instance(instance)
            if !instance.args.is_empty() && instance.args.iter().all(|a| *a == Type::Never) =>
        {
            Type::instance(instance.class.clone(), vec![Type::Any; instance.args.len()])
        }
        ty => ty,
    }
}

fn is_type_alias_annotation(db: &dyn Db, file: File, annotation: &ast::Expr) -> bool {
    let ty = match annotation {
        ast::Expr::Name(name) => lookup_global(db, file, name.id.as_str()),
        ast::Expr::Attribute(attribute) => Some(infer_standalone_expression(db, file, annotation))
            .filter(|_| attribute.attr.as_str() == "TypeAlias"),
        _ => None,
    };
    matches!(ty, Some(Type::SpecialForm(SpecialForm::TypeAlias)))
}

/// `X: TypeAlias = list[int]` keeps the aliased type as a class-object-like value.
fn value_as_type_alias(db: &dyn Db, file: File, value: &ast::Expr) -> Type {
    infer_standalone_expression(db, file, value)
}

/// `T = TypeVar("T", bound=..., covariant=True)`.
fn type_var_definition(db: &dyn Db, file: File, value: &ast::Expr, name: &str) -> Option<TypeVar> {
    let ast::Expr::Call(call) = value else {
        return None;
    };
    let callee = match call.func.as_ref() {
        ast::Expr::Name(callee) => lookup_global(db, file, callee.id.as_str()),
        ast::Expr::Attribute(_) => Some(infer_standalone_expression(db, file, &call.func)),
        _ => None,
    };
    let kind = match callee {
        Some(Type::SpecialForm(SpecialForm::TypeVar)) => TypeVarKind::Plain,
        Some(Type::SpecialForm(SpecialForm::ParamSpec)) => TypeVarKind::ParamSpec,
        _ => return None,
    };
    let mut var = TypeVar {
        name: name.into(),
        kind,
        variance: crate::types::Variance::Invariant,
        bound: None,
        constraints: call
            .args
            .iter()
            .skip(1)
            .map(|arg| resolve_annotation(db, file, arg, &TypeVarScope::default()))
            .collect(),
        default: None,
        rigid: false,
    };
    for keyword in &call.keywords {
        let is_true = matches!(
            &keyword.value,
            ast::Expr::Constant(ast::ExprConstant {
                value: ast::Constant::Bool(true),
                ..
            })
        );
        match keyword.arg.as_deref() {
            Some("covariant") if is_true => var.variance = crate::types::Variance::Covariant,
            Some("contravariant") if is_true => {
                var.variance = crate::types::Variance::Contravariant
            }
            Some("bound") => {
                var.bound = Some(resolve_annotation(
                    db,
                    file,
                    &keyword.value,
                    &TypeVarScope::default(),
                ))
            }
            Some("default") => {
                var.default = Some(resolve_annotation(
                    db,
                    file,
                    &keyword.value,
                    &TypeVarScope::default(),
                ))
            }
            _ => {}
        }
    }
    Some(var)
}

/// The type of the `def` statements at `paths`: one signature, or the overloads.
pub fn function_type(
    db: &dyn Db,
    file: File,
    body: &[Stmt],
    paths: &[StmtPath],
    owner: Option<&ClassInfo>,
) -> Type {
    let defs: Vec<FunctionDef<'_>> = paths
        .iter()
        .filter_map(|path| FunctionDef::at(body, path))
        .collect();
    let mut overloads: Vec<&FunctionDef<'_>> = defs
        .iter()
        .filter(|def| has_decorator(db, file, def.decorators, "overload"))
        .collect();
    // typeshed gives `str` methods a variant for `self: LiteralString`; mypy's own copy of
    // typeshed leaves those variants out, and with `LiteralString` read as `str` they only
    // repeat the plain one.
    if file.is_stub(db) && overloads.len() > 1 {
        let plain: Vec<&FunctionDef<'_>> = overloads
            .iter()
            .copied()
            .filter(|def| !receiver_is_literal_string(def))
            .collect();
        if !plain.is_empty() {
            overloads = plain;
        }
        if let [only] = overloads.as_slice() {
            return Type::Callable(Arc::new(signature_of(db, file, only, owner)));
        }
    }
    if overloads.len() > 1 {
        return Type::Overloaded(
            overloads
                .iter()
                .map(|def| signature_of(db, file, def, owner))
                .collect(),
        );
    }
    match defs.last() {
        Some(def) => {
            let undecorated = Type::Callable(Arc::new(signature_of(db, file, def, owner)));
            crate::decorators::decorated_type(db, file, def.decorators, undecorated)
        }
        None => Type::Any,
    }
}

/// Whether a method's receiver is annotated `LiteralString` (`def join(self:
/// LiteralString, ...)`).
fn receiver_is_literal_string(def: &FunctionDef<'_>) -> bool {
    let receiver = def.args.posonlyargs.iter().chain(&def.args.args).next();
    match receiver.and_then(|arg| arg.def.annotation.as_deref()) {
        Some(ast::Expr::Name(name)) => name.id.as_str() == "LiteralString",
        Some(ast::Expr::Attribute(attribute)) => attribute.attr.as_str() == "LiteralString",
        _ => false,
    }
}

/// A `def` or `async def`, whichever it is.
pub struct FunctionDef<'a> {
    pub name: &'a str,
    pub args: &'a ast::Arguments,
    pub returns: Option<&'a ast::Expr>,
    pub decorators: &'a [ast::Expr],
    pub body: &'a [Stmt],
    pub is_async: bool,
    /// PEP 695 type parameters: `def first[T](...)`.
    pub type_params: &'a [ast::TypeParam],
}

impl<'a> FunctionDef<'a> {
    pub fn at(body: &'a [Stmt], path: &StmtPath) -> Option<Self> {
        Self::of(path.resolve(body)?)
    }

    pub fn of(stmt: &'a Stmt) -> Option<Self> {
        match stmt {
            Stmt::FunctionDef(def) => Some(FunctionDef {
                name: def.name.as_str(),
                args: &def.args,
                returns: def.returns.as_deref(),
                decorators: &def.decorator_list,
                body: &def.body,
                is_async: false,
                type_params: &def.type_params,
            }),
            Stmt::AsyncFunctionDef(def) => Some(FunctionDef {
                name: def.name.as_str(),
                args: &def.args,
                returns: def.returns.as_deref(),
                decorators: &def.decorator_list,
                body: &def.body,
                is_async: true,
                type_params: &def.type_params,
            }),
            _ => None,
        }
    }

    /// Whether any parameter or the return is annotated; mypy checks only such functions.
    pub fn is_annotated(&self) -> bool {
        self.returns.is_some() || all_params(self.args).any(|param| param.annotation.is_some())
    }
}

/// Every parameter of a `def`, in order: positional-only, ordinary, `*args`,
/// keyword-only, `**kwargs`.
pub(crate) fn all_params(args: &ast::Arguments) -> impl Iterator<Item = &ast::Arg> {
    args.posonlyargs
        .iter()
        .chain(&args.args)
        .map(|a| &a.def)
        .chain(args.vararg.as_deref())
        .chain(args.kwonlyargs.iter().map(|a| &a.def))
        .chain(args.kwarg.as_deref())
}

/// Whether one of `decorators` is `name` (bare, or as an attribute such as `typing.overload`).
pub fn has_decorator(db: &dyn Db, file: File, decorators: &[ast::Expr], name: &str) -> bool {
    decorators.iter().any(|decorator| {
        let written = match decorator {
            ast::Expr::Name(n) => n.id.as_str(),
            ast::Expr::Attribute(a) => a.attr.as_str(),
            _ => return false,
        };
        if written != name {
            // Another name for `property` or a subclass of it (typeshed's enum members
            // `@_magic_enum_attr def name(self) -> str`, `types.DynamicClassAttribute`).
            return name == "property"
                && !crate::decorators::is_modelled(decorator)
                && is_property_class(db, &infer_standalone_expression(db, file, decorator));
        }
        // `overload` must really be typing's; the builtin decorators are known by name.
        name != "overload"
            || matches!(
                infer_standalone_expression(db, file, decorator),
                Type::SpecialForm(SpecialForm::Overload)
            )
    })
}

/// Whether `ty` is the class `builtins.property` or one derived from it.
fn is_property_class(db: &dyn Db, ty: &Type) -> bool {
    let Type::ClassObject(class) = ty else {
        return false;
    };
    let Some(property) = builtin_class(db, "property") else {
        return false;
    };
    ancestors(db, class).iter().any(|a| a.class == property)
}

/// The signature of a `def`. Methods get `self` typed as their class's instance.
pub fn signature_of(
    db: &dyn Db,
    file: File,
    def: &FunctionDef<'_>,
    owner: Option<&ClassInfo>,
) -> Signature {
    let untyped = !def.is_annotated();
    let is_static = has_decorator(db, file, def.decorators, "staticmethod");
    let self_var = owner.filter(|_| !is_static).map(|class| {
        Arc::new(TypeVar {
            name: "Self".into(),
            kind: TypeVarKind::Plain,
            variance: crate::types::Variance::Invariant,
            bound: Some(Type::Instance(class.self_instance())),
            constraints: Arc::from([]),
            default: None,
            rigid: false,
        })
    });
    let mut class_params = owner.map(|c| c.type_params.clone()).unwrap_or_default();
    class_params.extend(declared_type_params(db, file, def.type_params));
    let scope = TypeVarScope {
        class_params,
        self_type: self_var.clone().map(Type::TypeVar),
    };
    let is_classmethod = has_decorator(db, file, def.decorators, "classmethod")
        || (owner.is_some()
            && matches!(
                def.name,
                "__init_subclass__" | "__class_getitem__" | "__new__"
            ));
    let mut params = Vec::new();
    let push = |arg: &ast::Arg, kind: ParamKind, has_default: bool, params: &mut Vec<Param>| {
        let ty = match &arg.annotation {
            Some(annotation) if !untyped => {
                let ty = resolve_annotation(db, file, annotation, &scope);
                match kind {
                    // `*args: P.args` already is the type of the whole tuple.
                    ParamKind::VarPositional | ParamKind::VarKeyword
                        if matches!(ty, Type::ParamSpecArgs(_) | Type::ParamSpecKwargs(_)) =>
                    {
                        ty
                    }
                    ParamKind::VarPositional => builtin_instance(db, "tuple", vec![ty]),
                    ParamKind::VarKeyword => {
                        builtin_instance(db, "dict", vec![builtin_instance(db, "str", vec![]), ty])
                    }
                    _ => ty,
                }
            }
            _ => {
                let is_first = params.is_empty();
                match owner {
                    Some(class) if is_first && !is_static && !untyped => {
                        let own = class.self_instance();
                        if is_classmethod {
                            Type::ClassObject(own.class)
                        } else {
                            Type::Instance(own)
                        }
                    }
                    _ => Type::Any,
                }
            }
        };
        params.push(Param {
            name: arg.arg.as_str().into(),
            kind,
            ty,
            has_default,
        });
    };
    for arg in &def.args.posonlyargs {
        push(
            &arg.def,
            ParamKind::PositionalOnly,
            arg.default.is_some(),
            &mut params,
        );
    }
    for arg in &def.args.args {
        push(
            &arg.def,
            ParamKind::PositionalOrKeyword,
            arg.default.is_some(),
            &mut params,
        );
    }
    if let Some(arg) = &def.args.vararg {
        push(arg, ParamKind::VarPositional, false, &mut params);
    }
    for arg in &def.args.kwonlyargs {
        push(
            &arg.def,
            ParamKind::KeywordOnly,
            arg.default.is_some(),
            &mut params,
        );
    }
    if let Some(arg) = &def.args.kwarg {
        push(arg, ParamKind::VarKeyword, false, &mut params);
    }
    let ret = match def.returns {
        Some(annotation) => resolve_annotation(db, file, annotation, &scope),
        None if def.name == "__init__" && !untyped => Type::None,
        None => Type::Any,
    };
    // Calling an `async def` makes a coroutine; an async generator (one that yields)
    // returns what it declares.
    let ret = if def.is_async && !crate::infer::contains_yield(def.body) {
        match typing_class(db, "Coroutine") {
            Some(coroutine) => Type::instance(coroutine, vec![Type::Any, Type::Any, ret]),
            None => Type::Any,
        }
    } else {
        ret
    };
    // A method that mentions `Self` receives `self: Self` (`cls: type[Self]`), so that
    // binding it to a receiver puts the receiver's type in its place.
    if let Some(var) = &self_var {
        let mut names = Vec::new();
        ret.collect_type_var_names(&mut names);
        for param in &params {
            param.ty.collect_type_var_names(&mut names);
        }
        let receiver_unannotated = all_params(def.args)
            .next()
            .is_some_and(|first| first.annotation.is_none());
        if names.iter().any(|name| name.as_ref() == "Self")
            && receiver_unannotated
            && !untyped
            && let Some(first) = params.first_mut()
            && matches!(
                first.kind,
                ParamKind::PositionalOnly | ParamKind::PositionalOrKeyword
            )
        {
            let self_type = Type::TypeVar(var.clone());
            first.ty = if is_classmethod {
                builtin_instance(db, "type", vec![self_type])
            } else {
                self_type
            };
        }
    }
    Signature {
        name: Some(def.name.into()),
        owner: owner.map(|class| class.id.name().into()),
        params: params.into(),
        ret,
        untyped,
        bound_receiver: None,
    }
}

/// `builtins.NAME[args]`; `Any` if the stubs lack the class.
pub fn builtin_instance(db: &dyn Db, name: &str, args: Vec<Type>) -> Type {
    match builtin_class(db, name) {
        Some(class) => Type::instance(class, args),
        None => Type::Any,
    }
}

pub fn builtin_class(db: &dyn Db, name: &str) -> Option<ClassId> {
    let file = builtins_file(db)?;
    match global_symbol_type(db, GlobalSymbol::new(db, file, name.to_owned()))? {
        Type::ClassObject(class) => Some(class),
        _ => None,
    }
}

/// A class from the bundled `typing` stub (`Iterable`, `Sequence`, ...).
pub fn typing_class(db: &dyn Db, name: &str) -> Option<ClassId> {
    match module_member(db, "typing", name)? {
        Type::ClassObject(class) => Some(class),
        _ => None,
    }
}

#[salsa::interned(debug)]
pub struct ClassKey<'db> {
    #[returns(ref)]
    pub class: ClassId,
}

/// What one class statement declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassInfo {
    pub id: ClassId,
    pub type_params: Vec<Arc<TypeVar>>,
    /// Direct bases, in terms of `type_params`.
    pub bases: Vec<Instance>,
    pub is_protocol: bool,
    /// Some base is not understood (`Any`): unknown attributes are then `Any`, not errors.
    pub has_unknown_base: bool,
    /// A class decorator may rewrite the class (a dataclass gains an `__init__`).
    pub is_decorated: bool,
    pub members: ScopeIndex,
}

impl ClassInfo {
    /// The class instantiated with its own type parameters (`list[_T]`).
    pub fn self_instance(&self) -> Instance {
        Instance {
            class: self.id.clone(),
            args: self
                .type_params
                .iter()
                .map(|var| Type::TypeVar(var.clone()))
                .collect(),
        }
    }
}

pub fn class_info(db: &dyn Db, class: &ClassId) -> Arc<ClassInfo> {
    class_info_query(db, ClassKey::new(db, class.clone())).clone()
}

/// Whether `class` derives from `TypedDict`, directly or not: annotations naming one mean
/// `Any` until TypedDicts are checked (a TypedDict base resolves to `Any`, so the class
/// counts as having an unknown base). Read from the heads of its bases alone:
/// annotations ask it of every class they name, so it must not resolve annotations
/// itself (`class str(Sequence[str])` would then run in circles).
pub fn is_typed_dict(db: &dyn Db, class: &ClassId) -> bool {
    *is_typed_dict_query(db, ClassKey::new(db, class.clone()))
}

#[salsa::tracked(returns(ref), cycle_result = is_typed_dict_cycle)]
fn is_typed_dict_query<'db>(db: &'db dyn Db, key: ClassKey<'db>) -> bool {
    let id = key.class(db);
    let file = id.file;
    let body = parsed_module(db, file).body();
    let Some(Stmt::ClassDef(class)) = class_path(db, id).and_then(|path| path.resolve(body)) else {
        return false;
    };
    class.bases.iter().any(|base| {
        let head = match base {
            ast::Expr::Subscript(subscript) => subscript.value.as_ref(),
            other => other,
        };
        match infer_standalone_expression(db, file, head) {
            Type::SpecialForm(SpecialForm::TypedDict) => true,
            Type::ClassObject(base_class) => is_typed_dict(db, &base_class),
            _ => false,
        }
    })
}

fn is_typed_dict_cycle<'db>(_db: &'db dyn Db, _id: salsa::Id, _key: ClassKey<'db>) -> bool {
    false
}

/// One key of a TypedDict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypedDictField {
    pub name: String,
    pub ty: Type,
    pub required: bool,
}

/// The keys of the TypedDict `class`, its bases' first, in declaration order.
pub fn typed_dict_fields(db: &dyn Db, class: &ClassId) -> Arc<[TypedDictField]> {
    typed_dict_fields_query(db, ClassKey::new(db, class.clone())).clone()
}

#[salsa::tracked(returns(ref), cycle_result = typed_dict_fields_cycle)]
fn typed_dict_fields_query<'db>(db: &'db dyn Db, key: ClassKey<'db>) -> Arc<[TypedDictField]> {
    let id = key.class(db);
    let file = id.file;
    let body = parsed_module(db, file).body();
    let Some(Stmt::ClassDef(class)) = class_path(db, id).and_then(|path| path.resolve(body)) else {
        return Arc::from([]);
    };
    let mut fields: Vec<TypedDictField> = Vec::new();
    for base in &class.bases {
        if let Type::ClassObject(base_class) = infer_standalone_expression(db, file, base)
            && is_typed_dict(db, &base_class)
        {
            fields.extend(typed_dict_fields(db, &base_class).iter().cloned());
        }
    }
    let total = !class.keywords.iter().any(|keyword| {
        keyword.arg.as_deref() == Some("total")
            && matches!(
                &keyword.value,
                ast::Expr::Constant(ast::ExprConstant {
                    value: ast::Constant::Bool(false),
                    ..
                })
            )
    });
    for stmt in &class.body {
        let Stmt::AnnAssign(assign) = stmt else {
            continue;
        };
        let ast::Expr::Name(name) = assign.target.as_ref() else {
            continue;
        };
        let head = match assign.annotation.as_ref() {
            ast::Expr::Subscript(subscript) => Some(subscript.value.as_ref()),
            _ => None,
        };
        let required = match head.map(|head| infer_standalone_expression(db, file, head)) {
            Some(Type::SpecialForm(SpecialForm::Required)) => true,
            Some(Type::SpecialForm(SpecialForm::NotRequired)) => false,
            _ => total,
        };
        let ty = resolve_annotation(db, file, &assign.annotation, &TypeVarScope::default());
        fields.retain(|field| field.name != name.id.as_str());
        fields.push(TypedDictField {
            name: name.id.to_string(),
            ty,
            required,
        });
    }
    fields.into()
}

fn typed_dict_fields_cycle<'db>(
    _db: &'db dyn Db,
    _id: salsa::Id,
    _key: ClassKey<'db>,
) -> Arc<[TypedDictField]> {
    Arc::from([])
}

/// The type parameters of `class`, read from its bases without resolving them as types
/// (which needs the arity of other classes, and so could run in circles: `class str(Sequence[str])`).
pub fn class_type_params(db: &dyn Db, class: &ClassId) -> Arc<[Arc<TypeVar>]> {
    class_type_params_query(db, ClassKey::new(db, class.clone())).clone()
}

#[salsa::tracked(returns(ref), cycle_result = class_type_params_cycle)]
fn class_type_params_query<'db>(db: &'db dyn Db, key: ClassKey<'db>) -> Arc<[Arc<TypeVar>]> {
    let id = key.class(db);
    let file = id.file;
    let body = parsed_module(db, file).body();
    let Some(Stmt::ClassDef(class)) = class_path(db, id).and_then(|path| path.resolve(body)) else {
        return Arc::from([]);
    };
    if !class.type_params.is_empty() {
        return declared_type_params(db, file, &class.type_params).into();
    }
    let mut explicit: Option<Vec<Arc<TypeVar>>> = None;
    let mut seen: Vec<Arc<TypeVar>> = Vec::new();
    for base in &class.bases {
        let mut vars = Vec::new();
        collect_type_var_names(db, file, base, &mut vars);
        let is_generic_form = match base {
            ast::Expr::Subscript(subscript) => matches!(
                infer_standalone_expression(db, file, &subscript.value),
                Type::SpecialForm(SpecialForm::Generic | SpecialForm::Protocol)
            ),
            _ => false,
        };
        if is_generic_form {
            explicit = Some(vars);
        } else {
            for var in vars {
                if !seen.iter().any(|v| v.name == var.name) {
                    seen.push(var);
                }
            }
        }
    }
    explicit.unwrap_or(seen).into()
}

/// The type arguments of `class` when `given` are written: each missing one is its
/// parameter's default (PEP 696, in terms of the arguments before it: `slice[int]` is
/// `slice[int, int, int]`), else `Any`.
pub fn complete_type_args(db: &dyn Db, class: &ClassId, mut given: Vec<Type>) -> Vec<Type> {
    let params = class_type_params(db, class);
    while given.len() < params.len() {
        let param = &params[given.len()];
        let arg = match &param.default {
            Some(default) => default.substitute(&|var: &TypeVar| {
                Some(
                    params
                        .iter()
                        .position(|p| p.name == var.name)
                        .and_then(|at| given.get(at).cloned())
                        .unwrap_or(Type::Any),
                )
            }),
            None => Type::Any,
        };
        given.push(arg);
    }
    given
}

/// PEP 695 type parameters (`[T, N: (int, float), B: Base, **P]`) as type variables.
/// Their variance is inferred from the class's members (`variance`). `TypeVarTuple`s are
/// left out:
/// annotations naming them are `Any`.
pub fn declared_type_params(
    db: &dyn Db,
    file: File,
    params: &[ast::TypeParam],
) -> Vec<Arc<TypeVar>> {
    params
        .iter()
        .filter_map(|param| match param {
            ast::TypeParam::TypeVar(var) => {
                let resolve =
                    |expr: &ast::Expr| resolve_annotation(db, file, expr, &TypeVarScope::default());
                let (bound, constraints) = match var.bound.as_deref() {
                    Some(ast::Expr::Tuple(tuple)) => {
                        (None, tuple.elts.iter().map(resolve).collect())
                    }
                    Some(bound) => (Some(resolve(bound)), Arc::from([])),
                    None => (None, Arc::from([])),
                };
                Some(Arc::new(TypeVar {
                    name: var.name.as_str().into(),
                    kind: TypeVarKind::Plain,
                    variance: crate::types::Variance::Inferred,
                    bound,
                    constraints,
                    default: None,
                    rigid: false,
                }))
            }
            ast::TypeParam::ParamSpec(spec) => Some(Arc::new(TypeVar {
                name: spec.name.as_str().into(),
                kind: TypeVarKind::ParamSpec,
                variance: crate::types::Variance::Invariant,
                bound: None,
                constraints: Arc::from([]),
                default: None,
                rigid: false,
            })),
            ast::TypeParam::TypeVarTuple(_) => None,
        })
        .collect()
}

fn class_type_params_cycle<'db>(
    _db: &'db dyn Db,
    _id: salsa::Id,
    _key: ClassKey<'db>,
) -> Arc<[Arc<TypeVar>]> {
    Arc::from([])
}

/// Type variables named anywhere in a base class expression, in order of appearance.
fn collect_type_var_names(db: &dyn Db, file: File, expr: &ast::Expr, out: &mut Vec<Arc<TypeVar>>) {
    match expr {
        ast::Expr::Name(name) => {
            if let Some(Type::TypeVarDefinition(var)) = lookup_global(db, file, name.id.as_str())
                && !out.iter().any(|v| v.name == var.name)
            {
                out.push(var);
            }
        }
        ast::Expr::Subscript(subscript) => collect_type_var_names(db, file, &subscript.slice, out),
        ast::Expr::Tuple(tuple) => tuple
            .elts
            .iter()
            .for_each(|e| collect_type_var_names(db, file, e, out)),
        ast::Expr::BinOp(binop) => {
            collect_type_var_names(db, file, &binop.left, out);
            collect_type_var_names(db, file, &binop.right, out);
        }
        _ => {}
    }
}

#[salsa::tracked(returns(ref), cycle_result = class_info_cycle)]
fn class_info_query<'db>(db: &'db dyn Db, key: ClassKey<'db>) -> Arc<ClassInfo> {
    let id = key.class(db).clone();
    let file = id.file;
    let body = parsed_module(db, file).body();
    let module = package_of_file(db, file);
    let mut info = ClassInfo {
        id: id.clone(),
        type_params: Vec::new(),
        bases: Vec::new(),
        is_protocol: false,
        has_unknown_base: false,
        is_decorated: false,
        members: ScopeIndex::default(),
    };
    let Some(path) = class_path(db, &id) else {
        if let Some(made) = crate::functional::functional_class(db, &id) {
            info.bases = functional_bases(db, &made.kind);
        }
        return Arc::new(info);
    };
    let Some(Stmt::ClassDef(class)) = path.resolve(body) else {
        return Arc::new(info);
    };
    info.members = class_body_index(db, body, &path, &module);
    info.is_decorated = class
        .decorator_list
        .iter()
        .any(|decorator| !is_identity_class_decorator(db, file, decorator));

    info.type_params = class_type_params(db, &id).to_vec();
    for base in &class.bases {
        let head = match base {
            ast::Expr::Subscript(subscript) => subscript.value.as_ref(),
            other => other,
        };
        match infer_standalone_expression(db, file, head) {
            Type::SpecialForm(form @ (SpecialForm::Generic | SpecialForm::Protocol)) => {
                info.is_protocol |= form == SpecialForm::Protocol;
            }
            _ => match resolve_annotation(db, file, base, &TypeVarScope::default()) {
                Type::Instance(instance) => info.bases.push(instance),
                Type::Tuple(_) => {
                    if let Type::Instance(tuple) = builtin_instance(db, "tuple", vec![Type::Any]) {
                        info.bases.push(tuple);
                    }
                }
                _ => info.has_unknown_base = true,
            },
        }
    }
    if info.bases.is_empty()
        && !(module == "builtins" && id.qualname.as_ref() == "object")
        && let Some(object) = builtin_class(db, "object")
    {
        info.bases.push(Instance {
            class: object,
            args: Arc::from([]),
        });
    }
    Arc::new(info)
}

/// What a property's getter returns, its receiver's own type variable renamed: `Self`
/// for `def f(self: T) -> T` (the receiver), `SelfInstance` for a metaclass's
/// `def f(self: type[T]) -> T` (an instance of the receiving class). Readers put the
/// receiver in their place.
fn property_type(getter: &Signature) -> Type {
    let receiver = match getter.params.first().map(|param| &param.ty) {
        Some(Type::TypeVar(var)) if var.name.as_ref() != "Self" => Some((var.clone(), "Self")),
        Some(Type::Instance(class_object)) if class_object.class.name() == "type" => {
            match class_object.args.first() {
                Some(Type::TypeVar(var)) => Some((var.clone(), "SelfInstance")),
                _ => None,
            }
        }
        _ => None,
    };
    match receiver {
        Some((var, role)) => getter.ret.substitute(&|candidate: &TypeVar| {
            (candidate.name == var.name).then(|| {
                Type::TypeVar(Arc::new(TypeVar {
                    name: role.into(),
                    ..(*var).clone()
                }))
            })
        }),
        None => getter.ret.clone(),
    }
}

/// The metaclass `class` gets: the one its class statement names (`metaclass=M`), else
/// the first one a class of its line names; `None` for `type` itself or where none is
/// named.
pub fn metaclass_of(db: &dyn Db, class: &ClassId) -> Option<ClassId> {
    metaclass_query(db, ClassKey::new(db, class.clone())).clone()
}

#[salsa::tracked(returns(ref), cycle_result = metaclass_cycle)]
fn metaclass_query<'db>(db: &'db dyn Db, key: ClassKey<'db>) -> Option<ClassId> {
    for ancestor in ancestors(db, key.class(db)).iter() {
        let id = &ancestor.class;
        let body = parsed_module(db, id.file).body();
        let Some(Stmt::ClassDef(statement)) =
            class_path(db, id).and_then(|path| path.resolve(body))
        else {
            continue;
        };
        let named = statement
            .keywords
            .iter()
            .find(|keyword| keyword.arg.as_deref() == Some("metaclass"));
        if let Some(keyword) = named {
            return match infer_standalone_expression(db, id.file, &keyword.value) {
                Type::ClassObject(meta) => Some(meta),
                _ => None,
            };
        }
    }
    // Protocols are made by `typing.Protocol`, whose metaclass derives from `ABCMeta`
    // (`Mapping.register`).
    let is_protocol = ancestors(db, key.class(db))
        .iter()
        .any(|ancestor| class_info(db, &ancestor.class).is_protocol);
    match is_protocol
        .then(|| module_member(db, "abc", "ABCMeta"))
        .flatten()
    {
        Some(Type::ClassObject(meta)) => Some(meta),
        _ => None,
    }
}

fn metaclass_cycle<'db>(_db: &'db dyn Db, _id: salsa::Id, _key: ClassKey<'db>) -> Option<ClassId> {
    None
}

/// Whether `decorator` gives the class it decorates back unchanged: `typing.final`,
/// `runtime_checkable` and typeshed's `type_check_only` and `disjoint_base` (known by
/// name: the stubs are read before any type, and `builtins.object` itself carries one),
/// or, outside stubs, a function typed `(cls: type[T]) -> type[T]` or `(x: T) -> T`.
pub(crate) fn is_identity_class_decorator(db: &dyn Db, file: File, decorator: &ast::Expr) -> bool {
    if is_transparent_class_decorator(decorator) {
        return true;
    }
    // `functools.total_ordering` is typed as one but adds the missing comparisons.
    let name = match decorator {
        ast::Expr::Name(name) => name.id.as_str(),
        ast::Expr::Attribute(attribute) => attribute.attr.as_str(),
        _ => return false,
    };
    if file.is_stub(db) || name == "total_ordering" {
        return false;
    }
    let Type::Callable(signature) = infer_standalone_expression(db, file, decorator) else {
        return false;
    };
    match signature.params.as_ref() {
        [only] => {
            matches!(
                only.kind,
                ParamKind::PositionalOnly | ParamKind::PositionalOrKeyword
            ) && only.ty == signature.ret
                && match &only.ty {
                    Type::TypeVar(_) => true,
                    Type::Instance(class_object) => {
                        class_object.class.name() == "type"
                            && matches!(class_object.args.as_ref(), [Type::TypeVar(_)])
                    }
                    _ => false,
                }
        }
        _ => false,
    }
}

fn is_transparent_class_decorator(decorator: &ast::Expr) -> bool {
    let name = match decorator {
        ast::Expr::Name(name) => name.id.as_str(),
        ast::Expr::Attribute(attribute) => attribute.attr.as_str(),
        _ => return false,
    };
    matches!(
        name,
        "final" | "runtime_checkable" | "type_check_only" | "disjoint_base"
    )
}

/// The base of a class made by a functional form: the enum class called, or
/// `NamedTuple` (which a `class P(NamedTuple)` has as its base too).
fn functional_bases(db: &dyn Db, kind: &crate::functional::FunctionalKind) -> Vec<Instance> {
    let base = match kind {
        crate::functional::FunctionalKind::Enum(base) => Some(base.clone()),
        _ => typing_class(db, "NamedTuple"),
    };
    base.map(|class| Instance {
        class,
        args: Arc::from([]),
    })
    .into_iter()
    .collect()
}

fn class_info_cycle<'db>(_db: &'db dyn Db, _id: salsa::Id, key: ClassKey<'db>) -> Arc<ClassInfo> {
    Arc::new(ClassInfo {
        id: key.class(_db).clone(),
        type_params: Vec::new(),
        bases: Vec::new(),
        is_protocol: false,
        has_unknown_base: true,
        is_decorated: false,
        members: ScopeIndex::default(),
    })
}

/// The items of a subscript: `X[a, b]` has two, `X[a]` one.
pub fn subscript_items(slice: &ast::Expr) -> Vec<&ast::Expr> {
    match slice {
        ast::Expr::Tuple(tuple) => tuple.elts.iter().collect(),
        other => vec![other],
    }
}

/// Where the class statement of `class` is.
/// Whether `class` binds `name` by a plain assignment in its own body (`handler =
/// make_handler()`): a callable stored so is bound like a method when read through an
/// instance, as mypy binds it.
pub(crate) fn is_class_body_assignment(db: &dyn Db, class: &ClassId, name: &str) -> bool {
    let info = class_info(db, class);
    let Some(Declaration::Variable {
        annotation: None,
        first_assignment: Some(path),
        ..
    }) = info.members.get(name)
    else {
        return false;
    };
    class_path(db, class).is_some_and(|class| path.is_directly_in(&class))
}

pub(crate) fn class_path(db: &dyn Db, class: &ClassId) -> Option<StmtPath> {
    let body = parsed_module(db, class.file).body();
    let module = package_of_file(db, class.file);
    let mut segments = class.qualname.split('.');
    let mut path = match module_index(db, class.file).get(segments.next()?)? {
        Declaration::Class(path) => path.clone(),
        _ => return None,
    };
    for segment in segments {
        path = match class_body_index(db, body, &path, &module).get(segment)? {
            Declaration::Class(path) => path.clone(),
            _ => return None,
        };
    }
    Some(path)
}

/// The class and its ancestors in method resolution order, each as an instance in terms
/// of `class`'s own type parameters (for `list`: `list[_T]`, `MutableSequence[_T]`, ...).
pub fn ancestors(db: &dyn Db, class: &ClassId) -> Arc<[Instance]> {
    ancestors_query(db, ClassKey::new(db, class.clone())).clone()
}

#[salsa::tracked(returns(ref), cycle_result = ancestors_cycle)]
fn ancestors_query<'db>(db: &'db dyn Db, key: ClassKey<'db>) -> Arc<[Instance]> {
    let info = class_info(db, key.class(db));
    let mut result = vec![info.self_instance()];
    let mut seen: HashSet<ClassId> = HashSet::from([info.id.clone()]);
    // Depth-first, left to right, each class once at its last position: the C3 order for
    // the hierarchies stubs and ordinary code use.
    let mut linear: Vec<Instance> = Vec::new();
    for base in &info.bases {
        let base_info = class_info(db, &base.class);
        let mapping = |var: &TypeVar| {
            base_info
                .type_params
                .iter()
                .position(|param| param.name == var.name)
                .and_then(|i| base.args.get(i).cloned())
        };
        for ancestor in ancestors(db, &base.class).iter() {
            let Type::Instance(mapped) = Type::Instance(ancestor.clone()).substitute(&mapping)
            else {
                continue;
            };
            linear.retain(|existing| existing.class != mapped.class);
            linear.push(mapped);
        }
    }
    for ancestor in linear {
        if seen.insert(ancestor.class.clone()) {
            result.push(ancestor);
        }
    }
    result.into()
}

fn ancestors_cycle<'db>(db: &'db dyn Db, _id: salsa::Id, key: ClassKey<'db>) -> Arc<[Instance]> {
    Arc::from([class_info(db, key.class(db)).self_instance()])
}

/// How a class member behaves when looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Member {
    /// A `def`; bound to the instance on access (unless static).
    Method {
        ty: Type,
        is_static: bool,
        is_classmethod: bool,
    },
    /// A `@property`: reading it gives this type.
    Property(Type),
    /// A variable declared in the class body (annotated or assigned).
    Attribute(Type),
    NestedClass(ClassId),
}

#[salsa::interned(debug)]
pub struct MemberKey<'db> {
    #[returns(ref)]
    pub class: ClassId,
    #[returns(ref)]
    pub name: String,
}

/// What `class` itself (not its bases) declares under `name`, in terms of its own type
/// parameters.
pub fn own_member(db: &dyn Db, class: &ClassId, name: &str) -> Option<Member> {
    own_member_query(db, MemberKey::new(db, class.clone(), name.to_owned())).clone()
}

#[salsa::tracked(returns(ref), cycle_result = own_member_cycle)]
fn own_member_query<'db>(db: &'db dyn Db, key: MemberKey<'db>) -> Option<Member> {
    let class = key.class(db);
    let info = class_info(db, class);
    let Some(declaration) = info.members.get(key.name(db)) else {
        return synthesized_member(db, class, key.name(db));
    };
    // A dataclass's `InitVar` field goes to `__init__`, not to the instance.
    if info.is_decorated && crate::synthesized::is_init_only_field(db, class, key.name(db)) {
        return None;
    }
    let file = class.file;
    let body = parsed_module(db, file).body();
    Some(match declaration {
        Declaration::Function(paths) => {
            let first = paths.first().and_then(|path| FunctionDef::at(body, path))?;
            let decorators = first.decorators;
            if has_decorator(db, file, decorators, "property") {
                let signature = signature_of(db, file, &first, Some(&info));
                return Some(Member::Property(property_type(&signature)));
            }
            // Computed on first read, then an ordinary (settable) attribute.
            if has_decorator(db, file, decorators, "cached_property") {
                let signature = signature_of(db, file, &first, Some(&info));
                return Some(Member::Attribute(signature.ret));
            }
            // Python makes these two class methods and `__new__` a static method implicitly.
            let name = key.name(db).as_str();
            Member::Method {
                ty: function_type(db, file, body, paths, Some(&info)),
                is_static: name == "__new__" || has_decorator(db, file, decorators, "staticmethod"),
                is_classmethod: matches!(name, "__init_subclass__" | "__class_getitem__")
                    || has_decorator(db, file, decorators, "classmethod"),
            }
        }
        Declaration::Variable {
            annotation,
            first_assignment,
            ..
        } => {
            let scope = TypeVarScope {
                class_params: info.type_params.clone(),
                self_type: None,
            };
            if annotation.is_none()
                && let Some(enum_info) = crate::synthesized::enum_info(db, class)
            {
                // An enum's members are its instances; its other unannotated names follow
                // rules of the enum machinery pycheck does not model.
                return Some(Member::Attribute(
                    match enum_info.member(key.name(db)).is_some() {
                        true => Type::Instance(info.self_instance()),
                        false if key.name(db).starts_with("__") => match first_assignment
                            .as_ref()
                            .and_then(|path| path.resolve(body))
                        {
                            Some(Stmt::Assign(assign)) => {
                                infer_standalone_expression(db, file, &assign.value)
                            }
                            _ => Type::Any,
                        },
                        false => Type::Any,
                    },
                ));
            }
            match annotation.as_ref().and_then(|path| path.resolve(body)) {
                // `x: Final = value` takes the value's type.
                Some(Stmt::AnnAssign(ast::StmtAnnAssign {
                    annotation,
                    value: Some(value),
                    ..
                })) if crate::annotations::final_takes_value_type(db, file, annotation, value) => {
                    Member::Attribute(infer_standalone_expression(db, file, value))
                }
                Some(Stmt::AnnAssign(assign)) => {
                    Member::Attribute(resolve_annotation(db, file, &assign.annotation, &scope))
                }
                // A base we do not know (an Enum, say) may turn class-body values into
                // something else.
                _ if info.has_unknown_base => Member::Attribute(Type::Any),
                _ => match first_assignment
                    .as_ref()
                    .and_then(|path| path.resolve(body))
                {
                    Some(Stmt::Assign(assign)) => {
                        match infer_standalone_expression(db, file, &assign.value) {
                            // `items = []` needs an annotation (mypy says so); until then
                            // its items are Any, not Never.
                            Type::Instance(instance) if instance.args.contains(&Type::Never) => {
                                // A base's declaration of it says what it holds.
                                let inherited = crate::class_checks::inherited_attribute_type(
                                    db,
                                    &info,
                                    key.name(db),
                                );
                                Member::Attribute(inherited.unwrap_or_else(|| {
                                    Type::instance(
                                        instance.class.clone(),
                                        vec![Type::Any; instance.args.len()],
                                    )
                                }))
                            }
                            // `x = None` in the class body is completed by what its
                            // annotated methods assign to `self.x` (mypy's partial
                            // types across scopes): `str | None`.
                            Type::None => Member::Attribute(Type::union(
                                assigned_by_methods(db, &info, body, key.name(db))
                                    .into_iter()
                                    .chain([Type::None]),
                            )),
                            ty => Member::Attribute(ty),
                        }
                    }
                    _ => Member::Attribute(Type::Any),
                },
            }
        }
        Declaration::Class(_) => Member::NestedClass(ClassId {
            file,
            qualname: format!("{}.{}", class.qualname, key.name(db)).into(),
        }),
        Declaration::Module(module) => Member::Attribute(module_type(db, module)),
        Declaration::ImportedName { module, name } => {
            Member::Attribute(imported_name_type(db, module, name))
        }
        // `self.x = ...` in a subclass assigns the base's `x` rather than declaring one
        // (`self.x: T = ...` declares it again, with its own type).
        Declaration::InstanceAttribute(path)
            if !matches!(path.resolve(body), Some(Stmt::AnnAssign(_)))
                && lookup_member_from(db, &info.self_instance(), key.name(db), 1).is_some_and(
                    |(member, _)| {
                        !matches!(&member, Member::Attribute(ty)
                        if crate::class_checks::may_be_descriptor(db, ty))
                    },
                ) =>
        {
            return None;
        }
        Declaration::InstanceAttribute(path) => {
            Member::Attribute(instance_attribute_type(db, &info, body, path, key.name(db)))
        }
    })
}

/// A member Python writes for the class when its body does not: a dataclass's
/// `__init__` and ordering methods, a named tuple's `__new__`.
fn synthesized_member(db: &dyn Db, class: &ClassId, name: &str) -> Option<Member> {
    let method = |signature: Signature| Member::Method {
        ty: Type::Callable(Arc::new(signature)),
        is_static: false,
        is_classmethod: false,
    };
    // A class made by a functional form has no body: its members and fields are all
    // synthesized.
    if let Some(enum_info) = crate::synthesized::enum_info(db, class)
        && enum_info.member(name).is_some()
    {
        return Some(Member::Attribute(Type::Instance(
            class_info(db, class).self_instance(),
        )));
    }
    if let Some(fields) = crate::synthesized::named_tuple(db, class) {
        if let Some(field) = fields.iter().find(|field| field.name.as_ref() == name) {
            return Some(Member::Attribute(field.ty.clone()));
        }
        return match name {
            "__new__" => Some(Member::Method {
                ty: Type::Callable(Arc::new(crate::synthesized::named_tuple_new(
                    db, class, &fields,
                ))),
                is_static: true,
                is_classmethod: false,
            }),
            "__match_args__" => Some(Member::Attribute(crate::synthesized::literal_names(
                db,
                fields.iter().map(|f| &f.name),
            ))),
            "_fields" => Some(Member::Attribute(Type::Tuple(
                fields
                    .iter()
                    .map(|_| builtin_instance(db, "str", vec![]))
                    .collect(),
            ))),
            _ => None,
        };
    }
    let spec = crate::synthesized::dataclass(db, class)?;
    match name {
        "__match_args__" => Some(Member::Attribute(crate::synthesized::literal_names(
            db,
            spec.fields
                .iter()
                .filter(|f| f.init && !f.kw_only)
                .map(|f| &f.name),
        ))),
        "__dataclass_fields__" => {
            let field = match module_member(db, "dataclasses", "Field") {
                Some(Type::ClassObject(field)) => Type::instance(field, vec![Type::Any]),
                _ => Type::Any,
            };
            Some(Member::Attribute(builtin_instance(
                db,
                "dict",
                vec![builtin_instance(db, "str", vec![]), field],
            )))
        }
        "__init__" if spec.init => {
            Some(method(crate::synthesized::dataclass_init(db, class, &spec)))
        }
        "__lt__" | "__le__" | "__gt__" | "__ge__" if spec.order => Some(method(
            crate::synthesized::dataclass_comparison(db, class, name),
        )),
        _ => None,
    }
}

/// The type of `self.x` declared by an assignment in a method: its annotation, or the
/// annotated parameter it copies, or a literal's type. Anything else is `Any` until
/// attribute inference sees the method's locals.
/// What the annotated methods of `info`'s class assign to `self.<name>` (`None`
/// itself left out).
fn assigned_by_methods(db: &dyn Db, info: &ClassInfo, body: &[Stmt], name: &str) -> Vec<Type> {
    let mut found = Vec::new();
    for declaration in info.members.symbols.values() {
        let Declaration::Function(paths) = declaration else {
            continue;
        };
        for path in paths {
            let Some(method) = FunctionDef::at(body, path) else {
                continue;
            };
            if !method.is_annotated() {
                continue;
            }
            let assigned =
                method_attribute_types(db, MethodKey::new(db, info.id.clone(), path.clone()));
            match assigned.get(name) {
                Some(Type::None) | None => {}
                Some(ty) => found.push(ty.clone()),
            }
        }
    }
    found
}

fn instance_attribute_type(
    db: &dyn Db,
    info: &ClassInfo,
    body: &[Stmt],
    path: &StmtPath,
    name: &str,
) -> Type {
    let file = info.id.file;
    let scope = TypeVarScope {
        class_params: info.type_params.clone(),
        self_type: None,
    };
    match path.resolve(body) {
        Some(Stmt::AnnAssign(assign)) => resolve_annotation(db, file, &assign.annotation, &scope),
        Some(Stmt::Assign(_)) => {
            let Some(method_path) = path.method_prefix(&info.members.owner) else {
                return Type::Any;
            };
            let Some(method) = FunctionDef::at(body, &method_path) else {
                return Type::Any;
            };
            // An unannotated method is not checked, so what it assigns is Any (mypy).
            if !method.is_annotated() {
                return Type::Any;
            }
            let assigned =
                method_attribute_types(db, MethodKey::new(db, info.id.clone(), method_path));

            match assigned.get(name) {
                // `self.x = None` / `self.x = []` get their real type elsewhere.
                Some(Type::None) | None => Type::Any,
                Some(Type::Instance(instance)) if instance.args.contains(&Type::Never) => {
                    Type::instance(instance.class.clone(), vec![Type::Any; instance.args.len()])
                }
                Some(ty) => ty.clone(),
            }
        }
        _ => Type::Any,
    }
}

#[salsa::interned(debug)]
pub struct MethodKey<'db> {
    #[returns(ref)]
    pub class: ClassId,
    #[returns(ref)]
    pub method: StmtPath,
}

/// The type each `self.x = value` in a method first assigns, as checking the method finds
/// it at that point (after narrowing: `if file is None: file = ...; self.file = file`).
#[salsa::tracked(returns(ref), cycle_result = method_attribute_types_cycle)]
fn method_attribute_types<'db>(
    db: &'db dyn Db,
    key: MethodKey<'db>,
) -> Arc<BTreeMap<String, Type>> {
    let class = key.class(db);
    let body = parsed_module(db, class.file).body();
    let Some(stmt) = key.method(db).resolve(body) else {
        return Arc::default();
    };
    let Some(method) = FunctionDef::of(stmt) else {
        return Arc::default();
    };
    let info = class_info(db, class);
    Arc::new(crate::infer::attribute_assignments(
        db,
        info,
        &method,
        stmt.range(),
    ))
}

fn method_attribute_types_cycle<'db>(
    _db: &'db dyn Db,
    _id: salsa::Id,
    _key: MethodKey<'db>,
) -> Arc<BTreeMap<String, Type>> {
    Arc::default()
}

fn own_member_cycle<'db>(_db: &'db dyn Db, _id: salsa::Id, _key: MemberKey<'db>) -> Option<Member> {
    Some(Member::Attribute(Type::Any))
}

/// `name` looked up through the ancestors of `instance`, with type arguments applied.
/// Returns the member and the class that declares it.
pub fn lookup_member(db: &dyn Db, instance: &Instance, name: &str) -> Option<(Member, ClassId)> {
    lookup_member_from(db, instance, name, 0)
}

/// `lookup_member` leaving out the first `skip` classes of the method resolution order
/// (`super()` skips the class itself).
pub fn lookup_member_from(
    db: &dyn Db,
    instance: &Instance,
    name: &str,
    skip: usize,
) -> Option<(Member, ClassId)> {
    crate::stack::ensure_stack();
    let info = class_info(db, &instance.class);
    let outer = |var: &TypeVar| {
        info.type_params
            .iter()
            .position(|param| param.name == var.name)
            .map(|i| instance.args.get(i).cloned().unwrap_or(Type::Any))
    };
    for ancestor in ancestors(db, &instance.class).iter().skip(skip) {
        let Some(member) = own_member(db, &ancestor.class, name) else {
            continue;
        };
        let ancestor_info = class_info(db, &ancestor.class);
        let inner = |var: &TypeVar| {
            ancestor_info
                .type_params
                .iter()
                .position(|param| param.name == var.name)
                .and_then(|i| ancestor.args.get(i).cloned())
        };
        let apply = |ty: &Type| ty.substitute(&inner).substitute(&outer);
        let member = match member {
            Member::Method {
                ty,
                is_static,
                is_classmethod,
            } => Member::Method {
                ty: apply(&ty),
                is_static,
                is_classmethod,
            },
            Member::Property(ty) => Member::Property(apply(&ty)),
            Member::Attribute(ty) => Member::Attribute(apply(&ty)),
            nested => nested,
        };
        return Some((member, ancestor.class.clone()));
    }
    None
}
