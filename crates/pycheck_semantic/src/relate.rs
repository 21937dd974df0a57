//! Relations between types: assignability (with `Any` compatible both ways), joins, and the
//! constraints that solve a generic call's type variables.

use std::collections::HashMap;
use std::sync::Arc;

use crate::db::Db;
use crate::symbols::{
    Member, ancestors, builtin_class, builtin_instance, class_info, is_typed_dict, lookup_member,
    typed_dict_fields,
};
use crate::types::{ClassId, Instance, ParamKind, Signature, Type, TypeVar, Variance};
use crate::variance::param_variance;

/// `instance` seen as an instance of its ancestor `target` (`list[int]` as `Sequence[int]`).
pub fn map_to_ancestor(db: &dyn Db, instance: &Instance, target: &ClassId) -> Option<Instance> {
    if &instance.class == target {
        return Some(instance.clone());
    }
    let info = class_info(db, &instance.class);
    let ancestor = ancestors(db, &instance.class)
        .iter()
        .find(|a| &a.class == target)?
        .clone();
    let mapping = |var: &TypeVar| {
        info.type_params
            .iter()
            .position(|param| param.name == var.name)
            .map(|i| instance.args.get(i).cloned().unwrap_or(Type::Any))
    };
    match Type::Instance(ancestor).substitute(&mapping) {
        Type::Instance(mapped) => Some(mapped),
        _ => None,
    }
}

/// The instance a fixed-length tuple behaves as for method lookup: `tuple[int, str]` is a
/// `tuple[int | str, ...]`.
pub fn tuple_fallback(db: &dyn Db, items: &[Type]) -> Type {
    builtin_instance(db, "tuple", vec![Type::union(items.iter().cloned())])
}

fn is_numeric_promotion(source: &ClassId, target: &ClassId) -> bool {
    matches!(
        (source.name(), target.name()),
        ("int", "float")
            | ("int", "complex")
            | ("float", "complex")
            | ("bool", "float")
            | ("bool", "complex")
    ) && source.file == target.file
}

