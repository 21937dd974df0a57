//! Expression inference: literals, names, attributes, displays, operators, subscripts,
//! comprehensions, and the narrowing conditions imply.

use std::sync::Arc;

use pycheck_diagnostics::{codes, messages};
use pycheck_syntax::TextRange;
use pycheck_syntax::ast::{self, Ranged};

use crate::calls::{ArgKind, ArgValue, CallArg};
use crate::infer::{Checker, Scope, ScopeKind, Var};
use crate::relate::{bind_method_to, is_assignable, join, map_to_ancestor, tuple_fallback};
use crate::symbols::{
    Member, ancestors, builtin_class, builtin_instance, class_info, lookup_member, module_member,
};
use crate::types::{
    ClassId, Instance, LiteralType, LiteralValue, Param, ParamKind, Signature, SpecialForm, Type,
};

/// The dunder methods behind binary operators: (method, reflected method, symbol).
fn operator_methods(op: ast::Operator) -> (&'static str, &'static str, &'static str) {
    use ast::Operator::*;
    match op {
        Add => ("__add__", "__radd__", "+"),
        Sub => ("__sub__", "__rsub__", "-"),
        Mult => ("__mul__", "__rmul__", "*"),
        MatMult => ("__matmul__", "__rmatmul__", "@"),
        Div => ("__truediv__", "__rtruediv__", "/"),
        Mod => ("__mod__", "__rmod__", "%"),
        Pow => ("__pow__", "__rpow__", "**"),
        LShift => ("__lshift__", "__rlshift__", "<<"),
        RShift => ("__rshift__", "__rrshift__", ">>"),
        BitOr => ("__or__", "__ror__", "|"),
        BitXor => ("__xor__", "__rxor__", "^"),
        BitAnd => ("__and__", "__rand__", "&"),
        FloorDiv => ("__floordiv__", "__rfloordiv__", "//"),
    }
}

fn in_place_method(op: ast::Operator) -> String {
    let (method, _, _) = operator_methods(op);
    format!("__i{}", &method[2..])
}

