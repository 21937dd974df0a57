//! Calls: matching arguments to parameters, checking their types, solving a generic
//! callee's type variables, picking an overload, and constructing instances.

use std::sync::Arc;

use pycheck_diagnostics::codes;
use pycheck_diagnostics::messages::{self, ArgumentLabel, Callee};
use pycheck_syntax::TextRange;
use pycheck_syntax::ast::{self, Ranged};

use crate::infer::Checker;
use crate::relate::{infer_constraints, is_assignable, solve};
use crate::symbols::{Member, class_info, lookup_member};
use crate::types::{ClassId, Param, ParamKind, Signature, SpecialForm, Type, TypeVar};

#[derive(Debug, Clone)]
pub enum ArgKind<'a> {
    Positional,
    /// `*iterable`
    Star,
    Keyword(&'a str),
    /// `**mapping`
    DoubleStar,
}

/// An argument is either source code still to infer (with the parameter's type as context)
/// or an already known type (operands of operators).
#[derive(Debug, Clone)]
pub enum ArgValue<'a> {
    Expr(&'a ast::Expr),
    Type(Type),
}

#[derive(Debug, Clone)]
pub struct CallArg<'a> {
    pub kind: ArgKind<'a>,
    pub value: ArgValue<'a>,
    pub range: TextRange,
}

impl<'db> Checker<'db> {
    pub fn infer_call(&mut self, call: &ast::ExprCall, expected: Option<&Type>) -> Type {
        let callee = self.infer(&call.func, None);
        if let Some(result) = self.typed_dict_method_call(call) {
            return result;
        }
        if callee == Type::SpecialForm(SpecialForm::Any)
            && matches!(call.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "reveal_type")
            && let [arg] = call.args.as_slice()
        {
            let ty = self.infer(arg, None);
            let spelled = match self.last_known_values(arg, &ty) {
                Some(literals) => literals
                    .iter()
                    .map(|literal| format!("{}?", crate::reveal::revealed(self.db, literal)))
                    .collect::<Vec<_>>()
                    .join(" | "),
                None => crate::reveal::revealed(self.db, &ty),
            };
            // At the argument, as mypy places it (which orders it among the line's errors).
            self.note(arg.range(), messages::revealed_type(&spelled));
            return ty;
        }
        // `cast(T, value)` is `T`, whatever the value.
        if let [target, value] = call.args.as_slice()
            && Some(&callee) == crate::symbols::module_member(self.db, "typing", "cast").as_ref()
        {
            self.infer(value, None);
            let scope = self.type_var_scope();
            return crate::annotations::resolve_annotation(self.db, self.file, target, &scope);
        }
        // `Color = Enum("Color", "RED GREEN")` at module level makes a class.
        if let Some(class) = crate::functional::class_made_by(self.db, self.file, call) {
            return Type::ClassObject(class);
        }
        // Elsewhere (inside a function), `namedtuple(...)` makes a class pycheck does not
        // follow: `Any`, not the stub's plain `type[tuple]`.
        if Some(&callee)
            == crate::symbols::module_member(self.db, "collections", "namedtuple").as_ref()
        {
            self.infer_args_without_context(&call_args(call));
            return Type::Any;
        }
        self.complete_partial_by_call(call);
        let callee = match self.partial_completed {
            true => {
                self.partial_completed = false;
                self.infer(&call.func, None)
            }
            false => callee,
        };
        self.check_abstract_instantiation(call, &callee);
        let args = call_args(call);
        if let Some(replace) = self.dataclass_replace(&callee, call) {
            return self.call_signature(&replace, &args, call.range, expected);
        }
        // `Box[str]()`: the type arguments written are the instance's, as an expected type
        // would make them.
        let applied = match (&callee, call.func.as_ref()) {
            (Type::ClassObject(class), ast::Expr::Subscript(_))
                if !class_info(self.db, class).type_params.is_empty() =>
            {
                let scope = self.type_var_scope();
                match crate::annotations::resolve_annotation(self.db, self.file, &call.func, &scope)
                {
                    applied @ Type::Instance(_) => Some(applied),
                    _ => None,
                }
            }
            _ => None,
        };
        self.call_type(&callee, &args, call.range, applied.as_ref().or(expected))
    }

    /// The literals an expression of (inferred, plain) type `ty` is known to hold, which
    /// mypy's `reveal_type` shows with a `?`: a literal written out (`1`, `'a'`), an enum
    /// member (`Color.RED`), a member's `.value` or `.name`, and the `.value` of an enum
    /// whose members' values are all literals of one type.
    fn last_known_values(&mut self, expr: &ast::Expr, ty: &Type) -> Option<Vec<Type>> {
        let widened_to = |literal: &Type, ty: &Type| match literal {
            Type::Literal(literal) => literal.fallback() == *ty,
            _ => false,
        };
        if let Some(literal) = crate::annotations::literal_of_expression(self.db, expr) {
            return widened_to(&literal, ty).then(|| vec![literal]);
        }
        let ast::Expr::Attribute(attribute) = expr else {
            return None;
        };
        if let Some(member) = self.enum_member_literal(expr) {
            return widened_to(&member, ty).then(|| vec![member]);
        }
        let owner = self.enum_member_literal(&attribute.value);
        let member = match owner {
            Some(Type::Literal(member)) => member,
            _ => {
                // `c.value` for `c: Color`: every member's value, if all are literals.
                if !matches!(attribute.attr.as_str(), "value" | "_value_") {
                    return None;
                }
                let Type::Instance(instance) = self.trial(|c| c.infer(&attribute.value, None)).0
                else {
                    return None;
                };
                let info = crate::synthesized::enum_info(self.db, &instance.class)?;
                if crate::symbols::ancestors(self.db, &instance.class)
                    .iter()
                    .any(|a| a.class.name() == "IntFlag")
                {
                    return None;
                }
                // An enum that declares `_value_` says what its values are.
                let enum_file = crate::symbols::resolve_module_by_name(self.db, "enum")?;
                if lookup_member(self.db, &instance, "_value_")
                    .is_none_or(|(_, declared_by)| declared_by.file != enum_file)
                {
                    return None;
                }
                let mut literals: Vec<Type> = Vec::new();
                for member in &info.members {
                    let literal = member.literal.clone()?;
                    if !widened_to(&literal, ty) {
                        return None;
                    }
                    if !literals.contains(&literal) {
                        literals.push(literal);
                    }
                }
                return (!literals.is_empty()).then_some(literals);
            }
        };
        let crate::types::LiteralValue::EnumMember(name) = &member.value else {
            return None;
        };
        // A `_value_` the enum declares is read as declared.
        if attribute.attr.as_str() == "_value_"
            && let Some((_, declared_by)) = lookup_member(
                self.db,
                &crate::types::Instance {
                    class: member.class.clone(),
                    args: Arc::from([]),
                },
                "_value_",
            )
            && Some(declared_by.file) != crate::symbols::resolve_module_by_name(self.db, "enum")
        {
            return None;
        }
        // mypy keeps no literal for an IntFlag member's value.
        let int_flag = crate::symbols::ancestors(self.db, &member.class)
            .iter()
            .any(|a| a.class.name() == "IntFlag");
        let literal = match attribute.attr.as_str() {
            "value" | "_value_" if int_flag => return None,
            "value" | "_value_" => crate::synthesized::enum_info(self.db, &member.class)?
                .member(name)?
                .literal
                .clone()?,
            "name" | "_name_" => Type::Literal(Arc::new(crate::types::LiteralType {
                value: crate::types::LiteralValue::Str(name.clone()),
                class: crate::symbols::builtin_class(self.db, "str")?,
            })),
            _ => return None,
        };
        widened_to(&literal, ty).then(|| vec![literal])
    }

