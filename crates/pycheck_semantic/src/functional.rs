//! Classes made by a call rather than a `class` statement: the functional forms of enums
//! (`Color = Enum("Color", "RED GREEN")`) and named tuples (`Point = NamedTuple("Point",
//! [("x", int)])`, `Pair = namedtuple("Pair", "left right")`).
//!
//! Such a class is a `ClassId` whose qualified name is the module-level variable it is
//! assigned to. Only an assignment at module level, to a name equal to the string the
//! call gives, with every member or field written as a literal, makes one; anything else
//! stays `Any`, as before. Class queries (`class_info`, `enum_info`, `named_tuple`) ask
//! here when they find no `class` statement for a class.

use std::sync::Arc;

use pycheck_syntax::ast::{self, Ranged, Stmt};

use crate::db::{Db, File};
use crate::index::{Declaration, module_index};
use crate::infer::infer_standalone_expression;
use crate::parse::parsed_module;
use crate::symbols::{ClassKey, module_member, resolve_module_by_name};
use crate::types::{ClassId, Type};

/// What kind of class a functional form makes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FunctionalKind {
    /// An enum deriving from the enum class called (`Enum`, `IntEnum`, `StrEnum`, ...).
    Enum(ClassId),
    /// `typing.NamedTuple("P", [("x", int)])`: fields with declared types.
    TypedNamedTuple,
    /// `collections.namedtuple("P", "x y")`: fields of type `Any`.
    UntypedNamedTuple,
}

/// A class made by a functional form, as far as it can be read without resolving types.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FunctionalClass {
    pub kind: FunctionalKind,
    /// Member or field names, in order.
    pub names: Vec<Arc<str>>,
    /// How many of the last fields of a `namedtuple` have defaults.
    pub defaults: usize,
}

/// The functional form `class` is made by, or `None` when a `class` statement (or
/// nothing pycheck can read) defines it.
pub fn functional_class(db: &dyn Db, class: &ClassId) -> Option<Arc<FunctionalClass>> {
    if class.qualname.contains('.') {
        return None;
    }
    functional_class_query(db, ClassKey::new(db, class.clone())).clone()
}

#[salsa::tracked(returns(ref), cycle_result = functional_class_cycle)]
fn functional_class_query<'db>(
    db: &'db dyn Db,
    key: ClassKey<'db>,
) -> Option<Arc<FunctionalClass>> {
    let id = key.class(db);
    let call = defining_call(db, id.file, &id.qualname)?;
    read_call(db, id.file, call, &id.qualname).map(Arc::new)
}

fn functional_class_cycle<'db>(
    _db: &'db dyn Db,
    _id: salsa::Id,
    _key: ClassKey<'db>,
) -> Option<Arc<FunctionalClass>> {
    None
}

/// The class the call `call` of `file` makes, when it is the functional form assigned at
/// module level to the name it gives the class.
pub fn class_made_by(db: &dyn Db, file: File, call: &ast::ExprCall) -> Option<ClassId> {
    let name = string_constant(call.args.first()?)?;
    let assigned = defining_call(db, file, name)?;
    if assigned.range() != call.range() {
        return None;
    }
    let class = ClassId {
        file,
        qualname: name.into(),
    };
    functional_class(db, &class).map(|_| class)
}

/// The call of `name = call(...)`: the first assignment of module-level `name` in
/// `file`, unannotated, to that one name.
fn defining_call<'db>(db: &'db dyn Db, file: File, name: &str) -> Option<&'db ast::ExprCall> {
    let Declaration::Variable {
        annotation: None,
        first_assignment: Some(path),
        ..
    } = module_index(db, file).get(name)?
    else {
        return None;
    };
    let Some(Stmt::Assign(assign)) = path.resolve(parsed_module(db, file).body()) else {
        return None;
    };
    match (assign.targets.as_slice(), assign.value.as_ref()) {
        ([ast::Expr::Name(target)], ast::Expr::Call(call)) if target.id.as_str() == name => {
            Some(call)
        }
        _ => None,
    }
}

