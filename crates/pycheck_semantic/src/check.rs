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
    let disabled = crate::db::Project::get(db).disabled_codes(db);
    diagnostics.retain(|d| {
        !d.code
            .is_some_and(|code| disabled.iter().any(|name| name == code.name))
    });
    apply_ignore_comments(file.text(db), diagnostics).into()
}

/// Drops the errors that `# type: ignore` comments silence. An ignore that names other
/// codes leaves the error and says so in a note, as mypy does.
fn apply_ignore_comments(text: &str, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let ignores = pycheck_syntax::ignore_comments(text);
    if ignores.is_empty() {
        return diagnostics;
    }
    if ignores
        .iter()
        .any(|ignore| ignore.whole_file && ignore.codes.is_none())
    {
        return diagnostics.into_iter().filter(|d| !d.is_error()).collect();
    }
    let index = pycheck_syntax::LineIndex::new(text);
    let mut kept = Vec::with_capacity(diagnostics.len());
    for mut diagnostic in diagnostics {
        let line = index.line_col(diagnostic.range.start(), text).line;
        let ignore = ignores.iter().find(|ignore| ignore.line == line);
        match (ignore, diagnostic.code) {
            (Some(ignore), Some(code)) if diagnostic.is_error() => match &ignore.codes {
                None => continue,
                Some(codes) if codes.iter().any(|c| c == code.name) => continue,
                Some(codes) => {
                    diagnostic.notes.push(format!(
                        "Error code \"{code}\" not covered by \"{}[{}]\" comment",
                        ignore.spelling,
                        codes.join(", ")
                    ));
                    kept.push(diagnostic);
                }
            },
            _ => kept.push(diagnostic),
        }
    }
    kept
}

/// Whether `file` could not be checked at all (mypy's "blocking" errors).
pub fn has_blocking_error(db: &dyn Db, file: File) -> bool {
    parsed_module(db, file).syntax_error().is_some()
}
