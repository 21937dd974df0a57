//! Classes whose members Python writes for them: dataclasses (`__init__` from the
//! annotated fields), `NamedTuple` classes and enums.
//!
//! What is read here comes from the class statement and its bases alone. A class whose
//! shape cannot be read with certainty (another decorator, an option that is not a plain
//! `True`/`False`, a base pycheck cannot see) gets nothing synthesized and keeps
//! accepting any construction, as before.

use std::sync::Arc;

use pycheck_syntax::TextRange;
use pycheck_syntax::ast::{self, Ranged, Stmt};

use crate::annotations::{TypeVarScope, resolve_annotation};
use crate::db::{Db, File};
use crate::infer::infer_standalone_expression;
use crate::parse::parsed_module;
use crate::symbols::{
    ClassKey, ancestors, builtin_instance, class_info, class_path, module_member,
};
use crate::types::{ClassId, Param, ParamKind, Signature, SpecialForm, Type, TypeVar};

/// One field of a dataclass, as its generated `__init__` takes it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DataclassField {
    pub name: Arc<str>,
    pub ty: Type,
    pub has_default: bool,
    /// `field(init=False)`: an attribute the constructor does not take.
    pub init: bool,
    pub kw_only: bool,
    /// `InitVar[T]`: a constructor parameter that is not an attribute.
    pub init_only: bool,
}

/// What a `@dataclass` decorator makes of a class.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Dataclass {
    pub init: bool,
    pub order: bool,
    pub frozen: bool,
    /// Every field, the bases' first, in the order `__init__` takes them (before
    /// keyword-only fields move to the end).
    pub fields: Vec<DataclassField>,
}

/// The dataclass `class` is, or `None` when it is not one (or not one pycheck can read).
pub fn dataclass(db: &dyn Db, class: &ClassId) -> Option<Arc<Dataclass>> {
    dataclass_query(db, ClassKey::new(db, class.clone())).clone()
}

#[salsa::tracked(returns(ref), cycle_result = dataclass_cycle)]
fn dataclass_query<'db>(db: &'db dyn Db, key: ClassKey<'db>) -> Option<Arc<Dataclass>> {
    let id = key.class(db);
    let file = id.file;
    let body = parsed_module(db, file).body();
    let Some(Stmt::ClassDef(class)) = class_path(db, id).and_then(|path| path.resolve(body)) else {
        return None;
    };
    let options = dataclass_options(db, file, &class.decorator_list)?;
    let info = class_info(db, id);
    let lineage = ancestors(db, id);
    if lineage
        .iter()
        .any(|a| class_info(db, &a.class).has_unknown_base)
    {
        return None;
    }
    // The bases' fields come first, the farthest base's first; a field declared again
    // keeps its place and takes the new declaration.
    let mut fields: Vec<DataclassField> = Vec::new();
    for ancestor in lineage.iter().skip(1).rev() {
        let Some(base) = dataclass(db, &ancestor.class) else {
            continue;
        };
        let base_info = class_info(db, &ancestor.class);
        let mapping = |var: &TypeVar| {
            base_info
                .type_params
                .iter()
                .position(|param| param.name == var.name)
                .and_then(|i| ancestor.args.get(i).cloned())
        };
        for field in base.fields.iter() {
            // Only the fields the base declares itself; its own bases' come in their turn.
            if !own_field_names(db, &ancestor.class).contains(&field.name) {
                continue;
            }
            let field = DataclassField {
                ty: field.ty.substitute(&mapping),
                ..field.clone()
            };
            upsert(&mut fields, field);
        }
    }
    let scope = TypeVarScope {
        class_params: info.type_params.clone(),
        ..TypeVarScope::default()
    };
    let mut kw_only = options.kw_only;
    for stmt in &class.body {
        let Stmt::AnnAssign(assign) = stmt else {
            continue;
        };
        let ast::Expr::Name(target) = assign.target.as_ref() else {
            continue;
        };
        match annotation_kind(db, file, &assign.annotation) {
            AnnotationKind::ClassVar => continue,
            AnnotationKind::KwOnly => {
                kw_only = true;
                continue;
            }
            AnnotationKind::Unreadable => return None,
            AnnotationKind::InitVar | AnnotationKind::Plain => {}
        }
        let init_only = annotation_kind(db, file, &assign.annotation) == AnnotationKind::InitVar;
        let ty = match (&*assign.annotation, init_only) {
            (ast::Expr::Subscript(_), true) | (_, false) => {
                resolve_annotation(db, file, &assign.annotation, &scope)
            }
            (_, true) => Type::Any,
        };
        let mut field = DataclassField {
            name: target.id.as_str().into(),
            ty,
            has_default: assign.value.is_some(),
            init: true,
            kw_only,
            init_only,
        };
        if let Some(value) = &assign.value
            && let Some(call) = field_call(db, file, value)
        {
            field.has_default = false;
            for keyword in &call.keywords {
                match (keyword.arg.as_deref(), constant_bool(&keyword.value)) {
                    (Some("default" | "default_factory"), _) => field.has_default = true,
                    (Some("init"), Some(init)) => field.init = init,
                    (Some("kw_only"), Some(only)) => field.kw_only = only,
                    (Some("init" | "kw_only"), None) => return None,
                    (None, _) => return None,
                    _ => {}
                }
            }
        }
        upsert(&mut fields, field);
    }
    Some(Arc::new(Dataclass {
        init: options.init,
        order: options.order,
        frozen: options.frozen,
        fields,
    }))
}

