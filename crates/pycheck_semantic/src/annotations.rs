//! Annotations to types: `Sequence[int]`, `Optional[str]`, `int | None`, `"Forward"`.
//!
//! What is not (yet) understood becomes `Any`, so an unusual annotation never produces a
//! false error downstream.

use std::sync::Arc;

use pycheck_syntax::ast;

use crate::db::{Db, File};
use crate::infer::infer_standalone_expression;
use crate::symbols::{builtin_instance, class_type_params, is_typed_dict, subscript_items};
use crate::types::{
    ClassId, Guard, LiteralType, LiteralValue, Param, ParamKind, Signature, SpecialForm, Type,
    TypeVar, TypeVarKind,
};

/// The type variables an annotation may refer to besides module-level ones.
#[derive(Debug, Clone, Default)]
pub struct TypeVarScope {
    pub class_params: Vec<Arc<TypeVar>>,
    /// What `Self` stands for here (a method's receiver); elsewhere it is `Any`.
    pub self_type: Option<Type>,
}

pub fn resolve_annotation(db: &dyn Db, file: File, expr: &ast::Expr, scope: &TypeVarScope) -> Type {
    crate::stack::ensure_stack();
    Resolver { db, file, scope }.resolve(expr)
}

struct Resolver<'a> {
    db: &'a dyn Db,
    file: File,
    scope: &'a TypeVarScope,
}

