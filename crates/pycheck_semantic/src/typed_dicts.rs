//! TypedDicts: dictionaries with a fixed set of string keys, each with its own value
//! type. Displays and constructor calls are checked key by key against the class,
//! subscripts read and write the key's own type, and the methods that name a key
//! (`get`, `setdefault`, `pop`, `update`, `del td[key]`) read and check it as mypy's
//! TypedDict plugin does.

use pycheck_diagnostics::messages::{ArgumentLabel, Callee};
use pycheck_diagnostics::{codes, messages};
use pycheck_syntax::TextRange;
use pycheck_syntax::ast::{self, Ranged};

use crate::infer::Checker;
use crate::relate::is_assignable;
use crate::symbols::{TypedDictField, builtin_instance, is_typed_dict, typed_dict_fields};
use crate::types::{ClassId, LiteralValue, Type};

/// One key given a value: in a display (`{"title": ...}`) or a call (`title=...`).
pub(crate) struct GivenItem<'a> {
    pub key: String,
    pub value: &'a ast::Expr,
}

/// Methods whose types depend on the key they are given, answered by
/// [`Checker::typed_dict_method_call`].
const KEYED_METHODS: &[&str] = &["get", "setdefault", "pop", "update", "copy"];

/// Methods a TypedDict reads as a `dict[str, object]` does.
const MAPPING_METHODS: &[&str] = &[
    "keys",
    "values",
    "items",
    "__iter__",
    "__len__",
    "__contains__",
];

/// `dict` methods a TypedDict does not have, since they could remove required keys.
const MISSING_METHODS: &[&str] = &["clear", "popitem", "fromkeys"];

/// What a TypedDict method was given as its key.
enum KeyArgument {
    /// A string literal naming one of the keys.
    Field(TypedDictField),
    /// A string literal naming no key.
    Unknown(String),
    /// A `str` that is not a literal.
    NotLiteral,
    /// Anything else, which mypy matches against `Mapping`'s signatures: not followed.
    Other,
}

/// How a call to a TypedDict method is shaped: only plain positional arguments (and,
/// for `update`, keywords) are read; anything else keeps the method `Any`.
fn plain_arguments(call: &ast::ExprCall, keywords_allowed: bool) -> bool {
    !call
        .args
        .iter()
        .any(|arg| matches!(arg, ast::Expr::Starred(_)))
        && (keywords_allowed || call.keywords.is_empty())
}