fn dataclass_cycle<'db>(
    _db: &'db dyn Db,
    _id: salsa::Id,
    _key: ClassKey<'db>,
) -> Option<Arc<Dataclass>> {
    None
}

fn upsert(fields: &mut Vec<DataclassField>, field: DataclassField) {
    match fields.iter_mut().find(|f| f.name == field.name) {
        Some(existing) => *existing = field,
        None => fields.push(field),
    }
}

/// The names a class body annotates (the candidates for its own dataclass fields).
fn own_field_names(db: &dyn Db, class: &ClassId) -> Vec<Arc<str>> {
    let body = parsed_module(db, class.file).body();
    let Some(Stmt::ClassDef(def)) = class_path(db, class).and_then(|path| path.resolve(body))
    else {
        return Vec::new();
    };
    def.body
        .iter()
        .filter_map(|stmt| match stmt {
            Stmt::AnnAssign(assign) => match assign.target.as_ref() {
                ast::Expr::Name(name) => Some(name.id.as_str().into()),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

struct DataclassOptions {
    init: bool,
    order: bool,
    frozen: bool,
    kw_only: bool,
}

/// The options of the class's `@dataclass` decorator, if that is its only decorator
/// (besides `final`) and every option is a plain `True` or `False`.
fn dataclass_options(
    db: &dyn Db,
    file: File,
    decorators: &[ast::Expr],
) -> Option<DataclassOptions> {
    let the_decorator = module_member(db, "dataclasses", "dataclass")?;
    let mut found: Option<DataclassOptions> = None;
    for decorator in decorators {
        let (head, keywords, has_args) = match decorator {
            ast::Expr::Call(call) => (
                call.func.as_ref(),
                &call.keywords[..],
                !call.args.is_empty(),
            ),
            other => (other, &[][..], false),
        };
        // `final`, or a decorator that gives the class back unchanged, changes nothing
        // a dataclass generates.
        if !has_args
            && keywords.is_empty()
            && crate::symbols::is_identity_class_decorator(db, file, decorator)
        {
            continue;
        }
        let decorator_type = infer_standalone_expression(db, file, head);
        if decorator_type != the_decorator {
            if Some(&decorator_type) == module_member(db, "typing", "final").as_ref() {
                continue;
            }
            return None;
        }
        if has_args || found.is_some() {
            return None;
        }
        let mut options = DataclassOptions {
            init: true,
            order: false,
            frozen: false,
            kw_only: false,
        };
        for keyword in keywords {
            let value = constant_bool(&keyword.value);
            match (keyword.arg.as_deref(), value) {
                (Some("init"), Some(v)) => options.init = v,
                (Some("order"), Some(v)) => options.order = v,
                (Some("frozen"), Some(v)) => options.frozen = v,
                (Some("kw_only"), Some(v)) => options.kw_only = v,
                (
                    Some("repr" | "eq" | "unsafe_hash" | "match_args" | "slots" | "weakref_slot"),
                    _,
                ) => {}
                _ => return None,
            }
        }
        found = Some(options);
    }
    found
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AnnotationKind {
    Plain,
    ClassVar,
    KwOnly,
    InitVar,
    /// A string annotation, `Final`: forms whose meaning for the field list pycheck
    /// does not read.
    Unreadable,
}

fn annotation_kind(db: &dyn Db, file: File, annotation: &ast::Expr) -> AnnotationKind {
    let head = match annotation {
        ast::Expr::Subscript(subscript) => subscript.value.as_ref(),
        ast::Expr::Constant(_) => return AnnotationKind::Unreadable,
        other => other,
    };
    if !matches!(head, ast::Expr::Name(_) | ast::Expr::Attribute(_)) {
        return AnnotationKind::Plain;
    }
    let ty = infer_standalone_expression(db, file, head);
    match ty {
        Type::SpecialForm(SpecialForm::ClassVar) => AnnotationKind::ClassVar,
        Type::SpecialForm(SpecialForm::Final) => AnnotationKind::Unreadable,
        Type::ClassObject(class) if is_dataclasses_class(db, &class, "KW_ONLY") => {
            AnnotationKind::KwOnly
        }
        Type::ClassObject(class) if is_dataclasses_class(db, &class, "InitVar") => {
            AnnotationKind::InitVar
        }
        _ => AnnotationKind::Plain,
    }
}

fn is_dataclasses_class(db: &dyn Db, class: &ClassId, name: &str) -> bool {
    class.name() == name
        && module_member(db, "dataclasses", name) == Some(Type::ClassObject(class.clone()))
}

/// `field(...)` from `dataclasses`, as a field's value.
fn field_call<'a>(db: &dyn Db, file: File, value: &'a ast::Expr) -> Option<&'a ast::ExprCall> {
    let ast::Expr::Call(call) = value else {
        return None;
    };
    let field = module_member(db, "dataclasses", "field")?;
    (infer_standalone_expression(db, file, &call.func) == field).then_some(call)
}

fn constant_bool(expr: &ast::Expr) -> Option<bool> {
    match expr {
        ast::Expr::Constant(ast::ExprConstant {
            value: ast::Constant::Bool(value),
            ..
        }) => Some(*value),
        _ => None,
    }
}

/// The `__init__` a dataclass gets: its fields in order, keyword-only ones last.
pub fn dataclass_init(db: &dyn Db, class: &ClassId, spec: &Dataclass) -> Signature {
    let info = class_info(db, class);
    let mut params = vec![Param {
        name: "self".into(),
        kind: ParamKind::PositionalOrKeyword,
        ty: Type::Instance(info.self_instance()),
        has_default: false,
    }];
    let taken = spec.fields.iter().filter(|f| f.init);
    for field in taken.clone().filter(|f| !f.kw_only) {
        params.push(Param {
            name: field.name.clone(),
            kind: ParamKind::PositionalOrKeyword,
            ty: field.ty.clone(),
            has_default: field.has_default,
        });
    }
    for field in taken.filter(|f| f.kw_only) {
        params.push(Param {
            name: field.name.clone(),
            kind: ParamKind::KeywordOnly,
            ty: field.ty.clone(),
            has_default: field.has_default,
        });
    }
    Signature {
        name: Some("__init__".into()),
        owner: Some(class.name().into()),
        params: params.into(),
        ret: Type::None,
        untyped: false,
        bound_receiver: None,
    }
}

/// `__lt__` and its kin of an `order=True` dataclass: another instance of the class.
pub fn dataclass_comparison(db: &dyn Db, class: &ClassId, name: &str) -> Signature {
    let own = Type::Instance(class_info(db, class).self_instance());
    Signature {
        name: Some(name.into()),
        owner: Some(class.name().into()),
        params: Arc::from([
            Param {
                name: "self".into(),
                kind: ParamKind::PositionalOrKeyword,
                ty: own.clone(),
                has_default: false,
            },
            Param {
                name: "other".into(),
                kind: ParamKind::PositionalOrKeyword,
                ty: own,
                has_default: false,
            },
        ]),
        ret: builtin_instance(db, "bool", vec![]),
        untyped: false,
        bound_receiver: None,
    }
}

/// The class whose dataclass fields make `name` read-only on an instance of `class`:
/// the nearest dataclass in its ancestry that has the field, if that one is frozen.
pub fn frozen_field_owner(db: &dyn Db, class: &ClassId, name: &str) -> Option<ClassId> {
    for ancestor in ancestors(db, class).iter() {
        let Some(spec) = dataclass(db, &ancestor.class) else {
            continue;
        };
        if spec
            .fields
            .iter()
            .any(|f| f.name.as_ref() == name && !f.init_only)
        {
            return spec.frozen.then(|| ancestor.class.clone());
        }
    }
    None
}

/// The fields of a dataclass's own body that lack a default after one that has one
/// (counting the bases' fields), which mypy reports.
pub fn fields_out_of_order(db: &dyn Db, class: &ClassId) -> Vec<TextRange> {
    let Some(spec) = dataclass(db, class) else {
        return Vec::new();
    };
    let body = parsed_module(db, class.file).body();
    let Some(Stmt::ClassDef(def)) = class_path(db, class).and_then(|path| path.resolve(body))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut seen_default = false;
    for field in spec.fields.iter().filter(|f| f.init && !f.kw_only) {
        if field.has_default {
            seen_default = true;
            continue;
        }
        if !seen_default {
            continue;
        }
        let declared_here = def.body.iter().find_map(|stmt| match stmt {
            Stmt::AnnAssign(assign)
                if matches!(assign.target.as_ref(), ast::Expr::Name(n) if n.id.as_str() == field.name.as_ref()) =>
            {
                Some(stmt.range())
            }
            _ => None,
        });
        if let Some(range) = declared_here {
            out.push(range);
        }
    }
    out
}

/// Whether a decorator pycheck does not read may have added members to `class`
/// (`functools.total_ordering` adds comparisons).
pub fn is_opaquely_decorated(db: &dyn Db, class: &ClassId) -> bool {
    class_info(db, class).is_decorated && dataclass(db, class).is_none()
}

/// One member of an enum: its name and the type of its value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EnumMember {
    pub name: Arc<str>,
    pub value: Type,
    /// The value as a literal type, when it is written as one (`RED = 1`).
    pub literal: Option<Type>,
}

/// The members of an enum class, in the order its body declares them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EnumInfo {
    pub members: Vec<EnumMember>,
}

impl EnumInfo {
    pub fn member(&self, name: &str) -> Option<&EnumMember> {
        self.members.iter().find(|m| m.name.as_ref() == name)
    }
}

/// The enum `class` is (a class deriving from `enum.Enum`), with the members its own body
/// declares; `None` for other classes and for enums with a base pycheck cannot see.
pub fn enum_info(db: &dyn Db, class: &ClassId) -> Option<Arc<EnumInfo>> {
    enum_info_query(db, ClassKey::new(db, class.clone())).clone()
}

#[salsa::tracked(returns(ref), cycle_result = enum_info_cycle)]
fn enum_info_query<'db>(db: &'db dyn Db, key: ClassKey<'db>) -> Option<Arc<EnumInfo>> {
    let id = key.class(db);
    let lineage = ancestors(db, id);
    // By name first: most classes are no enums, and asking for `enum.Enum` loads the
    // `enum` module.
    if !lineage.iter().any(|a| a.class.name() == "Enum") {
        return functional_enum_info(db, id);
    }
    let Some(Type::ClassObject(base)) = module_member(db, "enum", "Enum") else {
        return None;
    };
    if !lineage.iter().any(|a| a.class == base)
        || lineage
            .iter()
            .any(|a| class_info(db, &a.class).has_unknown_base)
    {
        return None;
    }
    let file = id.file;
    let body = parsed_module(db, file).body();
    let Some(Stmt::ClassDef(class)) = class_path(db, id).and_then(|path| path.resolve(body)) else {
        return functional_enum_info(db, id);
    };
    let auto_value = match lineage.iter().any(|a| a.class.name() == "str") {
        true => builtin_instance(db, "str", vec![]),
        false => builtin_instance(db, "int", vec![]),
    };
    let mut members = Vec::new();
    let ignored = ignored_names(&class.body);
    for stmt in &class.body {
        let Stmt::Assign(assign) = stmt else {
            continue;
        };
        let [ast::Expr::Name(target)] = assign.targets.as_slice() else {
            continue;
        };
        if !is_member_name(target.id.as_str())
            || !is_member_value(&assign.value)
            || ignored.iter().any(|name| name == target.id.as_str())
        {
            continue;
        }
        // `ASCII = A`: another name for a member above, whose value it shares. Read here,
        // not at module level, where `A` may be something else (re's `A: Final =
        // RegexFlag.A`, which would lead back to this class).
        if let ast::Expr::Name(alias) = assign.value.as_ref()
            && let Some(aliased) = members
                .iter()
                .find(|member: &&EnumMember| member.name.as_ref() == alias.id.as_str())
        {
            let member = EnumMember {
                name: target.id.as_str().into(),
                ..aliased.clone()
            };
            members.push(member);
            continue;
        }
        let value = match infer_standalone_expression(db, file, &assign.value) {
            Type::Instance(instance)
                if instance.class.name() == "auto"
                    && module_member(db, "enum", "auto")
                        == Some(Type::ClassObject(instance.class.clone())) =>
            {
                auto_value.clone()
            }
            Type::Literal(literal) => literal.fallback(),
            other => other,
        };
        members.push(EnumMember {
            name: target.id.as_str().into(),
            value,
            literal: crate::annotations::literal_of_expression(db, &assign.value),
        });
    }
    Some(Arc::new(EnumInfo { members }))
}

