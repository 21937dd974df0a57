//! What mypy requires of a class's constructor methods where they are defined:
//! `__init__` returns `None`, and `__new__` returns an instance of its class (mypy takes
//! the word of a `__new__` that says otherwise at calls, which `calls` follows).

use pycheck_diagnostics::{codes, messages};
use pycheck_syntax::TextRange;

use crate::infer::Checker;
use crate::relate::is_assignable;
use crate::symbols::{ClassInfo, FunctionDef};
use crate::types::{Signature, Type};

impl Checker<'_> {
    /// Checks the declared return of `__init__`, `__init_subclass__` and `__new__`.
    pub(crate) fn check_constructor_return(
        &mut self,
        def: &FunctionDef<'_>,
        signature: &Signature,
        class: &ClassInfo,
        range: TextRange,
    ) {
        if def.returns.is_none() || self.file.is_stub(self.db) {
            return;
        }
        let ret = &signature.ret;
        match def.name {
            // `Any` may be pycheck's own doubt about the annotation: say nothing.
            "__init__" | "__init_subclass__"
                if !matches!(ret, Type::None | Type::Never | Type::Any) =>
            {
                self.report(codes::MISC, range, messages::must_return_none(def.name));
            }
            "__new__" => {
                let is_metaclass =
                    crate::symbols::ancestors(self.db, &class.id)
                        .iter()
                        .any(|ancestor| {
                            ancestor.class.name() == "type"
                                && Some(&ancestor.class)
                                    == crate::symbols::builtin_class(self.db, "type").as_ref()
                        });
                if is_metaclass
                    || !class.type_params.is_empty()
                    || class.has_unknown_base
                    || ret.has_type_vars()
                {
                    return;
                }
                match ret {
                    Type::Any | Type::Never | Type::Tuple(_) => {}
                    Type::Instance(_) | Type::Literal(_) => {
                        let own = Type::Instance(class.self_instance());
                        if !is_assignable(self.db, ret, &own) {
                            self.report(
                                codes::MISC,
                                range,
                                messages::incompatible_new_return(
                                    &ret.to_string(),
                                    &own.to_string(),
                                ),
                            );
                        }
                    }
                    other => self.report(
                        codes::MISC,
                        range,
                        messages::new_must_return_instance(&other.to_string()),
                    ),
                }
            }
            _ => {}
        }
    }
}