/// Whether a value of type `source` may be used where `target` is expected.
pub fn is_assignable(db: &dyn Db, source: &Type, target: &Type) -> bool {
    crate::stack::ensure_stack();
    match (source, target) {
        (_, Type::Any) | (Type::Any, _) | (Type::Never, _) => true,
        (Type::SpecialForm(_), _) | (_, Type::SpecialForm(_)) => true,
        // What a ParamSpec stands for is only compared through the signatures it fills.
        (Type::ParamSpecArgs(_) | Type::ParamSpecKwargs(_) | Type::Parameters(_), _)
        | (_, Type::ParamSpecArgs(_) | Type::ParamSpecKwargs(_) | Type::Parameters(_)) => true,
        (Type::Union(members), _) => members
            .iter()
            .all(|member| is_assignable(db, member, target)),
        // An instance of a class with an `Any` base may be anything but `None`
        // (`return NotImplemented` where `Self` is declared), as mypy has it.
        (Type::Instance(instance), Type::TypeVar(_) | Type::Literal(_))
            if has_any_base(db, instance) =>
        {
            true
        }
        // A variable bound by a union fits a union that holds each of the bound's members.
        (Type::TypeVar(var), Type::Union(members))
            if !members.iter().any(|m| is_assignable(db, source, m)) =>
        {
            match (&var.bound, var.constraints.is_empty()) {
                (_, false) => var
                    .constraints
                    .iter()
                    .all(|constraint| is_assignable(db, constraint, target)),
                (Some(bound), true) => is_assignable(db, bound, target),
                (None, true) => false,
            }
        }
        (_, Type::Union(members)) => members
            .iter()
            .any(|member| is_assignable(db, source, member)),
        (_, Type::Instance(target_instance)) if is_object(target_instance) => true,
        // `type[C]` as a substitution leaves it (`type[Self]` seen through a `C`) is the
        // class object `C`; `type[T]` with `T` bound to a class is at most that class.
        (Type::Instance(instance), _) if let Some(class) = class_object_of(instance, target) => {
            is_assignable(db, &Type::ClassObject(class), target)
        }
        (_, Type::Instance(instance)) if let Some(Type::Instance(of)) = type_argument(instance) => {
            is_assignable(db, source, &Type::ClassObject(of.class.clone()))
        }
        // A type guard's result is a `bool` both ways (`return isinstance(x, str)`).
        (Type::TypeGuard(_), _) => is_assignable(db, &builtin_instance(db, "bool", vec![]), target),
        (_, Type::TypeGuard(_)) => is_assignable(db, source, &builtin_instance(db, "bool", vec![])),
        (Type::TypeVar(a), Type::TypeVar(b)) => a.name == b.name,
        (Type::TypeVar(var), _) if !var.constraints.is_empty() => var
            .constraints
            .iter()
            .all(|constraint| is_assignable(db, constraint, target)),
        (Type::TypeVar(var), _) => match &var.bound {
            Some(bound) => is_assignable(db, bound, target),
            None => false,
        },
        // A type variable not yet solved (inside a generic body) accepts nothing but itself.
        (_, Type::TypeVar(_)) => false,
        (Type::None, Type::None) => true,
        (Type::Literal(a), Type::Literal(b)) => a == b,
        (_, Type::Literal(_)) => false,
        (Type::Literal(literal), _) => is_assignable(db, &literal.fallback(), target),
        // `None` fits a protocol as an instance of `NoneType` (`Hashable`, say).
        (Type::None, Type::Instance(target)) if class_info(db, &target.class).is_protocol => {
            match crate::symbols::module_member(db, "types", "NoneType") {
                Some(Type::ClassObject(none_type)) => is_assignable(
                    db,
                    &Type::instance(none_type, vec![]),
                    &Type::Instance(target.clone()),
                ),
                _ => true,
            }
        }
        (Type::None, Type::Instance(target)) => target.class.name() == "object",
        (Type::Tuple(a), Type::Tuple(b)) => {
            a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| is_assignable(db, x, y))
        }
        // A named tuple is the tuple of its fields' types.
        (Type::Instance(_), Type::Tuple(_))
            if let Some(fields) = crate::synthesized::named_tuple_as_tuple(db, source) =>
        {
            is_assignable(db, &fields, target)
        }
        (Type::Tuple(items), Type::Instance(_)) => {
            is_assignable(db, &tuple_fallback(db, items), target)
        }
        (Type::Instance(instance), Type::Instance(target)) => {
            is_instance_assignable(db, instance, target)
        }
        (Type::Instance(instance), Type::Callable(_) | Type::Overloaded(_)) => {
            match lookup_member(db, instance, "__call__") {
                Some((Member::Method { ty, .. }, _)) => {
                    is_assignable(db, &bind_method(&ty), target)
                }
                _ => false,
            }
        }
        (Type::Callable(a), Type::Callable(b)) => is_signature_assignable(db, a, b),
        (Type::Overloaded(overloads), Type::Callable(b)) => {
            overloads.iter().any(|a| is_signature_assignable(db, a, b))
        }
        // Every variant wanted is met by one of the source's.
        (Type::Overloaded(sources), Type::Overloaded(targets)) => targets.iter().all(|target| {
            sources
                .iter()
                .any(|a| is_signature_assignable(db, a, target))
        }),
        // A module is a `types.ModuleType`, whichever it is.
        (Type::Module(_), Type::Module(_)) => true,
        (Type::Callable(_) | Type::Overloaded(_), Type::Instance(target)) => {
            if matches!(target.class.name(), "function" | "object") {
                return true;
            }
            if !class_info(db, &target.class).is_protocol {
                return false;
            }
            // A callback protocol: the function must fit its `__call__`. Protocols with
            // other members too (attributes functions may have) are not compared yet.
            // Any other protocol (`Sized`, `Awaitable[T]`) is compared with what a
            // function is, an instance of `builtins.function`, as mypy does.
            match callback_protocol_call(db, target) {
                Some(call) => is_assignable(db, source, &bind_method(&call)),
                None => is_assignable(
                    db,
                    &builtin_instance(db, "function", vec![]),
                    &Type::Instance(target.clone()),
                ),
            }
        }
        (Type::ClassObject(_), Type::Instance(target)) => {
            matches!(target.class.name(), "type" | "object")
                || class_info(db, &target.class).is_protocol
        }
        (Type::ClassObject(a), Type::ClassObject(b)) => {
            a == b
                || ancestors(db, a).iter().any(|x| &x.class == b)
                // `type[Proto]`: a class whose instances satisfy the protocol.
                || (class_info(db, b).is_protocol
                    && satisfies_protocol(
                        db,
                        &class_info(db, a).self_instance(),
                        &class_info(db, b).self_instance(),
                    ))
        }
        // A class object is callable: its constructor.
        (Type::ClassObject(_), Type::Callable(_)) => true,
        // A bare `type` is `type[Any]`: any class object.
        (Type::Instance(source), Type::ClassObject(_)) => {
            source.class.name() == "type" && source.args.iter().all(Type::is_any)
        }
        (Type::Module(module), Type::Instance(target)) => {
            target.class.name() == "ModuleType" || module_satisfies_protocol(db, module, target)
        }
        _ => false,
    }
}

/// A module where a protocol is expected (`serializer: Dumper = json`): it must have
/// every member, each fitting the protocol's (methods compared as bound).
fn module_satisfies_protocol(db: &dyn Db, module: &str, protocol: &Instance) -> bool {
    if !class_info(db, &protocol.class).is_protocol {
        return false;
    }
    let members = crate::mismatch::protocol_members(db, protocol);
    !members.is_empty()
        && members.iter().all(|name| {
            let Some(found) = crate::symbols::module_member(db, module, name) else {
                return false;
            };
            match lookup_member(db, protocol, name) {
                Some((Member::Method { ty, .. }, _)) => {
                    is_assignable(db, &found, &bind_method(&ty))
                }
                Some((Member::Attribute(ty) | Member::Property(ty), _)) => {
                    is_assignable(db, &found, &ty)
                }
                _ => true,
            }
        })
}

/// The argument of `type[X]`, if `instance` is one.
fn type_argument(instance: &Instance) -> Option<&Type> {
    match (instance.class.name(), instance.args.as_ref()) {
        ("type", [argument]) => Some(argument),
        _ => None,
    }
}