/// What the call says of the class, its types left unresolved (the enum and named tuple
/// queries resolve them).
fn read_call(db: &dyn Db, file: File, call: &ast::ExprCall, name: &str) -> Option<FunctionalClass> {
    if string_constant(call.args.first()?)? != name {
        return None;
    }
    let kind = kind_of_callee(db, file, &call.func)?;
    let mut defaults = 0;
    let names = match &kind {
        FunctionalKind::Enum(_) => {
            // `module=` and `qualname=` change nothing the checker sees; `type=` adds a
            // mixin and `names=` moves the members, which are not read.
            if call.keywords.iter().any(|keyword| {
                !matches!(
                    keyword.arg.as_deref(),
                    Some("module" | "qualname" | "start" | "boundary")
                )
            }) {
                return None;
            }
            let [_, members] = call.args.as_slice() else {
                return None;
            };
            enum_member_names(members)?
        }
        FunctionalKind::TypedNamedTuple => {
            let [_, fields] = call.args.as_slice() else {
                return None;
            };
            if !call.keywords.is_empty() {
                return None;
            }
            typed_field_pairs(fields)?
                .into_iter()
                .map(|(field, _)| field.into())
                .collect()
        }
        FunctionalKind::UntypedNamedTuple => {
            let [_, fields] = call.args.as_slice() else {
                return None;
            };
            for keyword in &call.keywords {
                match (keyword.arg.as_deref(), &keyword.value) {
                    (Some("defaults"), ast::Expr::List(ast::ExprList { elts, .. }))
                    | (Some("defaults"), ast::Expr::Tuple(ast::ExprTuple { elts, .. })) => {
                        defaults = elts.len();
                    }
                    (
                        Some("rename"),
                        ast::Expr::Constant(ast::ExprConstant {
                            value: ast::Constant::Bool(false),
                            ..
                        }),
                    ) => {}
                    (Some("module"), _) => {}
                    _ => return None,
                }
            }
            names_written(fields)?
        }
    };
    let valid_field = |field: &Arc<str>| match kind {
        // mypy rejects these names in a named tuple; the class is then not modelled.
        FunctionalKind::TypedNamedTuple | FunctionalKind::UntypedNamedTuple => {
            !field.starts_with('_') && is_identifier(field)
        }
        FunctionalKind::Enum(_) => is_identifier(field),
    };
    let unique = names
        .iter()
        .enumerate()
        .all(|(i, field)| !names[..i].contains(field));
    if names.is_empty() || !unique || !names.iter().all(valid_field) || defaults > names.len() {
        return None;
    }
    Some(FunctionalClass {
        kind,
        names,
        defaults,
    })
}

fn kind_of_callee(db: &dyn Db, file: File, callee: &ast::Expr) -> Option<FunctionalKind> {
    let callee_type = infer_standalone_expression(db, file, callee);
    if Some(&callee_type) == module_member(db, "typing", "NamedTuple").as_ref() {
        return Some(FunctionalKind::TypedNamedTuple);
    }
    if Some(&callee_type) == module_member(db, "collections", "namedtuple").as_ref() {
        return Some(FunctionalKind::UntypedNamedTuple);
    }
    let Type::ClassObject(class) = callee_type else {
        return None;
    };
    // The enum module's own classes only: a user enum without members may define a
    // `__new__` or mixins the functional form would have to follow.
    if Some(class.file) != resolve_module_by_name(db, "enum")
        || !matches!(
            class.name(),
            "Enum" | "IntEnum" | "StrEnum" | "Flag" | "IntFlag"
        )
    {
        return None;
    }
    Some(FunctionalKind::Enum(class))
}

/// An enum's member names: one string of names, a list of names, a list of
/// `(name, value)` pairs or a dict of names to values.
fn enum_member_names(members: &ast::Expr) -> Option<Vec<Arc<str>>> {
    if let Some(names) = names_written(members) {
        return Some(names);
    }
    if let Some(pairs) = typed_field_pairs(members) {
        return Some(pairs.into_iter().map(|(name, _)| name.into()).collect());
    }
    match members {
        ast::Expr::Dict(dict) => dict
            .keys
            .iter()
            .map(|key| key.as_ref().and_then(string_constant).map(Arc::from))
            .collect(),
        _ => None,
    }
}