/// The members of an enum made by `Enum("Color", ...)`: a member given by name alone
/// has the value the enum class called declares (`Any` for `Enum`, `int` for
/// `IntEnum`), as in mypy.
fn functional_enum_info(db: &dyn Db, id: &ClassId) -> Option<Arc<EnumInfo>> {
    let made = crate::functional::functional_class(db, id)?;
    let crate::functional::FunctionalKind::Enum(base) = &made.kind else {
        return None;
    };
    let base_instance = crate::types::Instance {
        class: base.clone(),
        args: Arc::from([]),
    };
    let unwritten_value = match crate::symbols::lookup_member(db, &base_instance, "value") {
        Some((crate::symbols::Member::Property(ty), _)) => ty,
        _ => Type::Any,
    };
    let members = crate::functional::enum_member_values(db, id)
        .into_iter()
        .map(|(name, value)| EnumMember {
            name,
            value: match value.map(|value| infer_standalone_expression(db, id.file, value)) {
                Some(Type::Literal(literal)) => literal.fallback(),
                Some(other) => other,
                None => unwritten_value.clone(),
            },
            literal: value.and_then(|value| crate::annotations::literal_of_expression(db, value)),
        })
        .collect();
    Some(Arc::new(EnumInfo { members }))
}

fn enum_info_cycle<'db>(
    _db: &'db dyn Db,
    _id: salsa::Id,
    _key: ClassKey<'db>,
) -> Option<Arc<EnumInfo>> {
    None
}