impl Checker<'_> {
    /// The member `name` of an instance of the TypedDict `class`, where it is not what
    /// the class body declares: `Some(Some(ty))` for a mapping method, `Some(None)` for a
    /// `dict` method a TypedDict lacks, `None` when the class's own lookup decides.
    pub(crate) fn typed_dict_member(
        &mut self,
        class: &ClassId,
        name: &str,
    ) -> Option<Option<Type>> {
        if !is_typed_dict(self.db, class) {
            return None;
        }
        if MISSING_METHODS.contains(&name) {
            return Some(None);
        }
        if !MAPPING_METHODS.contains(&name) {
            return None;
        }
        let str_type = builtin_instance(self.db, "str", vec![]);
        let as_dict = builtin_instance(
            self.db,
            "dict",
            vec![str_type, crate::relate::object_type(self.db)],
        );
        Some(self.member_of(&as_dict, name).or(Some(Type::Any)))
    }

    /// Whether `owner.name` is a TypedDict method answered per key when called; the
    /// attribute is remembered so that the call that follows can find its receiver.
    pub(crate) fn note_typed_dict_method(&mut self, owner: &Type, name: &str, range: TextRange) {
        if let Some(class) = self.typed_dict_of(owner)
            && KEYED_METHODS.contains(&name)
        {
            self.typed_dict_method = Some((range, class));
        }
    }

    /// `movie.get("title")` and the other methods that name a key, when `call.func` was
    /// just inferred as one (see [`Checker::note_typed_dict_method`]). `None` leaves the
    /// call to the ordinary path (its callee is `Any`).
    pub(crate) fn typed_dict_method_call(&mut self, call: &ast::ExprCall) -> Option<Type> {
        let (range, class) = self.typed_dict_method.take()?;
        let ast::Expr::Attribute(attribute) = call.func.as_ref() else {
            return None;
        };
        if range != attribute.range {
            return None;
        }
        let method = attribute.attr.as_str();
        if !plain_arguments(call, method == "update") {
            return None;
        }
        match (method, call.args.as_slice()) {
            ("get", [key]) => Some(self.typed_dict_get(&class, key, None)),
            ("get", [key, default]) => Some(self.typed_dict_get(&class, key, Some(default))),
            ("setdefault", [key, default]) => {
                Some(self.typed_dict_setdefault(&class, key, default))
            }
            ("pop", [key]) => Some(self.typed_dict_pop(&class, key, None)),
            ("pop", [key, default]) => Some(self.typed_dict_pop(&class, key, Some(default))),
            ("update", [other]) => {
                self.typed_dict_update(&class, Some(other), &call.keywords, call.range);
                Some(Type::None)
            }
            ("update", []) => {
                self.typed_dict_update(&class, None, &call.keywords, call.range);
                Some(Type::None)
            }
            ("copy", []) => Some(Type::instance(class, vec![])),
            _ => None,
        }
    }

    /// `movie.get(key)` / `movie.get(key, default)`: a required key's type; an optional
    /// key's type with `None` or the default's type added; `object` for a key the
    /// TypedDict does not declare or one that is not a literal.
    fn typed_dict_get(
        &mut self,
        class: &ClassId,
        key: &ast::Expr,
        default: Option<&ast::Expr>,
    ) -> Type {
        match self.method_key(class, key) {
            KeyArgument::Field(field) => {
                let Some(default) = default else {
                    return match field.required {
                        true => field.ty,
                        false => Type::union([field.ty, Type::None]),
                    };
                };
                let default_type = self.keyed_default(&field.ty, default);
                match (field.required, default_type) {
                    (true, _) => field.ty,
                    (false, Some(default_type)) => self.value_or_default(&field.ty, default_type),
                    (false, None) => Type::Any,
                }
            }
            KeyArgument::Unknown(_) | KeyArgument::NotLiteral => {
                if let Some(default) = default {
                    self.infer(default, None);
                }
                crate::relate::object_type(self.db)
            }
            KeyArgument::Other => {
                if let Some(default) = default {
                    self.infer(default, None);
                }
                Type::Any
            }
        }
    }

    /// `movie.setdefault(key, default)`: the default must fit the key's type.
    fn typed_dict_setdefault(
        &mut self,
        class: &ClassId,
        key: &ast::Expr,
        default: &ast::Expr,
    ) -> Type {
        let key_argument = self.method_key(class, key);
        let KeyArgument::Field(field) = key_argument else {
            self.infer(default, None);
            self.report_method_key(class, key, &key_argument);
            return Type::Any;
        };
        let Some(default_type) = self.keyed_default(&field.ty, default) else {
            return Type::Any;
        };
        if is_assignable(self.db, &default_type, &field.ty) {
            return field.ty;
        }
        let message = messages::incompatible_argument(
            ArgumentLabel::Position(2),
            Callee::Method {
                name: "setdefault",
                class: "TypedDict",
            },
            &default_type.to_string(),
            &field.ty.to_string(),
        );
        self.report(codes::TYPEDDICT_ITEM, default.range(), message);
        Type::Any
    }

    /// `movie.pop(key)` / `movie.pop(key, default)`: only keys that are not required
    /// may be removed.
    fn typed_dict_pop(
        &mut self,
        class: &ClassId,
        key: &ast::Expr,
        default: Option<&ast::Expr>,
    ) -> Type {
        let key_argument = self.method_key(class, key);
        let KeyArgument::Field(field) = key_argument else {
            if let Some(default) = default {
                self.infer(default, None);
            }
            self.report_method_key(class, key, &key_argument);
            return Type::Any;
        };
        if field.required {
            self.report(
                codes::MISC,
                key.range(),
                messages::typed_dict_key_cannot_be_deleted(&field.name, class.name()),
            );
        }
        let Some(default) = default else {
            return field.ty;
        };
        match self.keyed_default(&field.ty, default) {
            Some(default_type) => self.value_or_default(&field.ty, default_type),
            None => Type::Any,
        }
    }

    /// `del movie[key]`, as `pop` without a default.
    pub(crate) fn typed_dict_delete(&mut self, class: &ClassId, key: &ast::Expr) {
        let key_argument = self.method_key(class, key);
        match &key_argument {
            KeyArgument::Field(field) if field.required => self.report(
                codes::MISC,
                key.range(),
                messages::typed_dict_key_cannot_be_deleted(&field.name, class.name()),
            ),
            KeyArgument::Field(_) => {}
            _ => self.report_method_key(class, key, &key_argument),
        }
    }

    /// `movie.update(other)`: `other` may give any of the keys, each at its own type;
    /// keywords are not accepted.
    fn typed_dict_update(
        &mut self,
        class: &ClassId,
        other: Option<&ast::Expr>,
        keywords: &[ast::Keyword],
        range: TextRange,
    ) {
        let update = Callee::Method {
            name: "update",
            class: "TypedDict",
        };
        match other {
            Some(other) => self.typed_dict_update_from(class, other),
            None if keywords.is_empty() => {
                self.report(codes::CALL_ARG, range, messages::too_few_arguments(update));
            }
            None => {}
        }
        for keyword in keywords {
            self.infer(&keyword.value, None);
            if let Some(name) = &keyword.arg {
                let message = messages::unexpected_keyword_argument(name.as_str(), update);
                self.report(codes::CALL_ARG, keyword.range, message);
            }
        }
    }

    /// The positional argument of `movie.update(other)`.
    fn typed_dict_update_from(&mut self, class: &ClassId, other: &ast::Expr) {
        let fields = typed_dict_fields(self.db, class);
        match other {
            ast::Expr::Dict(dict) if let Some(items) = literal_items(dict) => {
                let unknown = items
                    .iter()
                    .any(|item| !fields.iter().any(|field| field.name == item.key));
                if unknown {
                    let known: Vec<&str> = fields
                        .iter()
                        .map(|field| field.name.as_str())
                        .filter(|name| items.iter().any(|item| item.key == *name))
                        .collect();
                    let found: Vec<&str> = items.iter().map(|item| item.key.as_str()).collect();
                    let (code, message) = match known.is_empty() {
                        true => (
                            codes::MISC,
                            messages::typed_dict_unexpected_keys(&[], &found),
                        ),
                        false => (
                            codes::TYPEDDICT_ITEM,
                            messages::typed_dict_unexpected_keys(&known, &found),
                        ),
                    };
                    self.report(code, dict.range, message);
                }
                self.check_item_values(&fields, &items);
            }
            _ => {
                let given = self.infer(other, None);
                // A plain dict or list never fits a TypedDict; other TypedDicts and
                // mappings are not compared (yet).
                if let Type::Instance(instance) = &given
                    && matches!(instance.class.name(), "dict" | "list")
                    && instance.class.file
                        == crate::symbols::builtin_class(self.db, "dict")
                            .map_or(instance.class.file, |dict| dict.file)
                    && !holds_any(&given)
                {
                    let message = messages::incompatible_argument(
                        ArgumentLabel::Position(1),
                        Callee::Method {
                            name: "update",
                            class: "TypedDict",
                        },
                        &given.to_string(),
                        &partial_spelling(&fields),
                    );
                    self.report(codes::TYPEDDICT_ITEM, other.range(), message);
                }
            }
        }
    }

    /// What a method's key argument names.
    fn method_key(&mut self, class: &ClassId, key: &ast::Expr) -> KeyArgument {
        let key_type = self.infer(key, None);
        let name = match (string_literal(key), &key_type) {
            (Some(name), _) => name,
            (None, Type::Literal(literal)) => match &literal.value {
                LiteralValue::Str(text) => text.to_string(),
                _ => return KeyArgument::Other,
            },
            (None, Type::Instance(instance)) if instance.class.name() == "str" => {
                return KeyArgument::NotLiteral;
            }
            _ => return KeyArgument::Other,
        };
        match typed_dict_fields(self.db, class)
            .iter()
            .find(|field| field.name == name)
        {
            Some(field) => KeyArgument::Field(field.clone()),
            None => KeyArgument::Unknown(name),
        }
    }

    /// The error for a key argument that names no key, or is not a literal.
    fn report_method_key(&mut self, class: &ClassId, key: &ast::Expr, argument: &KeyArgument) {
        match argument {
            KeyArgument::Unknown(name) => self.report(
                codes::TYPEDDICT_ITEM,
                key.range(),
                messages::typed_dict_no_key(class.name(), name),
            ),
            KeyArgument::NotLiteral => self.report(
                codes::MISC,
                key.range(),
                messages::TYPED_DICT_KEY_NOT_LITERAL.to_owned(),
            ),
            KeyArgument::Field(_) | KeyArgument::Other => {}
        }
    }

    /// A default given for the key of type `value`, inferred with that type as context.
    /// `None` where mypy would read a dict display as a partial TypedDict, which pycheck
    /// does not model (the default is still inferred, silently).
    fn keyed_default(&mut self, value: &Type, default: &ast::Expr) -> Option<Type> {
        if matches!(default, ast::Expr::Dict(_)) && self.typed_dict_of(value).is_some() {
            self.trial(|checker| checker.infer(default, None));
            return None;
        }
        Some(self.infer_value(default, Some(value)))
    }

    /// An optional key's value or its default: their union, without the default where
    /// the value's type already holds it as a subclass (numeric promotion does not
    /// count, as in mypy: `float | int`).
    fn value_or_default(&self, value: &Type, default: Type) -> Type {
        let value_members = union_members(value);
        let kept: Vec<Type> = union_members(&default)
            .into_iter()
            .filter(|member| {
                let covered = match class_of(member) {
                    Some(class) => {
                        let mro = crate::symbols::ancestors(self.db, &class);
                        value_members.iter().any(|v| {
                            matches!(v, Type::Instance(instance)
                                if mro.iter().any(|a| a.class == instance.class))
                                && is_assignable(self.db, member, v)
                        })
                    }
                    None => !member.is_any() && is_assignable(self.db, member, value),
                };
                !covered
            })
            .collect();
        Type::union(std::iter::once(value.clone()).chain(kept))
    }
}