impl Resolver<'_> {
    fn resolve(&self, expr: &ast::Expr) -> Type {
        match expr {
            ast::Expr::Constant(constant) => match &constant.value {
                ast::Constant::None => Type::None,
                ast::Constant::Str(text) => self.resolve_string(text),
                _ => Type::Any,
            },
            ast::Expr::Attribute(attribute)
                if let Some(var) = self.param_spec(&attribute.value) =>
            {
                match attribute.attr.as_str() {
                    "args" => Type::ParamSpecArgs(var),
                    "kwargs" => Type::ParamSpecKwargs(var),
                    _ => Type::Any,
                }
            }
            ast::Expr::Name(_) | ast::Expr::Attribute(_) => match self.resolve_head(expr) {
                Head::Special(SpecialForm::Self_) => {
                    self.scope.self_type.clone().unwrap_or(Type::Any)
                }
                // A ParamSpec is no type of its own; it only fills a parameter list.
                Head::Type(Type::TypeVar(var)) if var.kind == TypeVarKind::ParamSpec => Type::Any,
                head => head.into_bare_type(self.db),
            },
            ast::Expr::Subscript(subscript) => self.resolve_subscript(subscript),
            ast::Expr::BinOp(binop) if binop.op == ast::Operator::BitOr => {
                Type::union([self.resolve(&binop.left), self.resolve(&binop.right)])
            }
            _ => Type::Any,
        }
    }

    fn resolve_string(&self, text: &str) -> Type {
        match pycheck_syntax::parse_module(text.trim(), "<annotation>") {
            Ok(module) => match module.body.as_slice() {
                [ast::Stmt::Expr(expr)] => self.resolve(&expr.value),
                _ => Type::Any,
            },
            Err(_) => Type::Any,
        }
    }

    /// What a name or dotted name in an annotation refers to.
    fn resolve_head(&self, expr: &ast::Expr) -> Head {
        if let ast::Expr::Name(name) = expr {
            if let Some(var) = self
                .scope
                .class_params
                .iter()
                .find(|var| var.name.as_ref() == name.id.as_str())
            {
                return Head::Type(Type::TypeVar(var.clone()));
            }
            if let Some(alias) = crate::aliases::alias_named(self.db, self.file, name.id.as_str()) {
                return Head::Alias(alias);
            }
        }
        // `module.Alias`.
        if let ast::Expr::Attribute(attribute) = expr
            && let Type::Module(module) =
                infer_standalone_expression(self.db, self.file, &attribute.value)
            && let Some(source) = crate::symbols::resolve_module_by_name(self.db, &module)
            && let Some(alias) =
                crate::aliases::alias_named(self.db, source, attribute.attr.as_str())
        {
            return Head::Alias(alias);
        }
        match infer_standalone_expression(self.db, self.file, expr) {
            Type::ClassObject(class) => Head::Class(class),
            Type::SpecialForm(form) => Head::Special(form),
            Type::TypeVarDefinition(var) => Head::Type(Type::TypeVar(var)),
            Type::None => Head::Type(Type::None),
            _ => Head::Type(Type::Any),
        }
    }

    fn resolve_subscript(&self, subscript: &ast::ExprSubscript) -> Type {
        let items = subscript_items(&subscript.slice);
        match self.resolve_head(&subscript.value) {
            Head::Class(class) => self.instantiate(class, &items),
            Head::Special(form) => self.resolve_special(form, &items, &subscript.slice),
            Head::Alias(alias) => {
                alias.applied(items.iter().map(|item| self.resolve(item)).collect())
            }
            Head::Type(_) => Type::Any,
        }
    }

    fn instantiate(&self, class: ClassId, items: &[&ast::Expr]) -> Type {
        if class.name() == "tuple" {
            return self.resolve_tuple(items);
        }
        if class.name() == "type"
            && let [item] = items
        {
            let of = self.resolve(item);
            return self.class_objects_of(of);
        }
        if is_typed_dict(self.db, &class) {
            return Type::instance(class, vec![]);
        }
        // `InitVar[int]` declares a dataclass's constructor parameter of type `int`.
        if class.name() == "InitVar"
            && let [item] = items
            && crate::index::module_name_of_file(self.db, class.file) == "dataclasses"
        {
            return self.resolve(item);
        }
        let arity = class_type_params(self.db, &class).len();
        let mut args: Vec<Type> = items.iter().map(|item| self.resolve(item)).collect();
        args.truncate(arity);
        let args = crate::symbols::complete_type_args(self.db, &class, args);
        Type::instance(class, args)
    }

    /// `*Ts` or `Unpack[Ts]` in a list of types.
    fn is_unpacked(&self, item: &ast::Expr) -> bool {
        match item {
            ast::Expr::Starred(_) => true,
            ast::Expr::Subscript(subscript) => matches!(
                self.resolve_head(&subscript.value),
                Head::Special(SpecialForm::Unpack)
            ),
            _ => false,
        }
    }

    fn resolve_tuple(&self, items: &[&ast::Expr]) -> Type {
        // `tuple[int, *Ts]`: of unknown length while variadic type variables are not
        // modelled.
        if items.iter().any(|item| self.is_unpacked(item)) {
            return builtin_instance(self.db, "tuple", vec![Type::Any]);
        }
        match items {
            [
                item,
                ast::Expr::Constant(ast::ExprConstant {
                    value: ast::Constant::Ellipsis,
                    ..
                }),
            ] => builtin_instance(self.db, "tuple", vec![self.resolve(item)]),
            [ast::Expr::Tuple(empty)] if empty.elts.is_empty() => Type::Tuple(Arc::from([])),
            _ => Type::Tuple(items.iter().map(|item| self.resolve(item)).collect()),
        }
    }

    fn resolve_special(&self, form: SpecialForm, items: &[&ast::Expr], slice: &ast::Expr) -> Type {
        match form {
            SpecialForm::Union => Type::union(items.iter().map(|item| self.resolve(item))),
            SpecialForm::Optional => Type::union([self.resolve(slice), Type::None]),
            SpecialForm::Tuple => self.resolve_tuple(items),
            SpecialForm::Type => match items.first().map(|item| self.resolve(item)) {
                Some(ty) => self.class_objects_of(ty),
                None => builtin_instance(self.db, "type", vec![]),
            },
            SpecialForm::Final
            | SpecialForm::ClassVar
            | SpecialForm::Annotated
            | SpecialForm::Required
            | SpecialForm::NotRequired => {
                items.first().map_or(Type::Any, |item| self.resolve(item))
            }
            SpecialForm::Callable => self.resolve_callable(items),
            SpecialForm::TypeGuard | SpecialForm::TypeIs => match items {
                [narrowed] => Type::TypeGuard(Arc::new(Guard {
                    narrowed: self.resolve(narrowed),
                    is_type_is: form == SpecialForm::TypeIs,
                })),
                _ => Type::Any,
            },
            SpecialForm::Literal => Type::union(items.iter().map(|item| self.literal_item(item))),
            _ => Type::Any,
        }
    }

    /// One item of `Literal[...]`: a literal value, `None`, or another literal type.
    fn literal_item(&self, item: &ast::Expr) -> Type {
        if let Some(literal) = literal_of_expression(self.db, item) {
            return literal;
        }
        match item {
            ast::Expr::Constant(ast::ExprConstant {
                value: ast::Constant::None,
                ..
            }) => Type::None,
            // `Literal[Color.RED]`: a member of an enum.
            ast::Expr::Attribute(attribute)
                if let Type::ClassObject(class) = crate::infer::infer_standalone_expression(
                    self.db,
                    self.file,
                    &attribute.value,
                ) && crate::synthesized::enum_info(self.db, &class)
                    .is_some_and(|info| info.member(attribute.attr.as_str()).is_some()) =>
            {
                crate::synthesized::enum_literal(&class, attribute.attr.as_str())
            }
            // Nested `Literal[...]` and aliases of literal types.
            ast::Expr::Subscript(_) | ast::Expr::Name(_) | ast::Expr::Attribute(_) => {
                self.resolve(item)
            }
            _ => Type::Any,
        }
    }

    /// `type[X]`: the class object of each class in `X` (a union gives a union).
    fn class_objects_of(&self, ty: Type) -> Type {
        match ty {
            Type::Instance(instance) => Type::ClassObject(instance.class),
            Type::Union(members) => {
                Type::union(members.iter().map(|m| self.class_objects_of(m.clone())))
            }
            // `cls: type[_T]` keeps its variable so that a classmethod can return `_T`
            // solved to the class it is called on.
            var @ Type::TypeVar(_) => builtin_instance(self.db, "type", vec![var]),
            _ => builtin_instance(self.db, "type", vec![]),
        }
    }

    /// The ParamSpec `expr` names, if it names one.
    fn param_spec(&self, expr: &ast::Expr) -> Option<Arc<TypeVar>> {
        if !matches!(expr, ast::Expr::Name(_) | ast::Expr::Attribute(_)) {
            return None;
        }
        match self.resolve_head(expr) {
            Head::Type(Type::TypeVar(var)) if var.kind == TypeVarKind::ParamSpec => Some(var),
            _ => None,
        }
    }

    /// The parameters of `Callable[P, R]` (`*args: P.args, **kwargs: P.kwargs`) and of
    /// `Callable[Concatenate[int, P], R]` (one positional parameter before them).
    fn param_spec_params(&self, params: &ast::Expr) -> Option<Vec<Param>> {
        let (prefix, spec): (Vec<&ast::Expr>, &ast::Expr) = match params {
            ast::Expr::Subscript(subscript)
                if matches!(
                    self.resolve_head(&subscript.value),
                    Head::Special(SpecialForm::Concatenate)
                ) =>
            {
                let items = subscript_items(&subscript.slice);
                let (last, prefix) = items.split_last()?;
                (prefix.to_vec(), *last)
            }
            other => (Vec::new(), other),
        };
        let var = self.param_spec(spec)?;
        let mut list: Vec<Param> = prefix
            .iter()
            .map(|item| Param {
                name: "".into(),
                kind: ParamKind::PositionalOnly,
                ty: self.resolve(item),
                has_default: false,
            })
            .collect();
        list.push(Param {
            name: "".into(),
            kind: ParamKind::VarPositional,
            ty: Type::ParamSpecArgs(var.clone()),
            has_default: false,
        });
        list.push(Param {
            name: "".into(),
            kind: ParamKind::VarKeyword,
            ty: Type::ParamSpecKwargs(var),
            has_default: false,
        });
        Some(list)
    }

    fn resolve_callable(&self, items: &[&ast::Expr]) -> Type {
        let [params, ret] = items else {
            return Type::Any;
        };
        let ret = self.resolve(ret);
        let params: Vec<Param> = match params {
            _ if let Some(list) = self.param_spec_params(params) => list,
            ast::Expr::List(list) => list
                .elts
                .iter()
                .map(|param| match self.is_unpacked(param) {
                    // `Callable[[int, *Ts], R]`: variadic type variables are not
                    // modelled; the unpacked part takes any positional arguments.
                    true => Param {
                        name: "".into(),
                        kind: ParamKind::VarPositional,
                        ty: Type::Any,
                        has_default: false,
                    },
                    false => Param {
                        name: "".into(),
                        kind: ParamKind::PositionalOnly,
                        ty: self.resolve(param),
                        has_default: false,
                    },
                })
                .collect(),
            _ => vec![
                Param {
                    name: "".into(),
                    kind: ParamKind::VarPositional,
                    ty: Type::Any,
                    has_default: false,
                },
                Param {
                    name: "".into(),
                    kind: ParamKind::VarKeyword,
                    ty: Type::Any,
                    has_default: false,
                },
            ],
        };
        Type::Callable(Arc::new(Signature {
            name: None,
            owner: None,
            params: params.into(),
            ret,
            untyped: false,
            bound_receiver: None,
        }))
    }
}

