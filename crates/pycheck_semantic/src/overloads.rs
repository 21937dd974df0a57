//! What mypy checks where `@overload`s are defined (outside stubs): that there are at
//! least two, that an implementation follows them, that no signature hides a later one
//! or overlaps it with an incompatible return type, and that the implementation accepts
//! every signature's arguments and can produce its return type.
//!
//! The comparisons follow mypy's (`check_overlapping_overloads`), but answer in three
//! values: whatever the engine cannot decide for certain (type variables, `Any` where
//! mypy's proper subtyping would matter, promotions, invariant generics, `*args` in a
//! signature, decorators it does not know) makes the whole comparison silent.

use pycheck_diagnostics::{codes, messages};
use pycheck_syntax::TextRange;
use pycheck_syntax::ast::{self, Ranged, Stmt};

use crate::class_checks::{
    Formal, argument_by_name, argument_by_position, corresponding_argument, formal_arguments,
};
use crate::infer::{Checker, ScopeKind, is_trivial_body};
use crate::relate::is_assignable;
use crate::symbols::{ClassInfo, FunctionDef, has_decorator, signature_of};
use crate::types::{ParamKind, Signature, Type};

/// The decorators an overload item may carry and still have the signature its `def`
/// says (for the type comparisons).
const TRANSPARENT_DECORATORS: &[&str] = &[
    "overload",
    "staticmethod",
    "classmethod",
    "abstractmethod",
    "override",
    "final",
];

/// One `def` of a run of same-named definitions.
struct Item<'a> {
    stmt: &'a Stmt,
    def: FunctionDef<'a>,
    is_overload: bool,
}

impl Item<'_> {
    fn has(&self, checker: &Checker<'_>, decorator: &str) -> bool {
        has_decorator(checker.db, checker.file, self.def.decorators, decorator)
    }

    /// Where mypy reports on the definition as a whole: its first decorator's line.
    fn head(&self) -> TextRange {
        self.def
            .decorators
            .first()
            .map_or(self.stmt.range(), |decorator| decorator.range())
    }

    /// Where mypy reports on the `def` itself: the line of the `def` keyword, where a
    /// decorated definition's range starts.
    fn def_line(&self) -> TextRange {
        self.stmt.range()
    }

    fn knows_all_decorators(&self) -> bool {
        self.def.decorators.iter().all(|decorator| {
            let name = match decorator {
                ast::Expr::Name(name) => name.id.as_str(),
                ast::Expr::Attribute(attribute) => attribute.attr.as_str(),
                _ => return false,
            };
            TRANSPARENT_DECORATORS.contains(&name)
        })
    }
}