impl Checker<'_> {
    /// The type of `expr`; `expected` is the type the surrounding code wants, which guides
    /// displays (`[1, 2]` against `Sequence[float]` is a `list[float]`).
    pub fn infer(&mut self, expr: &ast::Expr, expected: Option<&Type>) -> Type {
        crate::stack::ensure_stack();
        let ty = self.infer_expression(expr, expected);
        // A hover asks for the innermost expression at a position; the real (not
        // silenced) inference is the one the user sees.
        if let Some(probe) = &mut self.probe
            && self.silence == 0
            && match probe.exact {
                Some(exact) => expr.range() == exact,
                None => {
                    expr.range().contains_inclusive(probe.offset)
                        && probe
                            .found
                            .as_ref()
                            .is_none_or(|(range, _)| range.len() >= expr.range().len())
                }
            }
        {
            probe.found = Some((expr.range(), ty.clone()));
        }
        if self.silence == 0
            && let Some((wanted, collected)) = &mut self.collected_types
            && wanted.contains(&expr.range())
        {
            collected.insert(expr.range(), ty.clone());
        }
        ty
    }

    fn infer_expression(&mut self, expr: &ast::Expr, expected: Option<&Type>) -> Type {
        if let Some(member) = self.union_member_for_display(expr, expected) {
            return self.infer_expression(expr, Some(&member));
        }
        match expr {
            // A literal is a `Literal[...]` type only where one is expected, as in mypy.
            ast::Expr::Constant(_) if expected.is_some_and(contains_literal) => {
                crate::annotations::literal_of_expression(self.db, expr).unwrap_or_else(|| {
                    match expr {
                        ast::Expr::Constant(constant) => self.infer_constant(&constant.value),
                        _ => Type::Any,
                    }
                })
            }
            ast::Expr::UnaryOp(_)
                if expected.is_some_and(contains_literal)
                    && crate::annotations::literal_of_expression(self.db, expr).is_some() =>
            {
                crate::annotations::literal_of_expression(self.db, expr).unwrap_or(Type::Any)
            }
            ast::Expr::Constant(constant) => self.infer_constant(&constant.value),
            ast::Expr::JoinedStr(joined) => {
                for value in &joined.values {
                    self.infer(value, None);
                }
                builtin_instance(self.db, "str", vec![])
            }
            ast::Expr::FormattedValue(formatted) => {
                self.infer(&formatted.value, None);
                if let Some(spec) = &formatted.format_spec {
                    self.infer(spec, None);
                }
                builtin_instance(self.db, "str", vec![])
            }
            ast::Expr::Name(name) if self.is_deleted(name.id.as_str()) => {
                self.report(
                    codes::MISC,
                    name.range,
                    messages::read_deleted_variable(name.id.as_str()),
                );
                Type::Any
            }
            // `PROTOCOL: Final = "https"` is `Literal['https']` where a literal is expected.
            ast::Expr::Name(name)
                if expected.is_some_and(contains_literal)
                    && let Some(literal) = self.final_literal(name.id.as_str()) =>
            {
                literal
            }
            ast::Expr::Name(name) => match self.lookup_name(name.id.as_str()) {
                Some(ty) => ty,
                None => {
                    let mut message = messages::name_not_defined(name.id.as_str());
                    if let Some(suggestion) = self.suggest_name(name.id.as_str()) {
                        message.push_str(&format!("; did you mean {suggestion}?"));
                    }
                    let notes = messages::forgotten_import_note(name.id.as_str());
                    self.report_with_notes(
                        codes::NAME_DEFINED,
                        name.range,
                        message,
                        notes.into_iter().collect(),
                    );
                    Type::Any
                }
            },
            ast::Expr::Attribute(attribute) => {
                // `Color.RED` is a `Literal[Color.RED]` where a literal is expected.
                if expected.is_some_and(contains_literal)
                    && let Some(literal) = self.enum_member_literal(expr)
                {
                    self.infer(&attribute.value, None);
                    return literal;
                }
                if let Some(ty) = self.super_attribute(attribute) {
                    return ty;
                }
                let owner = self.infer(&attribute.value, None);
                // `csv.QUOTE_ALL` (`QUOTE_ALL: Final = 1`) is `Literal[1]` where a literal
                // is expected.
                if expected.is_some_and(contains_literal)
                    && let Type::Module(module) = &owner
                    && let Some(literal) = crate::annotations::module_member_final_literal(
                        self.db,
                        module,
                        attribute.attr.as_str(),
                    )
                {
                    return literal;
                }
                self.note_typed_dict_method(&owner, attribute.attr.as_str(), attribute.range);
                // `self.x` narrowed by a condition or an assignment in this function.
                let narrowed = member_key(expr)
                    .and_then(|key| self.scopes.last().and_then(|s| s.vars.get(&key)))
                    .map(|var| var.current.clone());
                match narrowed {
                    Some(ty) => ty,
                    None => match self.enum_attribute(&attribute.value, &owner, &attribute.attr) {
                        Some(ty) => ty,
                        None => {
                            self.member_or_report(&owner, attribute.attr.as_str(), attribute.range)
                        }
                    },
                }
            }
            ast::Expr::List(list) => self.infer_sequence_display("list", &list.elts, expected),
            ast::Expr::Set(set) => self.infer_sequence_display("set", &set.elts, expected),
            ast::Expr::Tuple(tuple) => self.infer_tuple_display(&tuple.elts, expected),
            ast::Expr::Dict(dict) => self.infer_dict_display(dict, expected),
            ast::Expr::BinOp(binop) => {
                if binop.op == ast::Operator::Mod
                    && let ast::Expr::Constant(ast::ExprConstant {
                        value: ast::Constant::Str(_),
                        ..
                    }) = binop.left.as_ref()
                {
                    self.infer(&binop.right, None);
                    return builtin_instance(self.db, "str", vec![]);
                }
                let left = self.infer(&binop.left, None);
                // A literal right operand can pick a literal overload (`x ** 2` is an int).
                if crate::annotations::literal_of_expression(self.db, &binop.right).is_some()
                    && let Some(result) = self.literal_operand_overload(&left, binop)
                {
                    return result;
                }
                let right = self.infer(&binop.right, None);
                self.binary_operation(&left, binop.op, &right, binop.range, binop.right.range())
            }
            ast::Expr::UnaryOp(unary) => self.infer_unary(unary),
            ast::Expr::BoolOp(boolop) => self.infer_boolop(boolop, expected),
            ast::Expr::Compare(compare) => self.infer_compare(compare),
            ast::Expr::IfExp(ifexp) => {
                self.infer(&ifexp.test, None);
                let (then_narrowing, else_narrowing) = self.narrowings(&ifexp.test);
                let before = self.snapshot();
                self.apply_narrowing(&then_narrowing);
                let body = self.infer(&ifexp.body, expected);
                self.restore(before.clone());
                self.apply_narrowing(&else_narrowing);
                let orelse = self.infer(&ifexp.orelse, expected);
                let after = self.snapshot();
                self.restore_keeping_declarations(before, &after);
                crate::relate::simplify_union(self.db, &Type::union([body, orelse]))
            }
            ast::Expr::Call(call) => self.infer_call(call, expected),
            ast::Expr::Subscript(subscript) => {
                let ty = self.infer_subscript(subscript);
                // `args[-1]` narrowed by a test (`isinstance(args[-1], dict)`).
                match member_key(expr)
                    .and_then(|key| self.scopes.last().and_then(|s| s.vars.get(&key)))
                {
                    Some(var) => var.current.clone(),
                    None => ty,
                }
            }
            ast::Expr::Starred(starred) => {
                self.infer(&starred.value, None);
                Type::Any
            }
            ast::Expr::NamedExpr(named) => {
                let value = self.infer(&named.value, expected);
                if let ast::Expr::Name(name) = named.target.as_ref() {
                    self.assign_to(&named.target, &value, &named.value);
                    if self.comprehension_depth > 0 {
                        self.comprehension_walrus
                            .push((name.id.to_string(), value.clone()));
                    }
                }
                value
            }
            ast::Expr::Lambda(lambda) => self.infer_lambda(lambda, expected),
            ast::Expr::ListComp(comp) => {
                self.infer_comprehension("list", &comp.generators, &comp.elt, expected)
            }
            ast::Expr::SetComp(comp) => {
                self.infer_comprehension("set", &comp.generators, &comp.elt, expected)
            }
            ast::Expr::GeneratorExp(comp) => {
                self.infer_comprehension("Generator", &comp.generators, &comp.elt, expected)
            }
            ast::Expr::DictComp(comp) => self.infer_dict_comprehension(comp, expected),
            ast::Expr::Slice(slice) => {
                for part in [&slice.lower, &slice.upper, &slice.step]
                    .into_iter()
                    .flatten()
                {
                    self.infer(part, None);
                }
                builtin_instance(self.db, "slice", vec![])
            }
            ast::Expr::Await(await_expr) => {
                // mypy's semantic analyzer reports an `await` outside an `async def` (a
                // lambda is a function of its own).
                let function = self
                    .scopes
                    .iter()
                    .rev()
                    .find(|s| s.kind == ScopeKind::Function);
                match function {
                    None => self.report(
                        codes::TOP_LEVEL_AWAIT,
                        expr.range(),
                        messages::AWAIT_OUTSIDE_FUNCTION.to_owned(),
                    ),
                    Some(scope) if !scope.is_async => self.report(
                        codes::AWAIT_NOT_ASYNC,
                        expr.range(),
                        messages::AWAIT_OUTSIDE_COROUTINE.to_owned(),
                    ),
                    Some(_) => {}
                }
                let awaitable = self.infer(&await_expr.value, None);
                self.awaited_type(&awaitable)
            }
            ast::Expr::Yield(yield_expr) => {
                let generator = self.current_generator();
                let yields = generator.as_ref().map(|g| g.yields.clone());
                let value = match &yield_expr.value {
                    Some(value) => self.infer(value, yields.as_ref()),
                    None => Type::None,
                };
                if let Some(expected) = &yields
                    && !is_assignable(self.db, &value, expected)
                {
                    let message = messages::incompatible_yield(
                        "yield",
                        &value.to_string(),
                        &expected.to_string(),
                    );
                    self.report(codes::MISC, yield_expr.range, message);
                }
                generator.map_or(Type::Any, |g| g.sent)
            }
            ast::Expr::YieldFrom(yield_from) => {
                let iterable = self.infer(&yield_from.value, None);
                let item = self.iteration_item_type(&iterable, yield_from.value.range());
                if let Some(generator) = self.current_generator()
                    && !is_assignable(self.db, &item, &generator.yields)
                {
                    let message = messages::incompatible_yield(
                        "yield from",
                        &item.to_string(),
                        &generator.yields.to_string(),
                    );
                    self.report(codes::MISC, yield_from.range, message);
                }
                Type::Any
            }
        }
    }

    /// `infer` for a value that is used (assigned, passed): a call to a function declared
    /// to return `None` is an error there.
    pub fn infer_value(&mut self, expr: &ast::Expr, expected: Option<&Type>) -> Type {
        let ty = self.infer(expr, expected);
        if let ast::Expr::Call(call) = expr
            && let Some((name, owner)) = self.none_returning_calls.get(&call.range).cloned()
        {
            let callee = match &owner {
                Some(class) => messages::Callee::Method { name: &name, class },
                None => messages::Callee::Function(&name),
            };
            self.report(
                codes::FUNC_RETURNS_VALUE,
                call.range,
                messages::does_not_return_a_value(callee),
            );
        }
        ty
    }

    fn infer_constant(&mut self, constant: &ast::Constant) -> Type {
        let class = match constant {
            ast::Constant::None => return Type::None,
            ast::Constant::Bool(_) => "bool",
            ast::Constant::Str(_) => "str",
            ast::Constant::Bytes(_) => "bytes",
            ast::Constant::Int(_) => "int",
            ast::Constant::Float(_) => "float",
            ast::Constant::Complex { .. } => "complex",
            ast::Constant::Ellipsis => "ellipsis",
            ast::Constant::Tuple(items) => {
                return Type::Tuple(items.iter().map(|item| self.infer_constant(item)).collect());
            }
        };
        builtin_instance(self.db, class, vec![])
    }

    // ----- members -----

    /// The type of `owner.name`, reporting a missing attribute.
    pub fn member_or_report(&mut self, owner: &Type, name: &str, range: TextRange) -> Type {
        if let Type::Union(members) = owner {
            let mut found = Vec::new();
            for member in members.iter() {
                match self.member_of(member, name) {
                    Some(ty) => found.push(ty),
                    None => {
                        let message = messages::union_item_has_no_attribute(
                            &member.to_string(),
                            &owner.to_string(),
                            name,
                        );
                        self.report(codes::UNION_ATTR, range, message);
                    }
                }
            }
            return Type::union(found);
        }
        match self.member_of(owner, name) {
            Some(ty) => {
                self.check_instance_only_attribute(owner, name, range);
                if let Type::Module(module) = owner
                    && crate::imports::stub_hides_import(self.db, module, name)
                {
                    self.report(
                        codes::ATTR_DEFINED,
                        range,
                        messages::not_explicitly_exported(module, name),
                    );
                }
                ty
            }
            None => {
                // mypy names no module here (it does in `from m import x`).
                let spelled = match owner {
                    Type::Module(_) => "Module".to_owned(),
                    other => format!("\"{other}\""),
                };
                let mut message = messages::has_no_attribute(&spelled, name);
                if let Some(suggestion) = self.suggest_attribute(owner, name) {
                    message.push_str(&format!("; maybe {suggestion}?"));
                }
                let notes = self.missing_await_notes(owner, name);
                self.report_with_notes(codes::ATTR_DEFINED, range, message, notes);
                Type::Any
            }
        }
    }

    /// mypy's hint under an error about a member `ty` lacks, when `ty` is awaitable and
    /// what awaiting it gives has the member (`fetch().upper()` for `await fetch()`).
    fn missing_await_notes(&mut self, ty: &Type, name: &str) -> Vec<String> {
        match crate::mismatch::awaited_type(self.db, ty) {
            Some(awaited) if self.member_of(&awaited, name).is_some() => {
                vec![messages::POSSIBLE_MISSING_AWAIT.to_owned()]
            }
            _ => Vec::new(),
        }
    }

    /// `ty`'s tuples split by whether they have `length` items: (those that do, the
    /// rest). A `tuple[T, ...]` may: it becomes that many `T`s on the first side and
    /// stays on the second. `None` when `ty` holds anything but tuples.
    fn split_by_length(&self, ty: &Type, length: i64) -> Option<(Type, Type)> {
        if length < 0 {
            return None;
        }
        let (mut matching, mut other) = (Vec::new(), Vec::new());
        for member in ty.members().iter() {
            match member {
                Type::Tuple(items) if items.len() as i64 == length => matching.push(member.clone()),
                Type::Tuple(_) => other.push(member.clone()),
                Type::Instance(instance)
                    if instance.class.name() == "tuple"
                        && Some(&instance.class) == builtin_class(self.db, "tuple").as_ref()
                        && length <= 8 =>
                {
                    let item = instance.args.first().cloned().unwrap_or(Type::Any);
                    matching.push(Type::Tuple(vec![item; length as usize].into()));
                    other.push(member.clone());
                }
                _ => return None,
            }
        }
        Some((Type::union(matching), Type::union(other)))
    }

    /// `TypeVar`, `ParamSpec`, ... as the classes typeshed declares them (where it does),
    /// for `isinstance(t, TypeVar)`: the engine reads those names as special forms.
    fn special_forms_as_classes(&self, ty: Type) -> Type {
        match ty {
            Type::SpecialForm(form) => {
                let name = match form {
                    SpecialForm::TypeVar => "TypeVar",
                    SpecialForm::ParamSpec => "ParamSpec",
                    SpecialForm::TypeVarTuple => "TypeVarTuple",
                    _ => return ty,
                };
                let declared =
                    crate::symbols::resolve_module_by_name(self.db, "typing").filter(|typing| {
                        matches!(
                            crate::index::module_index(self.db, *typing).get(name),
                            Some(crate::index::Declaration::Class(_))
                        )
                    });
                match declared {
                    Some(file) => Type::ClassObject(ClassId {
                        file,
                        qualname: name.into(),
                    }),
                    None => ty,
                }
            }
            Type::Tuple(items) => Type::Tuple(
                items
                    .iter()
                    .map(|item| self.special_forms_as_classes(item.clone()))
                    .collect(),
            ),
            other => other,
        }
    }

    /// Whether values of `ty` always have the attribute `name` (declared by their class,
    /// not answered by `__getattr__`).
    fn certainly_has_attribute(&self, ty: &Type, name: &str) -> bool {
        match ty {
            Type::Instance(instance) => lookup_member(self.db, instance, name).is_some(),
            Type::Literal(literal) => match literal.fallback() {
                Type::Instance(instance) => lookup_member(self.db, &instance, name).is_some(),
                _ => false,
            },
            _ => false,
        }
    }

    /// `Color.RED` as the literal type of that member, if `expr` names an enum member.
    pub fn enum_member_literal(&mut self, expr: &ast::Expr) -> Option<Type> {
        let ast::Expr::Attribute(attribute) = expr else {
            return None;
        };
        let Type::ClassObject(class) = self.trial(|c| c.infer(&attribute.value, None)).0 else {
            return None;
        };
        let info = crate::synthesized::enum_info(self.db, &class)?;
        info.member(attribute.attr.as_str())?;
        Some(crate::synthesized::enum_literal(
            &class,
            attribute.attr.as_str(),
        ))
    }

    /// `.value` and `.name` of enum members: the member's own value type where the
    /// member is known, else the value type all members share (`Any` if they differ).
    /// `None` leaves the attribute to the ordinary lookup (an enum that declares its own
    /// `__new__`, `_value_` or `value` says more than the members' values).
    fn enum_attribute(&mut self, owner_expr: &ast::Expr, owner: &Type, name: &str) -> Option<Type> {
        let is_value = matches!(name, "value" | "_value_");
        if !is_value && !matches!(name, "name" | "_name_") {
            return None;
        }
        let member_name = |ty: &Type| match ty {
            Type::Literal(literal) => match &literal.value {
                LiteralValue::EnumMember(member) => Some((literal.class.clone(), member.clone())),
                _ => None,
            },
            _ => None,
        };
        let (class, names): (ClassId, Option<Vec<Arc<str>>>) = match owner {
            Type::Instance(instance) if instance.args.is_empty() => {
                match self
                    .enum_member_literal(owner_expr)
                    .as_ref()
                    .and_then(member_name)
                {
                    Some((class, member)) => (class, Some(vec![member])),
                    None => (instance.class.clone(), None),
                }
            }
            Type::Literal(_) | Type::Union(_) => {
                let named: Option<Vec<(ClassId, Arc<str>)>> =
                    owner.members().iter().map(member_name).collect();
                let named = named?;
                let class = named.first()?.0.clone();
                if named.iter().any(|(c, _)| *c != class) {
                    return None;
                }
                (class, Some(named.into_iter().map(|(_, n)| n).collect()))
            }
            _ => return None,
        };
        let db = self.db;
        let info = crate::synthesized::enum_info(db, &class)?;
        let enum_file = crate::symbols::resolve_module_by_name(db, "enum")?;
        let instance = Instance {
            class: class.clone(),
            args: Arc::from([]),
        };
        for looked_up in [name, "__new__", "value"] {
            match lookup_member(db, &instance, looked_up) {
                Some((_, declared_by)) if declared_by.file == enum_file => {
                    // A flag's name is `str | None` (a combination has none) unless the
                    // member is known.
                    if !is_value && declared_by.name() == "Flag" && names.is_none() {
                        return None;
                    }
                }
                _ => return None,
            }
        }
        // `_value_: int` in the enum says what every value is.
        match lookup_member(db, &instance, "_value_") {
            Some((_, declared_by)) if declared_by.file == enum_file => {}
            Some((crate::symbols::Member::Attribute(declared), _)) if is_value => {
                return Some(declared);
            }
            _ => return None,
        }
        if !is_value {
            return Some(builtin_instance(db, "str", vec![]));
        }
        let values: Vec<Type> = match names {
            Some(names) => names
                .iter()
                .filter_map(|n| info.member(n).map(|m| m.value.clone()))
                .collect(),
            None => info.members.iter().map(|m| m.value.clone()).collect(),
        };
        let first = values.first()?.clone();
        Some(match values.iter().all(|v| *v == first) {
            true => first,
            false => Type::Any,
        })
    }

    /// The type of `owner.name`, or `None` when `owner` has no such attribute.
    pub fn member_of(&mut self, owner: &Type, name: &str) -> Option<Type> {
        let db = self.db;
        match owner {
            // `cls: type[T]` with `T` bound to a class: that class's attributes.
            Type::Instance(instance)
                if instance.class.name() == "type"
                    && let Some(Type::TypeVar(var)) = instance.args.first()
                    && let Some(Type::Instance(bound)) = &var.bound =>
            {
                let var = var.clone();
                // A class method binds to the variable: what it returns as `Self` is a `T`.
                if let Some((
                    Member::Method {
                        ty,
                        is_classmethod: true,
                        ..
                    },
                    _,
                )) = lookup_member(db, bound, name)
                {
                    return Some(bind_method_to(&ty, &Type::TypeVar(var)));
                }
                let found = self.member_of(&Type::ClassObject(bound.class.clone()), name)?;
                Some(found.substitute(&|candidate: &crate::types::TypeVar| {
                    (candidate.name.as_ref() == "Self").then(|| Type::TypeVar(var.clone()))
                }))
            }
            Type::Instance(instance) => self.instance_member(instance, name),
            Type::Literal(literal) => self.member_of(&literal.fallback(), name),
            Type::TypeGuard(_) => self.member_of(&builtin_instance(db, "bool", vec![]), name),
            Type::Tuple(items) => self.member_of(&tuple_fallback(db, items), name),
            Type::None => {
                match builtin_class(db, "NoneType").or_else(|| builtin_class(db, "object")) {
                    Some(class) => self.instance_member(
                        &Instance {
                            class,
                            args: Arc::from([]),
                        },
                        name,
                    ),
                    None => Some(Type::Any),
                }
            }
            Type::Union(members) => {
                let found: Option<Vec<Type>> =
                    members.iter().map(|m| self.member_of(m, name)).collect();
                found.map(Type::union)
            }
            Type::ClassObject(class) => {
                let owner_type = owner;
                let info = class_info(db, class);
                match lookup_member(db, &info.self_instance(), name) {
                    Some((
                        Member::Method {
                            ty, is_classmethod, ..
                        },
                        _,
                    )) => Some(if is_classmethod {
                        bind_method_to(&ty, &Type::Instance(info.self_instance()))
                    } else {
                        ty
                    }),
                    Some((Member::Attribute(ty) | Member::Property(ty), _)) => Some(ty),
                    Some((Member::NestedClass(nested), _)) => Some(Type::ClassObject(nested)),
                    None => {
                        if ancestors(db, class)
                            .iter()
                            .any(|a| class_info(db, &a.class).has_unknown_base)
                        {
                            return Some(Type::Any);
                        }
                        // A class object's other attributes are its metaclass's (`type`
                        // unless a class in its line names another), methods bound to
                        // the class itself.
                        let metaclass = match crate::symbols::metaclass_of(db, class) {
                            Some(meta) => Type::instance(meta, vec![]),
                            None => builtin_instance(db, "type", vec![]),
                        };
                        let Type::Instance(metaclass) = metaclass else {
                            return Some(Type::Any);
                        };
                        match lookup_member(db, &metaclass, name) {
                            // `def _create(cls: type[T]) -> T` makes a `T` of the class.
                            Some((
                                Member::Method {
                                    ty,
                                    is_static: false,
                                    ..
                                },
                                owner,
                            )) if owner.name() != "type" => {
                                Some(bind_method_to(&ty, &Type::Instance(info.self_instance())))
                            }
                            Some((Member::Property(ty), _)) => {
                                Some(ty.substitute(&|var: &crate::types::TypeVar| {
                                    match var.name.as_ref() {
                                        "Self" => Some(owner_type.clone()),
                                        "SelfInstance" => {
                                            Some(Type::Instance(info.self_instance()))
                                        }
                                        _ => None,
                                    }
                                }))
                            }
                            _ => self.instance_member(&metaclass, name),
                        }
                    }
                }
            }
            // What the module does not define, a module object still has (`__name__`,
            // `__dict__`, `__spec__`): the attributes of `types.ModuleType`.
            Type::Module(module) => module_member(db, module, name).or_else(|| {
                let Some(Type::ClassObject(module_type)) = module_member(db, "types", "ModuleType")
                else {
                    return None;
                };
                // Its own attributes only: typeshed's `ModuleType.__getattr__` is there for
                // modules made at run time, not for names a known module lacks.
                match lookup_member(
                    db,
                    &Instance {
                        class: module_type,
                        args: Arc::from([]),
                    },
                    name,
                ) {
                    Some((Member::Attribute(ty) | Member::Property(ty), _)) => Some(ty),
                    Some((Member::Method { ty, .. }, _)) => Some(crate::relate::bind_method(&ty)),
                    _ => None,
                }
            }),
            // A constrained variable's members differ by constraint; mypy checks the
            // body once per constraint, which pycheck does not (yet): `Any`.
            Type::TypeVar(var) if !var.constraints.is_empty() => Some(Type::Any),
            Type::TypeVar(var) => match &var.bound {
                // A method seen through a bounded variable (`self: Self`) binds to the
                // variable, so that what it returns as `Self` stays the variable.
                Some(Type::Instance(bound))
                    if let Some((
                        Member::Method {
                            ty,
                            is_static: false,
                            ..
                        },
                        _,
                    )) = lookup_member(db, bound, name) =>
                {
                    Some(bind_method_to(&ty, owner))
                }
                // So does a property returning `Self` (`self.__class__` is `type[Self]`).
                Some(Type::Instance(bound))
                    if let Some((Member::Property(ty), _)) = lookup_member(db, bound, name) =>
                {
                    Some(ty.substitute(&|candidate: &crate::types::TypeVar| {
                        (candidate.name.as_ref() == "Self").then(|| owner.clone())
                    }))
                }
                Some(bound) => self.member_of(bound, name),
                None => self.member_of(&crate::relate::object_type(db), name),
            },
            Type::Never => Some(Type::Never),
            Type::Callable(_) | Type::Overloaded(_) => {
                match builtin_instance(db, "function", vec![]) {
                    Type::Instance(function) => {
                        self.instance_member(&function, name).or(Some(Type::Any))
                    }
                    _ => Some(Type::Any),
                }
            }
            Type::Any
            | Type::SpecialForm(_)
            | Type::TypeVarDefinition(_)
            | Type::ParamSpecArgs(_)
            | Type::ParamSpecKwargs(_)
            | Type::Parameters(_) => Some(Type::Any),
        }
    }

    fn instance_member(&mut self, instance: &Instance, name: &str) -> Option<Type> {
        let db = self.db;
        if let Some(member) = self.typed_dict_member(&instance.class, name) {
            return member;
        }
        match lookup_member(db, instance, name) {
            Some((Member::Method { ty, is_static, .. }, _)) => Some(if is_static {
                ty
            } else {
                bind_method_to(&ty, &Type::Instance(instance.clone()))
            }),
            // Read through an instance, a descriptor gives what its `__get__` returns,
            // which is not followed yet.
            Some((Member::Attribute(ty), _))
                if crate::class_checks::is_known_descriptor(db, &ty) =>
            {
                Some(Type::Any)
            }
            Some((Member::Attribute(ty @ (Type::Callable(_) | Type::Overloaded(_))), owner))
                if crate::symbols::is_class_body_assignment(db, &owner, name) =>
            {
                Some(bind_method_to(&ty, &Type::Instance(instance.clone())))
            }
            // `def parent(self) -> Self` gives the receiver's own class.
            Some((Member::Property(ty), _)) => Some(ty.substitute(
                &|var: &crate::types::TypeVar| match var.name.as_ref() {
                    "Self" => Some(Type::Instance(instance.clone())),
                    "SelfInstance" => Some(Type::Any),
                    _ => None,
                },
            )),
            Some((Member::Attribute(ty), _)) => Some(ty),
            Some((Member::NestedClass(class), _)) => Some(Type::ClassObject(class)),
            None => {
                if ancestors(db, &instance.class).iter().any(|a| {
                    class_info(db, &a.class).has_unknown_base
                        || crate::synthesized::is_opaquely_decorated(db, &a.class)
                }) {
                    return Some(Type::Any);
                }
                // `__getattr__`, or a `__getattribute__` of a class other than `object`
                // (`threading.local`), answers every other name, but not the special
                // methods: Python looks those up on the class (a call does not ask
                // `__getattr__` for `__call__`).
                let special = name.len() > 4 && name.starts_with("__") && name.ends_with("__");
                for hook in ["__getattr__", "__getattribute__"] {
                    if !special
                        && name != hook
                        && let Some((
                            Member::Method {
                                ty: Type::Callable(getattr),
                                ..
                            },
                            owner,
                        )) = lookup_member(db, instance, hook)
                        && owner.name() != "object"
                    {
                        return Some(getattr.ret.clone());
                    }
                }
                None
            }
        }
    }

    /// The declared type of an attribute assignment target, if known.
    pub fn attribute_declared_type(&mut self, owner: &Type, name: &str) -> Option<Type> {
        if let Type::ClassObject(class) = owner {
            return crate::class_checks::class_variable_type(self.db, class, name);
        }
        let Type::Instance(instance) = owner else {
            return None;
        };
        match lookup_member(self.db, instance, name)? {
            // Assigning goes through the descriptor's `__set__`, not followed yet.
            (Member::Attribute(ty), _)
                if crate::class_checks::is_known_descriptor(self.db, &ty) =>
            {
                None
            }
            (Member::Attribute(ty), _) if !ty.is_any() => Some(ty),
            _ => None,
        }
    }

    /// Calls `owner.name(*args)` silently; `None` if there is no such method or it rejects
    /// the arguments.
    pub fn call_dunder(&mut self, owner: &Type, name: &str, args: &[Type]) -> Option<Type> {
        let method = self.member_of(owner, name)?;
        let call_args: Vec<CallArg<'_>> = args
            .iter()
            .map(|ty| CallArg {
                kind: ArgKind::Positional,
                value: ArgValue::Type(ty.clone()),
                range: TextRange::default(),
            })
            .collect();
        let (result, failed) =
            self.trial(|c| c.call_type(&method, &call_args, TextRange::default(), None));
        (!failed).then_some(result)
    }

    /// mypy's "did you mean" for an undefined name: close names of the enclosing scopes,
    /// the module and the builtins, dunder names left out.
    fn suggest_name(&self, name: &str) -> Option<String> {
        let mut candidates: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
        for scope in &self.scopes {
            candidates.extend(scope.vars.keys().cloned());
            candidates.extend(scope.locals.iter().cloned());
        }
        candidates.extend(
            crate::index::module_index(self.db, self.file)
                .symbols
                .keys()
                .cloned(),
        );
        if let Some(builtins) = crate::symbols::builtins_file(self.db) {
            let names = crate::index::module_index(self.db, builtins).symbols.keys();
            candidates.extend(
                names
                    .filter(|n| crate::symbols::is_builtin_name(self.db, builtins, n))
                    .cloned(),
            );
        }
        candidates.remove(name);
        let candidates: Vec<String> = candidates
            .into_iter()
            .filter(|n| !n.starts_with("__"))
            .collect();
        let matches = pycheck_diagnostics::suggest::best_matches(name, &candidates, 3);
        (!matches.is_empty()).then(|| pycheck_diagnostics::suggest::pretty_seq(&matches, "or"))
    }

    /// mypy's "maybe" for a missing attribute: close names the class itself declares.
    fn suggest_attribute(&self, owner: &Type, name: &str) -> Option<String> {
        let names: Vec<String> = match owner {
            // A TypedDict's keys are not attributes.
            Type::Instance(instance) if crate::symbols::is_typed_dict(self.db, &instance.class) => {
                return None;
            }
            Type::Instance(instance) => class_info(self.db, &instance.class)
                .members
                .symbols
                .keys()
                .cloned()
                .collect(),
            Type::Module(module) => {
                return crate::imports::suggest_module_attribute(self.db, module, name);
            }
            _ => return None,
        };
        let names: Vec<String> = names.into_iter().filter(|n| n != name).collect();
        let mut matches: Vec<String> = match name {
            "add" => ["append", "extend"]
                .iter()
                .map(|s| s.to_string())
                .filter(|s| names.contains(s))
                .collect(),
            _ => Vec::new(),
        };
        matches.extend(pycheck_diagnostics::suggest::best_matches(name, &names, 3));
        (!matches.is_empty()).then(|| pycheck_diagnostics::suggest::pretty_seq(&matches, "or"))
    }

    // ----- displays -----

    /// For a display (`[...]`, `{...}`, `(...)`, comprehensions) expected to be one of a
    /// union's members: the member it is checked against, as mypy picks it. `None` (the
    /// union as a whole) leaves the display to its own rules; `X | None` is `X`; among
    /// several candidates, the first the display fits without an error
    /// (`env={"A": "0"}` where `Mapping[bytes, ...] | Mapping[str, ...]` is wanted).
    fn union_member_for_display(
        &mut self,
        expr: &ast::Expr,
        expected: Option<&Type>,
    ) -> Option<Type> {
        const MAX_CANDIDATES: usize = 4;
        let Some(Type::Union(members)) = expected else {
            return None;
        };
        if !matches!(
            expr,
            ast::Expr::List(_)
                | ast::Expr::Set(_)
                | ast::Expr::Tuple(_)
                | ast::Expr::Dict(_)
                | ast::Expr::ListComp(_)
                | ast::Expr::SetComp(_)
                | ast::Expr::DictComp(_)
        ) {
            return None;
        }
        let candidates: Vec<Type> = members
            .iter()
            .filter(|member| matches!(member, Type::Instance(_) | Type::Tuple(_)))
            .cloned()
            .collect();
        if candidates.len() != members.iter().filter(|m| **m != Type::None).count() {
            return None;
        }
        // Only the members a display of this kind can be (a `{...}` display is no
        // `Sequence`).
        let container = match expr {
            ast::Expr::List(_) | ast::Expr::ListComp(_) => "list",
            ast::Expr::Set(_) | ast::Expr::SetComp(_) => "set",
            ast::Expr::Dict(_) | ast::Expr::DictComp(_) => "dict",
            _ => "tuple",
        };
        let candidates: Vec<Type> = match container {
            "tuple" => candidates,
            _ => candidates
                .into_iter()
                .filter(|candidate| self.item_contexts(container, Some(candidate)).is_some())
                .collect(),
        };
        if candidates.is_empty() {
            return None;
        }
        match candidates.as_slice() {
            [only] => Some(only.clone()),
            _ if candidates.len() > MAX_CANDIDATES || self.display_trials > 0 => None,
            _ => {
                self.display_trials += 1;
                let fitting = candidates.into_iter().find(|candidate| {
                    let (ty, failed) = self.trial(|c| c.infer_expression(expr, Some(candidate)));
                    !failed && is_assignable(self.db, &ty, candidate)
                });
                self.display_trials -= 1;
                fitting
            }
        }
    }

    /// For a display of `container` (`list`, `set`, `dict`, `tuple`) where `expected` is
    /// wanted: the type each of the container's parameters must have, where known.
    pub fn item_contexts(
        &self,
        container: &str,
        expected: Option<&Type>,
    ) -> Option<Vec<Option<Type>>> {
        let db = self.db;
        let expected = expected?;
        let class = match container {
            "Generator" => crate::symbols::typing_class(db, container)?,
            _ => builtin_class(db, container)?,
        };
        let info = class_info(db, &class);
        let candidates: Vec<&Type> = expected.members().iter().collect();
        for candidate in candidates {
            match candidate {
                Type::Any => return Some(vec![Some(Type::Any); info.type_params.len()]),
                Type::Instance(target) => {
                    let Some(mapped) = map_to_ancestor(db, &info.self_instance(), &target.class)
                    else {
                        continue;
                    };
                    let contexts = info
                        .type_params
                        .iter()
                        .map(|param| {
                            mapped
                                .args
                                .iter()
                                .position(
                                    |arg| matches!(arg, Type::TypeVar(v) if v.name == param.name),
                                )
                                .and_then(|i| target.args.get(i).cloned())
                        })
                        .collect();
                    return Some(contexts);
                }
                _ => {}
            }
        }
        None
    }

    fn infer_sequence_display(
        &mut self,
        container: &'static str,
        elts: &[ast::Expr],
        expected: Option<&Type>,
    ) -> Type {
        let context = self
            .item_contexts(container, expected)
            .and_then(|c| c.into_iter().next().flatten());
        let mut item = Type::Never;
        for (index, elt) in elts.iter().enumerate() {
            let ty = self.infer_display_item(container, index, elt, context.as_ref());
            item = join(self.db, &item, &ty);
        }
        builtin_instance(self.db, container, vec![context.unwrap_or(item)])
    }

    /// One item of a list, set or tuple display (`*iterable` items give their item type),
    /// checked against the item type the display is expected to have.
    fn infer_display_item(
        &mut self,
        container: &'static str,
        index: usize,
        elt: &ast::Expr,
        context: Option<&Type>,
    ) -> Type {
        let (ty, spelled) = match elt {
            ast::Expr::Starred(starred) => {
                let iterable = self.infer(&starred.value, None);
                let (item, failed) = match &iterable {
                    // Unpacking a tuple into a display joins its items, as mypy does.
                    Type::Tuple(items) => (
                        items
                            .iter()
                            .cloned()
                            .fold(Type::Never, |a, b| join(self.db, &a, &b)),
                        false,
                    ),
                    other => self.trial(|c| c.iteration_item_type(other, starred.range)),
                };
                if failed {
                    self.report(
                        codes::MISC,
                        starred.range,
                        messages::EXPECTED_ITERABLE_VARIADIC.to_owned(),
                    );
                    return Type::Any;
                }
                // mypy names a starred list item by the whole iterable, other displays with a star.
                let spelled = if container == "list" {
                    iterable.to_string()
                } else {
                    format!("*{iterable}")
                };
                (item, spelled)
            }
            _ => {
                let ty = self.infer_value(elt, context);
                let spelled = ty.to_string();
                (ty, spelled)
            }
        };
        if let Some(context) = context
            && !is_assignable(self.db, &ty, context)
        {
            let want = context.to_string();
            let (code, message) = match container {
                "list" => (
                    codes::LIST_ITEM,
                    messages::incompatible_list_item(index, &spelled, &want),
                ),
                _ => (
                    codes::ARG_TYPE,
                    messages::incompatible_display_argument(container, index + 1, &spelled, &want),
                ),
            };
            let notes = crate::mismatch::protocol_mismatch_notes(self.db, &ty, context);
            self.report_with_notes(code, elt.range(), message, notes);
        }
        ty
    }

    fn infer_tuple_display(&mut self, elts: &[ast::Expr], expected: Option<&Type>) -> Type {
        let fixed_context = match expected {
            Some(Type::Tuple(items)) if items.len() == elts.len() => Some(items.clone()),
            _ => None,
        };
        let item_context = self
            .item_contexts("tuple", expected)
            .and_then(|c| c.into_iter().next().flatten());
        let mut items = Vec::new();
        let mut length_known = true;
        for (index, elt) in elts.iter().enumerate() {
            match (elt, &fixed_context) {
                (ast::Expr::Starred(starred), _) => {
                    let inner = self.trial(|c| c.infer(&starred.value, None)).0;
                    match inner {
                        Type::Tuple(inner_items) => {
                            self.infer(&starred.value, None);
                            items.extend(inner_items.iter().cloned());
                        }
                        _ => {
                            // An unpacked iterable of unknown length: so is the tuple's.
                            length_known = false;
                            items.push(self.infer_display_item(
                                "tuple",
                                index,
                                elt,
                                item_context.as_ref(),
                            ));
                        }
                    }
                }
                (_, Some(fixed)) => items.push(self.infer_value(elt, Some(&fixed[index]))),
                (_, None) if item_context.is_some() => {
                    items.push(self.infer_display_item("tuple", index, elt, item_context.as_ref()))
                }
                (_, None) => items.push(self.infer_value(elt, None)),
            }
        }
        if length_known {
            return Type::Tuple(items.into());
        }
        let joined = items
            .iter()
            .cloned()
            .fold(Type::Never, |a, b| join(self.db, &a, &b));
        builtin_instance(self.db, "tuple", vec![item_context.unwrap_or(joined)])
    }

    fn infer_dict_display(&mut self, dict: &ast::ExprDict, expected: Option<&Type>) -> Type {
        let typed_dict = expected.and_then(|expected| {
            let candidates: Vec<ClassId> = expected
                .members()
                .iter()
                .filter_map(|member| self.typed_dict_of(member))
                .collect();
            match candidates.as_slice() {
                [only] => Some(only.clone()),
                _ => None,
            }
        });
        if let Some(class) = typed_dict {
            return self.typed_dict_display(&class, dict);
        }
        let contexts = self.item_contexts("dict", expected);
        let (key_context, value_context) = match contexts.as_deref() {
            Some([Some(k), Some(v)]) => (Some(k.clone()), Some(v.clone())),
            _ => (None, None),
        };
        let mut key_type = Type::Never;
        let mut value_type = Type::Never;
        for (index, (key, value)) in dict.keys.iter().zip(&dict.values).enumerate() {
            let Some(key) = key else {
                // `**other`: its key and value types join in.
                let other = self.infer(value, None);
                if let Type::Instance(instance) = &other
                    && let Some(dict_class) = builtin_class(self.db, "dict")
                    && let Some(mapped) = map_to_ancestor(self.db, instance, &dict_class)
                    && mapped.args.len() == 2
                {
                    key_type = join(self.db, &key_type, &mapped.args[0]);
                    value_type = join(self.db, &value_type, &mapped.args[1]);
                } else {
                    key_type = Type::Any;
                    value_type = Type::Any;
                }
                continue;
            };
            let k = self.infer(key, key_context.as_ref());
            let v = self.infer_value(value, value_context.as_ref());
            if let (Some(kc), Some(vc)) = (&key_context, &value_context) {
                if !is_assignable(self.db, &k, kc) || !is_assignable(self.db, &v, vc) {
                    let message = messages::incompatible_dict_entry(
                        index,
                        &k.to_string(),
                        &v.to_string(),
                        &kc.to_string(),
                        &vc.to_string(),
                    );
                    self.report(codes::DICT_ITEM, key.range(), message);
                }
            } else {
                key_type = join(self.db, &key_type, &k);
                value_type = join(self.db, &value_type, &v);
            }
        }
        match (key_context, value_context) {
            (Some(k), Some(v)) => builtin_instance(self.db, "dict", vec![k, v]),
            _ => builtin_instance(self.db, "dict", vec![key_type, value_type]),
        }
    }

    /// A list, set or generator comprehension. Against an expected item type, a wrong
    /// element is reported with mypy's comprehension messages and the result has the
    /// expected type.
    fn infer_comprehension(
        &mut self,
        container: &'static str,
        generators: &[ast::Comprehension],
        elt: &ast::Expr,
        expected: Option<&Type>,
    ) -> Type {
        let context = self
            .item_contexts(container, expected)
            .and_then(|c| c.into_iter().next().flatten());
        let elt_type = self.in_comprehension(generators, |c| c.infer(elt, context.as_ref()));
        // Against a union of containers (`list[A] | list[A | None]`) any member may fit.
        let context = match (&context, expected) {
            (Some(first), Some(Type::Union(members)))
                if !is_assignable(self.db, &elt_type, first) =>
            {
                members
                    .iter()
                    .filter_map(|member| {
                        self.item_contexts(container, Some(member))
                            .and_then(|c| c.into_iter().next().flatten())
                    })
                    .find(|candidate| is_assignable(self.db, &elt_type, candidate))
                    .or(context)
            }
            _ => context,
        };
        let item = match &context {
            Some(context) if !is_assignable(self.db, &elt_type, context) => {
                let (got, want) = (elt_type.to_string(), context.to_string());
                let message = match container {
                    "list" => format!(
                        "List comprehension has incompatible type List[{got}]; expected List[{want}]"
                    ),
                    "set" => format!(
                        "Set comprehension has incompatible type Set[{got}]; expected Set[{want}]"
                    ),
                    _ => format!(
                        "Generator has incompatible item type \"{got}\"; expected \"{want}\""
                    ),
                };
                self.report(codes::MISC, elt.range(), message);
                context.clone()
            }
            Some(context) if !context.is_any() => context.clone(),
            _ => elt_type,
        };
        match container {
            "Generator" => match crate::symbols::typing_class(self.db, "Generator") {
                Some(generator) => Type::instance(generator, vec![item, Type::None, Type::None]),
                None => Type::Any,
            },
            _ => builtin_instance(self.db, container, vec![item]),
        }
    }

    fn infer_dict_comprehension(
        &mut self,
        comp: &ast::ExprDictComp,
        expected: Option<&Type>,
    ) -> Type {
        let contexts = self.item_contexts("dict", expected).unwrap_or_default();
        let key_context = contexts.first().cloned().flatten();
        let value_context = contexts.get(1).cloned().flatten();
        let (key, value) = self.in_comprehension(&comp.generators, |c| {
            (
                c.infer(&comp.key, key_context.as_ref()),
                c.infer(&comp.value, value_context.as_ref()),
            )
        });
        let settle = |checker: &mut Self,
                      part: &str,
                      got: Type,
                      context: Option<Type>,
                      expr: &ast::Expr| match context {
            Some(context) if !is_assignable(checker.db, &got, &context) => {
                let message = format!(
                    "{part} expression in dictionary comprehension has incompatible type \"{got}\"; expected type \"{context}\""
                );
                checker.report(codes::MISC, expr.range(), message);
                context
            }
            Some(context) if !context.is_any() => context,
            _ => got,
        };
        let key = settle(self, "Key", key, key_context, &comp.key);
        let value = settle(self, "Value", value, value_context, &comp.value);
        builtin_instance(self.db, "dict", vec![key, value])
    }

    // ----- operators -----

    /// `left OP right` through the operator's dunder method, then the reflected one.
    /// `range` is the whole operation's; `right_range` the right operand's, where mypy
    /// points when neither side is a union.
    pub fn binary_operation(
        &mut self,
        left: &Type,
        op: ast::Operator,
        right: &Type,
        range: TextRange,
        right_range: TextRange,
    ) -> Type {
        let (method, reflected, symbol) = operator_methods(op);
        if left.is_any() || matches!(left, Type::SpecialForm(_)) {
            return Type::Any;
        }
        // `int | None`, `None | str`: a class's `|` is its metaclass's (`type.__or__`),
        // which makes a union object, never the instances' `__or__`.
        if op == ast::Operator::BitOr
            && [left, right]
                .iter()
                .any(|side| matches!(side, Type::ClassObject(_)))
        {
            return Type::Any;
        }
        if op == ast::Operator::Add {
            // A named tuple concatenates as the tuple of its fields.
            let as_tuple = |ty: &Type| {
                crate::synthesized::named_tuple_as_tuple(self.db, ty).unwrap_or_else(|| ty.clone())
            };
            if let (Type::Tuple(a), Type::Tuple(b)) = (as_tuple(left), as_tuple(right)) {
                return Type::Tuple(a.iter().chain(b.iter()).cloned().collect());
            }
        }
        if let Type::Union(members) = left {
            let mut results = Vec::new();
            let mut failures = Vec::new();
            let mut fallbacks = Vec::new();
            for member in members.iter() {
                match self.try_binary(member, method, reflected, right) {
                    Some(result) => results.push(result),
                    None => {
                        let has_method = self.member_of(member, method).is_some();
                        let lacks_both = !matches!(right, Type::Union(_))
                            && !has_method
                            && self.member_of(right, reflected).is_none();
                        let message = if lacks_both {
                            messages::unsupported_left_operand(symbol, &member.to_string())
                        } else {
                            messages::unsupported_operand_types(
                                symbol,
                                &member.to_string(),
                                &right.to_string(),
                            )
                        };
                        // mypy points where the member's own method rejects the right
                        // operand at that operand, and elsewhere at the whole operation.
                        failures.push((if has_method { right_range } else { range }, message));
                        fallbacks.push(self.failed_operation_type(member, method));
                    }
                }
            }
            // One note, after the last error, as mypy adds it.
            let count = failures.len();
            for (index, (at, message)) in failures.into_iter().enumerate() {
                let notes = if index + 1 == count {
                    vec![format!("Left operand is of type \"{left}\"")]
                } else {
                    Vec::new()
                };
                self.report_with_notes(codes::OPERATOR, at, message, notes);
            }
            // When no member succeeds, what their methods would have given, not `Never`:
            // the code after a failed operation is still reachable.
            if results.is_empty() {
                return Type::union(fallbacks);
            }
            return Type::union(results);
        }
        if let Some(result) = self.try_binary(left, method, reflected, right) {
            return result;
        }
        if !matches!(right, Type::Union(_))
            && self.member_of(left, method).is_none()
            && self.member_of(right, reflected).is_none()
        {
            let message = messages::unsupported_left_operand(symbol, &left.to_string());
            let notes = self.missing_await_notes(left, method);
            self.report_with_notes(codes::OPERATOR, range, message, notes);
            return Type::Any;
        }
        if let Type::Union(members) = right {
            // Name the members of the right operand that no method accepts.
            let note = format!("Right operand is of type \"{right}\"");
            for member in members.iter() {
                if self.try_binary(left, method, reflected, member).is_none() {
                    let message = messages::unsupported_operand_types(
                        symbol,
                        &left.to_string(),
                        &member.to_string(),
                    );
                    self.report_with_notes(codes::OPERATOR, range, message, vec![note.clone()]);
                }
            }
        } else {
            let message =
                messages::unsupported_operand_types(symbol, &left.to_string(), &right.to_string());
            let notes = self.missing_await_operation_notes(left, method, reflected, right);
            self.report_with_notes(codes::OPERATOR, right_range, message, notes);
        }
        self.failed_operation_type(left, method)
    }

    /// mypy's hint when an operand is awaitable and awaiting it would have made the
    /// operation work (`count() + 1`).
    fn missing_await_operation_notes(
        &mut self,
        left: &Type,
        method: &str,
        reflected: &str,
        right: &Type,
    ) -> Vec<String> {
        let awaited_left = crate::mismatch::awaited_type(self.db, left);
        let awaited_right = crate::mismatch::awaited_type(self.db, right);
        if awaited_left.is_none() && awaited_right.is_none() {
            return Vec::new();
        }
        let left = awaited_left.unwrap_or_else(|| left.clone());
        let right = awaited_right.unwrap_or_else(|| right.clone());
        let (works, _) = self.trial(|c| c.try_binary(&left, method, reflected, &right));
        works
            .map(|_| vec![messages::POSSIBLE_MISSING_AWAIT.to_owned()])
            .unwrap_or_default()
    }

    /// Like mypy, carry on after a failed operation with what the left operand's method
    /// would have returned.
    fn failed_operation_type(&mut self, left: &Type, method: &str) -> Type {
        match self.member_of(left, method) {
            Some(Type::Callable(signature)) if !signature.ret.has_type_vars() => {
                signature.ret.clone()
            }
            _ => Type::Any,
        }
    }

    /// `left OP <literal>` through an overloaded dunder method, the literal inferred
    /// against each overload's parameter; `None` when no overload takes it.
    fn literal_operand_overload(&mut self, left: &Type, binop: &ast::ExprBinOp) -> Option<Type> {
        let (method, _, _) = operator_methods(binop.op);
        let Some(Type::Overloaded(signatures)) = self.member_of(left, method) else {
            return None;
        };
        let args = [CallArg {
            kind: ArgKind::Positional,
            value: ArgValue::Expr(&binop.right),
            range: binop.right.range(),
        }];
        let callee = Type::Overloaded(signatures);
        let (result, failed) = self.trial(|c| c.call_type(&callee, &args, binop.range, None));
        (!failed).then_some(result)
    }

    /// The result of `left OP right` if some method accepts it, trying each member of a
    /// union right operand when the whole union is not accepted.
    fn try_binary(
        &mut self,
        left: &Type,
        method: &str,
        reflected: &str,
        right: &Type,
    ) -> Option<Type> {
        if right.is_any() {
            // An `Any` operand makes the result `Any`, as in mypy.
            return Some(Type::Any);
        }
        if let Some(result) = self.call_dunder(left, method, std::slice::from_ref(right)) {
            return Some(result);
        }
        if let Some(result) = self.call_dunder(right, reflected, std::slice::from_ref(left)) {
            return Some(result);
        }
        if let Type::Union(members) = right {
            let mut results = Vec::new();
            for member in members.iter() {
                results.push(self.try_binary(left, method, reflected, member)?);
            }
            return Some(Type::union(results));
        }
        None
    }

    /// `target OP= value`: the in-place method if the target has one, else the plain operator.
    pub fn infer_augmented(
        &mut self,
        target: &Type,
        op: ast::Operator,
        value: &ast::Expr,
        range: TextRange,
    ) -> Type {
        let in_place = in_place_method(op);
        // `items += ["a"]` checks the display against what `__iadd__` accepts.
        let context = match self.member_of(target, &in_place) {
            Some(Type::Callable(signature)) if !target.is_any() => {
                signature.params.first().map(|p| p.ty.clone())
            }
            _ => None,
        };
        let value_type = self.infer(value, context.as_ref());
        if target.is_any() {
            return Type::Any;
        }
        if self.member_of(target, &in_place).is_some()
            && let Some(result) =
                self.call_dunder(target, &in_place, std::slice::from_ref(&value_type))
        {
            return result;
        }
        self.binary_operation(target, op, &value_type, range, value.range())
    }

    fn infer_unary(&mut self, unary: &ast::ExprUnaryOp) -> Type {
        let operand = self.infer(&unary.operand, None);
        let (method, symbol) = match unary.op {
            ast::UnaryOp::Not => return builtin_instance(self.db, "bool", vec![]),
            ast::UnaryOp::USub => ("__neg__", "-"),
            ast::UnaryOp::UAdd => ("__pos__", "+"),
            ast::UnaryOp::Invert => ("__invert__", "~"),
        };
        if operand.is_any() {
            return Type::Any;
        }
        match self.call_dunder(&operand, method, &[]) {
            Some(result) => result,
            None => {
                // mypy says "unary -" and "unary +", but plain "~".
                let operator = if symbol == "~" {
                    symbol.to_owned()
                } else {
                    format!("unary {symbol}")
                };
                let message = messages::unsupported_unary_operand(&operator, &operand.to_string());
                let notes = self.missing_await_notes(&operand, method);
                self.report_with_notes(codes::OPERATOR, unary.range, message, notes);
                Type::Any
            }
        }
    }

    fn infer_boolop(&mut self, boolop: &ast::ExprBoolOp, expected: Option<&Type>) -> Type {
        let before = self.snapshot();
        let mut results = Vec::new();
        let last = boolop.values.len().saturating_sub(1);
        for (i, value) in boolop.values.iter().enumerate() {
            // As in mypy, an operand with no outer context takes the one before it as
            // context: `(names or set())` makes a `set[str]`.
            let context = expected.cloned().or_else(|| {
                results
                    .last()
                    .filter(|previous: &&Type| {
                        // Not a literal, nor a TypedDict (`env or {}` is a plain dict).
                        !previous.members().iter().any(|m| match m {
                            Type::Literal(_) => true,
                            Type::Instance(instance) => {
                                crate::symbols::is_typed_dict(self.db, &instance.class)
                            }
                            _ => false,
                        })
                    })
                    .cloned()
            });
            let ty = match (&context, value) {
                // An empty display with nothing to learn its items from: mypy's partial
                // type, which ends as `Any` items (`env or {}`).
                (None, ast::Expr::Dict(dict)) if dict.keys.is_empty() && i > 0 => {
                    builtin_instance(self.db, "dict", vec![Type::Any, Type::Any])
                }
                (None, ast::Expr::List(list)) if list.elts.is_empty() && i > 0 => {
                    builtin_instance(self.db, "list", vec![Type::Any])
                }
                _ => self.infer(value, context.as_ref()),
            };
            let (truthy, falsy) = self.narrowings(value);
            match boolop.op {
                // An operand other than the last is the result only when it decides:
                // `a or b` is `a` when `a` is truthy, `a and b` is `a` when it is falsy.
                ast::BoolOp::Or if i < last => results.push(truthy_part(self.db, &ty)),
                ast::BoolOp::And if i < last => results.push(falsy_part(self.db, &ty)),
                _ => results.push(ty),
            }
            self.apply_narrowing(if boolop.op == ast::BoolOp::And {
                &truthy
            } else {
                &falsy
            });
        }
        let after = self.snapshot();
        self.restore_keeping_declarations(before, &after);
        Type::union(results)
    }

    fn infer_compare(&mut self, compare: &ast::ExprCompare) -> Type {
        let bool_type = builtin_instance(self.db, "bool", vec![]);
        let mut left = self.infer(&compare.left, None);
        let mut result = Vec::new();
        for (op, right_expr) in compare.ops.iter().zip(&compare.comparators) {
            let right = self.infer(right_expr, None);
            let methods = match op {
                ast::CmpOp::Lt => Some(("__lt__", "__gt__", "<", ">")),
                ast::CmpOp::LtE => Some(("__le__", "__ge__", "<=", ">=")),
                ast::CmpOp::Gt => Some(("__gt__", "__lt__", ">", "<")),
                ast::CmpOp::GtE => Some(("__ge__", "__le__", ">=", "<=")),
                _ => None,
            };
            match (op, methods) {
                (_, Some((method, reflected, symbol, reflected_symbol))) => {
                    if left.is_any() || right.is_any() {
                        result.push(bool_type.clone());
                    } else {
                        let members: Vec<Type> = left.members().to_vec();
                        let notes = match &left {
                            Type::Union(_) => vec![format!("Left operand is of type \"{left}\"")],
                            _ => Vec::new(),
                        };
                        for member in members {
                            if let Some(ty) = self.try_binary(&member, method, reflected, &right) {
                                result.push(ty);
                                continue;
                            }
                            // Without the method on the left, mypy reports the reflected
                            // comparison it tried last.
                            let message = if self.member_of(&member, method).is_none() {
                                messages::unsupported_operand_types(
                                    reflected_symbol,
                                    &right.to_string(),
                                    &member.to_string(),
                                )
                            } else {
                                messages::unsupported_operand_types(
                                    symbol,
                                    &member.to_string(),
                                    &right.to_string(),
                                )
                            };
                            // Against a plain left operand, mypy points at the right one.
                            let (at, notes) = if notes.is_empty() {
                                let awaited = self.missing_await_operation_notes(
                                    &member, method, reflected, &right,
                                );
                                (right_expr.range(), awaited)
                            } else {
                                (compare.range, notes.clone())
                            };
                            self.report_with_notes(codes::OPERATOR, at, message, notes);
                        }
                    }
                }
                (ast::CmpOp::In | ast::CmpOp::NotIn, _) => {
                    if !right.is_any()
                        && self.member_of(&right, "__contains__").is_none()
                        && self.call_dunder(&right, "__iter__", &[]).is_none()
                    {
                        let message =
                            format!("Unsupported right operand type for in (\"{right}\")");
                        self.report(codes::OPERATOR, compare.range, message);
                    }
                    result.push(bool_type.clone());
                }
                _ => result.push(bool_type.clone()),
            }
            left = right;
        }
        if result.is_empty() {
            bool_type
        } else {
            Type::union(result)
        }
    }

    // ----- subscripts -----

    fn infer_subscript(&mut self, subscript: &ast::ExprSubscript) -> Type {
        let value = self.infer(&subscript.value, None);
        if let Some(class) = self.typed_dict_of(&value) {
            return self.typed_dict_subscript(&class, &subscript.slice);
        }
        // A named tuple indexed by a literal or sliced is the tuple of its fields.
        let value = match crate::synthesized::named_tuple_as_tuple(self.db, &value) {
            Some(fields)
                if int_literal(&subscript.slice).is_some()
                    || matches!(subscript.slice.as_ref(), ast::Expr::Slice(_)) =>
            {
                fields
            }
            _ => value,
        };
        match &value {
            Type::Any => {
                self.infer(&subscript.slice, None);
                Type::Any
            }
            // `Color["RED"]`: an enum's member by name.
            Type::ClassObject(class) if crate::synthesized::enum_info(self.db, class).is_some() => {
                self.infer(&subscript.slice, None);
                Type::instance(class.clone(), vec![])
            }
            // `list[int]` as a value: the class, ready to be called.
            Type::ClassObject(_) => value,
            // A union of tuples at a constant index: each member's item there.
            Type::Union(members)
                if let Some(index) = int_literal(&subscript.slice)
                    && let Some(items) = members
                        .iter()
                        .map(|member| match member {
                            Type::Tuple(items) => {
                                let len = items.len() as i64;
                                let position = if index < 0 { index + len } else { index };
                                (0..len)
                                    .contains(&position)
                                    .then(|| items[position as usize].clone())
                            }
                            _ => None,
                        })
                        .collect::<Option<Vec<Type>>>() =>
            {
                Type::union(items)
            }
            Type::SpecialForm(_) => Type::SpecialForm(SpecialForm::Any),
            Type::Tuple(items) => {
                if let Some(index) = int_literal(&subscript.slice) {
                    let len = items.len() as i64;
                    let position = if index < 0 { index + len } else { index };
                    if (0..len).contains(&position) {
                        return items[position as usize].clone();
                    }
                    self.report(
                        codes::MISC,
                        subscript.range,
                        "Tuple index out of range".to_owned(),
                    );
                    return Type::Any;
                }
                if let ast::Expr::Slice(slice) = subscript.slice.as_ref() {
                    let bound = |e: &Option<Box<ast::Expr>>| e.as_deref().map(int_literal);
                    match (bound(&slice.lower), bound(&slice.upper), bound(&slice.step)) {
                        (Some(None), _, _)
                        | (_, Some(None), _)
                        | (_, _, Some(None))
                        | (_, _, Some(Some(0))) => {}
                        (lower, upper, step) => {
                            let picked = slice_positions(
                                items.len(),
                                lower.flatten(),
                                upper.flatten(),
                                step.flatten().unwrap_or(1),
                            );
                            return Type::Tuple(
                                picked.into_iter().map(|i| items[i].clone()).collect(),
                            );
                        }
                    }
                }
                let fallback = tuple_fallback(self.db, items);
                self.index_instance(&fallback, subscript)
            }
            _ => self.index_instance(&value, subscript),
        }
    }

    fn index_instance(&mut self, value: &Type, subscript: &ast::ExprSubscript) -> Type {
        let Some(method) = self.member_of(value, "__getitem__") else {
            self.infer(&subscript.slice, None);
            let notes = self.missing_await_notes(value, "__getitem__");
            self.report_with_notes(
                codes::INDEX,
                subscript.value.range(),
                messages::value_not_indexable(&value.to_string()),
                notes,
            );
            return Type::Any;
        };
        let args = [CallArg {
            kind: ArgKind::Positional,
            value: ArgValue::Expr(&subscript.slice),
            range: subscript.slice.range(),
        }];
        if let Type::Callable(signature) = &method {
            let (_, failed) = self.trial(|c| c.call_type(&method, &args, subscript.range, None));
            if failed {
                let index_type = self.infer(&subscript.slice, None);
                let expected = signature.params.first().map_or(Type::Any, |p| p.ty.clone());
                let message =
                    messages::invalid_index_type(&index_type.to_string(), &value.to_string());
                let notes = if crate::mismatch::awaited_fits(self.db, &index_type, &expected) {
                    vec![messages::POSSIBLE_MISSING_AWAIT.to_owned()]
                } else {
                    Vec::new()
                };
                self.report_with_notes(
                    codes::INDEX,
                    subscript.slice.range(),
                    format!("{message}; expected type \"{expected}\""),
                    notes,
                );
                return Type::Any;
            }
        }
        self.call_type(&method, &args, subscript.range, None)
    }

    pub fn check_setitem(
        &mut self,
        container: &Type,
        subscript: &ast::ExprSubscript,
        value_type: &Type,
        value: &ast::Expr,
    ) {
        if container.is_any() {
            self.infer(&subscript.slice, None);
            return;
        }
        if let Some(class) = self.typed_dict_of(container) {
            self.typed_dict_setitem(&class, &subscript.slice, value_type, value);
            return;
        }
        let Some(method) = self.member_of(container, "__setitem__") else {
            self.infer(&subscript.slice, None);
            let message = format!("Unsupported target for indexed assignment (\"{container}\")");
            self.report(codes::INDEX, subscript.value.range(), message);
            return;
        };
        let key = self.infer(&subscript.slice, None);
        let signatures: Vec<Arc<Signature>> = match &method {
            Type::Callable(signature) => vec![signature.clone()],
            Type::Overloaded(signatures) => signatures.iter().cloned().map(Arc::new).collect(),
            _ => return,
        };
        let accepting_key: Vec<&Arc<Signature>> = signatures
            .iter()
            .filter(|s| {
                s.params
                    .first()
                    .is_some_and(|p| is_assignable(self.db, &key, &p.ty))
            })
            .collect();
        let Some(signature) = accepting_key.first() else {
            let expected = signatures[0]
                .params
                .first()
                .map_or(Type::Any, |p| p.ty.clone());
            let message = messages::invalid_index_type(&key.to_string(), &container.to_string());
            self.report(
                codes::INDEX,
                subscript.slice.range(),
                format!("{message}; expected type \"{expected}\""),
            );
            return;
        };
        if let Some(target) = signature.params.get(1).map(|p| p.ty.clone())
            && !is_assignable(self.db, value_type, &target)
        {
            let message = format!(
                "Incompatible types in assignment (expression has type \"{value_type}\", target has type \"{target}\")"
            );
            self.report(codes::ASSIGNMENT, value.range(), message);
        }
    }

    // ----- iteration, comprehensions, lambdas -----

    /// The type of the items `for x in <iterable>` yields, reporting a non-iterable.
    pub fn iteration_item_type(&mut self, iterable: &Type, range: TextRange) -> Type {
        match iterable {
            // Iterating over an enum class gives its members.
            Type::ClassObject(class) if crate::synthesized::enum_info(self.db, class).is_some() => {
                Type::instance(class.clone(), vec![])
            }
            Type::Any | Type::SpecialForm(_) | Type::ClassObject(_) => Type::Any,
            Type::Never => Type::Never,
            Type::Tuple(items) => Type::union(items.iter().cloned()),
            Type::Union(members) => {
                let mut items = Vec::new();
                for member in members.iter() {
                    match self.iterate_silently(member) {
                        Some(item) => items.push(item),
                        None => {
                            let message = format!(
                                "Item \"{member}\" of \"{iterable}\" has no attribute \"__iter__\" (not iterable)"
                            );
                            self.report(codes::UNION_ATTR, range, message);
                        }
                    }
                }
                Type::union(items)
            }
            other => match self.iterate_silently(other) {
                Some(item) => item,
                None => {
                    let mut message =
                        messages::has_no_attribute(&format!("\"{other}\""), "__iter__");
                    if let Some(suggestion) = self.suggest_attribute(other, "__iter__") {
                        message.push_str(&format!("; maybe {suggestion}?"));
                    }
                    message.push_str(" (not iterable)");
                    let notes = self.missing_await_notes(other, "__iter__");
                    self.report_with_notes(codes::ATTR_DEFINED, range, message, notes);
                    Type::Any
                }
            },
        }
    }

    fn iterate_silently(&mut self, iterable: &Type) -> Option<Type> {
        let named = crate::synthesized::named_tuple_as_tuple(self.db, iterable);
        if let Some(Type::Tuple(items)) = named.as_ref().or(Some(iterable)) {
            return Some(Type::union(items.iter().cloned()));
        }
        if iterable.is_any() {
            return Some(Type::Any);
        }
        if let Some(iterator) = self.call_dunder(iterable, "__iter__", &[]) {
            return Some(
                self.call_dunder(&iterator, "__next__", &[])
                    .unwrap_or(Type::Any),
            );
        }
        let int = builtin_instance(self.db, "int", vec![]);
        self.call_dunder(iterable, "__getitem__", &[int])
    }

    /// Runs `f` inside the scope a comprehension's `for` clauses create.
    fn in_comprehension<T>(
        &mut self,
        generators: &[ast::Comprehension],
        f: impl FnOnce(&mut Self) -> T,
    ) -> T {
        let before = self.snapshot();
        self.comprehension_depth += 1;
        for generator in generators {
            let iterable = self.infer(&generator.iter, None);
            let item = match generator.is_async {
                true => self.async_item_type(&iterable).unwrap_or(Type::Any),
                false => self.iteration_item_type(&iterable, generator.iter.range()),
            };
            self.bind_comprehension_target(&generator.target, &item, &generator.iter);
            for condition in &generator.ifs {
                self.infer(condition, None);
                let (narrowing, _) = self.narrowings(condition);
                self.apply_narrowing(&narrowing);
            }
        }
        let result = f(self);
        self.comprehension_depth -= 1;
        self.restore(before);
        // `(x := ...)` inside a comprehension binds `x` in the enclosing scope (the
        // outermost comprehension re-binds it once its own names are gone).
        let escaped = if self.comprehension_depth == 0 {
            std::mem::take(&mut self.comprehension_walrus)
        } else {
            Vec::new()
        };
        for (name, ty) in escaped {
            let declared = self.lookup_name(&name).filter(|_| {
                self.scopes
                    .last()
                    .is_some_and(|s| s.vars.contains_key(&name))
            });
            match declared {
                Some(_) => {
                    if let Some(var) = self.scopes.last_mut().and_then(|s| s.vars.get_mut(&name)) {
                        var.current = ty;
                    }
                }
                None => self.declare_local(&name, ty),
            }
        }
        result
    }

    fn bind_comprehension_target(&mut self, target: &ast::Expr, item: &Type, iter: &ast::Expr) {
        // Comprehension variables are fresh names, whatever the enclosing scope declared.
        for name in crate::index::target_names(target) {
            self.scopes.last_mut().map(|s| s.vars.remove(name));
        }
        self.assign_to(target, item, iter);
    }

    fn infer_lambda(&mut self, lambda: &ast::ExprLambda, expected: Option<&Type>) -> Type {
        let context = expected.and_then(|e| {
            e.members().iter().find_map(|m| match m {
                Type::Callable(signature) => Some(signature.clone()),
                _ => None,
            })
        });
        let args = &lambda.args;
        let mut params = Vec::new();
        let mut scope = Scope::new_function();
        let positional: Vec<&ast::ArgWithDefault> =
            args.posonlyargs.iter().chain(&args.args).collect();
        // The context gives the parameters their types only if the counts agree.
        let context = match context {
            Some(signature)
                if signature
                    .params
                    .iter()
                    .any(|p| p.kind == ParamKind::VarPositional) =>
            {
                None
            }
            Some(signature) => {
                let wanted = signature
                    .params
                    .iter()
                    .filter(|p| {
                        matches!(
                            p.kind,
                            ParamKind::PositionalOnly | ParamKind::PositionalOrKeyword
                        )
                    })
                    .count();
                if wanted == positional.len() && args.vararg.is_none() {
                    Some(signature)
                } else {
                    self.report(
                        codes::MISC,
                        lambda.range,
                        messages::CANNOT_INFER_LAMBDA.to_owned(),
                    );
                    None
                }
            }
            None => None,
        };
        for (i, arg) in positional.iter().enumerate() {
            let ty = context
                .as_ref()
                .and_then(|c| c.params.get(i))
                .map_or(Type::Any, |p| p.ty.clone());
            scope
                .vars
                .insert(arg.def.arg.to_string(), Var::new(ty.clone(), ty.clone()));
            params.push(Param {
                name: arg.def.arg.as_str().into(),
                kind: ParamKind::PositionalOrKeyword,
                ty,
                has_default: arg.default.is_some(),
            });
        }
        for arg in args.vararg.iter().chain(args.kwarg.iter()) {
            scope
                .vars
                .insert(arg.arg.to_string(), Var::new(Type::Any, Type::Any));
        }
        for arg in &args.kwonlyargs {
            scope
                .vars
                .insert(arg.def.arg.to_string(), Var::new(Type::Any, Type::Any));
        }
        self.scopes.push(scope);
        let expected_ret = context.as_ref().map(|c| c.ret.clone());
        let errors_before = self.diagnostics.iter().filter(|d| d.is_error()).count();
        let ret = self.infer(&lambda.body, expected_ret.as_ref());
        self.scopes.pop();
        // A body that already failed to check says nothing more about the lambda's result.
        let ret = if self.diagnostics.iter().filter(|d| d.is_error()).count() > errors_before {
            Type::Any
        } else {
            ret
        };
        if let Some(expected_ret) = &expected_ret
            && *expected_ret != Type::None
            && !expected_ret.has_type_vars()
            && !is_assignable(self.db, &ret, expected_ret)
        {
            let message =
                messages::incompatible_return_value(&ret.to_string(), &expected_ret.to_string());
            self.report(codes::RETURN_VALUE, lambda.body.range(), message);
        }
        Type::Callable(Arc::new(Signature {
            name: None,
            owner: None,
            params: params.into(),
            ret,
            untyped: false,
            bound_receiver: None,
        }))
    }

    // ----- narrowing -----

    /// What a condition implies about variables: (when true, when false).
    pub fn narrowings(&mut self, test: &ast::Expr) -> (Narrowing, Narrowing) {
        let none = || (Vec::new(), Vec::new());
        if let ast::Expr::Call(call) = test
            && let Some(narrowings) = self.guard_narrowings(call)
        {
            return narrowings;
        }
        match test {
            ast::Expr::Name(_) | ast::Expr::NamedExpr(_) | ast::Expr::Attribute(_) => {
                let Some((name, current)) = self.narrowable(test) else {
                    return none();
                };
                let truthy = self.truthy_part(&current);
                let falsy = self.falsy_part(&current);
                let then: Narrowing = match truthy != current {
                    true => vec![(name.clone(), truthy)],
                    false => vec![],
                };
                let otherwise: Narrowing = match falsy != current && !current.is_any() {
                    true => vec![(name, falsy)],
                    false => vec![],
                };
                (then, otherwise)
            }
            ast::Expr::UnaryOp(ast::ExprUnaryOp {
                op: ast::UnaryOp::Not,
                operand,
                ..
            }) => {
                let (then, otherwise) = self.narrowings(operand);
                (otherwise, then)
            }
            ast::Expr::BoolOp(boolop) => {
                // `a and b` is true when both are, one after the other; it is false when
                // either is false (only names both narrow are known then). `or` is the dual.
                let before = self.snapshot();
                let mut sequential: Narrowing = Vec::new();
                let mut alternatives: Vec<Narrowing> = Vec::new();
                for value in &boolop.values {
                    let (then, otherwise) = self.narrowings(value);
                    let (continue_with, alternative) = match boolop.op {
                        ast::BoolOp::And => (then, otherwise),
                        ast::BoolOp::Or => (otherwise, then),
                    };
                    self.apply_narrowing(&continue_with);
                    sequential.retain(|(name, _)| !continue_with.iter().any(|(n, _)| n == name));
                    sequential.extend(continue_with);
                    alternatives.push(alternative);
                }
                self.restore(before);
                let combined = combine_alternatives(&alternatives);
                match boolop.op {
                    ast::BoolOp::And => (sequential, combined),
                    ast::BoolOp::Or => (combined, sequential),
                }
            }
            ast::Expr::Compare(compare) if compare.ops.len() == 1 => {
                self.compare_narrowings(compare)
            }
            // A call pycheck cannot see may be a type guard for its first argument: in the
            // true branch that argument is `Any`.
            ast::Expr::Call(call)
                if !call.args.is_empty()
                    && self.trial(|c| c.infer(&call.func, None)).0.is_any()
                    && self.narrowable(&call.args[0]).is_some() =>
            {
                let Some((name, _)) = self.narrowable(&call.args[0]) else {
                    return none();
                };
                (vec![(name, Type::Any)], vec![])
            }
            // `hasattr(x, "name")`: in the true branch `x.name` exists (as `Any`).
            ast::Expr::Call(call)
                if call.args.len() == 2
                    && matches!(call.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "hasattr") =>
            {
                let (
                    Some(base),
                    ast::Expr::Constant(ast::ExprConstant {
                        value: ast::Constant::Str(attribute),
                        ..
                    }),
                ) = (self.narrowable(&call.args[0]), &call.args[1])
                else {
                    return none();
                };
                let attribute = attribute.as_str();
                // In the false branch, what certainly has the attribute is gone (as mypy
                // has it: `IO[Any]` leaves `str | bytes | IO[Any]` after `hasattr(x,
                // "read")` fails).
                let (name, current) = base;
                let lacking: Vec<Type> = current
                    .members()
                    .iter()
                    .filter(|member| !self.certainly_has_attribute(member, attribute))
                    .cloned()
                    .collect();
                let otherwise = match lacking.len() < current.members().len() && !current.is_any() {
                    true => vec![(name.clone(), Type::union(lacking))],
                    false => vec![],
                };
                (vec![(format!("{name}.{attribute}"), Type::Any)], otherwise)
            }
            ast::Expr::Call(call)
                if call.args.len() == 1
                    && call.keywords.is_empty()
                    && matches!(call.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "callable") =>
            {
                let Some((name, current)) = self.narrowable(&call.args[0]) else {
                    return none();
                };
                let (callable, other): (Vec<Type>, Vec<Type>) = current
                    .members()
                    .iter()
                    .cloned()
                    .partition(|member| self.is_callable(member));
                if current.is_any() || callable.is_empty() || other.is_empty() {
                    return none();
                }
                (
                    vec![(name.clone(), Type::union(callable))],
                    vec![(name, Type::union(other))],
                )
            }
            ast::Expr::Call(call) if call.args.len() == 2 && call.keywords.is_empty() => {
                let ast::Expr::Name(callee) = call.func.as_ref() else {
                    return none();
                };
                if callee.id.as_str() == "issubclass" {
                    return self.issubclass_narrowings(call);
                }
                if callee.id.as_str() != "isinstance" {
                    return none();
                }
                let Some((name, current)) = self.narrowable(&call.args[0]) else {
                    return none();
                };
                let class_type = self.trial(|c| c.infer(&call.args[1], None)).0;
                let class_type = self.special_forms_as_classes(class_type);
                // `isinstance(obj, kind)` with `kind: type[_T]` makes an `object` a `_T`.
                if let Type::Instance(class_object) = &class_type
                    && class_object.class.name() == "type"
                    && let [Type::TypeVar(var)] = class_object.args.as_ref()
                    && matches!(&current, Type::Instance(object) if object.class.name() == "object")
                {
                    return (vec![(name, Type::TypeVar(var.clone()))], vec![]);
                }
                let Some(targets) = isinstance_classes(&class_type) else {
                    return none();
                };
                let (then, otherwise) = split_by_classes(self.db, &current, &targets);
                (vec![(name.clone(), then)], vec![(name, otherwise)])
            }
            _ => none(),
        }
    }

    fn compare_narrowings(&mut self, compare: &ast::ExprCompare) -> (Narrowing, Narrowing) {
        let none = || (Vec::new(), Vec::new());
        let op = compare.ops[0];
        let right = &compare.comparators[0];
        // `len(x) == 2` on tuples: the members of that length (a `tuple[T, ...]` of that
        // many `T`s); the other branch keeps the rest.
        if let ast::Expr::Call(call) = compare.left.as_ref()
            && matches!(call.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "len")
            && let [subject] = call.args.as_slice()
            && let Some(length) = int_literal(right)
            && matches!(op, ast::CmpOp::Eq | ast::CmpOp::NotEq)
            && let Some((name, current)) = self.narrowable(subject)
            && let Some((matching, other)) = self.split_by_length(&current, length)
        {
            return match op {
                ast::CmpOp::Eq => (vec![(name.clone(), matching)], vec![(name, other)]),
                _ => (vec![(name.clone(), other)], vec![(name, matching)]),
            };
        }
        // `type(x) is C`, `x.__class__ is cls` (and `is not`: the other branch).
        let class_of = match compare.left.as_ref() {
            ast::Expr::Call(call) if matches!(call.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "type") => {
                match call.args.as_slice() {
                    [subject] => Some(subject),
                    _ => None,
                }
            }
            ast::Expr::Attribute(attribute) if attribute.attr.as_str() == "__class__" => {
                Some(attribute.value.as_ref())
            }
            _ => None,
        };
        if let Some(subject) = class_of
            && matches!(
                op,
                ast::CmpOp::Is | ast::CmpOp::Eq | ast::CmpOp::IsNot | ast::CmpOp::NotEq
            )
        {
            let Some((name, current)) = self.narrowable(subject) else {
                return none();
            };
            let class_type = self.trial(|c| c.infer(right, None)).0;
            let then = match &class_type {
                // `cls: type[Self]` in a class method: the value is a `Self`.
                Type::Instance(instance)
                    if instance.class.name() == "type"
                        && let Some(Type::TypeVar(var)) = instance.args.first() =>
                {
                    Type::TypeVar(var.clone())
                }
                _ => {
                    let Some(targets) = isinstance_classes(&class_type) else {
                        return none();
                    };
                    split_by_classes(self.db, &current, &targets).0
                }
            };
            return match op {
                ast::CmpOp::Is | ast::CmpOp::Eq => (vec![(name, then)], vec![]),
                _ => (vec![], vec![(name, then)]),
            };
        }
        let Some((name, current)) = self.narrowable(&compare.left) else {
            return none();
        };
        if current.is_any() {
            return none();
        }
        if let Some(narrowings) = self.bool_identity_narrowings(&name, &current, op, right) {
            return narrowings;
        }
        let is_none_literal = matches!(
            right,
            ast::Expr::Constant(ast::ExprConstant {
                value: ast::Constant::None,
                ..
            })
        );
        if is_none_literal {
            let not_none = without_none(&current);
            let only_none = if current.members().contains(&Type::None) {
                Type::None
            } else {
                Type::Never
            };
            return match op {
                ast::CmpOp::Is | ast::CmpOp::Eq => {
                    (vec![(name.clone(), only_none)], vec![(name, not_none)])
                }
                ast::CmpOp::IsNot | ast::CmpOp::NotEq => {
                    (vec![(name.clone(), not_none)], vec![(name, only_none)])
                }
                _ => none(),
            };
        }
        if matches!(
            op,
            ast::CmpOp::Is | ast::CmpOp::IsNot | ast::CmpOp::Eq | ast::CmpOp::NotEq
        ) && let Some(literal) = self
            .enum_member_literal(right)
            .or_else(|| self.single_member_enum(right))
        {
            return self.enum_member_narrowings(name, &current, &literal, op);
        }
        if let Some(narrowings) = self.literal_narrowings(&name, &current, op, right) {
            return narrowings;
        }
        let compared_with = match (op, right) {
            (ast::CmpOp::Eq | ast::CmpOp::NotEq, ast::Expr::Constant(_)) => {
                self.trial(|c| c.infer(right, None)).0
            }
            (ast::CmpOp::In | ast::CmpOp::NotIn, _) => {
                let container = self.trial(|c| c.infer(right, None)).0;
                match self.trial(|c| c.iteration_item_type(&container, right.range())) {
                    (item, false) => item,
                    _ => return none(),
                }
            }
            _ => return none(),
        };
        if compared_with.is_any() {
            return none();
        }
        // Equal to (or contained in) something of type T: only members that overlap T remain.
        let overlapping: Vec<Type> = current
            .members()
            .iter()
            .filter(|member| {
                member.is_any()
                    || is_assignable(self.db, member, &compared_with)
                    || is_assignable(self.db, &compared_with, member)
            })
            .cloned()
            .collect();
        if overlapping.len() == current.members().len() {
            return none();
        }
        let narrowed = (name, Type::union(overlapping));
        match op {
            ast::CmpOp::Eq | ast::CmpOp::In => (vec![narrowed], vec![]),
            _ => (vec![], vec![narrowed]),
        }
    }

    /// What of `ty` can be true: no `None`, no falsy literal, `bool` as `Literal[True]`.
    fn truthy_part(&self, ty: &Type) -> Type {
        Type::union(ty.members().iter().filter_map(|member| match member {
            Type::None => None,
            Type::Literal(literal) if is_falsy_literal(&literal.value) => None,
            Type::Instance(instance)
                if instance.class.name() == "bool" && instance.args.is_empty() =>
            {
                Some(self.bool_literal(instance.class.clone(), true))
            }
            other => Some(other.clone()),
        }))
    }

    /// What of `ty` can be false, as mypy narrows it: `bool` as `Literal[False]`, `str`,
    /// `int` and `bytes` as their empty literal, no truthy literal.
    fn falsy_part(&self, ty: &Type) -> Type {
        Type::union(ty.members().iter().filter_map(|member| match member {
            Type::Literal(literal) if !is_falsy_literal(&literal.value) => None,
            Type::Instance(instance) if instance.args.is_empty() => {
                let empty = match instance.class.name() {
                    "bool" => LiteralValue::Bool(false),
                    "str" => LiteralValue::Str("".into()),
                    "int" => LiteralValue::Int(0),
                    "bytes" => LiteralValue::Bytes(Arc::from([])),
                    _ => return Some(member.clone()),
                };
                match builtin_class(self.db, instance.class.name()) {
                    Some(builtin) if builtin == instance.class => {
                        Some(Type::Literal(Arc::new(LiteralType {
                            value: empty,
                            class: builtin,
                        })))
                    }
                    _ => Some(member.clone()),
                }
            }
            other => Some(other.clone()),
        }))
    }

    fn bool_literal(&self, class: ClassId, value: bool) -> Type {
        Type::Literal(Arc::new(LiteralType {
            value: LiteralValue::Bool(value),
            class,
        }))
    }

    /// `x is True` / `x is not False`: a `bool` member counts as `Literal[True] |
    /// Literal[False]`, and only the literal compared with is left when true.
    fn bool_identity_narrowings(
        &mut self,
        name: &str,
        current: &Type,
        op: ast::CmpOp,
        right: &ast::Expr,
    ) -> Option<(Narrowing, Narrowing)> {
        if !matches!(op, ast::CmpOp::Is | ast::CmpOp::IsNot) {
            return None;
        }
        let ast::Expr::Constant(ast::ExprConstant {
            value: ast::Constant::Bool(value),
            ..
        }) = right
        else {
            return None;
        };
        let bool_class = builtin_class(self.db, "bool")?;
        let literal = |value: bool| self.bool_literal(bool_class.clone(), value);
        let is_bool = |member: &Type| matches!(member, Type::Instance(i) if i.class == bool_class);
        if !current
            .members()
            .iter()
            .any(|m| is_bool(m) || matches!(m, Type::Literal(l) if l.class == bool_class))
        {
            return None;
        }
        let expanded: Vec<Type> = current
            .members()
            .iter()
            .flat_map(|member| match is_bool(member) {
                true => vec![literal(true), literal(false)],
                false => vec![member.clone()],
            })
            .collect();
        let compared = literal(*value);
        let same = (name.to_owned(), compared.clone());
        let rest = (
            name.to_owned(),
            Type::union(expanded.into_iter().filter(|m| *m != compared)),
        );
        Some(match op {
            ast::CmpOp::Is => (vec![same], vec![rest]),
            _ => (vec![rest], vec![same]),
        })
    }

    /// A call of a user type guard: `TypeGuard[T]` makes its first argument a `T` when
    /// true; `TypeIs[T]` narrows it within its type when true and removes `T` when false.
    fn guard_narrowings(&mut self, call: &ast::ExprCall) -> Option<(Narrowing, Narrowing)> {
        let first = call.args.first()?;
        let guard = match self.trial(|c| c.infer(&call.func, None)).0 {
            Type::Callable(signature) => match &signature.ret {
                Type::TypeGuard(guard) => guard.clone(),
                _ => return None,
            },
            _ => return None,
        };
        let (name, current) = self.narrowable(first)?;
        if guard.narrowed.has_type_vars() {
            return None;
        }
        if !guard.is_type_is {
            return Some((vec![(name, guard.narrowed.clone())], vec![]));
        }
        let (kept, rest): (Vec<Type>, Vec<Type>) = current
            .members()
            .iter()
            .cloned()
            .partition(|member| is_assignable(self.db, member, &guard.narrowed));
        let then = match current.is_any() || kept.is_empty() {
            true => guard.narrowed.clone(),
            false => Type::union(kept),
        };
        let otherwise = match current.is_any() {
            true => current.clone(),
            false => Type::union(rest),
        };
        Some((vec![(name.clone(), then)], vec![(name, otherwise)]))
    }

    /// A union with literal members compared with literals, as mypy narrows it: `== L`
    /// keeps `L` (and the non-literal members `L` belongs to) and `!= L` removes it; `in`
    /// a display of literals keeps those, and says nothing when false.
    fn literal_narrowings(
        &mut self,
        name: &str,
        current: &Type,
        op: ast::CmpOp,
        right: &ast::Expr,
    ) -> Option<(Narrowing, Narrowing)> {
        if !current
            .members()
            .iter()
            .any(|m| matches!(m, Type::Literal(_)))
        {
            return None;
        }
        let literal = |expr: &ast::Expr| crate::annotations::literal_of_expression(self.db, expr);
        let literals: Vec<Type> = match (op, right) {
            (ast::CmpOp::Eq | ast::CmpOp::NotEq, _) => vec![literal(right)?],
            (
                ast::CmpOp::In | ast::CmpOp::NotIn,
                ast::Expr::Tuple(ast::ExprTuple { elts, .. })
                | ast::Expr::List(ast::ExprList { elts, .. })
                | ast::Expr::Set(ast::ExprSet { elts, .. }),
            ) => elts.iter().map(literal).collect::<Option<_>>()?,
            _ => return None,
        };
        let kept: Vec<Type> = current
            .members()
            .iter()
            .filter(|member| match member {
                Type::Literal(_) => literals.contains(member),
                other => literals.iter().any(|l| is_assignable(self.db, l, other)),
            })
            .cloned()
            .collect();
        let then = (name.to_owned(), Type::union(kept));
        let removed = || {
            let rest = current.members().iter().filter(|m| !literals.contains(m));
            (name.to_owned(), Type::union(rest.cloned()))
        };
        Some(match op {
            ast::CmpOp::Eq => (vec![then], vec![removed()]),
            ast::CmpOp::NotEq => (vec![removed()], vec![then]),
            ast::CmpOp::In => (vec![then], vec![]),
            _ => (vec![], vec![then]),
        })
    }

    /// The member a value of an enum with a single member must be (a sentinel such as
    /// `_DEFAULT: Final[_Default] = _Default.token`), as a literal type.
    fn single_member_enum(&mut self, expr: &ast::Expr) -> Option<Type> {
        let Type::Instance(instance) = self.trial(|c| c.infer(expr, None)).0 else {
            return None;
        };
        let info = crate::synthesized::enum_info(self.db, &instance.class)?;
        match info.members.as_slice() {
            [only] => Some(crate::synthesized::enum_literal(
                &instance.class,
                &only.name,
            )),
            _ => None,
        }
    }

    /// `x is Color.RED` (or `==`): `x` is that member, or one of the others.
    fn enum_member_narrowings(
        &mut self,
        name: String,
        current: &Type,
        literal: &Type,
        op: ast::CmpOp,
    ) -> (Narrowing, Narrowing) {
        let expanded = crate::synthesized::expand_enum(self.db, current);
        if !expanded.members().contains(literal) {
            return (Vec::new(), Vec::new());
        }
        let Type::Literal(member) = literal else {
            return (Vec::new(), Vec::new());
        };
        // Other values may compare equal to the member; only the member itself, and
        // nothing of its enum but it, is identical to it.
        let same_enum = |ty: &Type| match ty {
            Type::Literal(other) => other.class == member.class,
            Type::Instance(instance) => instance.class == member.class,
            _ => false,
        };
        let then: Vec<Type> = expanded
            .members()
            .iter()
            .filter(|m| {
                *m == literal
                    || (!same_enum(m)
                        && **m != Type::None
                        && !matches!(m, Type::Literal(_))
                        && matches!(op, ast::CmpOp::Eq | ast::CmpOp::NotEq))
            })
            .cloned()
            .collect();
        let otherwise: Vec<Type> = expanded
            .members()
            .iter()
            .filter(|m| *m != literal)
            .cloned()
            .collect();
        let then = (name.clone(), Type::union(then));
        let otherwise = (name, Type::union(otherwise));
        match op {
            ast::CmpOp::Is | ast::CmpOp::Eq => (vec![then], vec![otherwise]),
            _ => (vec![otherwise], vec![then]),
        }
    }

    /// `issubclass(cls, C)`: like isinstance, on class objects.
    fn issubclass_narrowings(&mut self, call: &ast::ExprCall) -> (Narrowing, Narrowing) {
        let Some((name, current)) = self.narrowable(&call.args[0]) else {
            return (vec![], vec![]);
        };
        let class_type = self.trial(|c| c.infer(&call.args[1], None)).0;
        let Some(targets) = isinstance_classes(&class_type) else {
            return (vec![], vec![]);
        };
        let as_instances = Type::union(current.members().iter().map(|m| match m {
            Type::ClassObject(class) => Type::instance(class.clone(), vec![]),
            other => other.clone(),
        }));
        let (then, otherwise) = split_by_classes(self.db, &as_instances, &targets);
        let to_classes = |ty: Type| {
            Type::union(ty.members().iter().map(|m| match m {
                Type::Instance(instance) => Type::ClassObject(instance.class.clone()),
                other => other.clone(),
            }))
        };
        if current.is_any() {
            return (vec![(name, to_classes(then))], vec![]);
        }
        (
            vec![(name.clone(), to_classes(then))],
            vec![(name, to_classes(otherwise))],
        )
    }

    /// Whether values of `ty` can be called.
    fn is_callable(&mut self, ty: &Type) -> bool {
        match ty {
            Type::Callable(_) | Type::Overloaded(_) | Type::ClassObject(_) => true,
            Type::Instance(_) => self.member_of(ty, "__call__").is_some(),
            _ => false,
        }
    }

    /// The variable an expression names, for narrowing: `x`, the target of `(x := ...)`,
    /// or an attribute chain such as `self.x` (narrowed under the key `"self.x"`).
    pub(crate) fn narrowable(&mut self, expr: &ast::Expr) -> Option<(String, Type)> {
        if let Some(key) = member_key(expr) {
            let current = self.trial(|c| c.infer(expr, None)).0;
            return Some((key, current));
        }
        let name = match expr {
            ast::Expr::Name(name) => name.id.as_str(),
            ast::Expr::NamedExpr(named) => match named.target.as_ref() {
                ast::Expr::Name(name) => name.id.as_str(),
                _ => return None,
            },
            _ => return None,
        };
        let current = self.lookup_name(name)?;
        Some((name.to_owned(), current))
    }
}

