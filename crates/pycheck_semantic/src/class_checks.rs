//! What a class owes its bases, checked as mypy checks it: overrides that keep the base's
//! promises (`[override]`, and class attributes against the base's declared type),
//! abstract classes that must not be instantiated (`[abstract]`), properties without a
//! setter, and `super()` seen as the rest of the method resolution order.
//!
//! Every check here stays silent where it cannot be sure: a base the engine does not
//! see, a decorator it does not know, generic methods, stubs other than `object`'s.

use std::collections::HashSet;

use pycheck_diagnostics::{codes, messages};
use pycheck_syntax::TextRange;
use pycheck_syntax::ast::{self, Ranged, Stmt};

use crate::db::{Db, File};
use crate::index::{Declaration, module_index, module_name_of_file};
use crate::infer::{Checker, ScopeKind};
use crate::relate::{bind_method_to, is_assignable};
use crate::symbols::{
    ClassInfo, FunctionDef, Member, all_params, ancestors, builtin_class, class_info, class_path,
    has_decorator, lookup_member_from, own_member, signature_of,
};
use crate::types::{ClassId, Instance, Param, ParamKind, Signature, Type};

/// Names whose type may differ from the base's (mypy's `ALLOW_INCOMPATIBLE_OVERRIDE`).
const ALLOW_INCOMPATIBLE_OVERRIDE: &[&str] = &["__slots__", "__deletable__", "__match_args__"];

/// Methods with rules of their own: their signatures may change freely.
const UNCHECKED_OVERRIDES: &[&str] = &["__init__", "__new__", "__init_subclass__", "__post_init__"];

/// `__x` (not `__x__`): mangled per class, so never an override.
fn is_private(name: &str) -> bool {
    name.starts_with("__") && !name.ends_with("__")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MethodKind {
    Instance,
    Class,
    Static,
}

/// A `def` in a class body whose signature the engine fully knows: no decorator but
/// `classmethod`, `staticmethod` and `abstractmethod`, not overloaded, not generic.
struct PlainMethod {
    signature: Signature,
    kind: MethodKind,
    /// The name of the receiver as written (`self`, `cls`), for the notes.
    receiver: Option<String>,
    /// The signature said `Self` (now replaced): the notes would have to spell it.
    mentions_self: bool,
}

fn plain_method(
    db: &dyn Db,
    file: File,
    def: &FunctionDef<'_>,
    owner: &ClassInfo,
) -> Option<PlainMethod> {
    let mut kind = MethodKind::Instance;
    for decorator in def.decorators {
        let name = match decorator {
            ast::Expr::Name(name) => name.id.as_str(),
            ast::Expr::Attribute(attribute) => attribute.attr.as_str(),
            _ => return None,
        };
        match name {
            "classmethod" => kind = MethodKind::Class,
            "staticmethod" => kind = MethodKind::Static,
            // Neither changes the method's type.
            "abstractmethod" | "override" | "final" => {}
            _ => return None,
        }
    }
    if def.is_async {
        return None;
    }
    let signature = signature_of(db, file, def, Some(owner));
    let receiver = all_params(def.args).next().map(|arg| arg.arg.to_string());
    Some(PlainMethod {
        signature,
        kind,
        receiver,
        mentions_self: false,
    })
}

/// The one plain `def` that `class` declares under `name`, if that is what it declares.
fn declared_plain_method(db: &dyn Db, class: &ClassId, name: &str) -> Option<PlainMethod> {
    let info = class_info(db, class);
    let Some(Declaration::Function(paths)) = info.members.get(name) else {
        return None;
    };
    let [path] = paths.as_slice() else {
        return None;
    };
    let body = crate::parse::parsed_module(db, class.file).body();
    let def = FunctionDef::at(body, path)?;
    plain_method(db, class.file, &def, &info)
}

/// How a method is called through an instance (or the class, for a classmethod).
fn bound(method: &PlainMethod) -> Signature {
    match method.kind {
        MethodKind::Static => method.signature.clone(),
        _ => method.signature.bind_self(),
    }
}

/// One formal argument as mypy's `FormalArgument` sees it: positional-only arguments
/// have no name, and arguments after `*` or `*args` no position.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Formal {
    pub name: Option<String>,
    pub pos: Option<usize>,
    pub ty: Type,
    pub required: bool,
}

fn is_positional(kind: ParamKind) -> bool {
    matches!(
        kind,
        ParamKind::PositionalOnly | ParamKind::PositionalOrKeyword
    )
}

fn is_star(kind: ParamKind) -> bool {
    matches!(kind, ParamKind::VarPositional | ParamKind::VarKeyword)
}

fn param_name(param: &Param) -> Option<String> {
    (param.kind != ParamKind::PositionalOnly).then(|| param.name.to_string())
}

fn var_arg(signature: &Signature) -> Option<Formal> {
    signature
        .params
        .iter()
        .enumerate()
        .find(|(_, p)| p.kind == ParamKind::VarPositional)
        .map(|(i, p)| Formal {
            name: None,
            pos: Some(i),
            ty: p.star_item_type(),
            required: false,
        })
}

fn kw_arg(signature: &Signature) -> Option<Formal> {
    signature
        .params
        .iter()
        .enumerate()
        .find(|(_, p)| p.kind == ParamKind::VarKeyword)
        .map(|(i, p)| Formal {
            name: None,
            pos: Some(i),
            ty: p.star_item_type(),
            required: false,
        })
}

pub(crate) fn formal_arguments(signature: &Signature) -> Vec<Formal> {
    let mut done_with_positional = false;
    let mut formals = Vec::new();
    for (i, param) in signature.params.iter().enumerate() {
        if !is_positional(param.kind) {
            done_with_positional = true;
        }
        if is_star(param.kind) {
            continue;
        }
        formals.push(Formal {
            name: param_name(param),
            pos: (!done_with_positional).then_some(i),
            ty: param.ty.clone(),
            required: !param.has_default,
        });
    }
    formals
}