/// Names the enum machinery keeps for itself (`_sunder_`, `__dunder__`) and
/// name-mangled ones (`__private`) are not members.
pub fn is_member_name(name: &str) -> bool {
    let sunder = name.len() > 2 && name.starts_with('_') && name.ends_with('_');
    !name.starts_with("__") && !sunder
}

/// The names an enum's `_ignore_` (a list of strings, or one string of names) keeps
/// from being members.
fn ignored_names(body: &[Stmt]) -> Vec<String> {
    let mut ignored = Vec::new();
    for stmt in body {
        let Stmt::Assign(assign) = stmt else {
            continue;
        };
        if !matches!(assign.targets.as_slice(), [ast::Expr::Name(n)] if n.id.as_str() == "_ignore_")
        {
            continue;
        }
        let strings: Vec<&ast::Expr> = match assign.value.as_ref() {
            ast::Expr::List(list) => list.elts.iter().collect(),
            ast::Expr::Tuple(tuple) => tuple.elts.iter().collect(),
            other => vec![other],
        };
        for item in strings {
            if let ast::Expr::Constant(ast::ExprConstant {
                value: ast::Constant::Str(text),
                ..
            }) = item
            {
                ignored.extend(text.split_whitespace().map(str::to_owned));
            }
        }
    }
    ignored
}