/// For names narrowed by every alternative, the union of what they say.
fn combine_alternatives(alternatives: &[Narrowing]) -> Narrowing {
    let Some((first, rest)) = alternatives.split_first() else {
        return Vec::new();
    };
    first
        .iter()
        .filter_map(|(name, ty)| {
            let mut types = vec![ty.clone()];
            for alternative in rest {
                types.push(alternative.iter().find(|(n, _)| n == name)?.1.clone());
            }
            Some((name.clone(), Type::union(types)))
        })
        .collect()
}

/// The classes `isinstance(x, C)` / `isinstance(x, (C, D))` tests for.
pub(crate) fn isinstance_classes(class_type: &Type) -> Option<Vec<ClassId>> {
    match class_type {
        Type::ClassObject(class) => Some(vec![class.clone()]),
        // `type[C]` left by a substitution (`self.__class__` of a `C`).
        Type::Instance(instance) if instance.class.name() == "type" => {
            match instance.args.as_ref() {
                [Type::Instance(of)] => Some(vec![of.class.clone()]),
                _ => None,
            }
        }
        Type::Tuple(items) => {
            let mut classes = Vec::new();
            for item in items.iter() {
                classes.extend(isinstance_classes(item)?);
            }
            Some(classes)
        }
        _ => None,
    }
}