/// Whether `annotation` is `Final` alone and `value` something whose type the variable
/// takes. A literal value is left out: mypy keeps its literal type there (`Literal[3]?`),
/// which is not modelled, so such a constant stays `Any`.
pub fn final_takes_value_type(
    db: &dyn Db,
    file: File,
    annotation: &ast::Expr,
    value: &ast::Expr,
) -> bool {
    matches!(annotation, ast::Expr::Name(_) | ast::Expr::Attribute(_))
        && literal_of_expression(db, value).is_none()
        && infer_standalone_expression(db, file, annotation)
            == Type::SpecialForm(SpecialForm::Final)
}

/// The literal a bare-`Final` module variable holds (`PROTOCOL: Final = "https"`), which
/// mypy keeps alongside the plain type (`Literal['https']?`): where a literal type is
/// expected, the name is that literal.
/// Imported names are followed to the module that defines them (`from _csv import
/// QUOTE_ALL as QUOTE_ALL`).
pub fn module_final_literal(db: &dyn Db, file: File, name: &str) -> Option<Type> {
    final_literal_at(db, file, name, 0)
}

/// `module.name`'s final literal (`csv.QUOTE_ALL`).
pub fn module_member_final_literal(db: &dyn Db, module: &str, name: &str) -> Option<Type> {
    let file = crate::symbols::resolve_module_by_name(db, module)?;
    final_literal_at(db, file, name, 0)
}