/// Functions, descriptors and `nonmember(...)` in an enum body are not members.
fn is_member_value(value: &ast::Expr) -> bool {
    match value {
        ast::Expr::Lambda(_) => false,
        ast::Expr::Call(call) => !matches!(
            call.func.as_ref(),
            ast::Expr::Name(n) if matches!(n.id.as_str(), "nonmember" | "member" | "property" | "staticmethod" | "classmethod")
        ),
        _ => true,
    }
}

/// The literal type of member `name` of enum `class`.
pub fn enum_literal(class: &ClassId, name: &str) -> Type {
    Type::Literal(Arc::new(crate::types::LiteralType {
        value: crate::types::LiteralValue::EnumMember(name.into()),
        class: class.clone(),
    }))
}

/// `Color` spelled as the union of its members' literals, when it has any.
pub fn expand_enum(db: &dyn Db, ty: &Type) -> Type {
    Type::union(ty.members().iter().map(|member| match member {
        Type::Instance(instance) if instance.args.is_empty() => {
            match enum_info(db, &instance.class) {
                Some(info) if !info.members.is_empty() => Type::union(
                    info.members
                        .iter()
                        .map(|m| enum_literal(&instance.class, &m.name)),
                ),
                _ => member.clone(),
            }
        }
        other => other.clone(),
    }))
}

