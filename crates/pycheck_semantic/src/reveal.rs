//! How `reveal_type` spells a type: as messages do, except that classes outside
//! `builtins` carry their module (`typing.Iterator[int]`) and callables are written as
//! signatures (`def (x: int) -> str`, with `-> None` left out).

use crate::db::Db;
use crate::index::module_name_of_file;
use crate::types::{ParamKind, Signature, Type};

pub fn revealed(db: &dyn Db, ty: &Type) -> String {
    match ty {
        Type::Instance(instance) if crate::symbols::is_typed_dict(db, &instance.class) => {
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
        }
        Type::Instance(instance) => {
            let name = instance.class.name();
            if name == "tuple" && instance.args.len() == 1 {
                return format!("tuple[{}, ...]", revealed(db, &instance.args[0]));
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
        Type::Callable(signature) => revealed_signature(db, signature),
        Type::Overloaded(signatures) => {
            let parts: Vec<String> = signatures
                .iter()
                .map(|s| revealed_signature(db, s))
                .collect();
            format!("Overload({})", parts.join(", "))
        }
        Type::ClassObject(class) => format!("type[{}]", qualified_class_name(db, class)),
        Type::Module(_) => "types.ModuleType".to_owned(),
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

fn revealed_signature(db: &dyn Db, signature: &Signature) -> String {
    let mut parts = Vec::new();
    let mut star_written = false;
    for param in signature.params.iter() {
        let default = if param.has_default { " =" } else { "" };
        let ty = match (&param.kind, &param.ty) {
            (ParamKind::VarPositional, Type::Instance(tuple)) => {
                tuple.args.first().cloned().unwrap_or(Type::Any)
            }
            (ParamKind::VarKeyword, Type::Instance(dict)) => {
                dict.args.get(1).cloned().unwrap_or(Type::Any)
            }
            (_, ty) => ty.clone(),
        };
        let ty = revealed(db, &ty);
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
    format!("def ({}){ret}", parts.join(", "))
}