/// The class `type[X]` stands for as a value compared with `target`: `X`'s class, or the
/// class a variable `X` is bound to (unless `target` is `type[X]` itself).
fn class_object_of(instance: &Instance, target: &Type) -> Option<ClassId> {
    match type_argument(instance)? {
        Type::Instance(of) => Some(of.class.clone()),
        Type::TypeVar(var) => {
            let same = matches!(target, Type::Instance(t)
                if matches!(type_argument(t), Some(Type::TypeVar(other)) if other.name == var.name));
            match (&var.bound, same) {
                (Some(Type::Instance(bound)), false) => Some(bound.class.clone()),
                _ => None,
            }
        }
        _ => None,
    }
}

fn is_object(instance: &Instance) -> bool {
    instance.class.name() == "object" && instance.args.is_empty()
}

fn is_instance_assignable(db: &dyn Db, source: &Instance, target: &Instance) -> bool {
    if is_numeric_promotion(&source.class, &target.class) {
        return true;
    }
    let Some(mapped) = map_to_ancestor(db, source, &target.class) else {
        if is_typed_dict(db, &source.class) {
            return typed_dict_assignable(db, source, target);
        }
        // A class with an `Any` base may derive from anything (typeshed's
        // `NotImplementedType(Any)` fits every return type), as mypy has it.
        if has_any_base(db, source) {
            return true;
        }
        let target_info = class_info(db, &target.class);
        return target_info.is_protocol && satisfies_protocol(db, source, target);
    };
    mapped
        .args
        .iter()
        .zip(target.args.iter())
        .enumerate()
        .all(
            |(i, (from, to))| match param_variance(db, &target.class, i) {
                Variance::Covariant => is_assignable(db, from, to),
                Variance::Contravariant => is_assignable(db, to, from),
                Variance::Invariant | Variance::Inferred => is_equivalent(db, from, to),
            },
        )
}

/// Whether `instance`'s class derives from something unknown (`class C(Any)`), TypedDicts
/// aside (their special base is no class).
fn has_any_base(db: &dyn Db, instance: &Instance) -> bool {
    !is_typed_dict(db, &instance.class)
        && crate::symbols::ancestors(db, &instance.class)
            .iter()
            .any(|ancestor| class_info(db, &ancestor.class).has_unknown_base)
}

/// A TypedDict fits another with the same keys (each as required, of an equivalent
/// type) and fits what `Mapping[str, object]` fits, as mypy has it.
fn typed_dict_assignable(db: &dyn Db, source: &Instance, target: &Instance) -> bool {
    if is_typed_dict(db, &target.class) {
        // Recursive TypedDicts (`y: "TD"`) come back to the pair being compared: there it
        // is assumed to fit, and the other fields decide.
        let pair = (source.clone(), target.clone());
        if crate::stack::is_inside(&COMPARING_TYPED_DICTS, &pair) {
            return true;
        }
        let have = typed_dict_fields(db, &source.class);
        return crate::stack::inside(&COMPARING_TYPED_DICTS, pair, || {
            typed_dict_fields(db, &target.class).iter().all(|want| {
                have.iter().any(|field| {
                    field.name == want.name
                        && field.required == want.required
                        && is_equivalent(db, &field.ty, &want.ty)
                })
            })
        });
    }
    let Some(mapping) = crate::symbols::typing_class(db, "Mapping") else {
        return false;
    };
    let fallback = Instance {
        class: mapping,
        args: Arc::from([builtin_instance(db, "str", vec![]), object_type(db)]),
    };
    is_instance_assignable(db, &fallback, target)
}

/// Structural check for protocols the class does not name as a base: every member must
/// exist, and a method must fit the protocol's. Methods whose types still hold type
/// variables (generic methods, unsolved protocol parameters) and members other than
/// plain methods are not compared yet, which can only accept more.
fn satisfies_protocol(db: &dyn Db, source: &Instance, protocol: &Instance) -> bool {
    let members = crate::mismatch::protocol_members(db, protocol);
    !members.is_empty()
        && members
            .iter()
            .all(|name| lookup_member(db, source, name).is_some())
        && members_fit(db, source, protocol, &members)
}