/// The union with every complete set of an enum's member literals written as the enum.
pub fn contract_enum_literals(db: &dyn Db, ty: Type) -> Type {
    let Type::Union(members) = &ty else {
        return ty;
    };
    let mut result: Vec<Type> = members.to_vec();
    for member in members.iter() {
        let Type::Literal(literal) = member else {
            continue;
        };
        if !matches!(literal.value, crate::types::LiteralValue::EnumMember(_)) {
            continue;
        }
        let Some(info) = enum_info(db, &literal.class) else {
            continue;
        };
        let all: Vec<Type> = info
            .members
            .iter()
            .map(|m| enum_literal(&literal.class, &m.name))
            .collect();
        if !all.iter().all(|m| result.contains(m)) {
            continue;
        }
        let position = result.iter().position(|m| all.contains(m)).unwrap_or(0);
        result.retain(|m| !all.contains(m));
        result.insert(position, literal.fallback());
    }
    Type::union(result)
}

/// One field of a `NamedTuple` class.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct NamedTupleField {
    pub name: Arc<str>,
    pub ty: Type,
    pub has_default: bool,
}

/// The fields of `class` when it is written `class P(NamedTuple)`; `None` for other
/// classes and for generic named tuples (not modelled).
pub fn named_tuple(db: &dyn Db, class: &ClassId) -> Option<Arc<[NamedTupleField]>> {
    named_tuple_query(db, ClassKey::new(db, class.clone())).clone()
}

#[salsa::tracked(returns(ref), cycle_result = named_tuple_cycle)]
fn named_tuple_query<'db>(db: &'db dyn Db, key: ClassKey<'db>) -> Option<Arc<[NamedTupleField]>> {
    let id = key.class(db);
    let Some(Type::ClassObject(base)) = module_member(db, "typing", "NamedTuple") else {
        return None;
    };
    if let Some(made) = crate::functional::functional_class(db, id) {
        return functional_named_tuple(db, id, &made);
    }
    let info = class_info(db, id);
    if !info.bases.iter().any(|b| b.class == base)
        || !info.type_params.is_empty()
        || info.has_unknown_base
    {
        return None;
    }
    let file = id.file;
    let body = parsed_module(db, file).body();
    let Some(Stmt::ClassDef(class)) = class_path(db, id).and_then(|path| path.resolve(body)) else {
        return None;
    };
    let mut fields = Vec::new();
    for stmt in &class.body {
        let Stmt::AnnAssign(assign) = stmt else {
            continue;
        };
        let ast::Expr::Name(target) = assign.target.as_ref() else {
            continue;
        };
        if matches!(
            annotation_kind(db, file, &assign.annotation),
            AnnotationKind::ClassVar | AnnotationKind::KwOnly | AnnotationKind::InitVar
        ) {
            return None;
        }
        fields.push(NamedTupleField {
            name: target.id.as_str().into(),
            ty: resolve_annotation(db, file, &assign.annotation, &TypeVarScope::default()),
            has_default: assign.value.is_some(),
        });
    }
    Some(fields.into())
}

/// The fields of a named tuple made by `NamedTuple("P", [...])` (typed as written) or
/// `namedtuple("P", ...)` (`Any`, the last ones with defaults when `defaults=` says so).
fn functional_named_tuple(
    db: &dyn Db,
    id: &ClassId,
    made: &crate::functional::FunctionalClass,
) -> Option<Arc<[NamedTupleField]>> {
    use crate::functional::FunctionalKind;
    match made.kind {
        FunctionalKind::Enum(_) => None,
        FunctionalKind::TypedNamedTuple => Some(
            crate::functional::named_tuple_field_annotations(db, id)
                .into_iter()
                .map(|(name, annotation)| NamedTupleField {
                    name,
                    ty: resolve_annotation(db, id.file, annotation, &TypeVarScope::default()),
                    has_default: false,
                })
                .collect(),
        ),
        FunctionalKind::UntypedNamedTuple => {
            let first_default = made.names.len() - made.defaults;
            Some(
                made.names
                    .iter()
                    .enumerate()
                    .map(|(i, name)| NamedTupleField {
                        name: name.clone(),
                        ty: Type::Any,
                        has_default: i >= first_default,
                    })
                    .collect(),
            )
        }
    }
}

fn named_tuple_cycle<'db>(
    _db: &'db dyn Db,
    _id: salsa::Id,
    _key: ClassKey<'db>,
) -> Option<Arc<[NamedTupleField]>> {
    None
}

/// The named tuple class `class` is or derives from, with its fields.
pub fn named_tuple_of(db: &dyn Db, class: &ClassId) -> Option<(ClassId, Arc<[NamedTupleField]>)> {
    let lineage = ancestors(db, class);
    if lineage
        .iter()
        .any(|a| class_info(db, &a.class).has_unknown_base)
    {
        return None;
    }
    lineage
        .iter()
        .find_map(|a| named_tuple(db, &a.class).map(|fields| (a.class.clone(), fields)))
}