impl Checker<'_> {
    /// Checks the overloads that start at `body[index]`, if they do.
    pub(crate) fn check_overloads_at(&mut self, body: &[Stmt], index: usize) {
        if self.silence > 0 || self.file.is_stub(self.db) {
            return;
        }
        let Some(first) = body.get(index).and_then(FunctionDef::of) else {
            return;
        };
        let name = first.name;
        if name == "_" || first.decorators.is_empty() {
            return;
        }
        let same_name = |stmt: &Stmt| FunctionDef::of(stmt).is_some_and(|def| def.name == name);
        if index > 0 && same_name(&body[index - 1]) {
            return;
        }
        let run: Vec<Item<'_>> = body[index..]
            .iter()
            .take_while(|stmt| same_name(stmt))
            .filter_map(|stmt| {
                let def = FunctionDef::of(stmt)?;
                let is_overload = has_decorator(self.db, self.file, def.decorators, "overload");
                Some(Item {
                    stmt,
                    def,
                    is_overload,
                })
            })
            .collect();
        if !run[0].is_overload || self.defined_elsewhere(body, index, run.len(), name) {
            return;
        }
        let (items, implementation) = match run.split_last() {
            Some((last, rest)) if !last.is_overload => (rest, Some(last)),
            _ => (&run[..], None),
        };
        // An `@overload` missing in the middle is another error of mypy's.
        if items.iter().any(|item| !item.is_overload) {
            return;
        }
        let class_scope = self
            .scopes
            .last()
            .is_some_and(|scope| scope.kind == ScopeKind::Class);
        let owner = self.in_class_scope();
        if class_scope && owner.is_none() {
            // A class the engine does not index (inside a function).
            return;
        }
        if items.len() == 1 {
            self.report(
                codes::MISC,
                items[0].head(),
                messages::SINGLE_OVERLOAD.to_owned(),
            );
            if implementation.is_none() {
                self.lone_overload_body(&items[0], owner.as_deref());
                return;
            }
        }
        let is_protocol = owner.as_ref().is_some_and(|class| class.is_protocol);
        let abstract_items = items
            .iter()
            .filter(|item| item.has(self, "abstractmethod"))
            .count();
        if implementation.is_none() && !is_protocol && abstract_items < items.len() {
            self.report(
                codes::NO_OVERLOAD_IMPL,
                items[0].head(),
                messages::OVERLOAD_WITHOUT_IMPLEMENTATION.to_owned(),
            );
        }
        if !is_protocol && abstract_items != 0 && abstract_items != items.len() {
            self.report(
                codes::MISC,
                items[0].head(),
                messages::OVERLOAD_ABSTRACT_MIX.to_owned(),
            );
        }
        let mut kinds: Vec<(bool, bool)> = items
            .iter()
            .chain(implementation)
            .map(|item| {
                (
                    item.has(self, "classmethod"),
                    item.has(self, "staticmethod"),
                )
            })
            .collect();
        if owner.is_some() {
            let mixed =
                |pick: fn(&(bool, bool)) -> bool| kinds.iter().any(pick) && !kinds.iter().all(pick);
            let message = if mixed(|k| k.0) {
                Some("classmethod")
            } else if mixed(|k| k.1) {
                Some("staticmethod")
            } else {
                None
            };
            if let Some(decorator) = message {
                self.report(
                    codes::MISC,
                    items[0].head(),
                    messages::overload_inconsistent_decorator(decorator),
                );
                return;
            }
        }
        let is_static = kinds.pop().is_some_and(|(_, is_static)| is_static);
        self.compare_overloads(items, implementation, owner.as_deref(), is_static);
    }

    /// Inside a function, the overloads ending at `body[index]` are what later
    /// statements call, not the implementation that was declared last.
    pub(crate) fn declare_local_overloads(&mut self, body: &[Stmt], index: usize) {
        let in_function = self
            .scopes
            .last()
            .is_some_and(|scope| scope.kind == ScopeKind::Function);
        let Some(last) = body.get(index).and_then(FunctionDef::of) else {
            return;
        };
        if !in_function
            || body
                .get(index + 1)
                .and_then(FunctionDef::of)
                .is_some_and(|next| next.name == last.name)
        {
            return;
        }
        let run: Vec<FunctionDef<'_>> = body[..=index]
            .iter()
            .rev()
            .map_while(|stmt| FunctionDef::of(stmt).filter(|def| def.name == last.name))
            .collect();
        let signatures: Vec<Signature> = run
            .iter()
            .rev()
            .filter(|def| has_decorator(self.db, self.file, def.decorators, "overload"))
            .map(|def| signature_of(self.db, self.file, def, None))
            .collect();
        if signatures.len() > 1 {
            let ty = Type::Overloaded(signatures.into());
            self.declare_local(last.name, ty);
        }
    }

    /// Whether `name` is also defined in `body` outside the run at `index`: conditional
    /// overloads, redefinitions and the like, which mypy merges by rules of its own.
    fn defined_elsewhere(&self, body: &[Stmt], index: usize, len: usize, name: &str) -> bool {
        body.iter().enumerate().any(|(at, stmt)| {
            if (index..index + len).contains(&at) {
                return false;
            }
            match stmt {
                Stmt::If(_) | Stmt::Try(_) | Stmt::TryStar(_) | Stmt::With(_) => {
                    crate::index::nested_blocks(stmt).iter().any(|block| {
                        block
                            .iter()
                            .any(|s| FunctionDef::of(s).is_some_and(|def| def.name == name))
                    })
                }
                other => FunctionDef::of(other).is_some_and(|def| def.name == name),
            }
        })
    }

    /// A single `@overload` without an implementation is an ordinary function to mypy,
    /// whose `...` body promises nothing it returns.
    fn lone_overload_body(&mut self, item: &Item<'_>, owner: Option<&ClassInfo>) {
        let def = &item.def;
        if def.returns.is_none()
            || def.is_async
            || !is_trivial_body(def.body)
            || owner.is_some_and(|class| class.is_protocol)
            || item.has(self, "abstractmethod")
        {
            return;
        }
        let signature = signature_of(self.db, self.file, def, owner);
        let expected = signature.ret;
        if expected.is_any() || is_assignable(self.db, &Type::None, &expected) {
            return;
        }
        let message = if expected == Type::Never {
            messages::IMPLICIT_RETURN_IN_NORETURN
        } else {
            messages::MISSING_RETURN_STATEMENT
        };
        let range = item.def_line();
        self.report(codes::EMPTY_BODY, range, message.to_owned());
    }

    /// mypy's `check_overlapping_overloads`, where the engine can be sure.
    fn compare_overloads(
        &mut self,
        items: &[Item<'_>],
        implementation: Option<&Item<'_>>,
        owner: Option<&ClassInfo>,
        is_static: bool,
    ) {
        let db = self.db;
        let file = self.file;
        let all_known = items
            .iter()
            .chain(implementation)
            .all(|item| item.knows_all_decorators() && !item.def.is_async);
        if !all_known {
            return;
        }
        let is_method = owner.is_some() && !is_static;
        // The receiver is the same in every signature; an annotated one picks instances
        // (`self: Box[int]`), which the comparisons below do not follow.
        let receiver_annotated = |item: &Item<'_>| {
            is_method
                && crate::symbols::all_params(item.def.args)
                    .next()
                    .is_some_and(|param| param.annotation.is_some())
        };
        if items.iter().chain(implementation).any(receiver_annotated) {
            return;
        }
        let prepare = |item: &Item<'_>| -> Option<Signature> {
            let signature = signature_of(db, file, &item.def, owner);
            if signature.untyped {
                return None;
            }
            if !is_method {
                return Some(signature);
            }
            let first = signature.params.first()?;
            if !matches!(
                first.kind,
                ParamKind::PositionalOnly | ParamKind::PositionalOrKeyword
            ) {
                return None;
            }
            Some(Signature {
                params: signature.params[1..].into(),
                ..signature
            })
        };
        let signatures: Vec<Option<Signature>> = items.iter().map(prepare).collect();
        let implementation_signature = implementation.and_then(|item| {
            let signature = prepare(item)?;
            (!signature.has_type_vars()).then_some(signature)
        });
        let is_descriptor_get = owner.is_some() && items[0].def.name == "__get__";
        for (i, first) in signatures.iter().enumerate() {
            let Some(first) = first.as_ref().filter(|s| !s.has_type_vars()) else {
                continue;
            };
            for (j, second) in signatures.iter().enumerate().skip(i + 1) {
                let Some(second) = second.as_ref().filter(|s| !s.has_type_vars()) else {
                    continue;
                };
                if !argument_counts_overlap(first, second) {
                    continue;
                }
                match can_never_match(db, first, second) {
                    Some(true) => {
                        self.report(
                            codes::OVERLOAD_CANNOT_MATCH,
                            items[j].def_line(),
                            messages::overload_never_matched(i + 1, j + 1),
                        );
                        continue;
                    }
                    Some(false) => {}
                    None => continue,
                }
                if is_descriptor_get || unsafe_overlap(db, first, second) != Some(true) {
                    continue;
                }
                let flip_note = if j == i + 1 {
                    match (
                        unsafe_overlap(db, second, first),
                        can_never_match(db, second, first),
                    ) {
                        (Some(flipped_unsafe), Some(flipped_never)) => {
                            !flipped_unsafe && !flipped_never
                        }
                        _ => continue,
                    }
                } else {
                    false
                };
                let notes = match flip_note {
                    true => vec![messages::OVERLOAD_FLIP_NOTE.to_owned()],
                    false => Vec::new(),
                };
                self.report_with_notes(
                    codes::OVERLOAD_OVERLAP,
                    items[i].def_line(),
                    messages::overloads_overlap(i + 1, j + 1),
                    notes,
                );
            }
            let (Some(implementation), Some(accepting)) =
                (implementation, implementation_signature.as_ref())
            else {
                continue;
            };
            let mut accepting = accepting.clone();
            // As mypy does, the first parameter takes the signature's type, so that a
            // static method's implementation is not faulted for it (a receiver is gone).
            if owner.is_some()
                && !is_method
                && let (Some(model), Some(_)) = (first.params.first(), accepting.params.first())
            {
                let mut params = accepting.params.to_vec();
                params[0].ty = model.ty.clone();
                accepting.params = params.into();
            }
            // mypy reports on a decorated implementation as a whole (its first decorator).
            let range = implementation.head();
            let subtype = |right: &Type, left: &Type| Some(is_assignable(db, right, left));
            let params_accepted = parameters_compatible(&accepting, first, &subtype, false);
            let returns = [
                returns_comparable(&first.ret, &accepting.ret)
                    .then(|| is_assignable(db, &first.ret, &accepting.ret)),
                returns_comparable(&first.ret, &accepting.ret)
                    .then(|| is_assignable(db, &accepting.ret, &first.ret)),
            ];
            if params_accepted == Some(true) && returns[0] == Some(true) {
                continue;
            }
            if params_accepted == Some(false) {
                self.report(
                    codes::MISC,
                    range,
                    messages::overload_implementation_parameters(i + 1),
                );
            }
            if returns == [Some(false), Some(false)] {
                self.report(
                    codes::MISC,
                    range,
                    messages::overload_implementation_return(i + 1),
                );
            }
        }
    }
}

