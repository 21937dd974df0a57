//! The type model: what an expression can evaluate to, and how mypy spells it.
//!
//! Types are plain owned values (`Arc` inside, cheap to clone) that carry no positions, so
//! query results built from them compare equal across edits that only move text.

use std::fmt;
use std::sync::Arc;

use crate::db::File;

/// A class, identified by the file that defines it and its qualified name inside that file
/// (`"list"`, `"Outer.Inner"`). Positions are not part of the identity.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ClassId {
    pub file: File,
    pub qualname: Arc<str>,
}

impl ClassId {
    /// The short name mypy prints (`Sequence`, not `typing.Sequence`).
    pub fn name(&self) -> &str {
        self.qualname.rsplit('.').next().unwrap_or(&self.qualname)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Variance {
    Invariant,
    Covariant,
    Contravariant,
    /// A PEP 695 parameter (`class Box[T]:`): inferred from the class's members, see
    /// `variance::param_variance`.
    Inferred,
}

/// What a type variable stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TypeVarKind {
    /// `T = TypeVar("T")`: one type.
    Plain,
    /// `P = ParamSpec("P")`: a parameter list, as in `Callable[P, R]`.
    ParamSpec,
}

/// A type variable, compared by name: stubs give every type variable its own name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TypeVar {
    pub name: Arc<str>,
    pub kind: TypeVarKind,
    pub variance: Variance,
    pub bound: Option<Type>,
    /// `TypeVar("N", int, float)`: the types it may stand for; empty when unconstrained.
    pub constraints: Arc<[Type]>,
    /// `TypeVar("T", default=int)` (PEP 696): what a generic class's parameter is when no
    /// argument is given for it; it may name the parameters before it.
    pub default: Option<Type>,
    /// The variable as the body of the generic function or class that binds it sees it:
    /// a fixed, unknown type there, which no call inside that body solves (mypy's
    /// distinction between a function's own type variables and those of its caller).
    pub rigid: bool,
}

/// A class instantiated with type arguments (`list[int]`); unparameterized generics get
/// `Any` arguments (`list` means `list[Any]`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Instance {
    pub class: ClassId,
    pub args: Arc<[Type]>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParamKind {
    PositionalOnly,
    PositionalOrKeyword,
    VarPositional,
    KeywordOnly,
    VarKeyword,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Param {
    pub name: Arc<str>,
    pub kind: ParamKind,
    pub ty: Type,
    pub has_default: bool,
}

impl Param {
    /// The type each argument bound to this parameter must have: for `*args: T` and
    /// `**kwargs: T` that is `T` (they are stored as the tuple and the dictionary the
    /// function body sees); for the others, the parameter's type.
    pub fn star_item_type(&self) -> Type {
        match (&self.kind, &self.ty) {
            (ParamKind::VarPositional, Type::Instance(tuple)) if tuple.class.name() == "tuple" => {
                tuple.args.first().cloned().unwrap_or(Type::Any)
            }
            (ParamKind::VarKeyword, Type::Instance(dict)) if dict.class.name() == "dict" => {
                dict.args.get(1).cloned().unwrap_or(Type::Any)
            }
            (_, ty) => ty.clone(),
        }
    }
}

/// A callable's signature. `name` and `owner` only serve messages (`"append" of "list"`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Signature {
    pub name: Option<Arc<str>>,
    pub owner: Option<Arc<str>>,
    pub params: Arc<[Param]>,
    pub ret: Type,
    /// Written without any annotation: mypy does not check the body, and every parameter
    /// and the result are `Any`.
    pub untyped: bool,
    /// A method bound to its receiver: the name of the parameter binding took away
    /// (`self`), which mypy still shows when it lists overload variants.
    pub bound_receiver: Option<Arc<str>>,
}