    /// `dataclasses.replace(obj, **changes)` on a dataclass instance takes its fields, by
    /// keyword, as mypy's plugin has it.
    fn dataclass_replace(&mut self, callee: &Type, call: &ast::ExprCall) -> Option<Signature> {
        let [first, ..] = call.args.as_slice() else {
            return None;
        };
        if Some(callee) != crate::symbols::module_member(self.db, "dataclasses", "replace").as_ref()
        {
            return None;
        }
        let Type::Instance(instance) = self.trial(|c| c.infer(first, None)).0 else {
            return None;
        };
        let spec = crate::synthesized::dataclass(self.db, &instance.class)?;
        let info = class_info(self.db, &instance.class);
        let apply = |ty: &Type| {
            ty.substitute(&|var: &TypeVar| {
                info.type_params
                    .iter()
                    .position(|param| param.name == var.name)
                    .and_then(|i| instance.args.get(i).cloned())
            })
        };
        let mut params = vec![crate::types::Param {
            name: "obj".into(),
            kind: ParamKind::PositionalOnly,
            ty: Type::Instance(instance.clone()),
            has_default: false,
        }];
        params.extend(
            spec.fields
                .iter()
                .filter(|f| f.init)
                .map(|field| crate::types::Param {
                    name: field.name.clone(),
                    kind: ParamKind::KeywordOnly,
                    ty: apply(&field.ty),
                    has_default: !field.init_only || field.has_default,
                }),
        );
        Some(Signature {
            name: Some("replace".into()),
            // mypy names the instance, type arguments included (`"replace" of "Box[int]"`).
            owner: Some(Type::Instance(instance.clone()).to_string().into()),
            params: params.into(),
            ret: Type::Instance(instance.clone()),
            untyped: false,
            bound_receiver: None,
        })
    }

    /// `items.append(x)` on `items = []` gives the list its item type (mypy's partial types).
    fn complete_partial_by_call(&mut self, call: &ast::ExprCall) {
        let ast::Expr::Attribute(attribute) = call.func.as_ref() else {
            return;
        };
        let ast::Expr::Name(name) = attribute.value.as_ref() else {
            return;
        };
        let Some(class) = self.partial_class(name.id.as_str()) else {
            return;
        };
        let item_of = |c: &mut Self, arg: &ast::Expr| {
            let iterable = c.infer(arg, None);
            c.iteration_item_type(&iterable, arg.range())
        };
        let completed = match (class, attribute.attr.as_str(), call.args.as_slice()) {
            ("list", "append", [item]) | ("set", "add", [item]) | ("list", "insert", [_, item]) => {
                let ty = self.trial(|c| c.infer(item, None)).0;
                vec![ty]
            }
            ("list", "extend", [iterable]) | ("set", "update", [iterable]) => {
                vec![self.trial(|c| item_of(c, iterable)).0]
            }
            ("dict", "update", [mapping]) => {
                let mapping = self.trial(|c| c.infer(mapping, None)).0;
                if mapping.is_any() {
                    vec![Type::Any, Type::Any]
                } else {
                    let Type::Instance(instance) = &mapping else {
                        return;
                    };
                    let Some(mapping_class) = crate::symbols::typing_class(self.db, "Mapping")
                    else {
                        return;
                    };
                    match crate::relate::map_to_ancestor(self.db, instance, &mapping_class) {
                        Some(mapped) if mapped.args.len() == 2 => mapped.args.to_vec(),
                        _ => return,
                    }
                }
            }
            _ => return,
        };
        if completed.contains(&Type::Never) {
            return;
        }
        let completed = crate::symbols::builtin_instance(self.db, class, completed);
        self.complete_partial(name.id.as_str(), completed);
        self.partial_completed = true;
    }