/// Return types the engine compares as mypy would.
fn returns_comparable(a: &Type, b: &Type) -> bool {
    let plain = |ty: &Type| !ty.has_type_vars() && !matches!(ty, Type::TypeGuard(_));
    plain(a) && plain(b)
}

/// mypy's `are_argument_counts_overlapping`: can one call pass as many positional
/// arguments as both need?
fn argument_counts_overlap(a: &Signature, b: &Signature) -> bool {
    let positional = |kind: ParamKind| {
        matches!(
            kind,
            ParamKind::PositionalOnly | ParamKind::PositionalOrKeyword
        )
    };
    let min_args = |s: &Signature| {
        s.params
            .iter()
            .filter(|p| positional(p.kind) && !p.has_default)
            .count()
    };
    let max_args = |s: &Signature| {
        if s.params.iter().any(|p| p.kind == ParamKind::VarPositional) {
            usize::MAX
        } else {
            s.params.iter().filter(|p| positional(p.kind)).count()
        }
    };
    min_args(a).max(min_args(b)) <= max_args(a).min(max_args(b))
}

/// mypy's `overload_can_never_match`: `earlier` accepts every call `later` accepts, each
/// argument at the same or a broader type.
fn can_never_match(db: &dyn crate::db::Db, earlier: &Signature, later: &Signature) -> Option<bool> {
    let more_precise = |right: &Type, left: &Type| -> Option<bool> {
        if left.is_any() {
            return Some(true);
        }
        (is_plain(db, right) && is_plain(db, left)).then(|| is_assignable(db, right, left))
    };
    parameters_compatible(earlier, later, &more_precise, false)
}