/// `current` split by a runtime class test: (what passes, what fails). Classes are
/// compared by inheritance only: `isinstance(1, float)` is false whatever the typing
/// rules say about promotion.
pub(crate) fn split_by_classes(
    db: &dyn crate::db::Db,
    current: &Type,
    classes: &[ClassId],
) -> (Type, Type) {
    let instance_of = |class: &ClassId| {
        let arity = class_info(db, class).type_params.len();
        Type::instance(class.clone(), vec![Type::Any; arity])
    };
    let inherits = |class: &ClassId, base: &ClassId| {
        class == base || ancestors(db, class).iter().any(|a| &a.class == base)
    };
    let mut passes = Vec::new();
    let mut fails = Vec::new();
    for member in current.members() {
        let member_class = match member {
            Type::Instance(instance) => Some(instance.class.clone()),
            Type::Literal(literal) => Some(literal.class.clone()),
            Type::Tuple(_) => builtin_class(db, "tuple"),
            Type::None => match crate::symbols::module_member(db, "types", "NoneType") {
                Some(Type::ClassObject(class)) => Some(class),
                _ => None,
            },
            // mypy narrows a constrained variable once per constraint; without that
            // expansion the passing type is not known.
            Type::TypeVar(var) if !var.constraints.is_empty() => {
                passes.push(Type::Any);
                fails.push(member.clone());
                continue;
            }
            _ => {
                // Anything else: the test may go either way.
                passes.extend(classes.iter().map(instance_of));
                fails.push(member.clone());
                continue;
            }
        };
        let Some(member_class) = member_class else {
            fails.push(member.clone());
            continue;
        };
        if classes.iter().any(|class| inherits(&member_class, class)) {
            passes.push(member.clone());
            continue;
        }
        // A subclass of the member's class may pass the test.
        let narrower: Vec<Type> = classes
            .iter()
            .filter(|class| inherits(class, &member_class))
            .map(instance_of)
            .collect();
        passes.extend(narrower);
        fails.push(member.clone());
    }
    (Type::union(passes), Type::union(fails))
}