fn final_literal_at(db: &dyn Db, file: File, name: &str, depth: usize) -> Option<Type> {
    let path = match crate::index::module_index(db, file).get(name)? {
        crate::index::Declaration::Variable {
            annotation: Some(path),
            ..
        } => path.clone(),
        // Re-exports chain only so far: a cycle of imports ends here.
        crate::index::Declaration::ImportedName { module, name } if depth < 8 => {
            let source = crate::symbols::resolve_module_by_name(db, module)?;
            return final_literal_at(db, source, name, depth + 1);
        }
        _ => return None,
    };
    let path = &path;
    let body = crate::parse::parsed_module(db, file).body();
    let Some(ast::Stmt::AnnAssign(assign)) = path.resolve(body) else {
        return None;
    };
    bare_final_literal(db, file, &assign.annotation, assign.value.as_deref()?)
}

/// The literal type of `value` when `annotation` is a bare `Final` and `value` a literal.
pub fn bare_final_literal(
    db: &dyn Db,
    file: File,
    annotation: &ast::Expr,
    value: &ast::Expr,
) -> Option<Type> {
    let literal = literal_of_expression(db, value)?;
    (matches!(annotation, ast::Expr::Name(_) | ast::Expr::Attribute(_))
        && infer_standalone_expression(db, file, annotation)
            == Type::SpecialForm(SpecialForm::Final))
    .then_some(literal)
}