/// An instance of a named tuple as the tuple of its fields' types, for indexing,
/// unpacking and comparing with tuple types.
pub fn named_tuple_as_tuple(db: &dyn Db, ty: &Type) -> Option<Type> {
    let Type::Instance(instance) = ty else {
        return None;
    };
    if !instance.args.is_empty() {
        return None;
    }
    let (_, fields) = named_tuple_of(db, &instance.class)?;
    Some(Type::Tuple(fields.iter().map(|f| f.ty.clone()).collect()))
}

/// The constructor of a named tuple class: its fields, in order.
pub fn named_tuple_new(db: &dyn Db, class: &ClassId, fields: &[NamedTupleField]) -> Signature {
    let own = class_info(db, class).self_instance();
    let mut params = vec![Param {
        name: "cls".into(),
        kind: ParamKind::PositionalOrKeyword,
        ty: Type::ClassObject(own.class.clone()),
        has_default: false,
    }];
    params.extend(fields.iter().map(|field| Param {
        name: field.name.clone(),
        kind: ParamKind::PositionalOrKeyword,
        ty: field.ty.clone(),
        has_default: field.has_default,
    }));
    Signature {
        name: Some("__new__".into()),
        owner: Some(class.name().into()),
        params: params.into(),
        ret: Type::Instance(own),
        untyped: false,
        bound_receiver: None,
    }
}

/// The class whose named tuple fields make `name` read-only on an instance of `class`.
pub fn named_tuple_field_owner(db: &dyn Db, class: &ClassId, name: &str) -> Option<ClassId> {
    let (owner, fields) = named_tuple_of(db, class)?;
    fields
        .iter()
        .any(|f| f.name.as_ref() == name)
        .then_some(owner)
}

/// mypy's errors about a named tuple's body other than field order: a field named with
/// a leading underscore, a plain assignment among the fields.
pub fn named_tuple_declaration_errors(db: &dyn Db, class: &ClassId) -> Vec<(TextRange, String)> {
    use pycheck_diagnostics::messages;
    if named_tuple(db, class).is_none() {
        return Vec::new();
    }
    let body = parsed_module(db, class.file).body();
    let Some(Stmt::ClassDef(def)) = class_path(db, class).and_then(|path| path.resolve(body))
    else {
        return Vec::new();
    };
    let mut errors = Vec::new();
    for stmt in &def.body {
        match stmt {
            Stmt::AnnAssign(assign) => {
                if let ast::Expr::Name(target) = assign.target.as_ref()
                    && target.id.as_str().starts_with('_')
                {
                    errors.push((
                        stmt.range(),
                        messages::named_tuple_underscore_field(target.id.as_str()),
                    ));
                }
            }
            Stmt::Assign(_) | Stmt::ClassDef(_) => errors.push((
                stmt.range(),
                messages::NAMEDTUPLE_INVALID_STATEMENT.to_owned(),
            )),
            _ => {}
        }
    }
    errors
}

/// The fields of a named tuple's body that lack a default after one that has one.
pub fn named_tuple_fields_out_of_order(db: &dyn Db, class: &ClassId) -> Vec<TextRange> {
    let Some(fields) = named_tuple(db, class) else {
        return Vec::new();
    };
    let body = parsed_module(db, class.file).body();
    let Some(Stmt::ClassDef(def)) = class_path(db, class).and_then(|path| path.resolve(body))
    else {
        return Vec::new();
    };
    let Some(first_default) = fields.iter().position(|f| f.has_default) else {
        return Vec::new();
    };
    let late: Vec<&Arc<str>> = fields[first_default..]
        .iter()
        .filter(|f| !f.has_default)
        .map(|f| &f.name)
        .collect();
    def.body
        .iter()
        .filter_map(|stmt| match stmt {
            Stmt::AnnAssign(assign) => match assign.target.as_ref() {
                ast::Expr::Name(n) if late.iter().any(|l| l.as_ref() == n.id.as_str()) => {
                    Some(stmt.range())
                }
                _ => None,
            },
            _ => None,
        })
        .collect()
}

/// `('x', 'y')` as the tuple of literal strings `__match_args__` is.
pub fn literal_names<'a>(db: &dyn Db, names: impl Iterator<Item = &'a Arc<str>>) -> Type {
    let Some(str_class) = crate::symbols::builtin_class(db, "str") else {
        return Type::Any;
    };
    Type::Tuple(
        names
            .map(|name| {
                Type::Literal(Arc::new(crate::types::LiteralType {
                    value: crate::types::LiteralValue::Str(name.clone()),
                    class: str_class.clone(),
                }))
            })
            .collect(),
    )
}