fn union_members(ty: &Type) -> Vec<Type> {
    match ty {
        Type::Union(members) => members.to_vec(),
        other => vec![other.clone()],
    }
}

/// The class of an instance or a literal.
fn class_of(ty: &Type) -> Option<ClassId> {
    match ty {
        Type::Instance(instance) => Some(instance.class.clone()),
        Type::Literal(literal) => Some(literal.class.clone()),
        _ => None,
    }
}

/// Whether `ty` is or holds `Any` anywhere, or something not looked into.
fn holds_any(ty: &Type) -> bool {
    match ty {
        Type::Instance(instance) => instance.args.iter().any(holds_any),
        Type::Union(members) | Type::Tuple(members) => members.iter().any(holds_any),
        Type::None | Type::Literal(_) => false,
        _ => true,
    }
}

/// The keys of a display, if all are string literals.
fn literal_items(dict: &ast::ExprDict) -> Option<Vec<GivenItem<'_>>> {
    dict.keys
        .iter()
        .zip(&dict.values)
        .map(|(key, value)| {
            let key = string_literal(key.as_ref()?)?;
            Some(GivenItem { key, value })
        })
        .collect()
}

/// mypy's spelling of the TypedDict `update` accepts: every key, none required.
fn partial_spelling(fields: &[TypedDictField]) -> String {
    let keys: Vec<String> = fields
        .iter()
        .map(|field| format!("'{}'?: {}", field.name, field.ty))
        .collect();
    format!("TypedDict({{{}}})", keys.join(", "))
}

