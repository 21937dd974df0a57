//! TypedDicts: dictionaries with a fixed set of string keys, each with its own value
//! type. Displays and constructor calls are checked key by key against the class,
//! subscripts read and write the key's own type.

use pycheck_diagnostics::{codes, messages};
use pycheck_syntax::TextRange;
use pycheck_syntax::ast::{self, Ranged};

use crate::infer::Checker;
use crate::relate::is_assignable;
use crate::symbols::{TypedDictField, is_typed_dict, typed_dict_fields};
use crate::types::{ClassId, LiteralValue, Type};

/// One key given a value: in a display (`{"title": ...}`) or a call (`title=...`).
pub(crate) struct GivenItem<'a> {
    pub key: String,
    pub value: &'a ast::Expr,
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