pub(crate) fn argument_by_name(signature: &Signature, name: Option<&str>) -> Option<Formal> {
    let name = name?;
    let mut seen_star = false;
    for (i, param) in signature.params.iter().enumerate() {
        if !is_positional(param.kind) {
            seen_star = true;
        }
        if is_star(param.kind) {
            continue;
        }
        if param_name(param).as_deref() == Some(name) {
            return Some(Formal {
                name: Some(name.to_owned()),
                pos: (!seen_star).then_some(i),
                ty: param.ty.clone(),
                required: !param.has_default,
            });
        }
    }
    kw_arg(signature).map(|kw| Formal {
        name: Some(name.to_owned()),
        pos: None,
        ty: kw.ty,
        required: false,
    })
}

pub(crate) fn argument_by_position(
    signature: &Signature,
    position: Option<usize>,
) -> Option<Formal> {
    let position = position?;
    match signature.params.get(position) {
        Some(param) if is_positional(param.kind) => Some(Formal {
            name: param_name(param),
            pos: Some(position),
            ty: param.ty.clone(),
            required: !param.has_default,
        }),
        _ => var_arg(signature).map(|star| Formal {
            name: None,
            pos: Some(position),
            ty: star.ty,
            required: false,
        }),
    }
}

/// The argument of `signature` that receives what `model` receives; `Err` when the
/// engine cannot tell (two candidates it would have to merge).
pub(crate) fn corresponding_argument(
    signature: &Signature,
    model: &Formal,
) -> Result<Option<Formal>, ()> {
    let by_name = argument_by_name(signature, model.name.as_deref());
    let by_pos = argument_by_position(signature, model.pos);
    match (by_name, by_pos) {
        (None, other) | (other, None) => Ok(other),
        (Some(by_name), Some(by_pos)) if by_name == by_pos => Ok(Some(by_name)),
        (Some(by_name), Some(by_pos))
            if !(by_name.required || by_pos.required)
                && by_pos.name.is_none()
                && by_name.pos.is_none() =>
        {
            if by_name.ty == by_pos.ty {
                Ok(Some(Formal {
                    name: by_name.name,
                    pos: by_pos.pos,
                    ty: by_name.ty,
                    required: false,
                }))
            } else {
                Err(())
            }
        }
        (Some(by_name), Some(_)) => Ok(Some(by_name)),
    }
}

/// mypy's `are_args_compatible` for overrides (positional names ignored).
fn are_args_compatible(db: &dyn Db, left: &Formal, right: &Formal) -> bool {
    if right.name.is_some() && left.name != right.name && right.pos.is_none() {
        return false;
    }
    if right.pos.is_some() && left.pos != right.pos {
        return false;
    }
    if !right.required && left.required {
        return false;
    }
    is_assignable(db, &right.ty, &left.ty)
}

fn is_any_star(formal: &Option<Formal>) -> bool {
    formal.as_ref().is_some_and(|f| f.ty.is_any())
}

/// Whether `left` (the override) may stand wherever `right` (the original) is used:
/// mypy's `is_callable_compatible` with positional argument names ignored. `None` when
/// the engine cannot tell.
fn is_callable_compatible(db: &dyn Db, left: &Signature, right: &Signature) -> Option<bool> {
    if !is_assignable(db, &left.ret, &right.ret) {
        return Some(false);
    }
    let kinds = |s: &Signature| s.params.iter().map(|p| p.kind).collect::<Vec<_>>();
    let right_kinds = kinds(right);
    let left_kinds = kinds(left);
    let left_star = var_arg(left);
    let left_star2 = kw_arg(left);
    let right_star = var_arg(right);
    let right_star2 = kw_arg(right);
    let right_ends_trivially = right_kinds
        .ends_with(&[ParamKind::VarPositional, ParamKind::VarKeyword])
        && is_any_star(&right_star)
        && is_any_star(&right_star2);
    if right_ends_trivially && right_kinds.len() == 2 {
        return Some(true);
    }
    let trivial_suffix = right_ends_trivially;
    let trivial_vararg_suffix = right_kinds.last() == Some(&ParamKind::VarPositional)
        && is_any_star(&right_star)
        && left_kinds
            .iter()
            .all(|k| is_positional(*k) || *k == ParamKind::VarPositional);
    let incompatible = |left: &Option<Formal>, right: &Option<Formal>| match (left, right) {
        (_, None) => false,
        (None, Some(_)) => !trivial_suffix,
        (Some(l), Some(r)) => !is_assignable(db, &r.ty, &l.ty),
    };
    if (incompatible(&left_star, &right_star) && !trivial_vararg_suffix)
        || incompatible(&left_star2, &right_star2)
    {
        return Some(false);
    }
    for right_arg in formal_arguments(right) {
        let Some(left_arg) = corresponding_argument(left, &right_arg).ok()? else {
            return Some(false);
        };
        if !are_args_compatible(db, &left_arg, &right_arg) {
            return Some(false);
        }
    }
    if trivial_suffix {
        return Some(true);
    }
    if let Some(right_star) = &right_star
        && !trivial_vararg_suffix
    {
        let right_by_position = Formal {
            name: None,
            pos: None,
            ty: right_star.ty.clone(),
            required: false,
        };
        let mut i = right_star.pos.unwrap_or(usize::MAX);
        while i < left.params.len() && is_positional(left.params[i].kind) {
            let left_by_position = argument_by_position(left, Some(i))?;
            if !are_args_compatible(db, &left_by_position, &right_by_position) {
                return Some(false);
            }
            i += 1;
        }
    }
    if let Some(right_star2) = &right_star2 {
        let right_names: HashSet<String> = right.params.iter().filter_map(param_name).collect();
        let right_by_name = Formal {
            name: None,
            pos: None,
            ty: right_star2.ty.clone(),
            required: false,
        };
        for param in left.params.iter() {
            let Some(name) = param_name(param) else {
                continue;
            };
            if is_star(param.kind) || right_names.contains(&name) {
                continue;
            }
            let left_by_name = argument_by_name(left, Some(&name))?;
            if !are_args_compatible(db, &left_by_name, &right_by_name) {
                return Some(false);
            }
        }
    }
    for left_arg in formal_arguments(left) {
        let right_by_name = argument_by_name(right, left_arg.name.as_deref());
        let right_by_pos = argument_by_position(right, left_arg.pos);
        if let (Some(by_name), Some(by_pos)) = (&right_by_name, &right_by_pos)
            && by_name != by_pos
            && (by_name.required || by_pos.required)
        {
            return Some(false);
        }
        if left_arg.required && right_by_name.is_none() && right_by_pos.is_none() {
            return Some(false);
        }
    }
    Some(true)
}