/// mypy's errors about a dataclass's declaration as a whole, other than field order: a
/// frozen one deriving from one that is not (or the reverse), and ordering methods of
/// its own next to `order=True`.
pub fn dataclass_declaration_errors(db: &dyn Db, class: &ClassId) -> Vec<(TextRange, String)> {
    let Some(spec) = dataclass(db, class) else {
        return Vec::new();
    };
    let body = parsed_module(db, class.file).body();
    let Some(Stmt::ClassDef(def)) = class_path(db, class).and_then(|path| path.resolve(body))
    else {
        return Vec::new();
    };
    let text = class.file.text(db);
    let mut errors = Vec::new();
    let class_line =
        crate::navigation::name_after_keyword(text, def.range, "class", def.name.as_str());
    let base_frozen = ancestors(db, class)
        .iter()
        .skip(1)
        .find_map(|a| dataclass(db, &a.class).map(|base| base.frozen));
    match (base_frozen, spec.frozen) {
        (Some(true), false) => errors.push((
            class_line,
            pycheck_diagnostics::messages::NON_FROZEN_FROM_FROZEN.to_owned(),
        )),
        (Some(false), true) => errors.push((
            class_line,
            pycheck_diagnostics::messages::FROZEN_FROM_NON_FROZEN.to_owned(),
        )),
        _ => {}
    }
    if spec.order {
        for stmt in &def.body {
            let Some(method) = crate::symbols::FunctionDef::of(stmt) else {
                continue;
            };
            if matches!(method.name, "__lt__" | "__le__" | "__gt__" | "__ge__") {
                errors.push((
                    crate::navigation::name_after_keyword(text, stmt.range(), "def", method.name),
                    pycheck_diagnostics::messages::custom_order_method(method.name),
                ));
            }
        }
    }
    errors
}

/// Whether `name` is an `InitVar` field of the dataclass `class`: a constructor
/// parameter, not an attribute.
pub fn is_init_only_field(db: &dyn Db, class: &ClassId, name: &str) -> bool {
    dataclass(db, class).is_some_and(|spec| {
        spec.fields
            .iter()
            .any(|f| f.name.as_ref() == name && f.init_only)
    })
}

/// mypy's errors about an enum's declaration: a member annotated, a member name used
/// twice, an enum extending one that has members. Each with its notes.
pub fn enum_declaration_errors(
    db: &dyn Db,
    class: &ClassId,
) -> Vec<(TextRange, String, Vec<String>)> {
    use pycheck_diagnostics::messages;
    let Some(info) = enum_info(db, class) else {
        return Vec::new();
    };
    let body = parsed_module(db, class.file).body();
    let Some(Stmt::ClassDef(def)) = class_path(db, class).and_then(|path| path.resolve(body))
    else {
        return Vec::new();
    };
    let mut errors = Vec::new();
    if let Some(base) = ancestors(db, class)
        .iter()
        .skip(1)
        .find(|a| enum_info(db, &a.class).is_some_and(|base| !base.members.is_empty()))
    {
        let text = class.file.text(db);
        errors.push((
            crate::navigation::name_after_keyword(text, def.range, "class", def.name.as_str()),
            messages::extend_enum_with_members(base.class.name()),
            Vec::new(),
        ));
    }
    let mut seen: Vec<&str> = Vec::new();
    for stmt in &def.body {
        match stmt {
            Stmt::AnnAssign(assign) if assign.value.is_some() => {
                // mypy spares only dunder and name-mangled names.
                if let ast::Expr::Name(target) = assign.target.as_ref()
                    && !target.id.as_str().starts_with("__")
                {
                    errors.push((
                        stmt.range(),
                        messages::ENUM_MEMBER_ANNOTATED.to_owned(),
                        vec![messages::ENUM_MEMBER_ANNOTATED_NOTE.to_owned()],
                    ));
                }
            }
            Stmt::Assign(assign) => {
                let [ast::Expr::Name(target)] = assign.targets.as_slice() else {
                    continue;
                };
                let name = target.id.as_str();
                if info.member(name).is_none() {
                    continue;
                }
                if seen.contains(&name) {
                    errors.push((
                        stmt.range(),
                        messages::enum_member_reused(name, class.name()),
                        Vec::new(),
                    ));
                } else {
                    seen.push(name);
                }
            }
            _ => {}
        }
    }
    errors
}