impl Scope {
    pub(crate) fn new_function() -> Scope {
        let mut scope = Scope::new_of(ScopeKind::Function);
        scope.return_type = None;
        scope
    }
}

/// `False`, `0`, `''`, `b''`.
fn is_falsy_literal(value: &LiteralValue) -> bool {
    match value {
        LiteralValue::Bool(value) => !value,
        LiteralValue::Int(value) => *value == 0,
        LiteralValue::Str(text) => text.is_empty(),
        LiteralValue::Bytes(bytes) => bytes.is_empty(),
        // An enum member is true unless its class says otherwise (`__bool__`, `__len__`).
        LiteralValue::EnumMember(_) => false,
    }
}

/// Variables and the types a condition narrows them to.
pub type Narrowing = Vec<(String, Type)>;

/// The longest attribute and index chain narrowed (`a.b[0].c` is 3): far beyond what code
/// narrows, and short enough that keying every link of a generated chain thousands long
/// stays linear.
const MAX_NARROWED_CHAIN: usize = 64;

/// The narrowing key of an attribute chain on a name: `self.x.y` → `"self.x.y"`.
pub fn member_key(expr: &ast::Expr) -> Option<String> {
    member_key_within(expr, MAX_NARROWED_CHAIN)
}

fn member_key_within(expr: &ast::Expr, links_left: usize) -> Option<String> {
    let links_left = links_left.checked_sub(1)?;
    let base = |value: &ast::Expr| match value {
        ast::Expr::Name(name) => Some(name.id.to_string()),
        other => member_key_within(other, links_left),
    };
    match expr {
        ast::Expr::Attribute(attribute) => {
            Some(format!("{}.{}", base(&attribute.value)?, attribute.attr))
        }
        // An index that is a constant: `args[-1]`, `data["key"]`.
        ast::Expr::Subscript(subscript) => {
            let index = match subscript.slice.as_ref() {
                ast::Expr::Constant(ast::ExprConstant {
                    value: ast::Constant::Int(value),
                    ..
                }) => value.to_string(),
                ast::Expr::Constant(ast::ExprConstant {
                    value: ast::Constant::Str(text),
                    ..
                }) => format!("{text:?}"),
                ast::Expr::UnaryOp(ast::ExprUnaryOp {
                    op: ast::UnaryOp::USub,
                    operand,
                    ..
                }) => match operand.as_ref() {
                    ast::Expr::Constant(ast::ExprConstant {
                        value: ast::Constant::Int(value),
                        ..
                    }) => format!("-{value}"),
                    _ => return None,
                },
                _ => return None,
            };
            Some(format!("{}[{index}]", base(&subscript.value)?))
        }
        _ => None,
    }
}