impl Checker<'_> {
    /// The TypedDict class whose instance `ty` is, if it is one.
    pub(crate) fn typed_dict_of(&self, ty: &Type) -> Option<ClassId> {
        match ty {
            Type::Instance(instance) if is_typed_dict(self.db, &instance.class) => {
                Some(instance.class.clone())
            }
            _ => None,
        }
    }

    /// Each value given for a known key, inferred with the key's type as context and
    /// checked against it.
    fn check_item_values(&mut self, fields: &[TypedDictField], items: &[GivenItem<'_>]) {
        for item in items {
            let field = fields.iter().find(|field| field.name == item.key);
            let value = self.infer_value(item.value, field.map(|f| &f.ty));
            if let Some(field) = field
                && !is_assignable(self.db, &value, &field.ty)
            {
                let message = messages::typed_dict_item_type(
                    &field.name,
                    &value.to_string(),
                    &field.ty.to_string(),
                );
                self.report(codes::TYPEDDICT_ITEM, item.value.range(), message);
            }
        }
    }

    /// Checks the values given to the TypedDict `class` (at `range`, the display or the
    /// call), in mypy's words, and returns the TypedDict's type.
    pub(crate) fn check_typed_dict_items(
        &mut self,
        class: &ClassId,
        items: &[GivenItem<'_>],
        range: TextRange,
    ) -> Type {
        let fields = typed_dict_fields(self.db, class);
        let name = class.name().to_owned();
        let extra: Vec<&str> = items
            .iter()
            .map(|item| item.key.as_str())
            .filter(|key| !fields.iter().any(|field| field.name == *key))
            .collect();
        if !extra.is_empty() {
            let message = messages::typed_dict_extra_keys(&extra, &name);
            self.report(codes::TYPEDDICT_UNKNOWN_KEY, range, message);
        }
        let missing: Vec<&str> = fields
            .iter()
            .filter(|field| field.required && !items.iter().any(|item| item.key == field.name))
            .map(|field| field.name.as_str())
            .collect();
        if !missing.is_empty() {
            let message = messages::typed_dict_missing_keys(&missing, &name);
            self.report(codes::TYPEDDICT_ITEM, range, message);
        }
        self.check_item_values(&fields, items);
        Type::instance(class.clone(), vec![])
    }

    /// `{"key": value, ...}` where a TypedDict is expected. A display with a key that is
    /// not a string literal, or with `**other`, is taken for the TypedDict unchecked.
    pub(crate) fn typed_dict_display(&mut self, class: &ClassId, dict: &ast::ExprDict) -> Type {
        let items: Option<Vec<GivenItem<'_>>> = dict
            .keys
            .iter()
            .zip(&dict.values)
            .map(|(key, value)| {
                let key = string_literal(key.as_ref()?)?;
                Some(GivenItem { key, value })
            })
            .collect();
        match items {
            Some(items) => self.check_typed_dict_items(class, &items, dict.range),
            None => {
                for (key, value) in dict.keys.iter().zip(&dict.values) {
                    if let Some(key) = key {
                        self.infer(key, None);
                    }
                    self.infer(value, None);
                }
                Type::instance(class.clone(), vec![])
            }
        }
    }

    /// `movie["title"]`: the key's type.
    pub(crate) fn typed_dict_subscript(&mut self, class: &ClassId, key: &ast::Expr) -> Type {
        let Some(field) = self.typed_dict_field_at(class, key) else {
            return Type::Any;
        };
        field.ty
    }

    /// The type of the key `key` (inferred as `key_type`) names, if it names one: the
    /// context a value assigned there is inferred in.
    pub(crate) fn typed_dict_key_type(
        &self,
        class: &ClassId,
        key: &ast::Expr,
        key_type: &Type,
    ) -> Option<Type> {
        let name = match (string_literal(key), key_type) {
            (Some(name), _) => name,
            (None, Type::Literal(literal)) => match &literal.value {
                LiteralValue::Str(text) => text.to_string(),
                _ => return None,
            },
            _ => return None,
        };
        typed_dict_fields(self.db, class)
            .iter()
            .find(|field| field.name == name)
            .map(|field| field.ty.clone())
    }

    /// `movie["year"] = value`.
    pub(crate) fn typed_dict_setitem(
        &mut self,
        class: &ClassId,
        key: &ast::Expr,
        value_type: &Type,
        value: &ast::Expr,
    ) {
        let Some(field) = self.typed_dict_field_at(class, key) else {
            return;
        };
        if !is_assignable(self.db, value_type, &field.ty) {
            let message = messages::typed_dict_value(
                &field.name,
                &value_type.to_string(),
                &field.ty.to_string(),
            );
            self.report(codes::TYPEDDICT_ITEM, value.range(), message);
        }
    }

    /// The field a subscript's key names, reporting a key that is not one.
    fn typed_dict_field_at(&mut self, class: &ClassId, key: &ast::Expr) -> Option<TypedDictField> {
        let fields = typed_dict_fields(self.db, class);
        let key_type = self.infer(key, None);
        let name = match (string_literal(key), &key_type) {
            (Some(name), _) => name,
            (None, Type::Literal(literal)) => match &literal.value {
                LiteralValue::Str(text) => text.to_string(),
                _ => return None,
            },
            (None, Type::Instance(instance)) if instance.class.name() == "str" => {
                let keys: Vec<&str> = fields.iter().map(|field| field.name.as_str()).collect();
                self.report(
                    codes::LITERAL_REQUIRED,
                    key.range(),
                    messages::typed_dict_key_literal_required(&keys),
                );
                return None;
            }
            _ => return None,
        };
        match fields.iter().find(|field| field.name == name) {
            Some(field) => Some(field.clone()),
            None => {
                self.report(
                    codes::TYPEDDICT_ITEM,
                    key.range(),
                    messages::typed_dict_no_key(class.name(), &name),
                );
                None
            }
        }
    }
}

/// The text of a string literal.
fn string_literal(expr: &ast::Expr) -> Option<String> {
    match expr {
        ast::Expr::Constant(ast::ExprConstant {
            value: ast::Constant::Str(text),
            ..
        }) => Some(text.to_string()),
        _ => None,
    }
}
