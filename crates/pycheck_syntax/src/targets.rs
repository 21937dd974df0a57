//! Checks on the parsed tree that CPython's grammar makes and rustpython-parser 0.4 does not:
//! what can be assigned to or deleted, and which syntax is newer than a target version.
//!
//! Statements nest at most [`crate::MAX_INDENTS`] blocks deep, so walking them recursively
//! is safe; expressions are only descended through tuples and lists of targets.

use rustpython_parser::ast::{self, Expr, Ranged, Stmt};
use rustpython_parser::text_size::TextSize;

use crate::SyntaxError;

#[derive(Clone, Copy)]
enum Target {
    Assignment,
    Augmented,
    Annotated,
    Delete,
}

impl Target {
    /// mypy's words.
    fn message(self) -> &'static str {
        match self {
            Target::Assignment => "Invalid assignment target",
            Target::Augmented => "Invalid augmented assignment target",
            Target::Annotated => "Invalid annotated assignment target",
            Target::Delete => "Invalid delete target",
        }
    }
}

/// The first assignment, `for`, `with` or `del` target that is not assignable (`1 = 2`,
/// `a ** b = 3`, `f() += 1`), in source order.
pub(crate) fn first_invalid_target(body: &[Stmt]) -> Option<SyntaxError> {
    body.iter().find_map(invalid_target_in)
}

fn invalid_target_in(stmt: &Stmt) -> Option<SyntaxError> {
    let check = |target: &Expr, kind: Target| {
        invalid_part(target, kind).map(|offset| SyntaxError {
            message: kind.message().to_owned(),
            offset,
        })
    };
    match stmt {
        Stmt::Assign(assign) => assign
            .targets
            .iter()
            .find_map(|target| check(target, Target::Assignment)),
        Stmt::AugAssign(assign) => check(&assign.target, Target::Augmented),
        Stmt::AnnAssign(assign) => check(&assign.target, Target::Annotated),
        Stmt::Delete(delete) => delete
            .targets
            .iter()
            .find_map(|target| check(target, Target::Delete)),
        Stmt::For(ast::StmtFor {
            target,
            body,
            orelse,
            ..
        })
        | Stmt::AsyncFor(ast::StmtAsyncFor {
            target,
            body,
            orelse,
            ..
        }) => check(target, Target::Assignment)
            .or_else(|| first_invalid_target(body))
            .or_else(|| first_invalid_target(orelse)),
        Stmt::With(ast::StmtWith { items, body, .. })
        | Stmt::AsyncWith(ast::StmtAsyncWith { items, body, .. }) => items
            .iter()
            .filter_map(|item| item.optional_vars.as_deref())
            .find_map(|target| check(target, Target::Assignment))
            .or_else(|| first_invalid_target(body)),
        _ => {
            let mut found = None;
            for_each_body(stmt, &mut |body| {
                if found.is_none() {
                    found = first_invalid_target(body);
                }
            });
            found
        }
    }
}

/// The start of the part of `target` that cannot be assigned (or deleted).
fn invalid_part(target: &Expr, kind: Target) -> Option<TextSize> {
    match target {
        Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => None,
        Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. })
            if matches!(kind, Target::Assignment | Target::Delete) =>
        {
            elts.iter().find_map(|element| match element {
                Expr::Starred(starred) if matches!(kind, Target::Assignment) => {
                    invalid_part(&starred.value, kind)
                }
                element => invalid_part(element, kind),
            })
        }
        other => Some(other.start()),
    }
}

/// Calls `visit` on each block of statements directly inside `stmt`.
fn for_each_body(stmt: &Stmt, visit: &mut dyn FnMut(&[Stmt])) {
    match stmt {
        Stmt::FunctionDef(def) => visit(&def.body),
        Stmt::AsyncFunctionDef(def) => visit(&def.body),
        Stmt::ClassDef(class) => visit(&class.body),
        Stmt::If(ast::StmtIf { body, orelse, .. })
        | Stmt::While(ast::StmtWhile { body, orelse, .. })
        | Stmt::For(ast::StmtFor { body, orelse, .. })
        | Stmt::AsyncFor(ast::StmtAsyncFor { body, orelse, .. }) => {
            visit(body);
            visit(orelse);
        }
        Stmt::With(ast::StmtWith { body, .. })
        | Stmt::AsyncWith(ast::StmtAsyncWith { body, .. }) => visit(body),
        Stmt::Try(ast::StmtTry {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        })
        | Stmt::TryStar(ast::StmtTryStar {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        }) => {
            visit(body);
            for ast::ExceptHandler::ExceptHandler(handler) in handlers {
                visit(&handler.body);
            }
            visit(orelse);
            visit(finalbody);
        }
        Stmt::Match(ast::StmtMatch { cases, .. }) => {
            for case in cases {
                visit(&case.body);
            }
        }
        _ => {}
    }
}

/// Syntax that needs a newer Python than some targets: where it is, mypy's name for the
/// feature, and the first version that has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewerSyntax {
    pub offset: TextSize,
    pub feature: &'static str,
    pub min_version: (u8, u8),
}

/// Every use of syntax newer than Python 3.11 in `body`, in source order: type parameter
/// lists (PEP 695) and `type` statements.
pub fn newer_syntax(body: &[Stmt]) -> Vec<NewerSyntax> {
    let mut found = Vec::new();
    collect_newer_syntax(body, &mut found);
    found
}

fn collect_newer_syntax(body: &[Stmt], found: &mut Vec<NewerSyntax>) {
    const TYPE_PARAMETERS: &str = "Improved type parameter syntax";
    for stmt in body {
        let type_params = match stmt {
            Stmt::FunctionDef(def) => !def.type_params.is_empty(),
            Stmt::AsyncFunctionDef(def) => !def.type_params.is_empty(),
            Stmt::ClassDef(class) => !class.type_params.is_empty(),
            _ => false,
        };
        if type_params {
            found.push(NewerSyntax {
                offset: stmt.start(),
                feature: TYPE_PARAMETERS,
                min_version: (3, 12),
            });
        }
        if let Stmt::TypeAlias(alias) = stmt {
            found.push(NewerSyntax {
                offset: alias.start(),
                feature: "\"type\" statements",
                min_version: (3, 12),
            });
        }
        for_each_body(stmt, &mut |inner| collect_newer_syntax(inner, found));
    }
}