/// Forms of the `typing` module that are not classes and that only the engine understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SpecialForm {
    Any,
    Union,
    Optional,
    Callable,
    Tuple,
    Type,
    Generic,
    Protocol,
    TypeVar,
    Literal,
    Final,
    ClassVar,
    NoReturn,
    Never,
    Overload,
    Annotated,
    TypeAlias,
    /// `Self` in a method: the type of its receiver.
    Self_,
    TypeGuard,
    TypeIs,
    Required,
    NotRequired,
    ParamSpec,
    Concatenate,
    /// `TypeVarTuple` and `Unpack`: annotations using them are `Any`.
    TypeVarTuple,
    Unpack,
    /// `class Movie(TypedDict)`: the base that makes a class a TypedDict (`typed_dicts`).
    TypedDict,
    /// `LiteralString`, which mypy reads as `str`.
    LiteralString,
}

impl SpecialForm {
    /// The special form that `typing.NAME` is, if any.
    pub fn from_typing_name(name: &str) -> Option<SpecialForm> {
        Some(match name {
            "Any" => SpecialForm::Any,
            "Union" => SpecialForm::Union,
            "Optional" => SpecialForm::Optional,
            "Callable" => SpecialForm::Callable,
            "Tuple" => SpecialForm::Tuple,
            "Type" => SpecialForm::Type,
            "Generic" => SpecialForm::Generic,
            "Protocol" => SpecialForm::Protocol,
            "TypeVar" => SpecialForm::TypeVar,
            "Literal" => SpecialForm::Literal,
            "Final" => SpecialForm::Final,
            "ClassVar" => SpecialForm::ClassVar,
            "NoReturn" => SpecialForm::NoReturn,
            "Never" => SpecialForm::Never,
            "overload" => SpecialForm::Overload,
            "Annotated" => SpecialForm::Annotated,
            "TypeAlias" => SpecialForm::TypeAlias,
            "Self" => SpecialForm::Self_,
            "TypeGuard" => SpecialForm::TypeGuard,
            "TypeIs" => SpecialForm::TypeIs,
            "Required" => SpecialForm::Required,
            "NotRequired" => SpecialForm::NotRequired,
            "ParamSpec" => SpecialForm::ParamSpec,
            "Concatenate" => SpecialForm::Concatenate,
            "TypeVarTuple" => SpecialForm::TypeVarTuple,
            "Unpack" => SpecialForm::Unpack,
            "TypedDict" => SpecialForm::TypedDict,
            "LiteralString" => SpecialForm::LiteralString,
            _ => return None,
        })
    }
}

/// The value of a `Literal[...]` type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LiteralValue {
    Int(i128),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    Bool(bool),
    /// A member of an enum (the class is the literal's class), by name.
    EnumMember(Arc<str>),
}

impl fmt::Display for LiteralValue {
    /// As Python's `repr` writes it, which is how mypy shows literal values.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LiteralValue::Int(value) => write!(f, "{value}"),
            LiteralValue::Bool(true) => f.write_str("True"),
            LiteralValue::Bool(false) => f.write_str("False"),
            LiteralValue::EnumMember(name) => f.write_str(name),
            LiteralValue::Str(text) => {
                let quote = if text.contains('\'') && !text.contains('"') {
                    '"'
                } else {
                    '\''
                };
                write!(f, "{quote}")?;
                for c in text.chars() {
                    match c {
                        '\\' => f.write_str("\\\\")?,
                        '\n' => f.write_str("\\n")?,
                        '\t' => f.write_str("\\t")?,
                        '\r' => f.write_str("\\r")?,
                        c if c == quote => write!(f, "\\{c}")?,
                        c => write!(f, "{c}")?,
                    }
                }
                write!(f, "{quote}")
            }
            LiteralValue::Bytes(bytes) => {
                f.write_str("b'")?;
                for &byte in bytes.iter() {
                    match byte {
                        b'\\' => f.write_str("\\\\")?,
                        b'\'' => f.write_str("\\'")?,
                        b'\n' => f.write_str("\\n")?,
                        b'\t' => f.write_str("\\t")?,
                        b'\r' => f.write_str("\\r")?,
                        0x20..=0x7e => write!(f, "{}", byte as char)?,
                        _ => write!(f, "\\x{byte:02x}")?,
                    }
                }
                f.write_str("'")
            }
        }
    }
}