/// The literal type of a constant expression (`'a'`, `1`, `-1`, `True`, `b'x'`), if it is one.
pub fn literal_of_expression(db: &dyn Db, expr: &ast::Expr) -> Option<Type> {
    let (value, class) = match expr {
        ast::Expr::Constant(constant) => match &constant.value {
            ast::Constant::Bool(value) => (LiteralValue::Bool(*value), "bool"),
            ast::Constant::Int(value) => {
                (LiteralValue::Int(value.to_string().parse().ok()?), "int")
            }
            ast::Constant::Str(text) => (LiteralValue::Str(text.as_str().into()), "str"),
            ast::Constant::Bytes(bytes) => (LiteralValue::Bytes(bytes.as_slice().into()), "bytes"),
            _ => return None,
        },
        ast::Expr::UnaryOp(ast::ExprUnaryOp {
            op: ast::UnaryOp::USub,
            operand,
            ..
        }) => match literal_of_expression(db, operand)? {
            Type::Literal(literal) => match literal.value {
                LiteralValue::Int(value) => (LiteralValue::Int(-value), "int"),
                _ => return None,
            },
            _ => return None,
        },
        _ => return None,
    };
    let class = crate::symbols::builtin_class(db, class)?;
    Some(Type::Literal(Arc::new(LiteralType { value, class })))
}

enum Head {
    Class(ClassId),
    Alias(Arc<crate::aliases::TypeAliasDef>),
    Special(SpecialForm),
    Type(Type),
}

impl Head {
    /// The type an unsubscripted head means: `list` is `list[Any]`, `Optional` alone is `Any`.
    fn into_bare_type(self, db: &dyn Db) -> Type {
        match self {
            Head::Class(class) => {
                if class.name() == "tuple" {
                    return builtin_instance(db, "tuple", vec![Type::Any]);
                }
                if is_typed_dict(db, &class) {
                    return Type::instance(class, vec![]);
                }
                let args = crate::symbols::complete_type_args(db, &class, Vec::new());
                Type::instance(class, args)
            }
            Head::Special(SpecialForm::NoReturn | SpecialForm::Never) => Type::Never,
            Head::Special(SpecialForm::LiteralString) => builtin_instance(db, "str", vec![]),
            Head::Special(SpecialForm::Tuple) => builtin_instance(db, "tuple", vec![Type::Any]),
            Head::Special(SpecialForm::Type) => builtin_instance(db, "type", vec![]),
            Head::Special(SpecialForm::Callable) => Type::Callable(Arc::new(Signature {
                name: None,
                owner: None,
                params: Arc::from([
                    Param {
                        name: "".into(),
                        kind: ParamKind::VarPositional,
                        ty: Type::Any,
                        has_default: false,
                    },
                    Param {
                        name: "".into(),
                        kind: ParamKind::VarKeyword,
                        ty: Type::Any,
                        has_default: false,
                    },
                ]),
                ret: Type::Any,
                untyped: false,
                bound_receiver: None,
            })),
            Head::Special(_) => Type::Any,
            Head::Alias(alias) => alias.bare(),
            Head::Type(ty) => ty,
        }
    }
}
