//! Variance of a class's type parameters: declared (`TypeVar("T_co", covariant=True)`) or,
//! for PEP 695 classes (`class Box[T]:`), inferred from how the class uses them.
//!
//! Inference follows the typing spec's rule as mypy applies it: a parameter is covariant
//! when every member reads it (method results, read-only attributes, properties),
//! contravariant when every member only accepts it (method parameters), invariant
//! otherwise; a mutable attribute both reads and accepts it. `__init__` and `__new__` do
//! not count, nor does a method returning the class itself, and an attribute whose name
//! starts with one underscore counts as read-only. Direct bases pass on their own
//! parameters' variance. Where the inference runs in circles (a class that mentions
//! itself), the parameters in the circle count as covariant while it is resolved.

use std::sync::Arc;

use crate::db::Db;
use crate::relate::bind_method;
use crate::symbols::{ClassKey, Member, class_info, own_member};
use crate::types::{ClassId, Type, TypeVar, Variance};

/// The variance of `class`'s type parameter at `index`.
pub fn param_variance(db: &dyn Db, class: &ClassId, index: usize) -> Variance {
    let info = class_info(db, class);
    match info.type_params.get(index).map(|param| param.variance) {
        Some(Variance::Inferred) => inferred_variances(db, ClassKey::new(db, class.clone()))
            .get(index)
            .copied()
            .unwrap_or(Variance::Invariant),
        Some(declared) => declared,
        None => Variance::Invariant,
    }
}

#[salsa::tracked(returns(ref), cycle_result = variances_cycle)]
fn inferred_variances<'db>(db: &'db dyn Db, key: ClassKey<'db>) -> Arc<[Variance]> {
    let class = key.class(db);
    let info = class_info(db, class);
    let mut uses: Vec<Uses> = vec![Uses::default(); info.type_params.len()];
    let self_instance = Type::Instance(info.self_instance());
    for name in info.members.symbols.keys() {
        if matches!(name.as_str(), "__init__" | "__new__" | "__replace__") {
            continue;
        }
        let Some(member) = own_member(db, class, name) else {
            continue;
        };
        let (ty, settable) = match member {
            Member::Method {
                ty,
                is_static: true,
                ..
            } => (ty, false),
            Member::Method { ty, .. } => {
                (erase_self_returns(&bind_method(&ty), &self_instance), false)
            }
            Member::Property(ty) => (ty, false),
            Member::Attribute(ty) => {
                let private = name.starts_with('_') && !name.starts_with("__");
                let is_final = crate::finals::final_member(db, class, name).is_some();
                (ty, !private && !is_final)
            }
            Member::NestedClass(_) => continue,
        };
        let polarity = if settable {
            Polarity::Both
        } else {
            Polarity::Positive
        };
        for (index, param) in info.type_params.iter().enumerate() {
            record(db, &ty, param, polarity, &mut uses[index]);
        }
    }
    for base in &info.bases {
        for (index, param) in info.type_params.iter().enumerate() {
            record(
                db,
                &Type::Instance(base.clone()),
                param,
                Polarity::Positive,
                &mut uses[index],
            );
        }
    }
    uses.iter()
        .map(|uses| match (uses.read, uses.accepted) {
            (_, false) => Variance::Covariant,
            (false, true) => Variance::Contravariant,
            (true, true) => Variance::Invariant,
        })
        .collect()
}

fn variances_cycle<'db>(db: &'db dyn Db, _id: salsa::Id, key: ClassKey<'db>) -> Arc<[Variance]> {
    let arity = class_info(db, key.class(db)).type_params.len();
    vec![Variance::Covariant; arity].into()
}

/// How a type parameter occurs in the members seen so far.
#[derive(Debug, Clone, Copy, Default)]
struct Uses {
    /// Somewhere a caller gets a value of it out (a covariant position).
    read: bool,
    /// Somewhere a caller puts a value of it in (a contravariant position).
    accepted: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Polarity {
    Positive,
    Negative,
    Both,
}

impl Polarity {
    fn flipped(self) -> Polarity {
        match self {
            Polarity::Positive => Polarity::Negative,
            Polarity::Negative => Polarity::Positive,
            Polarity::Both => Polarity::Both,
        }
    }

    /// The position of an argument of a class whose parameter has `variance`.
    fn through(self, variance: Variance) -> Polarity {
        match variance {
            Variance::Covariant => self,
            Variance::Contravariant => self.flipped(),
            Variance::Invariant | Variance::Inferred => Polarity::Both,
        }
    }
}

/// Notes where `param` occurs in `ty`, seen at `polarity`.
fn record(db: &dyn Db, ty: &Type, param: &TypeVar, polarity: Polarity, uses: &mut Uses) {
    match ty {
        Type::TypeVar(var) if var.name == param.name => match polarity {
            Polarity::Positive => uses.read = true,
            Polarity::Negative => uses.accepted = true,
            Polarity::Both => {
                uses.read = true;
                uses.accepted = true;
            }
        },
        Type::Instance(instance) => {
            for (index, arg) in instance.args.iter().enumerate() {
                let variance = param_variance(db, &instance.class, index);
                record(db, arg, param, polarity.through(variance), uses);
            }
        }
        Type::Tuple(items) | Type::Union(items) => {
            for item in items.iter() {
                record(db, item, param, polarity, uses);
            }
        }
        Type::Callable(signature) => {
            for p in signature.params.iter() {
                record(db, &p.ty, param, polarity.flipped(), uses);
            }
            record(db, &signature.ret, param, polarity, uses);
        }
        Type::Overloaded(signatures) => {
            for signature in signatures.iter() {
                record(
                    db,
                    &Type::Callable(Arc::new(signature.clone())),
                    param,
                    polarity,
                    uses,
                );
            }
        }
        _ => {}
    }
}

/// A method that returns the class itself (`def copy(self) -> Box[T]`, `-> Self`) says
/// nothing about variance: such results count as `Any`.
fn erase_self_returns(method: &Type, self_instance: &Type) -> Type {
    match method {
        Type::Callable(signature) => {
            let returns_self = signature.ret == *self_instance
                || matches!(&signature.ret, Type::TypeVar(var) if var.name.as_ref() == "Self");
            if !returns_self {
                return method.clone();
            }
            let mut erased = (**signature).clone();
            erased.ret = Type::Any;
            Type::Callable(Arc::new(erased))
        }
        Type::Overloaded(signatures) => Type::Overloaded(
            signatures
                .iter()
                .map(|s| {
                    match erase_self_returns(&Type::Callable(Arc::new(s.clone())), self_instance) {
                        Type::Callable(erased) => (*erased).clone(),
                        _ => s.clone(),
                    }
                })
                .collect(),
        ),
        other => other.clone(),
    }
}