/// A method as mypy's notes print it: `def f(self, x: int, *, key: str = ...) -> None`.
fn pretty_method(method: &PlainMethod, name: &str) -> Vec<String> {
    let signature = bound(method);
    let mut parts: Vec<String> = Vec::new();
    let mut asterisk = false;
    let mut slash = false;
    let params = &signature.params;
    for (i, param) in params.iter().enumerate() {
        let mut part = String::new();
        if param.kind == ParamKind::KeywordOnly && !asterisk {
            part.push_str("*, ");
            asterisk = true;
        }
        match param.kind {
            ParamKind::VarPositional => {
                part.push('*');
                asterisk = true;
            }
            ParamKind::VarKeyword => part.push_str("**"),
            _ => {}
        }
        if let Some(name) = param_name(param) {
            part.push_str(&name);
            part.push_str(": ");
        }
        part.push_str(&param.star_item_type().to_string());
        if param.has_default && !is_star(param.kind) {
            part.push_str(" = ...");
        }
        if !slash
            && param.kind == ParamKind::PositionalOnly
            && params
                .get(i + 1)
                .is_none_or(|next| next.kind != ParamKind::PositionalOnly)
        {
            part.push_str(", /");
            slash = true;
        }
        parts.push(part);
    }
    if method.kind != MethodKind::Static
        && let Some(receiver) = &method.receiver
    {
        parts.insert(0, receiver.clone());
    }
    let mut lines = Vec::new();
    match method.kind {
        MethodKind::Class => lines.push("@classmethod".to_owned()),
        MethodKind::Static => lines.push("@staticmethod".to_owned()),
        MethodKind::Instance => {}
    }
    lines.push(format!(
        "def {name}({}) -> {}",
        parts.join(", "),
        signature.ret
    ));
    lines
}

/// How messages name a base class: user classes by their name, stub classes by their
/// module-qualified name (`builtins.object`), as mypy does.
fn supertype_name(db: &dyn Db, class: &ClassId) -> String {
    if class.file.is_stub(db) {
        format!("{}.{}", module_name_of_file(db, class.file), class.qualname)
    } else {
        class.name().to_owned()
    }
}

/// Bases whose declarations the checks may trust: user code, and `object` (whose stub
/// matches typeshed's).
fn is_trusted_base(db: &dyn Db, class: &ClassId) -> bool {
    !class.file.is_stub(db) || builtin_class(db, "object").as_ref() == Some(class)
}

/// Whether the type says something the engine fully understands for these checks.
fn is_checkable(signature: &Signature) -> bool {
    !signature.has_type_vars()
}

fn mentions_final_or_class_var(annotation: &ast::Expr) -> bool {
    match annotation {
        ast::Expr::Name(name) => matches!(name.id.as_str(), "Final" | "ClassVar"),
        ast::Expr::Attribute(attribute) => matches!(attribute.attr.as_str(), "Final" | "ClassVar"),
        ast::Expr::Subscript(subscript) => mentions_final_or_class_var(&subscript.value),
        _ => false,
    }
}