/// mypy's `is_unsafe_overlapping_overload_signatures`: some call matches both, `first`
/// wins it, and its return type is not within `second`'s.
fn unsafe_overlap(db: &dyn crate::db::Db, first: &Signature, second: &Signature) -> Option<bool> {
    if subset_no_promote(db, &first.ret, &second.ret)? {
        return Some(false);
    }
    let overlapping = |right: &Type, left: &Type| overlaps(db, right, left);
    let forward = parameters_compatible(first, second, &overlapping, true);
    let backward = parameters_compatible(second, first, &overlapping, true);
    match (forward, backward) {
        (Some(true), _) | (_, Some(true)) => {}
        (Some(false), Some(false)) => return Some(false),
        _ => return None,
    }
    // Calls that `second` takes only at types within `first`'s are `first`'s anyway.
    let within = |right: &Type, left: &Type| subset_no_promote(db, left, right);
    parameters_compatible(second, first, &within, true).map(|narrower| !narrower)
}

/// A type whose relations the engine knows exactly as mypy's: classes (not protocols),
/// literals, `None`, tuples and unions of them, without `Any`.
fn is_plain(db: &dyn crate::db::Db, ty: &Type) -> bool {
    match ty {
        Type::None | Type::Literal(_) => true,
        Type::Instance(instance) => {
            !crate::symbols::class_info(db, &instance.class).is_protocol
                && !crate::symbols::class_info(db, &instance.class).has_unknown_base
                && instance.args.iter().all(|arg| is_plain(db, arg))
        }
        Type::Tuple(items) => items.iter().all(|item| is_plain(db, item)),
        Type::Union(members) => members.iter().all(|member| is_plain(db, member)),
        _ => false,
    }
}