thread_local! {
    /// The (class, protocol) pairs being compared: a protocol whose methods mention it
    /// again is assumed satisfied inside its own check, as mypy assumes.
    static PROTOCOL_CHECKS: std::cell::RefCell<Vec<(ClassId, ClassId)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The members' types: methods as bound callables; attributes, for protocols of user
/// code, both ways (a protocol attribute can be assigned).
fn members_fit(db: &dyn Db, source: &Instance, protocol: &Instance, members: &[String]) -> bool {
    let key = (source.class.clone(), protocol.class.clone());
    if PROTOCOL_CHECKS.with(|checks| checks.borrow().contains(&key)) {
        return true;
    }
    PROTOCOL_CHECKS.with(|checks| checks.borrow_mut().push(key));
    let user_protocol = !protocol.class.file.is_stub(db);
    let fits = members.iter().all(|name| {
        let (Some((expected, _)), Some((found, _))) = (
            lookup_member(db, protocol, name),
            lookup_member(db, source, name),
        ) else {
            return true;
        };
        match (expected, found) {
            (
                Member::Method {
                    ty: want @ Type::Callable(_),
                    ..
                },
                Member::Method {
                    ty: have @ Type::Callable(_),
                    ..
                },
            ) if !want.has_type_vars() && !have.has_type_vars() => {
                is_assignable(db, &bind_method(&have), &bind_method(&want))
            }
            (Member::Attribute(want), Member::Attribute(have))
                if user_protocol && !want.has_type_vars() && !have.has_type_vars() =>
            {
                is_assignable(db, &have, &want) && is_assignable(db, &want, &have)
            }
            _ => true,
        }
    });
    PROTOCOL_CHECKS.with(|checks| checks.borrow_mut().pop());
    fits
}

fn is_equivalent(db: &dyn Db, a: &Type, b: &Type) -> bool {
    // An empty container's `Never` items fit any item type (`list[Never]` is a `list[int]`).
    if a == b || a.is_any() || b.is_any() || *a == Type::Never {
        return true;
    }
    // Nested invariant arguments (`list[list[...]]`) compare the same pairs again and
    // again, both ways at every level: remembered for the outermost comparison, the work
    // stays linear in the depth instead of exponential.
    let pair = (a.clone(), b.clone());
    let outermost = EQUIVALENT.with_borrow_mut(|known| {
        let outermost = known.is_none();
        known.get_or_insert_with(HashMap::new);
        outermost
    });
    if let Some(known) =
        EQUIVALENT.with_borrow(|known| known.as_ref().and_then(|k| k.get(&pair).copied()))
    {
        return known;
    }
    struct Forget(bool);
    impl Drop for Forget {
        fn drop(&mut self) {
            if self.0 {
                EQUIVALENT.with_borrow_mut(|known| *known = None);
            }
        }
    }
    let _forget = Forget(outermost);
    let equivalent = is_assignable(db, a, b) && is_assignable(db, b, a);
    EQUIVALENT.with_borrow_mut(|known| {
        if let Some(known) = known {
            known.insert(pair, equivalent);
        }
    });
    equivalent
}

/// A union without the members another member already covers when they only differ by
/// `Never` items (`list[int] | list[Never]` is `list[int]`), as mypy simplifies them.
pub fn simplify_union(db: &dyn Db, ty: &Type) -> Type {
    let Type::Union(members) = ty else {
        return ty.clone();
    };
    let has_never_arg = |t: &Type| matches!(t, Type::Instance(i) if i.args.contains(&Type::Never));
    let kept: Vec<Type> = members
        .iter()
        .enumerate()
        .filter(|(i, m)| {
            !(has_never_arg(m)
                && members.iter().enumerate().any(|(j, other)| {
                    j != *i && !has_never_arg(other) && is_assignable(db, m, other)
                }))
        })
        .map(|(_, m)| m.clone())
        .collect();
    Type::union(kept)
}

fn is_signature_assignable(db: &dyn Db, source: &Signature, target: &Signature) -> bool {
    signature_fits(db, source, target)
        || (source.has_type_vars() && fit_generic_signature(db, source, target).is_some())
}

/// `source`, a generic callable or overloaded function, with its type variables chosen
/// so that it fits `target`: `ident` where a `Callable[[int], int]` is wanted is
/// `def (int) -> int`, and `max` where a `Callable[[int, int], int]` is wanted is its
/// first overload so instantiated. `None` when no choice fits.
pub fn instantiate_to_fit(db: &dyn Db, source: &Type, target: &Signature) -> Option<Type> {
    let fit = |signature: &Signature| {
        if signature.has_type_vars() {
            fit_generic_signature(db, signature, target)
        } else {
            signature_fits(db, signature, target).then(|| signature.clone())
        }
    };
    match source {
        Type::Callable(signature) => fit(signature).map(|s| Type::Callable(Arc::new(s))),
        Type::Overloaded(signatures) => signatures
            .iter()
            .find_map(fit)
            .map(|s| Type::Callable(Arc::new(s))),
        _ => None,
    }
}

/// A generic `source` whose type variables take what `target`'s parameters pass to it;
/// the ones they leave open are `Any`.
fn fit_generic_signature(db: &dyn Db, source: &Signature, target: &Signature) -> Option<Signature> {
    let mut constraints = Vec::new();
    let source_params: Vec<&crate::types::Param> = source
        .params
        .iter()
        .filter(|p| {
            matches!(
                p.kind,
                ParamKind::PositionalOnly | ParamKind::PositionalOrKeyword
            )
        })
        .collect();
    let source_rest = source
        .params
        .iter()
        .find(|p| p.kind == ParamKind::VarPositional);
    let target_params = target.params.iter().filter(|p| {
        matches!(
            p.kind,
            ParamKind::PositionalOnly | ParamKind::PositionalOrKeyword
        )
    });
    for (index, wanted) in target_params.enumerate() {
        let Some(param) = source_params.get(index).copied().or(source_rest) else {
            break;
        };
        constrain(db, &param.ty, &wanted.ty, false, &mut constraints);
    }
    let solution = solve(db, &constraints);
    let solved = source.substitute(&|var: &TypeVar| {
        Some(
            solution
                .iter()
                .find(|(name, _)| *name == var.name)
                .map_or(Type::Any, |(_, ty)| ty.clone()),
        )
    });
    signature_fits(db, &solved, target).then_some(solved)
}

/// Whether `source` fits where `target` is wanted, type variables as they are.
fn signature_fits(db: &dyn Db, source: &Signature, target: &Signature) -> bool {
    // A callable that narrows (`-> TypeGuard[T]`) is wanted: one that merely returns a
    // `bool` does not narrow, so it does not fit (`filter(is_even, xs)` picks another
    // overload than `filter(is_str, xs)`).
    if matches!(target.ret, Type::TypeGuard(_))
        && !matches!(source.ret, Type::TypeGuard(_) | Type::Any)
    {
        return false;
    }
    if !is_assignable(db, &source.ret, &target.ret) {
        return false;
    }
    let accepts_anything = |s: &Signature| {
        s.params.iter().any(|p| {
            p.kind == ParamKind::VarPositional && matches!(p.ty, Type::Any | Type::ParamSpecArgs(_))
        }) || s.untyped
    };
    if accepts_anything(target) || accepts_anything(source) {
        return true;
    }
    let positional = |s: &Signature| {
        s.params
            .iter()
            .filter(|p| {
                matches!(
                    p.kind,
                    ParamKind::PositionalOnly | ParamKind::PositionalOrKeyword
                )
            })
            .cloned()
            .collect::<Vec<_>>()
    };
    let source_params = positional(source);
    let target_params = positional(target);
    let source_has_var = source
        .params
        .iter()
        .any(|p| p.kind == ParamKind::VarPositional);
    if target_params.len() > source_params.len() && !source_has_var {
        return false;
    }
    let required = source_params.iter().filter(|p| !p.has_default).count();
    if required > target_params.len() {
        return false;
    }
    target_params
        .iter()
        .zip(source_params.iter())
        .all(|(t, s)| is_assignable(db, &t.ty, &s.ty))
}

/// The `__call__` of a protocol that declares nothing else, as written (unbound).
pub fn callback_protocol_call(db: &dyn Db, protocol: &Instance) -> Option<Type> {
    let info = class_info(db, &protocol.class);
    if !info.is_protocol || info.members.symbols.keys().any(|name| name != "__call__") {
        return None;
    }
    match lookup_member(db, protocol, "__call__") {
        Some((Member::Method { ty, .. }, _)) => Some(ty),
        _ => None,
    }
}

/// A method type seen through an instance: `self` dropped.
pub fn bind_method(ty: &Type) -> Type {
    match ty {
        Type::Callable(signature) => Type::Callable(Arc::new(signature.bind_self())),
        Type::Overloaded(signatures) => {
            Type::Overloaded(signatures.iter().map(Signature::bind_self).collect())
        }
        other => other.clone(),
    }
}

/// A method type seen through `receiver` (an instance, also for classmethods): `self`
/// dropped, and a type variable that annotates `self` (`def copy(self: _T) -> _T`) or
/// `cls` (`cls: type[_T]`) replaced by the receiver's type.
pub fn bind_method_to(ty: &Type, receiver: &Type) -> Type {
    let bind = |signature: &Signature| {
        let self_var = match signature.params.first() {
            Some(first) if !matches!(first.kind, ParamKind::VarPositional) => match &first.ty {
                Type::TypeVar(var) => Some(var.clone()),
                Type::Instance(class_object) if class_object.class.name() == "type" => {
                    match class_object.args.first() {
                        Some(Type::TypeVar(var)) => Some(var.clone()),
                        _ => None,
                    }
                }
                _ => None,
            },
            _ => None,
        };
        match self_var {
            Some(var) => signature
                .substitute(&|candidate| (*candidate == *var).then(|| receiver.clone()))
                .bind_self(),
            None => signature.bind_self(),
        }
    };
    match ty {
        Type::Callable(signature) => Type::Callable(Arc::new(bind(signature))),
        Type::Overloaded(signatures) => Type::Overloaded(signatures.iter().map(bind).collect()),
        other => other.clone(),
    }
}

/// The least upper bound mypy computes for display items: `int` and `float` join to
/// `float`, `int` and `str` to `object`, `int` and `None` to `int | None`.
pub fn join(db: &dyn Db, a: &Type, b: &Type) -> Type {
    crate::stack::ensure_stack();
    match (a, b) {
        (Type::Any, _) | (_, Type::Any) => Type::Any,
        (Type::Never, other) | (other, Type::Never) => other.clone(),
        _ if a == b => a.clone(),
        (Type::None, other) | (other, Type::None) => Type::union([other.clone(), Type::None]),
        (Type::Union(_), _) | (_, Type::Union(_)) => {
            if is_assignable(db, a, b) {
                b.clone()
            } else if is_assignable(db, b, a) {
                a.clone()
            } else {
                Type::union([a.clone(), b.clone()])
            }
        }
        // A class fits a callable type only loosely (its constructor is not compared),
        // so the two join to `object`, as in mypy.
        (Type::ClassObject(_), Type::Callable(_)) | (Type::Callable(_), Type::ClassObject(_)) => {
            object_type(db)
        }
        _ if is_assignable(db, a, b) => b.clone(),
        _ if is_assignable(db, b, a) => a.clone(),
        (Type::Literal(literal), other) | (other, Type::Literal(literal)) => {
            join(db, &literal.fallback(), other)
        }
        (Type::Tuple(x), Type::Tuple(y)) if x.len() == y.len() => Type::Tuple(
            x.iter()
                .zip(y.iter())
                .map(|(p, q)| join(db, p, q))
                .collect(),
        ),
        (Type::Tuple(items), other) | (other, Type::Tuple(items)) => {
            join(db, &tuple_fallback(db, items), other)
        }
        (Type::Instance(x), Type::Instance(y)) => join_instances(db, x, y),
        // Two classes join to their nearest common base class: `[Dog, Cat]` is a
        // `list[type[Animal]]`.
        (Type::ClassObject(x), Type::ClassObject(y)) => {
            let instance = |class: &ClassId| {
                let arity = class_info(db, class).type_params.len();
                Type::instance(class.clone(), vec![Type::Any; arity])
            };
            match join(db, &instance(x), &instance(y)) {
                Type::Instance(common) if common.class.name() != "object" => {
                    Type::ClassObject(common.class)
                }
                _ => builtin_instance(db, "type", vec![]),
            }
        }
        _ => object_type(db),
    }
}

thread_local! {
    /// Pairs of types found equivalent or not during the outermost `is_equivalent` call
    /// on this thread (`None` outside one).
    static EQUIVALENT: std::cell::RefCell<Option<HashMap<(Type, Type), bool>>> =
        const { std::cell::RefCell::new(None) };
    /// The pairs of TypedDicts being compared, innermost last.
    static COMPARING_TYPED_DICTS: std::cell::RefCell<Vec<(Instance, Instance)>> =
        const { std::cell::RefCell::new(Vec::new()) };
    /// The pairs of instances whose join is being computed, innermost last.
    static JOINING: std::cell::RefCell<Vec<(Instance, Instance)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

fn join_instances(db: &dyn Db, a: &Instance, b: &Instance) -> Type {
    // Recursive classes (`class A(Sequence[A])`) come back to the pair being joined: that
    // inner join is `object`, so `[A(), B()]` is a `list[Sequence[object]]`, as in mypy.
    let pair = (a.clone(), b.clone());
    if crate::stack::is_inside(&JOINING, &pair) {
        return object_type(db);
    }
    crate::stack::inside(&JOINING, pair, || join_instances_via_ancestors(db, a, b))
}

fn join_instances_via_ancestors(db: &dyn Db, a: &Instance, b: &Instance) -> Type {
    for ancestor in ancestors(db, &a.class).iter().skip(1) {
        if let Some(mapped_a) = map_to_ancestor(db, a, &ancestor.class)
            && let Some(mapped_b) = map_to_ancestor(db, b, &ancestor.class)
        {
            let args: Option<Vec<Type>> = mapped_a
                .args
                .iter()
                .zip(mapped_b.args.iter())
                .enumerate()
                .map(|(i, (x, y))| match param_variance(db, &ancestor.class, i) {
                    Variance::Covariant => Some(join(db, x, y)),
                    _ if is_equivalent(db, x, y) => Some(x.clone()),
                    _ => None,
                })
                .collect();
            if let Some(args) = args {
                return Type::instance(ancestor.class.clone(), args);
            }
        }
    }
    object_type(db)
}

pub fn object_type(db: &dyn Db) -> Type {
    builtin_class(db, "object").map_or(Type::Any, |class| Type::instance(class, vec![]))
}

/// A bound on a type variable: a type the variable must accept (a lower bound, from an
/// argument), or one it must fit (an upper bound, from a callback's parameter).
#[derive(Debug, Clone)]
pub struct Constraint {
    pub var: Arc<str>,
    pub ty: Type,
    pub upper: bool,
}

/// Whether `actual` fits `template` with its type variables erased (a bare variable:
/// its bound), mypy's test of which members of a union template to learn from.
fn may_be_instance_of(db: &dyn Db, actual: &Type, template: &Type) -> bool {
    match template {
        Type::TypeVar(var) => var
            .bound
            .as_ref()
            .is_none_or(|bound| is_assignable(db, actual, &bound.substitute(&|_| Some(Type::Any)))),
        _ => is_assignable(db, actual, &template.substitute(&|_| Some(Type::Any))),
    }
}

/// The same bounds, in any order.
fn same_constraints(left: &[Constraint], right: &[Constraint]) -> bool {
    let covers = |a: &[Constraint], b: &[Constraint]| {
        a.iter().all(|x| {
            b.iter()
                .any(|y| x.var == y.var && x.upper == y.upper && x.ty == y.ty)
        })
    };
    covers(left, right) && covers(right, left)
}

/// Bounds on type variables found by matching `actual` against `template`.
pub fn infer_constraints(db: &dyn Db, template: &Type, actual: &Type, out: &mut Vec<Constraint>) {
    crate::stack::ensure_stack();
    constrain(db, template, actual, false, out);
}

/// `flipped` is true in contravariant positions (a callable's parameters), where the
/// bounds point the other way.
fn constrain(
    db: &dyn Db,
    template: &Type,
    actual: &Type,
    flipped: bool,
    out: &mut Vec<Constraint>,
) {
    let Some(depth) = CONSTRAIN_DEPTH.with(|d| {
        let now = d.get();
        (now < MAX_CONSTRAIN_DEPTH).then(|| {
            d.set(now + 1);
            now
        })
    }) else {
        return;
    };
    constrain_matched(db, template, actual, flipped, out);
    CONSTRAIN_DEPTH.with(|d| d.set(depth));
}

/// Protocols whose methods mention themselves (or each other) would be matched without
/// end; past this depth nothing more is learned.
const MAX_CONSTRAIN_DEPTH: usize = 48;

thread_local! {
    static CONSTRAIN_DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

fn constrain_matched(
    db: &dyn Db,
    template: &Type,
    actual: &Type,
    flipped: bool,
    out: &mut Vec<Constraint>,
) {
    match (template, actual) {
        // Fixed by the generic body being checked, not by this call.
        (Type::TypeVar(var), _) if var.rigid => {}
        (Type::TypeVar(var), _) => out.push(Constraint {
            var: var.name.clone(),
            ty: actual.clone(),
            upper: flipped,
        }),
        (_, Type::Literal(literal)) => constrain(db, template, &literal.fallback(), flipped, out),
        (_, Type::Any) if template.has_free_type_vars() => {
            let mut names = Vec::new();
            template.rigidified_names_excluded(&mut names);
            out.extend(names.into_iter().map(|var| Constraint {
                var,
                ty: Type::Any,
                upper: false,
            }));
        }
        // An enum class is an iterable of its members (through its metaclass).
        (Type::Instance(t), Type::ClassObject(class))
            if class_info(db, &t.class).is_protocol
                && crate::synthesized::enum_info(db, class).is_some() =>
        {
            if let Some(iterable) = crate::symbols::typing_class(db, "Iterable") {
                let members = Instance {
                    class: iterable,
                    args: Arc::from([Type::instance(class.clone(), vec![])]),
                };
                constrain(db, template, &Type::Instance(members), flipped, out);
            }
        }
        // `type[_T]` given a class: `_T` is an instance of it.
        (Type::Instance(t), Type::ClassObject(class))
            if t.class.name() == "type" && t.args.len() == 1 =>
        {
            let arity = class_info(db, class).type_params.len();
            let instance = Type::instance(class.clone(), vec![Type::Any; arity]);
            constrain(db, &t.args[0], &instance, flipped, out);
        }
        // A named tuple is a tuple of the join of its fields' types (`list(p)`), as
        // mypy's fallback is.
        (Type::Instance(t), Type::Instance(a))
            if t.class != a.class
                && let Some(Type::Tuple(fields)) =
                    crate::synthesized::named_tuple_as_tuple(db, actual) =>
        {
            let joined = match fields.split_first() {
                Some((first, rest)) => rest.iter().fold(first.clone(), |acc, f| join(db, &acc, f)),
                None => Type::Never,
            };
            let fallback = builtin_instance(db, "tuple", vec![joined]);
            constrain(db, template, &fallback, flipped, out);
        }
        // A TypedDict is matched as the `Mapping[str, object]` it is at run time.
        (Type::Instance(t), Type::Instance(a))
            if is_typed_dict(db, &a.class) && !is_typed_dict(db, &t.class) =>
        {
            if let Some(mapping) = crate::symbols::typing_class(db, "Mapping") {
                let fallback = Type::instance(
                    mapping,
                    vec![builtin_instance(db, "str", vec![]), object_type(db)],
                );
                constrain(db, template, &fallback, flipped, out);
            }
        }
        (Type::Instance(t), Type::Instance(a)) => {
            let mapped = map_to_ancestor(db, a, &t.class)
                .or_else(|| is_numeric_promotion(&a.class, &t.class).then(|| t.clone()));
            if let Some(mapped) = mapped {
                for (targ, aarg) in t.args.iter().zip(mapped.args.iter()) {
                    constrain(db, targ, aarg, flipped, out);
                }
            } else if class_info(db, &t.class).is_protocol {
                // Structural: match the protocol's methods against the value's.
                let members: Vec<String> = class_info(db, &t.class)
                    .members
                    .symbols
                    .keys()
                    .cloned()
                    .collect();
                for name in members {
                    let (
                        Some((Member::Method { ty: expected, .. }, _)),
                        Some((Member::Method { ty: found, .. }, _)),
                    ) = (lookup_member(db, t, &name), lookup_member(db, a, &name))
                    else {
                        continue;
                    };
                    constrain(
                        db,
                        &bind_method(&expected),
                        &bind_method(&found),
                        flipped,
                        out,
                    );
                }
            }
        }
        (Type::Instance(_), Type::Tuple(items)) => {
            constrain(db, template, &tuple_fallback(db, items), flipped, out)
        }
        (Type::Tuple(t), Type::Tuple(a)) if t.len() == a.len() => {
            for (x, y) in t.iter().zip(a.iter()) {
                constrain(db, x, y, flipped, out);
            }
        }
        (Type::Union(members), _) => {
            // `Any` in the union absorbs nothing: `Any | T` still learns T.
            let fixed: Vec<&Type> = members
                .iter()
                .filter(|m| !m.has_type_vars() && !m.is_any())
                .collect();
            let remaining: Vec<Type> = actual
                .members()
                .iter()
                .filter(|a| !fixed.iter().any(|f| is_assignable(db, a, f)))
                .cloned()
                .collect();
            let generic: Vec<&Type> = members.iter().filter(|m| m.has_type_vars()).collect();
            match generic.as_slice() {
                [only] if !remaining.is_empty() => {
                    constrain(db, only, &Type::union(remaining), flipped, out);
                }
                // Several generic members (`Generator[Any, None, T] | Coroutine[Any, Any,
                // T]`, `T | Sequence[T]`): as mypy, each member of the actual type learns
                // from the members it can be an instance of, and only when they all teach
                // the same (`T | Sequence[T]` given `list[int]` teaches nothing). Members
                // that teach nothing are passed over: a class object fits every protocol
                // here, so `Iterator[T]` would otherwise silence `Callable[[], T]`.
                [_, _, ..] if !flipped => {
                    for actual_member in &remaining {
                        let options: Vec<Vec<Constraint>> = generic
                            .iter()
                            .filter(|m| may_be_instance_of(db, actual_member, m))
                            .map(|m| {
                                let mut found = Vec::new();
                                constrain(db, m, actual_member, flipped, &mut found);
                                found
                            })
                            .filter(|found| !found.is_empty())
                            .collect();
                        if let Some((first, rest)) = options.split_first()
                            && rest.iter().all(|other| same_constraints(first, other))
                        {
                            out.extend(first.iter().cloned());
                        }
                    }
                }
                _ => {}
            }
        }
        (_, Type::Union(members)) => {
            for member in members.iter() {
                constrain(db, template, member, flipped, out);
            }
        }
        (Type::Callable(t), Type::Callable(a)) => {
            constrain(db, &t.ret, &a.ret, flipped, out);
            match t.param_spec_tail() {
                // `Callable[Concatenate[int, P], R]`: the first parameters match one by
                // one, `P` takes the rest as they are.
                Some((prefix, var)) => {
                    let taken = a.params.len().min(prefix);
                    for (tp, ap) in t.params[..prefix].iter().zip(a.params[..taken].iter()) {
                        constrain(db, &tp.ty, &ap.ty, !flipped, out);
                    }
                    let rest = Signature {
                        params: a.params[taken..].iter().cloned().collect(),
                        ret: Type::Any,
                        ..(**a).clone()
                    };
                    out.push(Constraint {
                        var: var.name.clone(),
                        ty: Type::Parameters(Arc::new(rest)),
                        upper: false,
                    });
                }
                None => {
                    for (tp, ap) in t.params.iter().zip(a.params.iter()) {
                        constrain(db, &tp.ty, &ap.ty, !flipped, out);
                    }
                }
            }
        }
        (Type::Callable(t), Type::ClassObject(class)) => {
            let args = vec![Type::Any; class_info(db, class).type_params.len()];
            constrain(
                db,
                &t.ret,
                &Type::instance(class.clone(), args),
                flipped,
                out,
            );
        }
        (Type::Callable(t), Type::Overloaded(signatures)) => {
            // The overload that fits the expected callable's shape, e.g. the
            // `__round__(ndigits)` variant for `SupportsRound` with digits.
            let shape = Type::Callable(t.clone()).substitute(&|_| Some(Type::Any));
            let chosen = signatures
                .iter()
                .find(|s| {
                    is_assignable(
                        db,
                        &Type::Callable(Arc::new(Signature {
                            ret: Type::Any,
                            ..(*s).clone()
                        })),
                        &shape,
                    )
                })
                .or(signatures.first());
            if let Some(chosen) = chosen {
                constrain(
                    db,
                    template,
                    &Type::Callable(Arc::new(chosen.clone())),
                    flipped,
                    out,
                );
            }
        }
        _ => {}
    }
}

/// Bounds on a callee's type variables from the type its result is expected to have
/// (`result <: expected`): each variable of a union result must fit on its own, and a
/// generic result is seen as the expected class first (`list[T]` as `Sequence[T]`).
pub fn infer_constraints_from_context(
    db: &dyn Db,
    result: &Type,
    expected: &Type,
    out: &mut Vec<Constraint>,
) {
    match (result, expected) {
        (Type::TypeVar(var), _) => out.push(Constraint {
            var: var.name.clone(),
            ty: expected.clone(),
            upper: false,
        }),
        (Type::Union(members), _) if !matches!(expected, Type::Union(_)) => {
            for member in members.iter().filter(|m| m.has_type_vars()) {
                infer_constraints_from_context(db, member, expected, out);
            }
        }
        (Type::Instance(own), Type::Instance(wanted)) => {
            if let Some(mapped) = map_to_ancestor(db, own, &wanted.class) {
                for (arg, wanted_arg) in mapped.args.iter().zip(wanted.args.iter()) {
                    infer_constraints_from_context(db, arg, wanted_arg, out);
                }
            }
        }
        (Type::Tuple(own), Type::Tuple(wanted)) if own.len() == wanted.len() => {
            for (arg, wanted_arg) in own.iter().zip(wanted.iter()) {
                infer_constraints_from_context(db, arg, wanted_arg, out);
            }
        }
        _ => infer_constraints(db, result, expected, out),
    }
}

/// Each variable's solution: the join of its lower bounds, or else its upper bound.
pub fn solve(db: &dyn Db, constraints: &[Constraint]) -> Vec<(Arc<str>, Type)> {
    let mut solutions: Vec<(Arc<str>, Type)> = Vec::new();
    for constraint in constraints.iter().filter(|c| !c.upper) {
        match solutions.iter_mut().find(|(n, _)| *n == constraint.var) {
            Some((_, existing)) => *existing = join(db, existing, &constraint.ty),
            None => solutions.push((constraint.var.clone(), constraint.ty.clone())),
        }
    }
    for constraint in constraints.iter().filter(|c| c.upper) {
        if !solutions.iter().any(|(n, _)| *n == constraint.var) {
            solutions.push((constraint.var.clone(), constraint.ty.clone()));
        }
    }
    solutions
}