/// Whether a `Literal[...]` type occurs in `ty` (outside other types' arguments).
fn contains_literal(ty: &Type) -> bool {
    ty.members()
        .iter()
        .any(|member| matches!(member, Type::Literal(_)))
}

/// The values of `ty` that are false: `None`, `Literal['']`, `Literal[0]`,
/// `Literal[False]`, `Literal[b'']`; other types may be false as they are.
fn falsy_part(db: &dyn crate::db::Db, ty: &Type) -> Type {
    let literal = |value: LiteralValue, class: &str| {
        builtin_class(db, class).map_or(Type::Any, |class| {
            Type::Literal(Arc::new(LiteralType { value, class }))
        })
    };
    Type::union(ty.members().iter().map(|member| match member {
        Type::Instance(instance)
            if builtin_class(db, instance.class.name()).as_ref() == Some(&instance.class) =>
        {
            match instance.class.name() {
                "str" => literal(LiteralValue::Str("".into()), "str"),
                "bool" => literal(LiteralValue::Bool(false), "bool"),
                "int" => literal(LiteralValue::Int(0), "int"),
                "bytes" => literal(LiteralValue::Bytes(Arc::from([])), "bytes"),
                _ => member.clone(),
            }
        }
        Type::Literal(value) => match &value.value {
            LiteralValue::Str(text) if text.is_empty() => member.clone(),
            LiteralValue::Int(0) | LiteralValue::Bool(false) => member.clone(),
            LiteralValue::Bytes(bytes) if bytes.is_empty() => member.clone(),
            _ => Type::Never,
        },
        other => other.clone(),
    }))
}