/// A `Literal[...]` type: one value, and the class it is an instance of.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LiteralType {
    pub value: LiteralValue,
    pub class: ClassId,
}

impl LiteralType {
    /// The plain instance the literal widens to (`Literal[1]` → `int`).
    pub fn fallback(&self) -> Type {
        Type::instance(self.class.clone(), vec![])
    }

    /// The value as messages write it inside `Literal[...]` (`1`, `'a'`, `Color.RED`).
    pub fn value_text(&self) -> String {
        match &self.value {
            LiteralValue::EnumMember(name) => format!("{}.{name}", self.class.name()),
            other => other.to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Type {
    /// Explicit `Any`, and everything pycheck does not understand (yet).
    Any,
    /// No value: the type of an empty list's items, of code after `return`.
    Never,
    None,
    Instance(Instance),
    /// `Literal['a']`, `Literal[1]`, `Literal[True]`.
    Literal(Arc<LiteralType>),
    /// A tuple of known length, `tuple[int, str]`. `tuple[int, ...]` is an `Instance`.
    Tuple(Arc<[Type]>),
    /// At least two members, flattened, without duplicates.
    Union(Arc<[Type]>),
    Callable(Arc<Signature>),
    Overloaded(Arc<[Signature]>),
    /// The class itself, as a value (`type[C]`).
    ClassObject(ClassId),
    Module(Arc<str>),
    TypeVar(Arc<TypeVar>),
    /// The value of `T = TypeVar("T")`: something annotations can use.
    TypeVarDefinition(Arc<TypeVar>),
    SpecialForm(SpecialForm),
    /// The result of a user type guard (`-> TypeGuard[str]`, `-> TypeIs[str]`): a `bool`
    /// that narrows the first argument where it is tested.
    TypeGuard(Arc<Guard>),
    /// `P.args` of a ParamSpec `P`: the type of `*args` in a function whose parameters
    /// are `P`'s. Only solving looks inside; everything else treats it as `Any`.
    ParamSpecArgs(Arc<TypeVar>),
    /// `P.kwargs`, as `P.args` for `**kwargs`.
    ParamSpecKwargs(Arc<TypeVar>),
    /// What a ParamSpec is solved to: the parameters of the callable it was matched with
    /// (whose name messages go on using; its return type plays no part).
    Parameters(Arc<Signature>),
}

/// What a `TypeGuard[T]` or `TypeIs[T]` result says about the first argument.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Guard {
    pub narrowed: Type,
    /// `TypeIs`: also narrows when false, and narrows within the argument's type.
    pub is_type_is: bool,
}

impl Type {
    pub fn instance(class: ClassId, args: Vec<Type>) -> Type {
        Type::Instance(Instance {
            class,
            args: args.into(),
        })
    }

    pub fn is_any(&self) -> bool {
        matches!(self, Type::Any)
    }

    /// The union of `types`, flattened and without duplicates; `Never` members vanish.
    pub fn union(types: impl IntoIterator<Item = Type>) -> Type {
        let mut members: Vec<Type> = Vec::new();
        for ty in types {
            match ty {
                Type::Union(inner) => {
                    for member in inner.iter() {
                        if !members.contains(member) {
                            members.push(member.clone());
                        }
                    }
                }
                Type::Never => {}
                other => {
                    if !members.contains(&other) {
                        members.push(other);
                    }
                }
            }
        }
        // `Literal[True] | Literal[False]` is `bool`, where the first of them stood.
        let is_bool_literal = |m: &Type, value: bool| matches!(m, Type::Literal(literal) if literal.value == LiteralValue::Bool(value));
        if let Some(first) = members
            .iter()
            .position(|m| is_bool_literal(m, true) || is_bool_literal(m, false))
            && members.iter().any(|m| is_bool_literal(m, true))
            && members.iter().any(|m| is_bool_literal(m, false))
            && let Type::Literal(literal) = &members[first]
        {
            let bool_type = Type::instance(literal.class.clone(), vec![]);
            members[first] = bool_type;
            members.retain(|m| !is_bool_literal(m, true) && !is_bool_literal(m, false));
        }
        // A literal next to its own class adds nothing (`int | Literal[0]` is `int`).
        let plain: Vec<ClassId> = members
            .iter()
            .filter_map(|m| match m {
                Type::Instance(instance) if instance.args.is_empty() => {
                    Some(instance.class.clone())
                }
                _ => None,
            })
            .collect();
        members.retain(|m| !matches!(m, Type::Literal(literal) if plain.contains(&literal.class)));
        match members.len() {
            0 => Type::Never,
            1 => members.pop().unwrap_or(Type::Never),
            _ => Type::Union(members.into()),
        }
    }

    /// The members of a union, or the type itself.
    pub fn members(&self) -> &[Type] {
        match self {
            Type::Union(members) => members,
            other => std::slice::from_ref(other),
        }
    }

    /// Replaces type variables by `lookup`'s answer, where it has one.
    pub fn substitute(&self, lookup: &dyn Fn(&TypeVar) -> Option<Type>) -> Type {
        crate::stack::ensure_stack();
        match self {
            Type::TypeVar(var) => lookup(var).unwrap_or_else(|| self.clone()),
            Type::Instance(instance) => Type::Instance(Instance {
                class: instance.class.clone(),
                args: instance
                    .args
                    .iter()
                    .map(|arg| arg.substitute(lookup))
                    .collect(),
            }),
            Type::Tuple(items) => {
                Type::Tuple(items.iter().map(|item| item.substitute(lookup)).collect())
            }
            Type::Union(members) => {
                Type::union(members.iter().map(|member| member.substitute(lookup)))
            }
            Type::Callable(signature) => Type::Callable(Arc::new(signature.substitute(lookup))),
            Type::Overloaded(signatures) => Type::Overloaded(
                signatures
                    .iter()
                    .map(|signature| signature.substitute(lookup))
                    .collect(),
            ),
            Type::TypeGuard(guard) => Type::TypeGuard(Arc::new(Guard {
                narrowed: guard.narrowed.substitute(lookup),
                is_type_is: guard.is_type_is,
            })),
            // Outside a parameter list, `P.args` only follows a renaming of `P`.
            Type::ParamSpecArgs(var) | Type::ParamSpecKwargs(var) => match lookup(var) {
                None => self.clone(),
                Some(Type::TypeVar(renamed)) if renamed.kind == TypeVarKind::ParamSpec => {
                    match self {
                        Type::ParamSpecArgs(_) => Type::ParamSpecArgs(renamed),
                        _ => Type::ParamSpecKwargs(renamed),
                    }
                }
                Some(_) => Type::Any,
            },
            _ => self.clone(),
        }
    }

    /// The names of the type variables in this type, appended to `out`.
    pub fn collect_type_var_names(&self, out: &mut Vec<Arc<str>>) {
        match self {
            Type::TypeVar(var) => out.push(var.name.clone()),
            Type::Instance(instance) => instance
                .args
                .iter()
                .for_each(|arg| arg.collect_type_var_names(out)),
            Type::Tuple(items) | Type::Union(items) => items
                .iter()
                .for_each(|item| item.collect_type_var_names(out)),
            Type::Callable(signature) => {
                signature.ret.collect_type_var_names(out);
                signature
                    .params
                    .iter()
                    .for_each(|p| p.ty.collect_type_var_names(out));
            }
            Type::Overloaded(signatures) => signatures.iter().for_each(|s| {
                s.ret.collect_type_var_names(out);
                s.params
                    .iter()
                    .for_each(|p| p.ty.collect_type_var_names(out));
            }),
            Type::TypeGuard(guard) => guard.narrowed.collect_type_var_names(out),
            Type::ParamSpecArgs(var) | Type::ParamSpecKwargs(var) => out.push(var.name.clone()),
            _ => {}
        }
    }

    /// This type as seen inside the body of the generic function or class that binds its
    /// type variables: every variable fixed (`rigid`).
    pub fn rigidified(&self) -> Type {
        self.substitute(&|var: &TypeVar| {
            (!var.rigid).then(|| {
                Type::TypeVar(Arc::new(TypeVar {
                    rigid: true,
                    ..var.clone()
                }))
            })
        })
    }

    /// Whether a type variable that a call could solve (not a rigid one) occurs here.
    pub fn has_free_type_vars(&self) -> bool {
        let free = std::cell::Cell::new(false);
        self.substitute(&|var: &TypeVar| {
            if !var.rigid {
                free.set(true);
            }
            None
        });
        free.get()
    }

    /// The names of the type variables a call could solve (not the rigid ones).
    pub fn rigidified_names_excluded(&self, out: &mut Vec<Arc<str>>) {
        let names = std::cell::RefCell::new(Vec::new());
        self.substitute(&|var: &TypeVar| {
            if !var.rigid {
                names.borrow_mut().push(var.name.clone());
            }
            None
        });
        for name in names.into_inner() {
            if !out.contains(&name) {
                out.push(name);
            }
        }
    }

    /// Whether any type variable occurs in this type.
    pub fn has_type_vars(&self) -> bool {
        match self {
            Type::TypeVar(_) => true,
            Type::Instance(instance) => instance.args.iter().any(Type::has_type_vars),
            Type::Tuple(items) | Type::Union(items) => items.iter().any(Type::has_type_vars),
            Type::Callable(signature) => signature.has_type_vars(),
            Type::Overloaded(signatures) => signatures.iter().any(Signature::has_type_vars),
            Type::TypeGuard(guard) => guard.narrowed.has_type_vars(),
            Type::ParamSpecArgs(_) | Type::ParamSpecKwargs(_) => true,
            _ => false,
        }
    }
}

impl Signature {
    /// Replaces type variables by `lookup`'s answer. A ParamSpec tail
    /// (`*args: P.args, **kwargs: P.kwargs`) gives way to the parameters `P` is solved to;
    /// solved to anything else, it becomes `*args: Any, **kwargs: Any`.
    pub fn substitute(&self, lookup: &dyn Fn(&TypeVar) -> Option<Type>) -> Signature {
        let mut params: Vec<Param> = Vec::with_capacity(self.params.len());
        let mut spliced = false;
        let (mut name, mut owner) = (self.name.clone(), self.owner.clone());
        for param in self.params.iter() {
            match (&param.ty, lookup_param_spec(&param.ty, lookup)) {
                (Type::ParamSpecArgs(_), Some(Type::Parameters(solved))) => {
                    params.extend(solved.params.iter().cloned());
                    spliced = true;
                    // `Callable[P, R]` solved from `greet` is called as `greet` is.
                    if name.is_none() {
                        name = solved.name.clone();
                        owner = solved.owner.clone();
                    }
                }
                (Type::ParamSpecKwargs(_), Some(Type::Parameters(_))) if spliced => {}
                (Type::ParamSpecArgs(_) | Type::ParamSpecKwargs(_), Some(solved)) if !matches!(&solved, Type::TypeVar(var) if var.kind == TypeVarKind::ParamSpec) =>
                {
                    params.push(Param {
                        ty: Type::Any,
                        ..param.clone()
                    });
                }
                _ => params.push(Param {
                    ty: param.ty.substitute(lookup),
                    ..param.clone()
                }),
            }
        }
        Signature {
            name,
            owner,
            params: params.into(),
            ret: self.ret.substitute(lookup),
            untyped: self.untyped,
            bound_receiver: self.bound_receiver.clone(),
        }
    }

    /// The ParamSpec this signature ends with (`*args: P.args, **kwargs: P.kwargs`), and
    /// how many parameters come before it (`Concatenate[int, P]` has one).
    pub fn param_spec_tail(&self) -> Option<(usize, &Arc<TypeVar>)> {
        match &self.params[..] {
            [prefix @ .., rest, keywords] => match (&rest.ty, &keywords.ty) {
                (Type::ParamSpecArgs(var), Type::ParamSpecKwargs(same)) if var == same => {
                    Some((prefix.len(), var))
                }
                _ => None,
            },
            _ => None,
        }
    }

    pub fn has_type_vars(&self) -> bool {
        self.ret.has_type_vars() || self.params.iter().any(|param| param.ty.has_type_vars())
    }

    /// The signature without its first parameter, as a method looks once bound to `self`.
    pub fn bind_self(&self) -> Signature {
        let mut params = self.params.to_vec();
        let mut bound_receiver = self.bound_receiver.clone();
        if params.first().is_some_and(|p| {
            matches!(
                p.kind,
                ParamKind::PositionalOnly | ParamKind::PositionalOrKeyword
            )
        }) {
            let receiver = params.remove(0);
            bound_receiver.get_or_insert(receiver.name);
        }
        Signature {
            params: params.into(),
            bound_receiver,
            ..self.clone()
        }
    }

    /// mypy spells a callable as `Callable[[int, str], str]` when all parameters are plain
    /// positional ones, and as `def name(x: int, *, key: str = ...) -> str` otherwise.
    fn is_simple(&self) -> bool {
        self.params.iter().all(|param| {
            matches!(
                param.kind,
                ParamKind::PositionalOnly | ParamKind::PositionalOrKeyword
            )
        })
    }

    /// `def name(self, x: int) -> None`, with the receiver spelled bare, as notes show
    /// methods.
    pub fn display_as_method(&self) -> String {
        let mut unbound = self.clone();
        if let Some(first) = unbound.params.first()
            && matches!(
                first.kind,
                ParamKind::PositionalOnly | ParamKind::PositionalOrKeyword
            )
        {
            let mut params = unbound.params.to_vec();
            params[0].ty = Type::Any;
            params[0].name = "self".into();
            unbound.params = params.into();
        }
        unbound.display_as_def()
    }

    /// `def name(self, x: int, y: int = ...) -> None`, as in notes.
    /// As mypy lists it among an overloaded function's variants: a method with its
    /// receiver (`def get(self, key: str) -> int`).
    pub fn display_as_variant(&self) -> String {
        match &self.bound_receiver {
            Some(receiver) => {
                let mut params = vec![Param {
                    name: receiver.clone(),
                    kind: ParamKind::PositionalOrKeyword,
                    ty: Type::Any,
                    has_default: false,
                }];
                params.extend(self.params.iter().cloned());
                Signature {
                    params: params.into(),
                    bound_receiver: None,
                    ..self.clone()
                }
                .display_as_def()
            }
            None => self.display_as_def(),
        }
    }

    pub fn display_as_def(&self) -> String {
        let mut parts = Vec::new();
        let mut star_written = false;
        for (index, param) in self.params.iter().enumerate() {
            let default = if param.has_default { " = ..." } else { "" };
            match param.kind {
                // `Callable[..., R]` and `Callable[P, R]` name no parameter.
                ParamKind::VarPositional if param.name.is_empty() => {
                    star_written = true;
                    parts.push(format!("*{}", param.ty));
                }
                ParamKind::VarKeyword if param.name.is_empty() => {
                    parts.push(format!("**{}", param.ty))
                }
                ParamKind::VarPositional => {
                    star_written = true;
                    parts.push(format!("*{}: {}", param.name, param.star_item_type()));
                }
                ParamKind::VarKeyword => {
                    parts.push(format!("**{}: {}", param.name, param.star_item_type()))
                }
                ParamKind::KeywordOnly => {
                    if !star_written {
                        star_written = true;
                        parts.push("*".to_owned());
                    }
                    parts.push(format!("{}: {}{default}", param.name, param.ty));
                }
                _ if matches!(param.name.as_ref(), "self" | "cls") && param.ty.is_any() => {
                    parts.push(param.name.to_string())
                }
                // mypy drops the names of positional-only parameters and marks where
                // they end: `def get(self, str, /) -> str`.
                ParamKind::PositionalOnly => {
                    parts.push(format!("{}{default}", param.ty));
                    if self
                        .params
                        .get(index + 1)
                        .is_none_or(|next| next.kind != ParamKind::PositionalOnly)
                    {
                        parts.push("/".to_owned());
                    }
                }
                _ => parts.push(format!("{}: {}{default}", param.name, param.ty)),
            }
        }
        let name = self.name.as_deref().unwrap_or("");
        // A generic function lists its own type variables first, with their bounds or
        // constraints: `def [T, N: int] name(...)` (mypy's `pretty_callable`).
        let mut variables = Vec::new();
        for param in self.params.iter() {
            collect_type_vars(&param.ty, &mut variables);
        }
        collect_type_vars(&self.ret, &mut variables);
        // The variables of the body being checked are not the function's own.
        variables.retain(|var| !var.rigid);
        let variables = if variables.is_empty() {
            String::new()
        } else {
            let spelled: Vec<String> = variables
                .iter()
                .map(|var| match (&var.bound, var.constraints.is_empty()) {
                    (Some(bound), _)
                        if !matches!(bound, Type::Instance(b) if b.class.name() == "object") =>
                    {
                        format!("{}: {bound}", var.name)
                    }
                    (_, false) => {
                        let constraints: Vec<String> =
                            var.constraints.iter().map(Type::to_string).collect();
                        format!("{}: ({})", var.name, constraints.join(", "))
                    }
                    _ => var.name.to_string(),
                })
                .collect();
            format!("[{}] ", spelled.join(", "))
        };
        format!(
            "def {variables}{name}({}) -> {}",
            parts.join(", "),
            self.ret
        )
    }
}

/// What `lookup` says of the ParamSpec behind `P.args` or `P.kwargs`.
fn lookup_param_spec(ty: &Type, lookup: &dyn Fn(&TypeVar) -> Option<Type>) -> Option<Type> {
    match ty {
        Type::ParamSpecArgs(var) | Type::ParamSpecKwargs(var) => lookup(var),
        _ => None,
    }
}

impl fmt::Display for Signature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `Callable[P, R]` and `Callable[Concatenate[int, P], R]`.
        if let Some((prefix, var)) = self.param_spec_tail()
            && self.name.is_none()
            && self.params[..prefix]
                .iter()
                .all(|p| p.kind == ParamKind::PositionalOnly)
        {
            if prefix == 0 {
                return write!(f, "Callable[{}, {}]", var.name, self.ret);
            }
            let types: Vec<String> = self.params[..prefix]
                .iter()
                .map(|p| p.ty.to_string())
                .collect();
            return write!(
                f,
                "Callable[Concatenate[{}, {}], {}]",
                types.join(", "),
                var.name,
                self.ret
            );
        }
        // `(*args: Any, **kwargs: Any)` is how `Callable[..., R]` is represented.
        if let [rest, keywords] = &self.params[..]
            && rest.kind == ParamKind::VarPositional
            && keywords.kind == ParamKind::VarKeyword
            && self.name.is_none()
            && matches!(&rest.ty, Type::Any | Type::Instance(_))
        {
            return write!(f, "Callable[..., {}]", self.ret);
        }
        if self.is_simple() {
            let params: Vec<String> = self
                .params
                .iter()
                .map(|param| param.ty.to_string())
                .collect();
            write!(f, "Callable[[{}], {}]", params.join(", "), self.ret)
        } else {
            f.write_str(&self.display_as_def())
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::stack::ensure_stack();
        match self {
            Type::Any => f.write_str("Any"),
            Type::Never => f.write_str("Never"),
            Type::None => f.write_str("None"),
            Type::Instance(instance) => {
                let name = instance.class.name();
                if name == "tuple" && instance.args.len() == 1 {
                    return write!(f, "tuple[{}, ...]", instance.args[0]);
                }
                f.write_str(name)?;
                if !instance.args.is_empty() {
                    f.write_str("[")?;
                    write_joined(f, &instance.args, ", ")?;
                    f.write_str("]")?;
                }
                Ok(())
            }
            Type::Tuple(items) if items.is_empty() => f.write_str("tuple[()]"),
            Type::Tuple(items) => {
                f.write_str("tuple[")?;
                write_joined(f, items, ", ")?;
                f.write_str("]")
            }
            Type::Literal(literal) => write!(f, "Literal[{}]", literal.value_text()),
            Type::Union(members) => {
                // mypy writes several literals as one `Literal[...]` first, and moves
                // `None` to the end.
                let literals: Vec<&LiteralType> = members
                    .iter()
                    .filter_map(|m| match m {
                        Type::Literal(literal) => Some(literal.as_ref()),
                        _ => None,
                    })
                    .collect();
                let mut parts: Vec<String> = Vec::new();
                let merge_literals = literals.len() > 1;
                if merge_literals {
                    let values: Vec<String> = literals.iter().map(|l| l.value_text()).collect();
                    parts.push(format!("Literal[{}]", values.join(", ")));
                }
                for member in members.iter() {
                    if *member == Type::None
                        || (merge_literals && matches!(member, Type::Literal(_)))
                    {
                        continue;
                    }
                    parts.push(member.to_string());
                }
                if members.contains(&Type::None) {
                    parts.push("None".to_owned());
                }
                f.write_str(&parts.join(" | "))
            }
            Type::Callable(signature) => write!(f, "{signature}"),
            Type::Overloaded(_) => f.write_str("overloaded function"),
            Type::ClassObject(class) => write!(f, "type[{}]", class.name()),
            Type::Module(_) => f.write_str("Module"),
            Type::TypeVar(var) => f.write_str(&var.name),
            Type::TypeVarDefinition(_) => f.write_str("TypeVar"),
            Type::SpecialForm(_) => f.write_str("typing._SpecialForm"),
            Type::TypeGuard(guard) => match guard.is_type_is {
                true => write!(f, "TypeIs[{}]", guard.narrowed),
                false => write!(f, "TypeGuard[{}]", guard.narrowed),
            },
            Type::ParamSpecArgs(var) => write!(f, "{}.args", var.name),
            Type::ParamSpecKwargs(var) => write!(f, "{}.kwargs", var.name),
            Type::Parameters(solved) => {
                let types: Vec<Type> = solved.params.iter().map(|p| p.ty.clone()).collect();
                f.write_str("[")?;
                write_joined(f, &types, ", ")?;
                f.write_str("]")
            }
        }
    }
}

fn write_joined(f: &mut fmt::Formatter<'_>, types: &[Type], separator: &str) -> fmt::Result {
    for (i, ty) in types.iter().enumerate() {
        if i > 0 {
            f.write_str(separator)?;
        }
        write!(f, "{ty}")?;
    }
    Ok(())
}

/// The type variables in `ty`, in order of first appearance.
pub(crate) fn collect_type_vars(ty: &Type, out: &mut Vec<Arc<TypeVar>>) {
    let mut push = |var: &Arc<TypeVar>| {
        if !out.iter().any(|seen| seen.name == var.name) {
            out.push(var.clone());
        }
    };
    match ty {
        Type::TypeVar(var) | Type::ParamSpecArgs(var) | Type::ParamSpecKwargs(var) => push(var),
        Type::Instance(instance) => instance
            .args
            .iter()
            .for_each(|arg| collect_type_vars(arg, out)),
        Type::Tuple(items) | Type::Union(items) => {
            items.iter().for_each(|item| collect_type_vars(item, out))
        }
        Type::Callable(signature) => {
            for param in signature.params.iter() {
                collect_type_vars(&param.ty, out);
            }
            collect_type_vars(&signature.ret, out);
        }
        _ => {}
    }
}
