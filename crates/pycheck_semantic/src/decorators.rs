//! Decorated functions: a `def` under `@decorator` is bound to what the decorator returns
//! when called with the function, innermost decorator first, as in Python.
//!
//! A decorator whose type is unknown (an untyped function, an unresolved import) makes the
//! function `Any`, as in mypy. The decorators the engine models itself (`staticmethod`,
//! `classmethod`, `property` and its setters, `overload`, `abstractmethod`, `final`,
//! `override`) leave the function as it is here; the class and overload logic reads them.

use pycheck_syntax::ast;
use pycheck_syntax::ast::Ranged;

use crate::calls::{ArgKind, ArgValue, CallArg};
use crate::db::{Db, File};
use crate::infer::Checker;
use crate::types::Type;

/// Names of decorators that the engine reads itself rather than calls.
const MODELLED: &[&str] = &[
    "staticmethod",
    "classmethod",
    "property",
    "cached_property",
    "abstractmethod",
    "abstractproperty",
    "overload",
    "final",
    "override",
    "setter",
    "getter",
    "deleter",
    "no_type_check",
];

/// Whether `decorator` is one the engine models by name (and so does not call).
pub(crate) fn is_modelled(decorator: &ast::Expr) -> bool {
    let name = match decorator {
        ast::Expr::Name(name) => name.id.as_str(),
        ast::Expr::Attribute(attribute) => attribute.attr.as_str(),
        _ => return false,
    };
    MODELLED.contains(&name)
}

/// Whether applying `decorators` may change what the function is.
pub fn changes_type(decorators: &[ast::Expr]) -> bool {
    decorators.iter().any(|decorator| !is_modelled(decorator))
}

/// The type of a function defined at module or class level once `decorators` are applied
/// to `undecorated`, with no diagnostics.
pub fn decorated_type(
    db: &dyn Db,
    file: File,
    decorators: &[ast::Expr],
    undecorated: Type,
) -> Type {
    if !changes_type(decorators) {
        return undecorated;
    }
    let mut checker = Checker::new(db, file);
    checker.silence += 1;
    checker.apply_decorators(decorators, undecorated)
}

impl Checker<'_> {
    /// Calls each decorator that the engine does not model with the function so far,
    /// innermost first; argument errors are reported at the decorator.
    pub fn apply_decorators(&mut self, decorators: &[ast::Expr], undecorated: Type) -> Type {
        let mut function = undecorated;
        for decorator in decorators.iter().rev() {
            if is_modelled(decorator) {
                continue;
            }
            let callee = self.infer(decorator, None);
            let argument = CallArg {
                kind: ArgKind::Positional,
                value: ArgValue::Type(function),
                range: decorator.range(),
            };
            function = self.call_type(&callee, &[argument], decorator.range(), None);
        }
        function
    }
}