/// `"x y"`, `"x, y"`, `["x", "y"]` or `("x", "y")`.
fn names_written(expr: &ast::Expr) -> Option<Vec<Arc<str>>> {
    match expr {
        ast::Expr::Constant(_) => Some(
            string_constant(expr)?
                .replace(',', " ")
                .split_whitespace()
                .map(Arc::from)
                .collect(),
        ),
        ast::Expr::List(ast::ExprList { elts, .. })
        | ast::Expr::Tuple(ast::ExprTuple { elts, .. }) => elts
            .iter()
            .map(|elt| string_constant(elt).map(Arc::from))
            .collect(),
        _ => None,
    }
}

/// `[("x", T), ("y", U)]` (or a tuple of pairs): each name with its second item.
pub fn typed_field_pairs(expr: &ast::Expr) -> Option<Vec<(&str, &ast::Expr)>> {
    let (ast::Expr::List(ast::ExprList { elts, .. })
    | ast::Expr::Tuple(ast::ExprTuple { elts, .. })) = expr
    else {
        return None;
    };
    elts.iter()
        .map(|elt| match elt {
            ast::Expr::Tuple(ast::ExprTuple { elts: pair, .. })
            | ast::Expr::List(ast::ExprList { elts: pair, .. }) => match pair.as_slice() {
                [name, value] => Some((string_constant(name)?, value)),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

/// The expression of each member's value in an enum's functional form, by name; `None`
/// for a member given by name alone (its value is then `Any`, as mypy has it).
pub fn enum_member_values<'db>(
    db: &'db dyn Db,
    class: &ClassId,
) -> Vec<(Arc<str>, Option<&'db ast::Expr>)> {
    let Some(call) = defining_call(db, class.file, &class.qualname) else {
        return Vec::new();
    };
    let Some(members) = call.args.get(1) else {
        return Vec::new();
    };
    if let Some(pairs) = typed_field_pairs(members) {
        return pairs
            .into_iter()
            .map(|(name, value)| (Arc::from(name), Some(value)))
            .collect();
    }
    if let ast::Expr::Dict(dict) = members {
        return dict
            .keys
            .iter()
            .zip(&dict.values)
            .filter_map(|(key, value)| {
                Some((
                    Arc::from(key.as_ref().and_then(string_constant)?),
                    Some(value),
                ))
            })
            .collect();
    }
    names_written(members)
        .unwrap_or_default()
        .into_iter()
        .map(|name| (name, None))
        .collect()
}

/// The annotation of each field of a `NamedTuple("P", [...])`, in order.
pub fn named_tuple_field_annotations<'db>(
    db: &'db dyn Db,
    class: &ClassId,
) -> Vec<(Arc<str>, &'db ast::Expr)> {
    defining_call(db, class.file, &class.qualname)
        .and_then(|call| call.args.get(1))
        .and_then(typed_field_pairs)
        .unwrap_or_default()
        .into_iter()
        .map(|(name, annotation)| (Arc::from(name), annotation))
        .collect()
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|first| first.is_alphabetic() || first == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_')
        && !is_keyword(name)
}

fn is_keyword(name: &str) -> bool {
    matches!(
        name,
        "False"
            | "None"
            | "True"
            | "and"
            | "as"
            | "assert"
            | "async"
            | "await"
            | "break"
            | "class"
            | "continue"
            | "def"
            | "del"
            | "elif"
            | "else"
            | "except"
            | "finally"
            | "for"
            | "from"
            | "global"
            | "if"
            | "import"
            | "in"
            | "is"
            | "lambda"
            | "nonlocal"
            | "not"
            | "or"
            | "pass"
            | "raise"
            | "return"
            | "try"
            | "while"
            | "with"
            | "yield"
    )
}

fn string_constant(expr: &ast::Expr) -> Option<&str> {
    match expr {
        ast::Expr::Constant(ast::ExprConstant {
            value: ast::Constant::Str(text),
            ..
        }) => Some(text.as_str()),
        _ => None,
    }
}
