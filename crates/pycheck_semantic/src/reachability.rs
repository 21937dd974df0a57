//! Conditions known before the program runs: `sys.version_info` and `sys.platform`
//! checks against the target, and `TYPE_CHECKING`. The branch they rule out is not
//! checked and defines nothing, as in mypy.

use std::cmp::Ordering;

use pycheck_syntax::ast;

use crate::db::{Db, Project};

/// `Some(true)` / `Some(false)` for a condition fixed by the target, `None` otherwise.
pub fn static_truth(db: &dyn Db, test: &ast::Expr) -> Option<bool> {
    match test {
        ast::Expr::Name(name) if name.id.as_str() == "TYPE_CHECKING" => Some(true),
        ast::Expr::Attribute(attribute) if attribute.attr.as_str() == "TYPE_CHECKING" => Some(true),
        ast::Expr::UnaryOp(ast::ExprUnaryOp {
            op: ast::UnaryOp::Not,
            operand,
            ..
        }) => static_truth(db, operand).map(|truth| !truth),
        ast::Expr::BoolOp(boolop) => {
            let values: Vec<Option<bool>> =
                boolop.values.iter().map(|v| static_truth(db, v)).collect();
            match boolop.op {
                ast::BoolOp::And if values.contains(&Some(false)) => Some(false),
                ast::BoolOp::And if values.iter().all(|v| *v == Some(true)) => Some(true),
                ast::BoolOp::Or if values.contains(&Some(true)) => Some(true),
                ast::BoolOp::Or if values.iter().all(|v| *v == Some(false)) => Some(false),
                _ => None,
            }
        }
        ast::Expr::Compare(compare) if compare.ops.len() == 1 => {
            let op = compare.ops[0];
            let right = &compare.comparators[0];
            if is_sys_attribute(&compare.left, "version_info") {
                let wanted = int_tuple(right)?;
                let (major, minor) = Project::get(db).python_version(db);
                let target = [i64::from(major), i64::from(minor)];
                let ordering = target.iter().take(wanted.len()).cmp(wanted.iter().take(2));
                return compare_ordering(op, ordering);
            }
            if is_sys_attribute(&compare.left, "platform")
                && let ast::Expr::Constant(ast::ExprConstant {
                    value: ast::Constant::Str(text),
                    ..
                }) = right
            {
                let equal = Project::get(db).platform(db) == text;
                return match op {
                    ast::CmpOp::Eq => Some(equal),
                    ast::CmpOp::NotEq => Some(!equal),
                    _ => None,
                };
            }
            None
        }
        ast::Expr::Call(call) if call.args.len() == 1 => {
            // sys.platform.startswith("win")
            let ast::Expr::Attribute(method) = call.func.as_ref() else {
                return None;
            };
            if method.attr.as_str() != "startswith" || !is_sys_attribute(&method.value, "platform")
            {
                return None;
            }
            let ast::Expr::Constant(ast::ExprConstant {
                value: ast::Constant::Str(prefix),
                ..
            }) = &call.args[0]
            else {
                return None;
            };
            Some(Project::get(db).platform(db).starts_with(prefix.as_str()))
        }
        _ => None,
    }
}

fn compare_ordering(op: ast::CmpOp, ordering: Ordering) -> Option<bool> {
    Some(match op {
        ast::CmpOp::Lt => ordering == Ordering::Less,
        ast::CmpOp::LtE => ordering != Ordering::Greater,
        ast::CmpOp::Gt => ordering == Ordering::Greater,
        ast::CmpOp::GtE => ordering != Ordering::Less,
        ast::CmpOp::Eq => ordering == Ordering::Equal,
        ast::CmpOp::NotEq => ordering != Ordering::Equal,
        _ => return None,
    })
}

/// `sys.NAME`, written as an attribute of the `sys` module.
fn is_sys_attribute(expr: &ast::Expr, name: &str) -> bool {
    matches!(expr, ast::Expr::Attribute(attribute)
        if attribute.attr.as_str() == name
            && matches!(attribute.value.as_ref(), ast::Expr::Name(module) if module.id.as_str() == "sys"))
}

/// `(3, 10)` as numbers.
fn int_tuple(expr: &ast::Expr) -> Option<Vec<i64>> {
    let ast::Expr::Tuple(tuple) = expr else {
        return None;
    };
    tuple
        .elts
        .iter()
        .map(|item| match item {
            ast::Expr::Constant(ast::ExprConstant {
                value: ast::Constant::Int(value),
                ..
            }) => value.to_string().parse().ok(),
            _ => None,
        })
        .collect()
}
