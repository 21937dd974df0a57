//! Notes that explain why a value's type does not fit the expected one, attached below
//! `arg-type` and `assignment` errors as mypy attaches them.

use pycheck_diagnostics::messages;

use crate::db::Db;
use crate::relate::{bind_method, is_assignable};
use crate::symbols::{Member, ancestors, class_info, lookup_member};
use crate::types::{Instance, Type};

/// The notes for `got` not being assignable to `expected` (empty when mypy adds none).
pub fn mismatch_notes(db: &dyn Db, got: &Type, expected: &Type) -> Vec<String> {
    if awaited_fits(db, got, expected) {
        return vec![pycheck_diagnostics::messages::POSSIBLE_MISSING_AWAIT.to_owned()];
    }
    if let (Type::Callable(_), Type::Instance(protocol)) = (got, expected)
        && let Some(Type::Callable(call)) = crate::relate::callback_protocol_call(db, protocol)
    {
        return vec![pycheck_diagnostics::messages::callback_protocol_call_note(
            protocol.class.name(),
            &call.display_as_method(),
        )];
    }
    let (Type::Instance(got), Type::Instance(expected)) = (got, expected) else {
        return Vec::new();
    };
    if got.class == expected.class {
        // Only when reading the container covariantly would have been fine.
        let covariant_ok = got
            .args
            .iter()
            .zip(expected.args.iter())
            .all(|(g, e)| is_assignable(db, g, e));
        return if covariant_ok {
            invariance_notes(expected)
        } else {
            Vec::new()
        };
    }
    if class_info(db, &expected.class).is_protocol {
        return protocol_notes(db, got, expected);
    }
    Vec::new()
}

/// The notes for `got` not being assignable to `expected` when `expected` is a
/// protocol (items of displays get these, and not the invariance hints).
pub fn protocol_mismatch_notes(db: &dyn Db, got: &Type, expected: &Type) -> Vec<String> {
    match (got, expected) {
        (Type::Instance(got), Type::Instance(expected))
            if got.class != expected.class && class_info(db, &expected.class).is_protocol =>
        {
            protocol_notes(db, got, expected)
        }
        _ => Vec::new(),
    }
}

/// mypy's hint when an invariant container is the only problem (`list[int]` for `list[float]`).
fn invariance_notes(expected: &Instance) -> Vec<String> {
    match expected.class.name() {
        "list" => vec![
            messages::invariant_note("list"),
            messages::consider_covariant("Sequence", ""),
        ],
        "dict" => vec![
            messages::invariant_note("dict"),
            messages::consider_covariant("Mapping", " in the value type"),
        ],
        _ => Vec::new(),
    }
}

/// The members a protocol requires: those its own class and its protocol bases declare.
pub(crate) fn protocol_members(db: &dyn Db, protocol: &Instance) -> Vec<String> {
    let mut names = Vec::new();
    for ancestor in ancestors(db, &protocol.class).iter() {
        let info = class_info(db, &ancestor.class);
        if !info.is_protocol {
            continue;
        }
        for name in info.members.symbols.keys() {
            if !names.contains(name)
                && !matches!(
                    name.as_str(),
                    "__init__" | "__slots__" | "__class_getitem__"
                )
            {
                names.push(name.clone());
            }
        }
    }
    names
}

fn protocol_notes(db: &dyn Db, got: &Instance, protocol: &Instance) -> Vec<String> {
    let members = protocol_members(db, protocol);
    let mut missing = Vec::new();
    let mut conflicts = Vec::new();
    for name in &members {
        let expected = lookup_member(db, protocol, name);
        match lookup_member(db, got, name) {
            None => missing.push(name.clone()),
            Some((found, _)) => match (expected, found) {
                (Some((Member::Method { ty: want, .. }, _)), Member::Method { ty: have, .. })
                    if !is_assignable(db, &bind_method(&have), &bind_method(&want)) =>
                {
                    conflicts.push(Conflict::Method(want, have));
                }
                // A protocol's attribute can be assigned through it: both ways.
                (Some((Member::Attribute(want), _)), Member::Attribute(have))
                    if !protocol.class.file.is_stub(db) && !is_equivalent(db, &have, &want) =>
                {
                    conflicts.push(Conflict::Attribute(name.clone(), want, have));
                }
                _ => {}
            },
        }
    }
    let got_name = Type::Instance(got.clone()).to_string();
    let protocol_name = Type::Instance(protocol.clone()).to_string();
    // A value that shares no member with the protocol gets no explanation.
    if missing.len() == members.len() {
        return Vec::new();
    }
    let mut notes = Vec::new();
    if !missing.is_empty() {
        let plural = if missing.len() == 1 { "" } else { "s" };
        notes.push(format!(
            "\"{got_name}\" is missing following \"{protocol_name}\" protocol member{plural}:"
        ));
        notes.extend(missing.iter().map(|name| format!("    {name}")));
    }
    // mypy explains conflicts unless both sides are generic and only the type
    // arguments differ (`dict[str, int]` for `Iterable[int]`).
    let erased = Type::instance(protocol.class.clone(), vec![Type::Any; protocol.args.len()]);
    let explain_conflicts = !is_assignable(db, &Type::Instance(got.clone()), &erased)
        || class_info(db, &got.class).type_params.is_empty()
        || class_info(db, &protocol.class).type_params.is_empty();
    if !conflicts.is_empty() && explain_conflicts {
        notes.push(format!(
            "Following member(s) of \"{got_name}\" have conflicts:"
        ));
        for conflict in &conflicts {
            match conflict {
                Conflict::Method(want, have) => {
                    notes.push("    Expected:".to_owned());
                    notes.push(format!("        {}", spell_method(want)));
                    notes.push("    Got:".to_owned());
                    notes.push(format!("        {}", spell_method(have)));
                }
                Conflict::Attribute(name, want, have) => {
                    notes.push(format!("    {name}: expected \"{want}\", got \"{have}\""));
                }
            }
        }
    }
    notes
}

fn is_equivalent(db: &dyn Db, a: &Type, b: &Type) -> bool {
    is_assignable(db, a, b) && is_assignable(db, b, a)
}

enum Conflict {
    /// What the protocol declares, what the class has.
    Method(Type, Type),
    Attribute(String, Type, Type),
}

fn spell_method(ty: &Type) -> String {
    match ty {
        Type::Callable(signature) => signature.display_as_method(),
        other => other.to_string(),
    }
}

/// Whether `got` is awaitable and what awaiting it gives fits `expected` (a coroutine
/// assigned where its result was wanted).
pub fn awaited_fits(db: &dyn Db, got: &Type, expected: &Type) -> bool {
    awaited_type(db, got).is_some_and(|result| is_assignable(db, &result, expected))
}

/// What awaiting `ty` gives (`int` for a `Coroutine[Any, Any, int]`), when it is
/// awaitable and that is not `Any`.
pub fn awaited_type(db: &dyn Db, ty: &Type) -> Option<Type> {
    let Type::Instance(instance) = ty else {
        return None;
    };
    let Some((crate::symbols::Member::Method { ty: method, .. }, _)) =
        crate::symbols::lookup_member(db, instance, "__await__")
    else {
        return None;
    };
    let Type::Callable(await_method) = crate::relate::bind_method_to(&method, ty) else {
        return None;
    };
    let Type::Instance(generator) = &await_method.ret else {
        return None;
    };
    crate::symbols::typing_class(db, "Generator")
        .and_then(|class| crate::relate::map_to_ancestor(db, generator, &class))
        .and_then(|mapped| mapped.args.get(2).cloned())
        .filter(|result| !result.is_any())
}