impl Checker<'_> {
    /// `tags = []` in a class body whose base declares `tags: list[str]` takes the
    /// base's type, as mypy infers it, rather than needing an annotation.
    pub(crate) fn settle_inherited_partials(&mut self) {
        let Some(info) = self.in_class_scope() else {
            return;
        };
        let names: Vec<String> = self
            .scopes
            .last()
            .map(|scope| {
                scope
                    .vars
                    .iter()
                    .filter(|(_, var)| var.partial.is_some())
                    .map(|(name, _)| name.clone())
                    .collect()
            })
            .unwrap_or_default();
        for name in names {
            let Some(ty) = inherited_attribute_type(self.db, &info, &name) else {
                continue;
            };
            if let Some(var) = self.scopes.last_mut().and_then(|s| s.vars.get_mut(&name)) {
                var.partial = None;
                var.declared = ty.clone();
                var.current = ty;
            }
        }
    }

    /// The override checks of the class whose body was just checked (its scope is the
    /// current one).
    pub(crate) fn check_class_overrides(&mut self, class: &ast::StmtClassDef) {
        let Some(info) = self.in_class_scope() else {
            return;
        };
        if self.file.is_stub(self.db) || info.is_decorated {
            return;
        }
        let ancestry = ancestors(self.db, &info.id);
        if ancestry
            .iter()
            .any(|a| class_info(self.db, &a.class).has_unknown_base)
        {
            return;
        }
        // One class at a time: a note is printed once per line, as mypy prints it.
        let mut notes_seen: HashSet<(TextRange, String)> = HashSet::new();
        for stmt in &class.body {
            match stmt {
                Stmt::FunctionDef(_) => {
                    if let Some(def) = FunctionDef::of(stmt) {
                        self.check_method_override(&info, &ancestry, &def, stmt, &mut notes_seen);
                        self.check_property_override(&info, &ancestry, &def, stmt);
                        // `self.x: T = ...` in a method declares `x` again: against
                        // the bases too.
                        if def.is_annotated()
                            && let Some(receiver) =
                                def.args.posonlyargs.iter().chain(&def.args.args).next()
                        {
                            let mut declarations = Vec::new();
                            self_annotations(
                                def.body,
                                receiver.def.arg.as_str(),
                                &mut declarations,
                            );
                            for assign in declarations {
                                let ast::Expr::Attribute(target) = assign.target.as_ref() else {
                                    continue;
                                };
                                if mentions_final_or_class_var(&assign.annotation) {
                                    continue;
                                }
                                self.check_attribute_override(
                                    &info,
                                    &ancestry,
                                    target.attr.as_str(),
                                    Some(&assign.annotation),
                                    assign.value.as_deref(),
                                    assign.range,
                                );
                            }
                        }
                    }
                }
                Stmt::Assign(assign) => {
                    if let [ast::Expr::Name(target)] = assign.targets.as_slice() {
                        self.check_attribute_override(
                            &info,
                            &ancestry,
                            target.id.as_str(),
                            None,
                            Some(&assign.value),
                            stmt.range(),
                        );
                    }
                }
                Stmt::AnnAssign(assign) => {
                    if let ast::Expr::Name(target) = assign.target.as_ref()
                        && !mentions_final_or_class_var(&assign.annotation)
                    {
                        self.check_attribute_override(
                            &info,
                            &ancestry,
                            target.id.as_str(),
                            Some(&assign.annotation),
                            assign.value.as_deref(),
                            target.range,
                        );
                    }
                }
                _ => {}
            }
        }
    }

    fn check_method_override(
        &mut self,
        info: &ClassInfo,
        ancestry: &[Instance],
        def: &FunctionDef<'_>,
        stmt: &Stmt,
        notes_seen: &mut HashSet<(TextRange, String)>,
    ) {
        let name = def.name;
        if UNCHECKED_OVERRIDES.contains(&name) || !def.is_annotated() {
            return;
        }
        // Defined twice (overloads, or a later def replacing this one): not this one's turn.
        match info.members.get(name) {
            Some(Declaration::Function(paths)) if paths.len() == 1 => {}
            _ => return,
        }
        let Some(method) = plain_method(self.db, self.file, def, info) else {
            return;
        };
        // Both sides are seen from this class: `Self` is its instance.
        let own = Type::Instance(info.self_instance());
        let method = with_self_as(&method, &own);
        if !is_checkable(&method.signature) {
            return;
        }
        for base in ancestry.iter().skip(1) {
            let Some(member) = own_member(self.db, &base.class, name) else {
                continue;
            };
            if !is_trusted_base(self.db, &base.class) {
                // What a stub declares may differ from typeshed's: stop at the first
                // base the check cannot trust rather than compare with what lies beyond.
                return;
            }
            let Member::Method { .. } = member else {
                return;
            };
            let Some(original) = declared_plain_method(self.db, &base.class, name) else {
                return;
            };
            let original = with_self_as(&map_to_subclass(self.db, &original, base), &own);
            if !is_checkable(&original.signature) {
                return;
            }
            self.report_override(
                &method,
                &original,
                def,
                stmt,
                &supertype_name(self.db, &base.class),
                info,
                notes_seen,
            );
        }
    }

    /// A read-only property over an attribute a base lets callers assign.
    fn check_property_override(
        &mut self,
        info: &ClassInfo,
        ancestry: &[Instance],
        def: &FunctionDef<'_>,
        stmt: &Stmt,
    ) {
        let name = def.name;
        let is_bare_property =
            matches!(def.decorators, [ast::Expr::Name(n)] if n.id.as_str() == "property");
        if !is_bare_property || !def.is_annotated() {
            return;
        }
        // With a setter (a second def) the property can be assigned too.
        match info.members.get(name) {
            Some(Declaration::Function(paths)) if paths.len() == 1 => {}
            _ => return,
        }
        let getter = signature_of(self.db, self.file, def, Some(info)).ret;
        for base in ancestry.iter().skip(1) {
            let Some(member) = own_member(self.db, &base.class, name) else {
                continue;
            };
            if !is_trusted_base(self.db, &base.class) {
                return;
            }
            let base_type = match member {
                Member::Attribute(ty) => ty,
                // A property over a property is another check's business.
                Member::Property(_) => continue,
                _ => return,
            };
            // A final attribute is not writeable: overriding it is its own error.
            if base_declares_special_variable(self.db, &base.class, name)
                || crate::finals::final_member(self.db, &base.class, name).is_some()
            {
                return;
            }
            let base_type = map_type_to_subclass(self.db, &base_type, base);
            if base_type.is_any() {
                continue;
            }
            if base_type.has_type_vars()
                || getter.is_any()
                || getter.has_type_vars()
                || may_be_descriptor(self.db, &base_type)
            {
                return;
            }
            let at = TextRange::empty(stmt.range().start());
            let equivalent = is_assignable(self.db, &getter, &base_type)
                && is_assignable(self.db, &base_type, &getter);
            let (original, overriding) = (base_type.to_string(), getter.to_string());
            if !equivalent && original == overriding {
                return;
            }
            self.report(
                codes::OVERRIDE,
                at,
                messages::READ_ONLY_PROPERTY_OVERRIDE.to_owned(),
            );
            // The base's attribute can be assigned, so only the same type will do.
            if !equivalent {
                let notes = vec![
                    messages::OVERRIDE_SUPERCLASS_NOTE.to_owned(),
                    format!("{}{original}", messages::OVERRIDE_SIGNATURE_INDENT),
                    messages::OVERRIDE_SUBCLASS_NOTE.to_owned(),
                    format!("{}{overriding}", messages::OVERRIDE_SIGNATURE_INDENT),
                ];
                let message = messages::signature_incompatible_with_supertype(
                    name,
                    &supertype_name(self.db, &base.class),
                );
                self.report_with_notes(codes::OVERRIDE, at, message, notes);
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn report_override(
        &mut self,
        method: &PlainMethod,
        original: &PlainMethod,
        def: &FunctionDef<'_>,
        stmt: &Stmt,
        supertype: &str,
        info: &ClassInfo,
        notes_seen: &mut HashSet<(TextRange, String)>,
    ) {
        let name = def.name;
        let override_sig = bound(method);
        let original_sig = bound(original);
        let Some(compatible) = is_callable_compatible(self.db, &override_sig, &original_sig) else {
            return;
        };
        let mut fail = !compatible;
        if original.kind != MethodKind::Instance && method.kind == MethodKind::Instance {
            fail = true;
        }
        if !fail || is_private(name) {
            return;
        }
        let def_range = TextRange::empty(stmt.range().start());
        let required_positional = |s: &Signature| {
            s.params
                .iter()
                .filter(|p| is_positional(p.kind) && !p.has_default)
                .count()
        };
        let mut emitted = false;
        if override_sig.params.len() == original_sig.params.len()
            && required_positional(&override_sig) == required_positional(&original_sig)
        {
            let offset = usize::from(method.kind != MethodKind::Static);
            let arg_nodes: Vec<&ast::Arg> = all_params(def.args).collect();
            let mut argument_errors = Vec::new();
            for (i, (sub, sup)) in override_sig
                .params
                .iter()
                .zip(original_sig.params.iter())
                .enumerate()
            {
                let (override_type, original_type) = if is_positional(sub.kind)
                    && is_positional(sup.kind)
                {
                    (sub.ty.clone(), sup.ty.clone())
                } else if sub.kind == ParamKind::KeywordOnly && sup.kind == ParamKind::KeywordOnly {
                    match original_sig.params.iter().find(|p| p.name == sub.name) {
                        Some(by_name) => (sub.ty.clone(), by_name.ty.clone()),
                        None => continue,
                    }
                } else {
                    continue;
                };
                if !is_assignable(self.db, &original_type, &override_type) {
                    let range = arg_nodes
                        .get(i + offset)
                        .map_or(def_range, |arg| TextRange::empty(arg.range.start()));
                    argument_errors.push((i + 1, original_type, range));
                }
            }
            let ret_fails = !is_assignable(self.db, &override_sig.ret, &original_sig.ret);
            if ret_fails {
                let (got, wanted) = (override_sig.ret.to_string(), original_sig.ret.to_string());
                // Two types spelled alike would need mypy's fully qualified spelling.
                if got == wanted {
                    return;
                }
                let message = messages::return_type_incompatible_with_supertype(
                    name, supertype, &got, &wanted,
                );
                self.report(codes::OVERRIDE, def_range, message);
                emitted = true;
            }
            for (number, original_type, range) in argument_errors {
                let message = messages::argument_incompatible_with_supertype(
                    number,
                    name,
                    supertype,
                    &original_type.to_string(),
                );
                let mut notes = vec![
                    messages::LISKOV_NOTE.to_owned(),
                    messages::INCOMPATIBLE_OVERRIDES_NOTE.to_owned(),
                ];
                if name == "__eq__" {
                    notes.extend(messages::eq_example_notes(info.id.name()));
                }
                let line = self.line_range(range);
                notes.retain(|note| notes_seen.insert((line, note.clone())));
                self.report_with_notes(codes::OVERRIDE, range, message, notes);
                emitted = true;
            }
        }
        if !emitted {
            if method.mentions_self || original.mentions_self {
                return;
            }
            let mut notes = vec![messages::OVERRIDE_SUPERCLASS_NOTE.to_owned()];
            notes.extend(
                pretty_method(original, name)
                    .into_iter()
                    .map(|line| format!("{}{line}", messages::OVERRIDE_SIGNATURE_INDENT)),
            );
            notes.push(messages::OVERRIDE_SUBCLASS_NOTE.to_owned());
            notes.extend(
                pretty_method(method, name)
                    .into_iter()
                    .map(|line| format!("{}{line}", messages::OVERRIDE_SIGNATURE_INDENT)),
            );
            let message = messages::signature_incompatible_with_supertype(name, supertype);
            self.report_with_notes(codes::OVERRIDE, def_range, message, notes);
        }
    }

    /// The range of the whole line `range` starts on: notes repeat once per line.
    fn line_range(&self, range: TextRange) -> TextRange {
        let text = self.file.text(self.db);
        let start = usize::from(range.start()).min(text.len());
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        TextRange::empty(pycheck_syntax::TextSize::from(line_start as u32))
    }

    /// `name = value` or `name: T = value` in a class body against the type a base
    /// declared for `name`.
    fn check_attribute_override(
        &mut self,
        info: &ClassInfo,
        ancestry: &[Instance],
        name: &str,
        annotation: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        target_range: TextRange,
    ) {
        if ALLOW_INCOMPATIBLE_OVERRIDE.contains(&name) || is_private(name) {
            return;
        }
        let last_direct_base = info.bases.last().map(|base| base.class.clone());
        for base in ancestry.iter().skip(1) {
            let Some(member) = own_member(self.db, &base.class, name) else {
                continue;
            };
            if !is_trusted_base(self.db, &base.class) {
                return;
            }
            let (base_type, base_is_method) = match member {
                Member::Attribute(ty) => (ty, false),
                // `__hash__ = None`: a value replaces the method, seen bound.
                Member::Method {
                    is_static: false,
                    is_classmethod: false,
                    ..
                } if annotation.is_none() => {
                    let Some(method) = declared_plain_method(self.db, &base.class, name) else {
                        return;
                    };
                    if method.kind != MethodKind::Instance {
                        return;
                    }
                    (Type::Callable(std::sync::Arc::new(bound(&method))), true)
                }
                _ => return,
            };
            if base_declares_special_variable(self.db, &base.class, name) {
                return;
            }
            let base_type = map_type_to_subclass(self.db, &base_type, base);
            if base_type.is_any() || base_type.has_type_vars() {
                return;
            }
            let compare = match annotation {
                Some(annotation) => {
                    let scope = self.type_var_scope();
                    crate::annotations::resolve_annotation(self.db, self.file, annotation, &scope)
                }
                None => match value {
                    Some(value) => {
                        self.silence += 1;
                        let ty = self.infer(value, Some(&base_type));
                        self.silence -= 1;
                        ty
                    }
                    None => return,
                },
            };
            if compare.is_any() || compare.has_type_vars() {
                return;
            }
            // Descriptors (`__get__`/`__set__`) are compared by rules not modelled here.
            if may_be_descriptor(self.db, &compare) || may_be_descriptor(self.db, &base_type) {
                return;
            }
            // Comparing callables with a method would need them bound as mypy binds them.
            if base_is_method && !self.is_plainly_uncallable(&compare) {
                return;
            }
            if !is_assignable(self.db, &compare, &base_type) {
                let (got, wanted) = (compare.to_string(), base_type.to_string());
                if got == wanted {
                    return;
                }
                let range = value.map_or(target_range, Ranged::range);
                // Unlike the override messages, this one names every base by its name.
                let message =
                    messages::incompatible_assignment_to_base(&got, base.class.name(), &wanted);
                self.report(codes::ASSIGNMENT, TextRange::empty(range.start()), message);
                return;
            }
            if last_direct_base.as_ref() == Some(&base.class) {
                return;
            }
        }
    }

    /// A value no call could be made on: `None`, or an instance without `__call__`.
    fn is_plainly_uncallable(&mut self, ty: &Type) -> bool {
        match ty {
            Type::None | Type::Literal(_) | Type::Tuple(_) => true,
            Type::Instance(instance) => {
                let info = class_info(self.db, &instance.class);
                !ancestors(self.db, &instance.class)
                    .iter()
                    .any(|a| class_info(self.db, &a.class).has_unknown_base)
                    && !info.is_protocol
                    && crate::symbols::lookup_member(self.db, instance, "__call__").is_none()
            }
            _ => false,
        }
    }

    /// `ClassName(...)` for an abstract class: mypy's `[abstract]` error. Only a name
    /// that is the class statement itself counts (a `type[A]` value may hold a concrete
    /// subclass).
    pub(crate) fn check_abstract_instantiation(&mut self, call: &ast::ExprCall, callee: &Type) {
        let Type::ClassObject(class) = callee else {
            return;
        };
        if !self.names_class_statement(&call.func, class) {
            return;
        }
        if class_info(self.db, class).is_protocol {
            let message = messages::cannot_instantiate_protocol(class.name());
            self.report(codes::MISC, call.range, message);
            return;
        }
        let attributes = abstract_attributes(self.db, class);
        if attributes.is_empty() {
            return;
        }
        let names: Vec<&str> = attributes.iter().map(String::as_str).collect();
        let message = messages::cannot_instantiate_abstract_class(class.name(), &names);
        self.report(codes::ABSTRACT, call.range, message);
    }

    /// An abstract class or a protocol passed where `type[A]` of such a class is
    /// expected: the callee may call it. mypy's `[type-abstract]`.
    pub(crate) fn check_concrete_class_argument(
        &mut self,
        arg: &ast::Expr,
        ty: &Type,
        target: &Type,
        range: TextRange,
    ) {
        if self.is_abstract_class_for(arg, ty, target) {
            let message = messages::only_concrete_class(&target.to_string());
            self.report(codes::TYPE_ABSTRACT, range, message);
        }
    }

    /// `x: type[A] = A` for an abstract `A`.
    pub(crate) fn check_concrete_class_assignment(
        &mut self,
        value: &ast::Expr,
        ty: &Type,
        declared: &Type,
    ) {
        if self.is_abstract_class_for(value, ty, declared) {
            let message = messages::only_concrete_class_assignment(&declared.to_string());
            self.report(codes::TYPE_ABSTRACT, value.range(), message);
        }
    }

    fn is_abstract_class_for(&mut self, expr: &ast::Expr, ty: &Type, target: &Type) -> bool {
        let (Type::ClassObject(class), Type::ClassObject(wanted)) = (ty, target) else {
            return false;
        };
        let abstract_or_protocol = |db: &dyn Db, class: &ClassId| {
            class_info(db, class).is_protocol || !abstract_attributes(db, class).is_empty()
        };
        abstract_or_protocol(self.db, wanted)
            && abstract_or_protocol(self.db, class)
            && self.names_class_statement(expr, class)
    }

    fn names_class_statement(&mut self, func: &ast::Expr, class: &ClassId) -> bool {
        match func {
            ast::Expr::Name(name) => {
                let name = name.id.as_str();
                let shadowed = self
                    .scopes
                    .iter()
                    .filter(|s| s.kind != ScopeKind::Module)
                    .any(|s| s.vars.contains_key(name) || s.locals.contains(name));
                !shadowed
                    && !self.scopes[0].vars.contains_key(name)
                    && declares_class(self.db, self.file, name, class, 0)
            }
            ast::Expr::Attribute(attribute) => {
                let owner = self.trial(|c| c.infer(&attribute.value, None)).0;
                let Type::Module(module) = owner else {
                    return false;
                };
                crate::symbols::resolve_module_by_name(self.db, &module).is_some_and(|file| {
                    declares_class(self.db, file, attribute.attr.as_str(), class, 0)
                })
            }
            _ => false,
        }
    }

    /// `obj.name = value` where `name` is a property: without a setter that is an
    /// error; with one, the value must fit the setter. Returns whether it was a property.
    pub(crate) fn check_property_assignment(
        &mut self,
        owner: &Type,
        name: &str,
        value_type: &Type,
        value: &ast::Expr,
        range: TextRange,
    ) -> bool {
        let Type::Instance(instance) = owner else {
            return false;
        };
        let Some((Member::Property(_), declaring)) =
            crate::symbols::lookup_member(self.db, instance, name)
        else {
            return false;
        };
        match property_setter(self.db, &declaring, name) {
            PropertySetter::Unknown => {}
            PropertySetter::Missing => {
                self.report(
                    codes::MISC,
                    range,
                    messages::read_only_property(name, declaring.name()),
                );
            }
            PropertySetter::Accepts(param) => {
                let param = crate::relate::map_to_ancestor(self.db, instance, &declaring)
                    .map_or(param.clone(), |mapped| {
                        map_type_to_subclass(self.db, &param, &mapped)
                    });
                if !param.has_type_vars() && !is_assignable(self.db, value_type, &param) {
                    self.report_incompatible_assignment(value.range(), value_type, &param);
                }
            }
        }
        true
    }

    /// `C.x` where `x` is only ever assigned as `self.x` in methods: mypy's
    /// instance-only attribute.
    pub(crate) fn check_instance_only_attribute(
        &mut self,
        owner: &Type,
        name: &str,
        range: TextRange,
    ) {
        let Type::ClassObject(class) = owner else {
            return;
        };
        if has_unknown_ancestor(self.db, class) {
            return;
        }
        let info = class_info(self.db, class);
        let Some((Member::Attribute(_), declaring)) =
            crate::symbols::lookup_member(self.db, &info.self_instance(), name)
        else {
            return;
        };
        if declaring.file.is_stub(self.db) {
            return;
        }
        if let Some(Declaration::InstanceAttribute(_)) =
            class_info(self.db, &declaring).members.get(name)
        {
            self.report(codes::MISC, range, messages::instance_only_attribute(name));
        }
    }

    /// `super().name` in a method: `name` looked up in the classes after the method's
    /// class in the method resolution order, bound to the method's receiver. `None` when
    /// this is not such an expression (or not one the engine follows).
    pub(crate) fn super_attribute(&mut self, attribute: &ast::ExprAttribute) -> Option<Type> {
        let ast::Expr::Call(call) = attribute.value.as_ref() else {
            return None;
        };
        let ast::Expr::Name(func) = call.func.as_ref() else {
            return None;
        };
        if func.id.as_str() != "super" || !call.args.is_empty() || !call.keywords.is_empty() {
            return None;
        }
        let scope = self.scopes.last()?;
        if scope.kind != ScopeKind::Function {
            return None;
        }
        let info = scope.class.clone()?;
        let super_class = builtin_class(self.db, "super")?;
        if self.lookup_name("super") != Some(Type::ClassObject(super_class)) {
            return None;
        }
        let (kind, receiver) = enclosing_method(self.db, &info, call.range)?;
        // A base the engine cannot see may define anything.
        if has_unknown_ancestor(self.db, &info.id) {
            return Some(Type::Any);
        }
        let instance = info.self_instance();
        let name = attribute.attr.as_str();
        let Some((member, declaring)) = lookup_member_from(self.db, &instance, name, 1) else {
            // Stubs other than `object`'s may lack what typeshed declares, and the
            // bundled `object` lacks some special methods (`__new__`).
            let is_dunder = name.starts_with("__") && name.ends_with("__");
            let sure = !is_dunder
                && ancestors(self.db, &info.id).iter().all(|a| {
                    is_trusted_base(self.db, &a.class)
                        && !class_info(self.db, &a.class).has_unknown_base
                });
            if !sure {
                return Some(Type::Any);
            }
            self.report(
                codes::MISC,
                attribute.range,
                messages::undefined_in_superclass(name),
            );
            return Some(Type::Any);
        };
        if !is_trusted_base(self.db, &declaring) {
            return Some(Type::Any);
        }
        Some(match (member, kind) {
            (
                Member::Method {
                    ty,
                    is_static: true,
                    ..
                },
                _,
            ) => ty,
            (
                Member::Method {
                    ty,
                    is_classmethod: true,
                    ..
                },
                _,
            ) => bind_method_to(&ty, &receiver),
            (Member::Method { ty, .. }, MethodKind::Instance) => bind_method_to(&ty, &receiver),
            (Member::Method { ty, .. }, _) => ty,
            (Member::Property(ty) | Member::Attribute(ty), _) => ty,
            (Member::NestedClass(class), _) => Type::ClassObject(class),
        })
    }
}

/// The declared type of `C.name` when `C`'s class body (or a base's) declares it as a
/// variable: what an assignment through the class must fit.
pub fn class_variable_type(db: &dyn Db, class: &ClassId, name: &str) -> Option<Type> {
    let info = class_info(db, class);
    let (Member::Attribute(ty), declaring) =
        crate::symbols::lookup_member(db, &info.self_instance(), name)?
    else {
        return None;
    };
    let declared_in_body = matches!(
        class_info(db, &declaring).members.get(name),
        Some(Declaration::Variable { .. })
    );
    (declared_in_body && !ty.is_any() && !ty.has_type_vars() && !may_be_descriptor(db, &ty))
        .then_some(ty)
}

/// The type a base of `info`'s class declares for the attribute `name`, if it is a
/// plain (non-Any) attribute.
pub(crate) fn inherited_attribute_type(db: &dyn Db, info: &ClassInfo, name: &str) -> Option<Type> {
    match lookup_member_from(db, &info.self_instance(), name, 1)? {
        (Member::Attribute(ty), _) if !ty.is_any() && !ty.has_type_vars() => Some(ty),
        _ => None,
    }
}

fn has_unknown_ancestor(db: &dyn Db, class: &ClassId) -> bool {
    ancestors(db, class)
        .iter()
        .any(|a| class_info(db, &a.class).has_unknown_base)
}

/// Whether `ty` is an instance of a class that defines `__get__` or `__set__`.
pub(crate) fn is_known_descriptor(db: &dyn Db, ty: &Type) -> bool {
    matches!(ty, Type::Instance(instance)
        if ["__get__", "__set__"]
            .iter()
            .any(|name| crate::symbols::lookup_member(db, instance, name).is_some()))
}

/// Whether a value of type `ty` stored on a class may act as a descriptor (its class, or
/// a base the engine cannot see, defines `__get__`, `__set__` or `__set_name__`): reading
/// and assigning it then go through those methods.
pub(crate) fn may_be_descriptor(db: &dyn Db, ty: &Type) -> bool {
    ty.members().iter().any(|member| match member {
        Type::Instance(instance) => {
            has_unknown_ancestor(db, &instance.class)
                || ["__get__", "__set__", "__set_name__"]
                    .iter()
                    .any(|name| crate::symbols::lookup_member(db, instance, name).is_some())
        }
        _ => false,
    })
}

/// Whether `name` at module level of `file` is the class statement of `class` (directly,
/// or imported from where it is).
fn declares_class(db: &dyn Db, file: File, name: &str, class: &ClassId, depth: u32) -> bool {
    if depth > 8 {
        return false;
    }
    match module_index(db, file).get(name) {
        Some(Declaration::Class(_)) => class.file == file && class.qualname.as_ref() == name,
        Some(Declaration::ImportedName { module, name }) => {
            crate::symbols::resolve_module_by_name(db, module)
                .is_some_and(|source| declares_class(db, source, name, class, depth + 1))
        }
        _ => false,
    }
}

/// A base's `Final`/`ClassVar` variable has rules of its own; this check leaves it alone.
fn base_declares_special_variable(db: &dyn Db, class: &ClassId, name: &str) -> bool {
    let info = class_info(db, class);
    let Some(Declaration::Variable {
        annotation: Some(path),
        ..
    }) = info.members.get(name)
    else {
        return false;
    };
    let body = crate::parse::parsed_module(db, class.file).body();
    matches!(path.resolve(body), Some(Stmt::AnnAssign(assign)) if mentions_final_or_class_var(&assign.annotation))
}

/// `ty` as declared in `base` (in terms of the base's type parameters), in terms of
/// the subclass that sees `base` as the instance `base`.
fn map_type_to_subclass(db: &dyn Db, ty: &Type, base: &Instance) -> Type {
    let params = class_info(db, &base.class).type_params.clone();
    ty.substitute(&|var| {
        params
            .iter()
            .position(|param| param.name == var.name)
            .map(|i| base.args.get(i).cloned().unwrap_or(Type::Any))
    })
}

/// `method` with `Self` replaced by `own`; `mentions_self` records that it was there.
fn with_self_as(method: &PlainMethod, own: &Type) -> PlainMethod {
    let mut names = Vec::new();
    Type::Callable(std::sync::Arc::new(method.signature.clone()))
        .collect_type_var_names(&mut names);
    let mentions_self = names.iter().any(|name| name.as_ref() == "Self");
    PlainMethod {
        signature: method.signature.substitute(&|var| {
            (var.name.as_ref() == "Self" && var.bound.is_some()).then(|| own.clone())
        }),
        kind: method.kind,
        receiver: method.receiver.clone(),
        mentions_self: method.mentions_self || mentions_self,
    }
}

fn map_to_subclass(db: &dyn Db, method: &PlainMethod, base: &Instance) -> PlainMethod {
    let params = class_info(db, &base.class).type_params.clone();
    PlainMethod {
        signature: method.signature.substitute(&|var| {
            params
                .iter()
                .position(|param| param.name == var.name)
                .map(|i| base.args.get(i).cloned().unwrap_or(Type::Any))
        }),
        kind: method.kind,
        receiver: method.receiver.clone(),
        mentions_self: method.mentions_self,
    }
}

/// The names of `class`'s abstract attributes that nothing later in its method
/// resolution order implements, sorted as mypy lists them. Empty for a class with a
/// base the engine cannot see.
pub fn abstract_attributes(db: &dyn Db, class: &ClassId) -> Vec<String> {
    let ancestry = ancestors(db, class);
    if ancestry
        .iter()
        .any(|a| class_info(db, &a.class).has_unknown_base)
    {
        return Vec::new();
    }
    let mut concrete: HashSet<String> = HashSet::new();
    let mut abstract_names: Vec<String> = Vec::new();
    for ancestor in ancestry.iter() {
        let info = class_info(db, &ancestor.class);
        let body = crate::parse::parsed_module(db, ancestor.class.file).body();
        for (name, declaration) in info.members.symbols.iter() {
            if let Declaration::Function(paths) = declaration
                && let Some(def) = paths.first().and_then(|path| FunctionDef::at(body, path))
                && has_decorator(db, ancestor.class.file, def.decorators, "abstractmethod")
                && !concrete.contains(name)
                && !abstract_names.contains(name)
            {
                abstract_names.push(name.clone());
            }
            concrete.insert(name.clone());
        }
    }
    abstract_names.sort();
    abstract_names
}

enum PropertySetter {
    /// The engine cannot tell (a decorator it does not follow).
    Unknown,
    Missing,
    /// The type the setter's value parameter declares.
    Accepts(Type),
}

/// What `@name.setter` in `class` accepts, if the property there has one.
fn property_setter(db: &dyn Db, class: &ClassId, name: &str) -> PropertySetter {
    let info = class_info(db, class);
    let Some(Declaration::Function(paths)) = info.members.get(name) else {
        return PropertySetter::Unknown;
    };
    let body = crate::parse::parsed_module(db, class.file).body();
    let defs: Vec<FunctionDef<'_>> = paths
        .iter()
        .filter_map(|p| FunctionDef::at(body, p))
        .collect();
    let Some(getter) = defs.first() else {
        return PropertySetter::Unknown;
    };
    // `@property` alone (or with `@abstractmethod`) on the getter, nothing else.
    let getter_plain = getter.decorators.iter().all(|d| {
        matches!(d, ast::Expr::Name(n) if matches!(n.id.as_str(), "property" | "abstractmethod"))
            || matches!(d, ast::Expr::Attribute(a) if a.attr.as_str() == "abstractmethod")
    });
    if !getter_plain {
        return PropertySetter::Unknown;
    }
    let mut setter = None;
    for def in &defs[1..] {
        for decorator in def.decorators {
            match decorator {
                ast::Expr::Attribute(attribute) if matches!(attribute.value.as_ref(), ast::Expr::Name(n) if n.id.as_str() == name) => {
                    match attribute.attr.as_str() {
                        "setter" => setter = Some(def),
                        "deleter" | "getter" => {}
                        _ => return PropertySetter::Unknown,
                    }
                }
                _ => return PropertySetter::Unknown,
            }
        }
    }
    let Some(setter) = setter else {
        return PropertySetter::Missing;
    };
    let signature = signature_of(db, class.file, setter, Some(&info));
    match signature.params.get(1) {
        Some(param) if is_positional(param.kind) => PropertySetter::Accepts(param.ty.clone()),
        _ => PropertySetter::Unknown,
    }
}

/// How the method of `class` around `range` receives its first argument, and the
/// instance type it binds to (`Self` in methods that mention it); `None` when `range` is
/// in no plain method (or in a static one, where `super()` needs arguments).
fn enclosing_method(db: &dyn Db, info: &ClassInfo, range: TextRange) -> Option<(MethodKind, Type)> {
    let class = &info.id;
    let body = crate::parse::parsed_module(db, class.file).body();
    let Some(Stmt::ClassDef(class_def)) = class_path(db, class)?.resolve(body) else {
        return None;
    };
    let stmt = class_def
        .body
        .iter()
        .find(|stmt| stmt.range().contains_range(range))?;
    let def = FunctionDef::of(stmt)?;
    let first = all_params(def.args).next()?;
    if first.annotation.is_some() {
        return None;
    }
    if has_decorator(db, class.file, def.decorators, "staticmethod") {
        return None;
    }
    let kind = if has_decorator(db, class.file, def.decorators, "classmethod") {
        MethodKind::Class
    } else {
        MethodKind::Instance
    };
    let signature = signature_of(db, class.file, &def, Some(info));
    let receiver = match signature.params.first().map(|p| &p.ty) {
        Some(Type::TypeVar(var)) => Type::TypeVar(var.clone()),
        Some(Type::Instance(class_object)) if class_object.class.name() == "type" => {
            class_object.args.first().cloned().unwrap_or(Type::Any)
        }
        _ => Type::Instance(info.self_instance()),
    };
    Some((kind, receiver))
}

/// The `receiver.x: T = ...` statements of a method body (nested blocks included, nested
/// functions and classes not).
fn self_annotations<'a>(body: &'a [Stmt], receiver: &str, out: &mut Vec<&'a ast::StmtAnnAssign>) {
    for stmt in body {
        match stmt {
            Stmt::AnnAssign(assign)
                if matches!(assign.target.as_ref(), ast::Expr::Attribute(attribute)
                    if matches!(attribute.value.as_ref(), ast::Expr::Name(n) if n.id.as_str() == receiver)) =>
            {
                out.push(assign);
            }
            Stmt::FunctionDef(_) | Stmt::AsyncFunctionDef(_) | Stmt::ClassDef(_) => {}
            other => {
                for block in crate::index::nested_blocks(other) {
                    self_annotations(block, receiver, out);
                }
            }
        }
    }
}