    /// Calls a value of type `callee` with `args`.
    pub fn call_type(
        &mut self,
        callee: &Type,
        args: &[CallArg<'_>],
        range: TextRange,
        expected: Option<&Type>,
    ) -> Type {
        match callee {
            Type::Callable(signature) => self.call_signature(signature, args, range, expected),
            Type::Overloaded(signatures) => self.call_overloaded(signatures, args, range, expected),
            Type::ClassObject(class) => self.construct(class, args, range, expected),
            // Calling a `type[_T]` makes a `_T`; its constructor's parameters are unknown.
            Type::Instance(class_object)
                if class_object.class.name() == "type" && class_object.args.len() == 1 =>
            {
                self.infer_args_without_context(args);
                class_object.args[0].clone()
            }
            Type::Instance(_) => match self.member_of(callee, "__call__") {
                Some(method) => {
                    let result = self.call_type(&method, args, range, expected);
                    // mypy does not flag using the None of an implicit `__call__`.
                    self.none_returning_calls.remove(&range);
                    result
                }
                None => {
                    self.infer_args_without_context(args);
                    self.report(
                        codes::OPERATOR,
                        range,
                        messages::not_callable(&callee.to_string()),
                    );
                    Type::Any
                }
            },
            // mypy files calling None under `misc`; an instance without `__call__` (above)
            // under `operator`.
            Type::None => {
                self.infer_args_without_context(args);
                self.report(codes::MISC, range, messages::not_callable("None"));
                Type::Any
            }
            Type::Union(members) => {
                let results: Vec<Type> = members
                    .iter()
                    .map(|m| self.call_type(m, args, range, expected))
                    .collect();
                Type::union(results)
            }
            Type::Never => {
                self.infer_args_without_context(args);
                Type::Never
            }
            Type::SpecialForm(SpecialForm::Never | SpecialForm::NoReturn) => Type::Never,
            _ => {
                self.infer_args_without_context(args);
                Type::Any
            }
        }
    }

    fn infer_args_without_context(&mut self, args: &[CallArg<'_>]) -> Vec<Type> {
        args.iter().map(|arg| self.arg_type(arg, None)).collect()
    }

    fn arg_type(&mut self, arg: &CallArg<'_>, context: Option<&Type>) -> Type {
        match &arg.value {
            ArgValue::Expr(expr) => self.infer_value(expr, context),
            ArgValue::Type(ty) => ty.clone(),
        }
    }

    fn construct(
        &mut self,
        class: &ClassId,
        args: &[CallArg<'_>],
        range: TextRange,
        expected: Option<&Type>,
    ) -> Type {
        let db = self.db;
        let info = class_info(db, class);
        let instance = info.self_instance();
        // `super(...)` stands for the parent class's attributes: `Any` until modelled.
        if class.name() == "super"
            && Some(class) == crate::symbols::builtin_class(db, "super").as_ref()
        {
            self.infer_args_without_context(args);
            return Type::Any;
        }
        if crate::symbols::is_typed_dict(db, class) {
            return self.construct_typed_dict(class, args, range);
        }
        // `type(x)` asks for the class of `x`.
        if class.name() == "type"
            && let [arg] = args
        {
            return match self.arg_type(arg, None) {
                Type::Instance(of) => Type::ClassObject(of.class),
                Type::None => match crate::symbols::module_member(self.db, "types", "NoneType") {
                    Some(none_type @ Type::ClassObject(_)) => none_type,
                    _ => Type::Any,
                },
                _ => Type::Any,
            };
        }
        // An enum without members, or `NamedTuple`, called is the functional form
        // (`Enum("Color", "RED GREEN")`). The forms `functional` reads were answered in
        // `infer_call`; the others make a class pycheck does not follow.
        if crate::synthesized::enum_info(db, class).is_some_and(|e| e.members.is_empty())
            || (class.name() == "NamedTuple"
                && crate::symbols::module_member(db, "typing", "NamedTuple")
                    == Some(Type::ClassObject(class.clone())))
        {
            self.infer_args_without_context(args);
            return Type::Any;
        }
        // A class with an unknown base, or one a decorator may have given an `__init__`
        // (a dataclass), accepts whatever its own `__init__` does not rule out.
        let rewritten = crate::symbols::ancestors(db, class).iter().any(|a| {
            let info = class_info(db, &a.class);
            info.has_unknown_base || info.is_decorated
        });
        // The constructor's parameters are `__init__`'s, or `__new__`'s when a class
        // defines that instead (and nearer than any `__init__`).
        let init_owner = lookup_member(db, &instance, "__init__").map(|(_, owner)| owner);
        let new_member = lookup_member(db, &instance, "__new__");
        let ancestors = crate::symbols::ancestors(db, class);
        let position = |owner: &ClassId| {
            ancestors
                .iter()
                .position(|a| &a.class == owner)
                .unwrap_or(usize::MAX)
        };
        if let Some((Member::Method { ty: new, .. }, new_owner)) = &new_member
            && matches!(new, Type::Callable(_) | Type::Overloaded(_))
            && new_owner.name() != "object"
            && init_owner
                .as_ref()
                .is_none_or(|init| position(new_owner) < position(init) || init.name() == "object")
        {
            // `__new__` may say it makes something other than its class (mypy then takes
            // its word); saying its own class means the class called, a subclass too.
            let from_new = |signature: &Signature| Signature {
                name: Some(class.name().into()),
                owner: None,
                ret: match &signature.ret {
                    // The class called, specialized as this signature says
                    // (`zip[tuple[_T1, _T2]]`).
                    Type::Instance(made) if made.class == *class => signature.ret.clone(),
                    // `reversed(xs)` is what `xs.__reversed__()` gives, as declared.
                    Type::TypeVar(var)
                        if var.name.as_ref() != "Self"
                            && !info.type_params.iter().any(|p| p.name == var.name) =>
                    {
                        signature.ret.clone()
                    }
                    Type::Instance(made)
                        if made.class != *new_owner && !signature.ret.has_type_vars() =>
                    {
                        signature.ret.clone()
                    }
                    _ => Type::Instance(instance.clone()),
                },
                // A constructor names no receiver, whatever `__new__`/`__init__` took.
                bound_receiver: None,
                ..signature.bind_self()
            };
            let constructor = match new {
                Type::Callable(signature) => Type::Callable(Arc::new(from_new(signature))),
                Type::Overloaded(signatures) => {
                    Type::Overloaded(signatures.iter().map(from_new).collect())
                }
                other => other.clone(),
            };
            return self.call_type(&constructor, args, range, expected);
        }
        let init = match lookup_member(db, &instance, "__init__") {
            Some((Member::Method { ty, .. }, owner))
                if owner.name() != "object" || class.name() == "object" =>
            {
                ty
            }
            _ if rewritten => {
                self.infer_args_without_context(args);
                return Type::Instance(instance.clone()).substitute(&|_| Some(Type::Any));
            }
            // No `__init__` of its own: `object()`'s, which takes nothing.
            _ => Type::Callable(Arc::new(Signature {
                name: None,
                owner: None,
                params: Arc::from([]),
                ret: Type::None,
                untyped: false,
                bound_receiver: None,
            })),
        };
        // An annotated `self` (`def __init__(self: dict[str, _VT], **kwargs: _VT)`) says
        // which instance that overload constructs.
        let as_constructor = |signature: &Signature| Signature {
            name: Some(class.name().into()),
            owner: None,
            ret: match signature.params.first().map(|p| &p.ty) {
                Some(Type::Instance(own)) if own.class == instance.class => {
                    Type::Instance(own.clone())
                }
                _ => Type::Instance(instance.clone()),
            },
            bound_receiver: None,
            ..signature.bind_self()
        };
        let constructor = match init {
            Type::Callable(signature) => Type::Callable(Arc::new(as_constructor(&signature))),
            Type::Overloaded(signatures) => {
                Type::Overloaded(signatures.iter().map(as_constructor).collect())
            }
            _ => {
                self.infer_args_without_context(args);
                return Type::instance(class.clone(), vec![Type::Any; info.type_params.len()]);
            }
        };
        self.call_type(&constructor, args, range, expected)
    }

    /// Holds each solved type variable to its constraints (a value becomes the first
    /// constraint it fits) and its bound, reporting `[type-var]` as mypy does.
    fn restrict_solution(
        &mut self,
        signature: &Signature,
        solution: &mut [(Arc<str>, Type)],
        callee: Callee<'_>,
        range: TextRange,
    ) {
        let vars = std::cell::RefCell::new(Vec::<TypeVar>::new());
        let collect = |var: &TypeVar| {
            let mut vars = vars.borrow_mut();
            if !vars.iter().any(|known| known.name == var.name) {
                vars.push(var.clone());
            }
            None
        };
        signature.substitute(&collect);
        for var in vars.into_inner() {
            if var.constraints.is_empty() && var.bound.is_none() {
                continue;
            }
            let Some((_, value)) = solution.iter_mut().find(|(name, _)| *name == var.name) else {
                continue;
            };
            // A variable of an enclosing generic function is checked where that one is called.
            if value.is_any() || value.has_type_vars() || *value == Type::Never {
                continue;
            }
            let allowed = match (&var.bound, var.constraints.is_empty()) {
                (_, false) => match var
                    .constraints
                    .iter()
                    .find(|c| is_assignable(self.db, value, c))
                {
                    Some(constraint) => {
                        *value = constraint.clone();
                        true
                    }
                    None => false,
                },
                (Some(bound), true) => is_assignable(self.db, value, bound),
                (None, true) => true,
            };
            if !allowed {
                let message = messages::type_var_value(&var.name, callee, &value.to_string());
                self.report(codes::TYPE_VAR, range, message);
                *value = Type::Any;
            }
        }
    }

    /// `Movie(title=..., year=...)`, or `Movie(other_mapping)`, checked as a display.
    fn construct_typed_dict(
        &mut self,
        class: &ClassId,
        args: &[CallArg<'_>],
        range: TextRange,
    ) -> Type {
        let instance = Type::instance(class.clone(), vec![]);
        let mut items = Vec::new();
        for arg in args {
            match (&arg.kind, &arg.value) {
                (ArgKind::Keyword(name), ArgValue::Expr(value)) => {
                    items.push(crate::typed_dicts::GivenItem {
                        key: (*name).to_owned(),
                        value,
                    })
                }
                _ => {
                    // A mapping passed whole, or something pycheck does not follow.
                    self.infer_args_without_context(args);
                    return instance;
                }
            }
        }
        self.check_typed_dict_items(class, &items, range)
    }

    /// `signature` with the type variables its return type shares with `expected`
    /// replaced by what `expected` says (when that is informative).
    fn apply_expected_return(&mut self, signature: &Signature, expected: &Type) -> Signature {
        // A bare `T` result says nothing about T's other uses (mypy skips it too),
        // unless the expectation is a generic instance.
        if matches!(signature.ret, Type::TypeVar(_))
            && !matches!(expected, Type::Instance(instance) if !instance.args.is_empty())
        {
            return signature.clone();
        }
        if expected.is_any() {
            return signature.clone();
        }
        // `Optional[T]` against `Optional[X]` means `T` against `X`.
        let (ret, expected) = match (&signature.ret, expected) {
            (Type::Union(r), Type::Union(e))
                if r.contains(&Type::None) && e.contains(&Type::None) =>
            {
                (
                    crate::expressions::without_none(&signature.ret),
                    crate::expressions::without_none(expected),
                )
            }
            _ => (signature.ret.clone(), expected.clone()),
        };
        let mut constraints = Vec::new();
        match &ret {
            // Every variable of an all-variable union must fit the expectation.
            Type::Union(members) if members.iter().all(|m| matches!(m, Type::TypeVar(_))) => {
                if !matches!(&expected, Type::Instance(instance) if !instance.args.is_empty()) {
                    return signature.clone();
                }
                for member in members.iter() {
                    crate::relate::infer_constraints_from_context(
                        self.db,
                        member,
                        &expected,
                        &mut constraints,
                    );
                }
            }
            // A union whose fixed part does not fit cannot say anything about the rest.
            Type::Union(members)
                if !matches!(expected, Type::Union(_))
                    && members
                        .iter()
                        .any(|m| !m.has_type_vars() && !is_assignable(self.db, m, &expected)) =>
            {
                return signature.clone();
            }
            _ => crate::relate::infer_constraints_from_context(
                self.db,
                &ret,
                &expected,
                &mut constraints,
            ),
        }
        let solution: Vec<(Arc<str>, Type)> = solve(self.db, &constraints)
            .into_iter()
            .filter(|(_, ty)| !matches!(ty, Type::Never | Type::Any) && !ty.has_type_vars())
            .collect();
        if solution.is_empty() {
            return signature.clone();
        }
        signature.substitute(&|var: &TypeVar| {
            solution
                .iter()
                .find(|(name, _)| *name == var.name)
                .map(|(_, ty)| ty.clone())
        })
    }

    /// The call through one variant of an overloaded function. mypy does not call the
    /// result of an overloaded function that returns None a missing value.
    fn call_overload_variant(
        &mut self,
        signature: &Signature,
        args: &[CallArg<'_>],
        range: TextRange,
        expected: Option<&Type>,
    ) -> Type {
        let result = self.call_signature(signature, args, range, expected);
        self.none_returning_calls.remove(&range);
        result
    }

    /// mypy's rule for `Any` arguments: when an `Any` argument lets variants with different
    /// return types match (the first of `matching` matched), the call's type is `Any`.
    fn any_makes_overload_ambiguous(
        &mut self,
        matching: &[Signature],
        args: &[CallArg<'_>],
        range: TextRange,
        expected: Option<&Type>,
    ) -> bool {
        let [first, rest @ ..] = matching else {
            return false;
        };
        if rest.is_empty() {
            return false;
        }
        let arg_types = self.trial(|c| c.infer_args_without_context(args)).0;
        if !arg_types.iter().any(Type::is_any) {
            return false;
        }
        rest.iter().any(|other| {
            other.ret != first.ret
                && !self
                    .trial(|c| c.call_signature(other, args, range, expected))
                    .1
        })
    }

    fn call_overloaded(
        &mut self,
        signatures: &[Signature],
        args: &[CallArg<'_>],
        range: TextRange,
        expected: Option<&Type>,
    ) -> Type {
        let ordered = self.star_variants_first(signatures, args);
        let result = match &ordered {
            Some(ordered) => self.match_overload(ordered, signatures, args, range, expected),
            None => self.match_overload(signatures, signatures, args, range, expected),
        };
        // A variant tried and rejected may have marked the call as returning `None`.
        self.none_returning_calls.remove(&range);
        result
    }

    /// mypy tries the variants with `*args` first when the call unpacks an iterable of
    /// unknown length (`gather(*coros)`), and those with `**kwargs` first for a mapping
    /// that is not a TypedDict: such an argument may fill any number of parameters, so
    /// the variants taking one or two arguments are no better a match.
    fn star_variants_first(
        &mut self,
        signatures: &[Signature],
        args: &[CallArg<'_>],
    ) -> Option<Vec<Signature>> {
        let mut star = false;
        let mut double_star = false;
        for arg in args {
            if !matches!(arg.kind, ArgKind::Star | ArgKind::DoubleStar) {
                continue;
            }
            let ty = self.trial(|c| c.arg_type(arg, None)).0;
            let shaped = match &ty {
                Type::Tuple(_) => true,
                Type::Instance(instance) => {
                    crate::symbols::is_typed_dict(self.db, &instance.class)
                        || crate::synthesized::named_tuple_as_tuple(self.db, &ty).is_some()
                }
                _ => false,
            };
            match arg.kind {
                ArgKind::Star => star |= !shaped,
                _ => double_star |= !shaped,
            }
        }
        if !star && !double_star {
            return None;
        }
        let takes = |signature: &Signature, kind: ParamKind| {
            signature.params.iter().any(|param| param.kind == kind)
        };
        let (first, rest): (Vec<Signature>, Vec<Signature>) =
            signatures.iter().cloned().partition(|signature| {
                (star && takes(signature, ParamKind::VarPositional))
                    || (double_star && takes(signature, ParamKind::VarKeyword))
            });
        Some(first.into_iter().chain(rest).collect())
    }

    /// Matches the call against `signatures` in turn; `listed` are the variants in the
    /// order the error about no match lists them.
    fn match_overload(
        &mut self,
        signatures: &[Signature],
        listed: &[Signature],
        args: &[CallArg<'_>],
        range: TextRange,
        expected: Option<&Type>,
    ) -> Type {
        for (index, signature) in signatures.iter().enumerate() {
            let (_, failed) = self.trial(|c| c.call_signature(signature, args, range, expected));
            if !failed {
                if self.any_makes_overload_ambiguous(&signatures[index..], args, range, expected) {
                    self.call_overload_variant(signature, args, range, expected);
                    return Type::Any;
                }
                return self.call_overload_variant(signature, args, range, expected);
            }
        }
        // An error inside an argument (not about the call) fails every trial above; match
        // by the arguments' types instead, then check the arguments for real once.
        let arg_types = self.trial(|c| c.infer_args_without_context(args)).0;
        let typed: Vec<CallArg<'_>> = args
            .iter()
            .zip(&arg_types)
            .map(|(arg, ty)| CallArg {
                kind: arg.kind.clone(),
                value: ArgValue::Type(ty.clone()),
                range: arg.range,
            })
            .collect();
        // mypy's union math: a union argument whose every member some variant accepts
        // makes the call the union of those variants' results. mypy tries it before any
        // variant, with the arguments' types from an empty context, and keeps it when no
        // variant matches with the arguments inferred in its context: in
        // `print(first(names))` the `object` context would make `first`'s variable
        // `object`, which `list[str]` does not fit, but its `str | None` result is fine.
        if let Some(result) = self.overload_union_math(signatures, &typed, range, expected) {
            self.infer_args_without_context(args);
            return result;
        }
        for signature in signatures {
            let (_, failed) = self.trial(|c| c.call_signature(signature, &typed, range, expected));
            if !failed {
                return self.call_overload_variant(signature, args, range, expected);
            }
        }
        // With only one variant that takes this many arguments, its errors say more than
        // "no variant matches" (mypy reports them too).
        // mypy's second-best variant, whose errors it reports instead: the first one the
        // arguments fit in shape, every parameter's type erased (type variables and type
        // arguments `Any`: a `list[str]` has the shape of an `Iterable[int]`, a `float`
        // not that of an `int`).
        // A union argument is close when one of its members is: each choice of members is
        // tried (a few at most).
        const MAX_CHOICES: usize = 16;
        let mut choices: Vec<Vec<CallArg<'_>>> = vec![Vec::new()];
        for arg in &typed {
            let members: Vec<Type> = match &arg.value {
                ArgValue::Type(Type::Union(members)) => members.to_vec(),
                ArgValue::Type(other) => vec![other.clone()],
                ArgValue::Expr(_) => vec![Type::Any],
            };
            if choices.len() * members.len() > MAX_CHOICES {
                for choice in &mut choices {
                    choice.push(arg.clone());
                }
                continue;
            }
            choices = choices
                .into_iter()
                .flat_map(|choice| {
                    members.iter().map(move |member| {
                        let mut choice = choice.clone();
                        choice.push(CallArg {
                            value: ArgValue::Type(member.clone()),
                            ..arg.clone()
                        });
                        choice
                    })
                })
                .collect();
        }
        let plausible: Vec<&Signature> = signatures
            .iter()
            .filter(|signature| {
                let shape = Signature {
                    params: signature
                        .params
                        .iter()
                        .map(|param| crate::types::Param {
                            ty: erased_shape(&param.ty),
                            ..param.clone()
                        })
                        .collect(),
                    ..(*signature).clone()
                };
                choices.iter().any(|choice| {
                    !self
                        .trial(|c| c.call_signature(&shape, choice, range, None))
                        .1
                })
            })
            .collect();
        if let Some(first) = plausible.first() {
            let first = (*first).clone();
            return self.call_overload_variant(&first, args, range, expected);
        }
        let arg_types = self.infer_args_without_context(args);
        if arg_types.iter().any(Type::is_any) {
            return Type::Any;
        }
        let spelled: Vec<String> = arg_types.iter().map(Type::to_string).collect();
        let first = &listed[0];
        let callee = callee_of(first);
        let mut notes = vec![messages::POSSIBLE_OVERLOAD_VARIANTS.to_owned()];
        notes.extend(
            listed
                .iter()
                .map(|s| format!("    {}", s.display_as_variant())),
        );
        self.report_with_notes(
            codes::CALL_OVERLOAD,
            range,
            messages::no_overload_variant(callee, &spelled),
            notes,
        );
        Type::Any
    }

    /// The call's type by mypy's union math over the first union argument, if every
    /// member of it matches a variant (with the other arguments as they are).
    fn overload_union_math(
        &mut self,
        signatures: &[Signature],
        typed: &[CallArg<'_>],
        range: TextRange,
        expected: Option<&Type>,
    ) -> Option<Type> {
        let (index, members) = typed
            .iter()
            .enumerate()
            .find_map(|(i, arg)| match &arg.value {
                ArgValue::Type(Type::Union(members)) => Some((i, members.clone())),
                _ => None,
            })?;
        let mut results = Vec::new();
        for member in members.iter() {
            let mut narrowed = typed.to_vec();
            narrowed[index].value = ArgValue::Type(member.clone());
            let result = signatures.iter().find_map(|signature| {
                let (result, failed) =
                    self.trial(|c| c.call_signature(signature, &narrowed, range, expected));
                (!failed).then_some(result)
            })?;
            results.push(result);
        }
        // A variant returning None does not make the whole call "return no value".
        self.none_returning_calls.remove(&range);
        Some(Type::union(results))
    }

    /// Checks a call against one signature and returns the call's type.
    pub fn call_signature(
        &mut self,
        signature: &Signature,
        args: &[CallArg<'_>],
        range: TextRange,
        expected: Option<&Type>,
    ) -> Type {
        let callee = callee_of(signature);
        let original_signature = signature;
        let params = &signature.params;
        let mut arg_types: Vec<Option<Type>> = vec![None; args.len()];
        // Star arguments are inferred first: a tuple's length decides how many
        // parameters it fills.
        for (index, arg) in args.iter().enumerate() {
            if matches!(arg.kind, ArgKind::Star | ArgKind::DoubleStar) {
                arg_types[index] = Some(self.arg_type(arg, None));
            }
        }
        let bound = map_arguments(params, args, &arg_types);
        let mapped: std::collections::HashSet<usize> = bound.iter().flatten().copied().collect();

        let mut unexpected_keyword = false;
        for (index, arg) in args.iter().enumerate() {
            // A `*tuple` whose items do not all find a parameter passes too many.
            if let (ArgKind::Star, Some(Type::Tuple(items))) = (&arg.kind, &arg_types[index]) {
                let uses = bound.iter().flatten().filter(|&&i| i == index).count();
                if uses < items.len() {
                    self.report(codes::CALL_ARG, range, messages::too_many_arguments(callee));
                }
                continue;
            }
            if mapped.contains(&index) {
                continue;
            }
            match &arg.kind {
                ArgKind::Positional => {
                    self.report(codes::CALL_ARG, range, messages::too_many_arguments(callee))
                }

                ArgKind::Keyword(name) => {
                    unexpected_keyword = true;
                    let ty = self.arg_type(arg, None);
                    arg_types[index] = Some(ty.clone());
                    let suggestion = suggest_keyword(self.db, params, name, &ty);
                    let mut message = messages::unexpected_keyword_argument(name, callee);
                    if let Some(suggestion) = suggestion {
                        message.push_str(&format!("; did you mean {suggestion}?"));
                    }
                    self.report(codes::CALL_ARG, range, message);
                }
                _ => {}
            }
        }
        let given_by_keyword: Vec<&str> = args
            .iter()
            .filter_map(|arg| match arg.kind {
                ArgKind::Keyword(name) => Some(name),
                _ => None,
            })
            .collect();
        let positional_count = args
            .iter()
            .filter(|arg| !matches!(arg.kind, ArgKind::Keyword(_) | ArgKind::DoubleStar))
            .count();
        for (i, param) in params.iter().enumerate() {
            let actuals = &bound[i];
            let is_star = matches!(param.kind, ParamKind::VarPositional | ParamKind::VarKeyword);
            if !param.has_default && !is_star && actuals.is_empty() && !unexpected_keyword {
                if param.kind == ParamKind::KeywordOnly {
                    self.report(
                        codes::CALL_ARG,
                        range,
                        messages::missing_named_argument(&param.name, callee),
                    );
                } else {
                    let message = too_few_arguments_message(
                        params,
                        positional_count,
                        &given_by_keyword,
                        callee,
                    );
                    self.report(codes::CALL_ARG, range, message);
                }
            } else if !is_star && is_duplicate_mapping(actuals, args) {
                self.report(
                    codes::MISC,
                    range,
                    messages::multiple_values_for_argument(&param.name, callee),
                );
            } else if param.kind == ParamKind::KeywordOnly
                && let Some(&first) = actuals.first()
                && !matches!(args[first].kind, ArgKind::Keyword(_) | ArgKind::DoubleStar)
            {
                self.report(
                    codes::CALL_ARG,
                    range,
                    messages::too_many_positional_arguments(callee),
                );
            }
        }
        let unmatched: Vec<usize> = (0..args.len()).filter(|i| !mapped.contains(i)).collect();

        // Types. A generic callee first learns its type variables from the arguments.
        // The type the call should have fixes the type variables of the result first, as
        // in mypy: `xs: list[float] = sorted(ints)` sorts floats, `list(strs)` against
        // `list[int]` is an argument error.
        let signature = match expected {
            Some(expected) if signature.has_type_vars() => {
                self.apply_expected_return(signature, expected)
            }
            _ => signature.clone(),
        };
        let signature = &signature;
        let params = &signature.params;
        // The signature as the errors about its arguments spell it: mypy shows a variable
        // the arguments did not determine as `Never` (pycheck checks it as `Any`).
        let mut shown: Option<Signature> = None;
        let signature = if signature.has_type_vars() {
            let mut constraints = Vec::new();
            // Lambdas come second: their parameters take the types the other arguments
            // have already fixed (`sorted(words, key=lambda w: ...)`).
            let is_lambda = |arg: &CallArg<'_>| match arg.value {
                ArgValue::Expr(ast::Expr::Lambda(_)) => true,
                // Empty displays learn their item type from the other arguments too.
                ArgValue::Expr(ast::Expr::List(list)) => list.elts.is_empty(),
                ArgValue::Expr(ast::Expr::Dict(dict)) => dict.keys.is_empty(),
                _ => false,
            };
            // A generic or overloaded function passed for a generic callable parameter
            // (`reduce(max, xs)`) is also left to the second round, as in mypy: it is
            // then instantiated to fit what the other arguments have fixed.
            let mut deferred = vec![false; args.len()];
            for second_round in [false, true] {
                let known = solve(self.db, &constraints);
                for (param_index, arg_indexes) in bound.iter().enumerate() {
                    let template = params[param_index].star_item_type();
                    for &arg_index in arg_indexes {
                        let arg = &args[arg_index];
                        if matches!(arg.kind, ArgKind::Star | ArgKind::DoubleStar)
                            || (is_lambda(arg) || deferred[arg_index]) != second_round
                        {
                            continue;
                        }
                        let partly_solved = template.substitute(&|var: &TypeVar| {
                            known
                                .iter()
                                .find(|(name, _)| *name == var.name)
                                .map(|(_, ty)| ty.clone())
                        });
                        let context =
                            (!partly_solved.has_free_type_vars()).then_some(&partly_solved);
                        let mut ty = match (&arg_types[arg_index], deferred[arg_index]) {
                            (Some(ty), true) => ty.clone(),
                            _ => self.arg_type(arg, context),
                        };
                        if !second_round
                            && matches!(template, Type::Callable(_))
                            && template.has_type_vars()
                            && is_generic_function(&ty)
                        {
                            deferred[arg_index] = true;
                            arg_types[arg_index] = Some(ty);
                            continue;
                        }
                        if deferred[arg_index] {
                            ty = match context {
                                Some(Type::Callable(wanted)) => {
                                    crate::relate::instantiate_to_fit(self.db, &ty, wanted)
                                        .unwrap_or(ty)
                                }
                                // Nothing fixes its own type variables (`partial(select,
                                // ...)`): they are `Any`, not their defaults.
                                _ => ty
                                    .substitute(&|var: &TypeVar| (!var.rigid).then_some(Type::Any)),
                            };
                        }
                        infer_constraints(self.db, &template, &ty, &mut constraints);
                        arg_types[arg_index] = Some(ty);
                    }
                }
            }
            let mut solution = solve(self.db, &constraints);
            if let Some(expected) = expected {
                let mut hints = Vec::new();
                infer_constraints(self.db, &signature.ret, expected, &mut hints);
                for (name, ty) in solve(self.db, &hints) {
                    if !solution.iter().any(|(n, _)| *n == name) {
                        solution.push((name, ty));
                    }
                }
            }
            self.restrict_solution(signature, &mut solution, callee, range);
            // A variable the arguments did not determine is `Any`, except in a call with
            // no arguments, where it is `Never` (`dict()` is a `dict[Never, Never]`).
            let informed: Vec<Arc<str>> = bound
                .iter()
                .enumerate()
                .filter(|(_, actuals)| !actuals.is_empty())
                .flat_map(|(i, _)| type_var_names(&params[i].ty))
                .collect();
            // A variable only the returned callable mentions stays that callable's own
            // (`lru_cache(maxsize=32)` returns a decorator generic in the function).
            let mut in_params = Vec::new();
            for param in params.iter() {
                param.ty.collect_type_var_names(&mut in_params);
            }
            let mut returned_generic = Vec::new();
            collect_callable_type_var_names(&signature.ret, &mut returned_generic);
            returned_generic.retain(|name| !in_params.contains(name));
            let solved = |var: &TypeVar| {
                solution
                    .iter()
                    .find(|(name, _)| *name == var.name)
                    .map(|(_, ty)| ty.clone())
            };
            let lookup_or = |var: &TypeVar, unsolved: Type| {
                Some(match solved(var) {
                    Some(ty) => ty,
                    None if returned_generic.contains(&var.name) => return None,
                    // A variable of the function or class being checked (a method of
                    // `Sequence[Listener[T]]` seen from inside the generic class) is
                    // fixed there, not solved by this call.
                    None if var.rigid => return None,
                    // A variable with a default (PEP 696) takes it (`ExitStack()` is an
                    // `ExitStack[bool | None]`).
                    None if var.default.is_some() => var
                        .default
                        .as_ref()
                        .map(|default| {
                            default.substitute(&|inner: &TypeVar| {
                                Some(solved(inner).unwrap_or(Type::Any))
                            })
                        })
                        .unwrap_or(Type::Any),
                    // With no arguments at all (`dict()`), nothing can be in it: Never.
                    None if args.is_empty() && !informed.contains(&var.name) => Type::Never,
                    None => unsolved,
                })
            };
            shown = Some(signature.substitute(&|var| lookup_or(var, Type::Never)));
            signature.substitute(&|var| lookup_or(var, Type::Any))
        } else {
            signature.clone()
        };
        let has_param_spec_args = |signature: &Signature| {
            signature
                .params
                .iter()
                .any(|p| matches!(p.ty, Type::ParamSpecArgs(_)))
        };
        if has_param_spec_args(original_signature) && !has_param_spec_args(&signature) {
            // A ParamSpec was solved to the parameters of a callable argument (`call(g,
            // 1, 2)`): the arguments are mapped again, to the parameters spliced in, and
            // checked as already inferred.
            let args: Vec<CallArg<'_>> = args
                .iter()
                .zip(&arg_types)
                .map(|(arg, ty)| CallArg {
                    kind: arg.kind.clone(),
                    value: match ty {
                        Some(ty) => ArgValue::Type(ty.clone()),
                        None => arg.value.clone(),
                    },
                    range: arg.range,
                })
                .collect();
            return self.call_signature(&signature, &args, range, expected);
        }
        // How many parameters each `*tuple` argument has filled so far.
        let mut star_positions: std::collections::HashMap<usize, usize> =
            std::collections::HashMap::new();
        for (param_index, arg_indexes) in bound.iter().enumerate() {
            let param = &signature.params[param_index];
            let target = param.star_item_type();
            for &arg_index in arg_indexes {
                let arg = &args[arg_index];
                let (ty, spelled) = match (&arg.kind, &arg_types[arg_index]) {
                    (ArgKind::Star, Some(whole)) => {
                        let position = star_positions.entry(arg_index).or_insert(0);
                        let item = match whole {
                            Type::Tuple(items) => {
                                items.get(*position).cloned().unwrap_or(Type::Any)
                            }
                            other => self.trial(|c| c.iteration_item_type(other, arg.range)).0,
                        };
                        *position += 1;
                        (item, format!("*{whole}"))
                    }
                    (ArgKind::DoubleStar, Some(whole)) => {
                        (mapping_value_type(self.db, whole), format!("**{whole}"))
                    }
                    (_, Some(ty)) => (ty.clone(), ty.to_string()),
                    (_, None) => {
                        let ty = self.arg_type(arg, Some(&target));
                        let spelled = ty.to_string();
                        (ty, spelled)
                    }
                };
                if !is_assignable(self.db, &ty, &target) {
                    let label = match arg.kind {
                        ArgKind::Keyword(name) => ArgumentLabel::Keyword(name),
                        _ => ArgumentLabel::Position(arg_index + 1),
                    };
                    // Called through the class (`int.__radd__(self, other)`), the left
                    // operand is the class object, as mypy spells it.
                    let owner = match (&signature.owner, &signature.bound_receiver) {
                        (Some(owner), None) => Some(format!("type[{owner}]")),
                        (owner, _) => owner.as_deref().map(str::to_owned),
                    };
                    let message =
                        match operator_of_dunder(signature.name.as_deref(), owner.as_deref()) {
                            // `a.__add__("x")` reads as the operator it implements.
                            Some((symbol, owner, reversed)) => {
                                let (left, right) = if reversed {
                                    (spelled.clone(), owner)
                                } else {
                                    (owner, spelled.clone())
                                };
                                messages::unsupported_operand_types(symbol, &left, &right)
                            }
                            None => messages::incompatible_argument(
                                label,
                                callee,
                                &spelled,
                                &shown
                                    .as_ref()
                                    .and_then(|shown| shown.params.get(param_index))
                                    .map_or_else(|| target.clone(), Param::star_item_type)
                                    .to_string(),
                            ),
                        };
                    let code = if operator_of_dunder(
                        signature.name.as_deref(),
                        signature.owner.as_deref(),
                    )
                    .is_some()
                    {
                        codes::OPERATOR
                    } else {
                        codes::ARG_TYPE
                    };
                    let notes = crate::mismatch::mismatch_notes(self.db, &ty, &target);
                    self.report_with_notes(code, arg.range, message, notes);
                } else if let ArgValue::Expr(expr) = &arg.value {
                    self.check_concrete_class_argument(expr, &ty, &target, arg.range);
                }
            }
        }
        for index in unmatched {
            if arg_types[index].is_none() {
                self.arg_type(&args[index], None);
            }
        }
        if signature.ret == Type::None
            && !signature.untyped
            && let Some(name) = &signature.name
        {
            self.none_returning_calls
                .insert(range, (name.clone(), signature.owner.clone()));
        }
        match &signature.ret {
            // A type guard's call is a `bool`; `narrowings` reads the guard off the callee.
            Type::TypeGuard(_) => crate::symbols::builtin_instance(self.db, "bool", vec![]),
            ret => crate::relate::simplify_union(self.db, ret),
        }
    }
}

/// A type as mypy compares shapes when it looks for the closest overload: type
/// variables and type arguments `Any`, callables `Callable[..., Any]`.
fn erased_shape(ty: &Type) -> Type {
    match ty {
        Type::TypeVar(_) | Type::ParamSpecArgs(_) | Type::ParamSpecKwargs(_) => Type::Any,
        Type::Instance(instance) => {
            Type::instance(instance.class.clone(), vec![Type::Any; instance.args.len()])
        }
        Type::Tuple(items) => Type::Tuple(items.iter().map(|_| Type::Any).collect()),
        Type::Union(members) => Type::union(members.iter().map(erased_shape)),
        Type::Callable(_) | Type::Overloaded(_) => Type::Callable(Arc::new(Signature {
            name: None,
            owner: None,
            params: Arc::from([
                crate::types::Param {
                    name: "".into(),
                    kind: crate::types::ParamKind::VarPositional,
                    ty: Type::Any,
                    has_default: false,
                },
                crate::types::Param {
                    name: "".into(),
                    kind: crate::types::ParamKind::VarKeyword,
                    ty: Type::Any,
                    has_default: false,
                },
            ]),
            ret: Type::Any,
            untyped: false,
            bound_receiver: None,
        })),
        other => other.clone(),
    }
}

/// A function with type variables of its own, or overloaded: what fits a callable
/// parameter depends on how it is instantiated.
fn is_generic_function(ty: &Type) -> bool {
    match ty {
        Type::Callable(signature) => signature.has_type_vars(),
        Type::Overloaded(_) => true,
        _ => false,
    }
}

/// Which arguments each parameter receives, as mypy maps them: positional arguments fill
/// the parameters in order (keyword-only ones too, which is then an error), a `*args`
/// parameter takes the rest, keywords go by name.
fn map_arguments(
    params: &[crate::types::Param],
    args: &[CallArg<'_>],
    arg_types: &[Option<Type>],
) -> Vec<Vec<usize>> {
    let mut bound: Vec<Vec<usize>> = vec![Vec::new(); params.len()];
    let mut next = 0;
    let is_star =
        |kind: ParamKind| matches!(kind, ParamKind::VarPositional | ParamKind::VarKeyword);
    for (index, arg) in args.iter().enumerate() {
        match &arg.kind {
            ArgKind::Positional => {
                if next < params.len() {
                    if !is_star(params[next].kind) {
                        bound[next].push(index);
                        next += 1;
                    } else if params[next].kind == ParamKind::VarPositional {
                        bound[next].push(index);
                    }
                }
            }
            ArgKind::Star => match &arg_types[index] {
                Some(Type::Tuple(items)) => {
                    for _ in 0..items.len() {
                        if next >= params.len() || params[next].kind == ParamKind::VarKeyword {
                            break;
                        }
                        bound[next].push(index);
                        if params[next].kind != ParamKind::VarPositional {
                            next += 1;
                        }
                    }
                }
                _ => {
                    while next < params.len() {
                        if matches!(
                            params[next].kind,
                            ParamKind::KeywordOnly | ParamKind::VarKeyword
                        ) {
                            break;
                        }
                        bound[next].push(index);
                        if params[next].kind == ParamKind::VarPositional {
                            break;
                        }
                        next += 1;
                    }
                }
            },
            ArgKind::Keyword(name) => {
                let target = params.iter().position(|p| {
                    p.name.as_ref() == *name
                        && matches!(
                            p.kind,
                            ParamKind::PositionalOrKeyword | ParamKind::KeywordOnly
                        )
                });
                if let Some(param) =
                    target.or_else(|| params.iter().position(|p| p.kind == ParamKind::VarKeyword))
                {
                    bound[param].push(index);
                }
            }
            ArgKind::DoubleStar => {
                for (param, p) in params.iter().enumerate() {
                    let named = matches!(
                        p.kind,
                        ParamKind::PositionalOrKeyword | ParamKind::KeywordOnly
                    );
                    if (named && bound[param].is_empty()) || p.kind == ParamKind::VarKeyword {
                        bound[param].push(index);
                    }
                }
            }
        }
    }
    bound
}

/// Two values for one parameter, as mypy counts them: `*args, **kwargs` together, or
/// only `**` mappings, may well not collide at run time.
fn is_duplicate_mapping(actuals: &[usize], args: &[CallArg<'_>]) -> bool {
    let star_then_double_star = actuals.len() == 2
        && matches!(args[actuals[0]].kind, ArgKind::Star)
        && matches!(args[actuals[1]].kind, ArgKind::DoubleStar);
    actuals.len() > 1
        && !star_then_double_star
        && !actuals
            .iter()
            .all(|&i| matches!(args[i].kind, ArgKind::DoubleStar))
}

/// mypy's wording when required positional parameters get no value: it names the ones
/// after the positional arguments given that no keyword supplied.
fn too_few_arguments_message(
    params: &[crate::types::Param],
    positional_count: usize,
    keywords: &[&str],
    callee: Callee<'_>,
) -> String {
    let required = params
        .iter()
        .filter(|p| {
            matches!(
                p.kind,
                ParamKind::PositionalOnly | ParamKind::PositionalOrKeyword
            ) && !p.has_default
        })
        .count();
    let names: Vec<Option<&str>> = params
        .iter()
        .take(required)
        .skip(positional_count)
        .map(|p| {
            (p.kind == ParamKind::PositionalOrKeyword && !p.name.is_empty())
                .then_some(p.name.as_ref())
        })
        .filter(|name| !name.is_some_and(|n| keywords.contains(&n)))
        .collect();
    let named: Option<Vec<&str>> = names.iter().copied().collect();
    match (named, callee) {
        (Some(named), Callee::Function(_) | Callee::Method { .. }) if !named.is_empty() => {
            messages::missing_positional_arguments(&named, callee)
        }
        _ => messages::too_few_arguments(callee),
    }
}

/// mypy's "did you mean" for an unknown keyword: the closest parameter names, preferring
/// those whose type accepts the value.
fn suggest_keyword(
    db: &dyn crate::db::Db,
    params: &[crate::types::Param],
    name: &str,
    ty: &Type,
) -> Option<String> {
    let named = params.iter().filter(|p| {
        !p.name.is_empty()
            && !matches!(
                p.kind,
                ParamKind::PositionalOnly | ParamKind::VarPositional | ParamKind::VarKeyword
            )
    });
    let (matching, other): (Vec<&crate::types::Param>, Vec<&crate::types::Param>) =
        named.partition(|p| is_assignable(db, ty, &p.ty));
    let names =
        |ps: &[&crate::types::Param]| ps.iter().map(|p| p.name.to_string()).collect::<Vec<_>>();
    let mut matches = pycheck_diagnostics::suggest::best_matches(name, &names(&matching), 3);
    if matches.is_empty() {
        matches = pycheck_diagnostics::suggest::best_matches(name, &names(&other), 3);
    }
    (!matches.is_empty()).then(|| pycheck_diagnostics::suggest::pretty_seq(&matches, "or"))
}

/// The values a `**mapping` argument supplies.
fn mapping_value_type(db: &dyn crate::db::Db, mapping: &Type) -> Type {
    let Type::Instance(instance) = mapping else {
        return Type::Any;
    };
    crate::symbols::typing_class(db, "Mapping")
        .and_then(|class| crate::relate::map_to_ancestor(db, instance, &class))
        .and_then(|mapped| mapped.args.get(1).cloned())
        .unwrap_or(Type::Any)
}

/// For a dunder method that implements a binary operator, called directly: the
/// operator, the class it is called on, and whether mypy names the operands reversed.
fn operator_of_dunder(
    name: Option<&str>,
    owner: Option<&str>,
) -> Option<(&'static str, String, bool)> {
    let owner = owner?.to_owned();
    let name = name?;
    // `__radd__` is `+` with the operands the other way round.
    if let Some(operation) = name.strip_prefix("__r")
        && let Some((symbol, owner, false)) =
            operator_of_dunder(Some(&format!("__{operation}")), Some(&owner))
    {
        return Some((symbol, owner, true));
    }
    let symbol = match name {
        "__add__" => "+",
        "__sub__" => "-",
        "__mul__" => "*",
        "__truediv__" => "/",
        "__floordiv__" => "//",
        "__mod__" => "%",
        "__pow__" => "**",
        "__matmul__" => "@",
        "__and__" => "&",
        "__or__" => "|",
        "__xor__" => "^",
        "__lshift__" => "<<",
        "__rshift__" => ">>",
        "__lt__" => "<",
        "__le__" => "<=",
        "__gt__" => ">",
        "__ge__" => ">=",
        "__contains__" => return Some(("in", owner, true)),
        _ => return None,
    };
    Some((symbol, owner, false))
}

/// The type variables inside the callables that `ty` is or holds.
fn collect_callable_type_var_names(ty: &Type, out: &mut Vec<Arc<str>>) {
    match ty {
        Type::Callable(_) | Type::Overloaded(_) => ty.collect_type_var_names(out),
        Type::Instance(instance) => instance
            .args
            .iter()
            .for_each(|arg| collect_callable_type_var_names(arg, out)),
        Type::Tuple(items) | Type::Union(items) => items
            .iter()
            .for_each(|item| collect_callable_type_var_names(item, out)),
        _ => {}
    }
}

fn type_var_names(ty: &Type) -> Vec<Arc<str>> {
    let mut names = Vec::new();
    ty.collect_type_var_names(&mut names);
    names
}

/// How messages name the callee of `signature`.
pub fn callee_of(signature: &Signature) -> Callee<'_> {
    match (&signature.name, &signature.owner) {
        (Some(name), Some(class)) => Callee::Method { name, class },
        (Some(name), None) => Callee::Function(name),
        _ => Callee::Anonymous,
    }
}

fn call_args(call: &ast::ExprCall) -> Vec<CallArg<'_>> {
    let mut args: Vec<CallArg<'_>> = call
        .args
        .iter()
        .map(|arg| match arg {
            ast::Expr::Starred(starred) => CallArg {
                kind: ArgKind::Star,
                value: ArgValue::Expr(&starred.value),
                range: arg.range(),
            },
            _ => CallArg {
                kind: ArgKind::Positional,
                value: ArgValue::Expr(arg),
                range: arg.range(),
            },
        })
        .collect();
    for keyword in &call.keywords {
        let kind = match &keyword.arg {
            Some(name) => ArgKind::Keyword(name.as_str()),
            None => ArgKind::DoubleStar,
        };
        args.push(CallArg {
            kind,
            value: ArgValue::Expr(&keyword.value),
            range: keyword.value.range(),
        });
    }
    args
}
