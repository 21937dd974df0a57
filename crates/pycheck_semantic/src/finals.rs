//! `Final` attributes, `@final` methods and `@final` classes: what may not be assigned,
//! overridden or inherited from once declared final.
//!
//! A class attribute is final when its class body annotates it `Final` (`retries:
//! Final[int] = 3`), or a method assigns it through `self` with a `Final` annotation
//! (`self.host: Final = host`). A method is final under `@final`. Only user classes are
//! read: the bundled stubs declare nothing final that mypy would report against.

use pycheck_diagnostics::messages;
use pycheck_syntax::TextRange;
use pycheck_syntax::ast::{self, Ranged, Stmt};

use crate::db::Db;
use crate::index::Declaration;
use crate::infer::{Checker, is_final_annotation};
use crate::parse::parsed_module;
use crate::symbols::{MemberKey, ancestors, class_info, class_path, has_decorator};
use crate::types::{ClassId, Type};

/// How a final member was declared.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FinalMember {
    pub owner: ClassId,
    /// `x: Final[int]` in the class body with no value: `__init__` gives it its value.
    pub awaits_init: bool,
    pub is_method: bool,
}

/// The final declaration of `name` that `class` has or inherits, nearest first.
pub fn final_member(db: &dyn Db, class: &ClassId, name: &str) -> Option<FinalMember> {
    ancestors(db, class)
        .iter()
        .find_map(|ancestor| own_final_member(db, &ancestor.class, name))
}

fn own_final_member(db: &dyn Db, class: &ClassId, name: &str) -> Option<FinalMember> {
    if class.file.is_stub(db) {
        return None;
    }
    own_final_member_query(db, MemberKey::new(db, class.clone(), name.to_owned()))
}

/// The final declaration of `name` in `class`'s own body or methods. A query, so that
/// checking a function that assigns attributes does not depend on the file's tree.
#[salsa::tracked(returns(clone))]
fn own_final_member_query<'db>(db: &'db dyn Db, key: MemberKey<'db>) -> Option<FinalMember> {
    let class = key.class(db);
    let name = key.name(db).as_str();
    let info = class_info(db, class);
    let body = parsed_module(db, class.file).body();
    let member = |awaits_init, is_method| FinalMember {
        owner: class.clone(),
        awaits_init,
        is_method,
    };
    match info.members.get(name)? {
        Declaration::Variable {
            annotation: Some(path),
            ..
        }
        | Declaration::InstanceAttribute(path) => match path.resolve(body)? {
            Stmt::AnnAssign(assign) if is_final_annotation(db, class.file, &assign.annotation) => {
                let in_class_body = matches!(assign.target.as_ref(), ast::Expr::Name(_));
                Some(member(in_class_body && assign.value.is_none(), false))
            }
            // A class-body variable declared otherwise may still be made final by a
            // method (`self.x: Final = ...`), which the class index lists second.
            _ => instance_final_declaration(db, class, name).map(|_| member(false, false)),
        },
        Declaration::Function(paths) => {
            let path = paths.last()?;
            let decorators = match path.resolve(body)? {
                Stmt::FunctionDef(def) => &def.decorator_list,
                Stmt::AsyncFunctionDef(def) => &def.decorator_list,
                _ => return None,
            };
            has_decorator(db, class.file, decorators, "final").then(|| member(false, true))
        }
        _ => None,
    }
}

/// `self.name: Final... = ...` in one of `class`'s methods, if there is one.
fn instance_final_declaration(db: &dyn Db, class: &ClassId, name: &str) -> Option<()> {
    let body = parsed_module(db, class.file).body();
    let Some(Stmt::ClassDef(class_def)) = class_path(db, class)?.resolve(body) else {
        return None;
    };
    class_def.body.iter().find_map(|stmt| {
        let method_body = match stmt {
            Stmt::FunctionDef(def) => &def.body,
            Stmt::AsyncFunctionDef(def) => &def.body,
            _ => return None,
        };
        method_body.iter().find_map(|stmt| match stmt {
            Stmt::AnnAssign(assign)
                if matches!(assign.target.as_ref(), ast::Expr::Attribute(a) if a.attr.as_str() == name)
                    && is_final_annotation(db, class.file, &assign.annotation) =>
            {
                Some(())
            }
            _ => None,
        })
    })
}

/// Whether `class` is decorated `@final`.
fn is_final_class(db: &dyn Db, class: &ClassId) -> bool {
    if class.file.is_stub(db) {
        return false;
    }
    let body = parsed_module(db, class.file).body();
    match class_path(db, class).and_then(|path| path.resolve(body)) {
        Some(Stmt::ClassDef(def)) => has_decorator(db, class.file, &def.decorator_list, "final"),
        _ => false,
    }
}