/// The values of `ty` that are true: `None` and false literals dropped, `bool` is
/// `Literal[True]`.
fn truthy_part(db: &dyn crate::db::Db, ty: &Type) -> Type {
    Type::union(ty.members().iter().map(|member| match member {
        Type::None => Type::Never,
        Type::Instance(instance) if instance.class.name() == "bool" => {
            builtin_class(db, "bool").map_or(member.clone(), |class| {
                Type::Literal(Arc::new(LiteralType {
                    value: LiteralValue::Bool(true),
                    class,
                }))
            })
        }
        Type::Literal(value) => match &value.value {
            LiteralValue::Str(text) if text.is_empty() => Type::Never,
            LiteralValue::Int(0) | LiteralValue::Bool(false) => Type::Never,
            LiteralValue::Bytes(bytes) if bytes.is_empty() => Type::Never,
            _ => member.clone(),
        },
        other => other.clone(),
    }))
}

pub fn without_none(ty: &Type) -> Type {
    match ty {
        Type::Union(members) => Type::union(members.iter().filter(|m| **m != Type::None).cloned()),
        Type::None => Type::Never,
        other => other.clone(),
    }
}

/// The positions `sequence[lower:upper:step]` takes from a sequence of `len` items, by
/// Python's rules (negative bounds count from the end; bounds are clamped).
fn slice_positions(len: usize, lower: Option<i64>, upper: Option<i64>, step: i64) -> Vec<usize> {
    let len = len as i64;
    let resolve = |bound: i64, low: i64, high: i64| {
        let bound = if bound < 0 { bound + len } else { bound };
        bound.clamp(low, high)
    };
    let mut positions = Vec::new();
    if step > 0 {
        let mut i = lower.map_or(0, |b| resolve(b, 0, len));
        let end = upper.map_or(len, |b| resolve(b, 0, len));
        while i < end {
            positions.push(i as usize);
            i += step;
        }
    } else {
        let mut i = lower.map_or(len - 1, |b| resolve(b, -1, len - 1));
        let end = upper.map_or(-1, |b| resolve(b, -1, len - 1));
        while i > end {
            positions.push(i as usize);
            i += step;
        }
    }
    positions
}

fn int_literal(expr: &ast::Expr) -> Option<i64> {
    match expr {
        ast::Expr::Constant(ast::ExprConstant {
            value: ast::Constant::Int(value),
            ..
        }) => value.to_string().parse().ok(),
        ast::Expr::UnaryOp(ast::ExprUnaryOp {
            op: ast::UnaryOp::USub,
            operand,
            ..
        }) => int_literal(operand).map(|v| -v),
        _ => None,
    }
}
