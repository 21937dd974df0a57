//! How `reveal_type` spells a type: as messages do, except that classes outside
//! `builtins` carry their module (`typing.Iterator[int]`) and callables are written as
//! signatures (`def (x: int) -> str`, with `-> None` left out).

use crate::db::Db;
use crate::index::module_name_of_file;

use crate::types::{LiteralValue, ParamKind, Signature, Type, collect_type_vars};

thread_local! {
    /// The named tuples and TypedDicts whose fields are being spelled, outermost first. A
    /// stack beside the recursion rather than a parameter, because signatures and unions
    /// inside the fields reach the same classes through every path of `reveal`.
    static EXPANDING: std::cell::RefCell<Vec<crate::types::ClassId>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// `spell_fields()` for `class`, or `...` where the class is already being spelled (a
/// recursive `next: Optional["Node"]`), as mypy writes it, rather than expanding forever.
fn spell_fields_once(
    class: &crate::types::ClassId,
    spell_fields: impl FnOnce() -> String,
) -> String {
    if crate::stack::is_inside(&EXPANDING, class) {
        return "...".to_owned();
    }
    crate::stack::inside(&EXPANDING, class.clone(), spell_fields)
}

pub fn revealed(db: &dyn Db, ty: &Type) -> String {
    reveal(db, ty, false)
}

/// `in_signature`: inside a signature, whose own list names the type variables.
fn reveal(db: &dyn Db, ty: &Type, in_signature: bool) -> String {
    let revealed = |db: &dyn Db, ty: &Type| reveal(db, ty, in_signature);
    match ty {
        Type::Instance(instance) if crate::symbols::is_typed_dict(db, &instance.class) => {
            spell_fields_once(&instance.class, || {
                let fields: Vec<String> = crate::symbols::typed_dict_fields(db, &instance.class)
                    .iter()
                    .map(|field| {
                        let optional = if field.required { "" } else { "?" };
                        format!("'{}'{optional}: {}", field.name, revealed(db, &field.ty))
                    })
                    .collect();
                format!(
                    "TypedDict({}, {{{}}})",
                    qualified_class_name(db, &instance.class),
                    fields.join(", ")
                )
            })
        }
        Type::Instance(instance) => {
            let name = instance.class.name();
            if name == "tuple" && instance.args.len() == 1 {
                return format!("tuple[{}, ...]", revealed(db, &instance.args[0]));
            }
            if let Some(Type::Tuple(items)) = crate::synthesized::named_tuple_as_tuple(db, ty) {
                return spell_fields_once(&instance.class, || {
                    let items: Vec<String> = items.iter().map(|i| revealed(db, i)).collect();
                    format!(
                        "tuple[{}, fallback={}]",
                        items.join(", "),
                        qualified_class_name(db, &instance.class)
                    )
                });
            }
            let mut text = qualified_class_name(db, &instance.class);
            if !instance.args.is_empty() {
                let args: Vec<String> = instance.args.iter().map(|a| revealed(db, a)).collect();
                text.push_str(&format!("[{}]", args.join(", ")));
            }
            text
        }
        Type::Tuple(items) if items.is_empty() => "tuple[()]".to_owned(),
        Type::Tuple(items) => {
            let items: Vec<String> = items.iter().map(|i| revealed(db, i)).collect();
            format!("tuple[{}]", items.join(", "))
        }
        // reveal_type keeps the declared order of a union (messages move None last).
        Type::Union(members) => {
            let parts: Vec<String> = members.iter().map(|m| revealed(db, m)).collect();
            parts.join(" | ")
        }
        Type::Callable(signature) => revealed_signature(db, signature, in_signature),
        Type::Overloaded(signatures) => {
            let parts: Vec<String> = signatures
                .iter()
                .map(|s| revealed_signature(db, s, in_signature))
                .collect();
            format!("Overload({})", parts.join(", "))
        }
        Type::ClassObject(class) => format!("type[{}]", qualified_class_name(db, class)),
        Type::Module(_) => "types.ModuleType".to_owned(),
        Type::Literal(literal) => match &literal.value {
            LiteralValue::EnumMember(name) => format!(
                "Literal[{}.{name}]",
                qualified_class_name(db, &literal.class)
            ),
            _ => ty.to_string(),
        },
        other => other.to_string(),
    }
}

fn qualified_class_name(db: &dyn Db, class: &crate::types::ClassId) -> String {
    let module = module_name_of_file(db, class.file);
    if module == "builtins" || module.is_empty() {
        class.qualname.to_string()
    } else {
        format!("{module}.{}", class.qualname)
    }
}

fn revealed_signature(db: &dyn Db, signature: &Signature, nested: bool) -> String {
    let revealed = |db: &dyn Db, ty: &Type| reveal(db, ty, true);
    let mut parts = Vec::new();
    let mut star_written = false;
    for param in signature.params.iter() {
        let default = if param.has_default { " =" } else { "" };
        let ty = param.star_item_type();
        let ty = revealed(db, &ty);
        // `Callable[P, R]` and `Callable[..., R]` have nameless star parameters.
        if param.name.is_empty() && param.kind == ParamKind::VarPositional {
            parts.push(format!("*{ty}"));
            star_written = true;
            continue;
        }
        if param.name.is_empty() && param.kind == ParamKind::VarKeyword {
            parts.push(format!("**{ty}"));
            continue;
        }
        match param.kind {
            ParamKind::VarPositional => {
                star_written = true;
                parts.push(format!("*{}: {ty}", param.name));
            }
            ParamKind::VarKeyword => parts.push(format!("**{}: {ty}", param.name)),
            ParamKind::KeywordOnly => {
                if !star_written {
                    star_written = true;
                    parts.push("*".to_owned());
                }
                parts.push(format!("{}: {ty}{default}", param.name));
            }
            ParamKind::PositionalOnly => parts.push(format!("{ty}{default}")),
            _ => parts.push(format!("{}: {ty}{default}", param.name)),
        }
    }
    let ret = match &signature.ret {
        Type::None => String::new(),
        other => format!(" -> {}", revealed(db, other)),
    };
    let mut variables = Vec::new();
    for param in signature.params.iter() {
        collect_type_vars(&param.ty, &mut variables);
    }
    collect_type_vars(&signature.ret, &mut variables);
    // The variables of the body being checked are not the function's own.
    variables.retain(|var| !var.rigid);
    if variables.is_empty() || nested {
        return format!("def ({}){ret}", parts.join(", "));
    }
    // A generic function lists its variables first: `def [T, B <: int] (x: T) -> B`.
    let variables: Vec<String> = variables
        .iter()
        .map(|var| match (&var.bound, var.constraints.is_empty()) {
            (_, false) => {
                let constraints: Vec<String> =
                    var.constraints.iter().map(|c| revealed(db, c)).collect();
                format!("{} in ({})", var.name, constraints.join(", "))
            }
            (Some(bound), true) => format!("{} <: {}", var.name, revealed(db, bound)),
            (None, true) => var.name.to_string(),
        })
        .collect();
    format!("def [{}] ({}){ret}", variables.join(", "), parts.join(", "))
}