/// What a class statement breaks of its bases' final declarations: a final base class,
/// a final attribute assigned in the body, a final attribute or method redefined.
pub(crate) fn final_class_errors(
    db: &dyn Db,
    class: &ClassId,
    def: &ast::StmtClassDef,
    class_range: TextRange,
) -> Vec<(TextRange, String)> {
    let mut errors = Vec::new();
    let info = class_info(db, class);
    for base in &info.bases {
        if is_final_class(db, &base.class) {
            errors.push((
                class_range,
                messages::inherits_final_class(base.class.name()),
            ));
        }
    }
    let inherited = |name: &str| {
        info.bases
            .iter()
            .find_map(|base| final_member(db, &base.class, name))
    };
    for stmt in &def.body {
        match stmt {
            Stmt::Assign(assign) => {
                for target in &assign.targets {
                    for name in crate::index::target_names(target) {
                        match inherited(name) {
                            Some(member) if member.is_method => errors.push((
                                stmt.range(),
                                messages::final_overridden(name, member.owner.name()),
                            )),
                            Some(_) => {
                                errors.push((stmt.range(), messages::final_reassigned(name)))
                            }
                            None => {}
                        }
                    }
                }
            }
            Stmt::AnnAssign(assign) => {
                let ast::Expr::Name(name) = assign.target.as_ref() else {
                    continue;
                };
                let name = name.id.as_str();
                if assign.value.is_some() && inherited(name).is_some() {
                    errors.push((stmt.range(), messages::final_reassigned(name)));
                }
                if assign.value.is_none()
                    && !class.file.is_stub(db)
                    && is_final_annotation(db, class.file, &assign.annotation)
                    && !init_assigns(def, name)
                {
                    errors.push((stmt.range(), messages::FINAL_WITHOUT_VALUE.to_owned()));
                }
            }
            Stmt::FunctionDef(ast::StmtFunctionDef {
                name,
                decorator_list,
                ..
            })
            | Stmt::AsyncFunctionDef(ast::StmtAsyncFunctionDef {
                name,
                decorator_list,
                ..
            }) => {
                if let Some(member) = inherited(name.as_str()) {
                    // mypy places a decorated definition at its first decorator.
                    let start = decorator_list
                        .first()
                        .map_or(stmt.range().start(), |decorator| decorator.range().start());
                    errors.push((
                        TextRange::new(start, stmt.range().end()),
                        messages::final_overridden(name.as_str(), member.owner.name()),
                    ));
                }
            }
            _ => {}
        }
    }
    errors
}

/// Whether the class's `__init__` assigns `self.name` in its own statements.
fn init_assigns(def: &ast::StmtClassDef, name: &str) -> bool {
    let assigns = |target: &ast::Expr| {
        matches!(target, ast::Expr::Attribute(attribute)
            if attribute.attr.as_str() == name
                && matches!(attribute.value.as_ref(), ast::Expr::Name(receiver) if receiver.id.as_str() == "self"))
    };
    def.body.iter().any(|stmt| match stmt {
        Stmt::FunctionDef(init) if init.name.as_str() == "__init__" => {
            init.body.iter().any(|stmt| match stmt {
                Stmt::Assign(assign) => assign.targets.iter().any(assigns),
                Stmt::AnnAssign(assign) => assign.value.is_some() && assigns(&assign.target),
                _ => false,
            })
        }
        _ => false,
    })
}

impl Checker<'_> {
    /// Reports `owner.name = ...` when `name` is final for `owner`; whether it did.
    /// `__init__` of the declaring class may give a value to a final attribute that its
    /// class body declared without one.
    pub(crate) fn reports_final_attribute_assignment(
        &mut self,
        owner: &Type,
        name: &str,
        range: TextRange,
    ) -> bool {
        let classes: Vec<ClassId> = owner
            .members()
            .iter()
            .filter_map(|member| match member {
                Type::Instance(instance) => Some(instance.class.clone()),
                Type::ClassObject(class) => Some(class.clone()),
                _ => None,
            })
            .collect();
        let Some(member) = classes
            .iter()
            .find_map(|class| final_member(self.db, class, name))
        else {
            return false;
        };
        if member.is_method {
            return false;
        }
        let in_owner_init = self.scopes.last().is_some_and(|scope| {
            scope.function_name.as_deref() == Some("__init__")
                && scope
                    .class
                    .as_ref()
                    .is_some_and(|class| class.id == member.owner)
        });
        if member.awaits_init && in_owner_init && matches!(owner, Type::Instance(_)) {
            return false;
        }
        self.report(
            pycheck_diagnostics::codes::MISC,
            range,
            messages::assign_to_final(name),
        );
        true
    }
}