/// Whether the type mentions a class that numeric or bytes promotion widens to: the
/// engine's subtyping promotes, mypy's test here does not.
fn mentions_promotion(ty: &Type) -> bool {
    match ty {
        Type::Instance(instance) => {
            matches!(instance.class.name(), "float" | "complex" | "bytes")
                || instance.args.iter().any(mentions_promotion)
        }
        Type::Tuple(items) => items.iter().any(mentions_promotion),
        Type::Union(members) => members.iter().any(mentions_promotion),
        _ => false,
    }
}

/// Whether the type has type arguments, in which mypy's test here is covariant.
fn mentions_generic(ty: &Type) -> bool {
    match ty {
        Type::Instance(instance) => !instance.args.is_empty(),
        Type::Tuple(items) => items.iter().any(mentions_generic),
        Type::Union(members) => members.iter().any(mentions_generic),
        _ => false,
    }
}

/// mypy's `is_subset_no_promote` (subtyping without promotions, covariant in every
/// type argument), where the engine is sure.
fn subset_no_promote(db: &dyn crate::db::Db, left: &Type, right: &Type) -> Option<bool> {
    if left == right {
        return Some(true);
    }
    if left.has_type_vars() || right.has_type_vars() {
        return None;
    }
    if left.is_any() || right.is_any() {
        return Some(true);
    }
    if !(is_plain(db, left) && is_plain(db, right)) {
        return None;
    }
    match is_assignable(db, left, right) {
        true if mentions_promotion(left) || mentions_promotion(right) => None,
        false if mentions_generic(left) || mentions_generic(right) => None,
        answer => Some(answer),
    }
}

/// mypy's `is_overlapping_types_for_overload`, answered only where it is `True` for
/// certain: one type within the other (`None` and `object` aside, which overloads treat
/// as apart).
fn overlaps(db: &dyn crate::db::Db, a: &Type, b: &Type) -> Option<bool> {
    let is_object = |ty: &Type| matches!(ty, Type::Instance(i) if i.class.name() == "object");
    if (a == &Type::None && is_object(b)) || (b == &Type::None && is_object(a)) {
        return None;
    }
    if !(is_plain(db, a) && is_plain(db, b)) {
        return None;
    }
    let within = |x: &Type, y: &Type| subset_no_promote(db, x, y) == Some(true);
    (within(a, b) || within(b, a)).then_some(true)
}

/// mypy's `are_parameters_compatible` for a `right` without `*args` or `**kwargs`:
/// whether `left` accepts every call `right` accepts, `compat(right's type, left's type)`
/// deciding each pair of arguments. `None` when some part cannot be decided.
fn parameters_compatible(
    left: &Signature,
    right: &Signature,
    compat: &dyn Fn(&Type, &Type) -> Option<bool>,
    allow_partial_overlap: bool,
) -> Option<bool> {
    if right
        .params
        .iter()
        .any(|p| matches!(p.kind, ParamKind::VarPositional | ParamKind::VarKeyword))
    {
        return None;
    }
    let mut undecided = false;
    for right_arg in formal_arguments(right) {
        let Some(left_arg) = corresponding_argument(left, &right_arg).ok()? else {
            if allow_partial_overlap && !right_arg.required {
                continue;
            }
            return Some(false);
        };
        match args_compatible(&left_arg, &right_arg, compat, allow_partial_overlap) {
            Some(true) => {}
            Some(false) => return Some(false),
            None => undecided = true,
        }
    }
    for left_arg in formal_arguments(left) {
        let by_name = argument_by_name(right, left_arg.name.as_deref());
        let by_position = argument_by_position(right, left_arg.pos);
        if let (Some(by_name), Some(by_position)) = (&by_name, &by_position)
            && by_name != by_position
            && (by_name.required || by_position.required)
        {
            return Some(false);
        }
        if left_arg.required && by_name.is_none() && by_position.is_none() {
            return Some(false);
        }
    }
    (!undecided).then_some(true)
}

/// mypy's `are_args_compatible` (positional names count).
fn args_compatible(
    left: &Formal,
    right: &Formal,
    compat: &dyn Fn(&Type, &Type) -> Option<bool>,
    allow_partial_overlap: bool,
) -> Option<bool> {
    let partial = allow_partial_overlap && !(left.required && right.required);
    if right.name.is_some() && !(partial && left.name.is_none()) && left.name != right.name {
        return Some(false);
    }
    if right.pos.is_some() && left.pos != right.pos {
        return Some(false);
    }
    if !partial && !right.required && left.required {
        return Some(false);
    }
    if partial && !left.required && !right.required {
        return Some(true);
    }
    compat(&right.ty, &left.ty)
}
