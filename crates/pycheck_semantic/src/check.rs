//! The entry query: all diagnostics of one file.

use std::sync::Arc;

use pycheck_diagnostics::{Diagnostic, codes};
use pycheck_syntax::TextRange;

use crate::db::{Db, File};
use crate::infer::check_module;
use crate::parse::parsed_module;

/// Every diagnostic of `file`, in the order mypy prints them (by line, then column).
#[salsa::tracked(returns(ref))]
pub fn check_file(db: &dyn Db, file: File) -> Arc<[Diagnostic]> {
    let parsed = parsed_module(db, file);
    if let Some(error) = parsed.syntax_error() {
        let range = TextRange::empty(error.offset);
        return Arc::from([Diagnostic::error(
            codes::SYNTAX,
            range,
            error.message.clone(),
        )]);
    }
    let mut diagnostics = check_module(db, file, parsed.body());
    diagnostics.sort_by_key(|diagnostic| diagnostic.range.start());
    diagnostics.dedup();
    diagnostics.into()
}

/// Whether `file` could not be checked at all (mypy's "blocking" errors).
pub fn has_blocking_error(db: &dyn Db, file: File) -> bool {
    parsed_module(db, file).syntax_error().is_some()
}
