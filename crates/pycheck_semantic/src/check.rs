//! The entry query: all diagnostics of one file.

use std::sync::Arc;

use pycheck_diagnostics::{Diagnostic, codes, messages};
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
    diagnostics.extend(newer_syntax_errors(db, file, parsed.body()));
    diagnostics.extend(crate::imports::import_diagnostics(db, file));
    diagnostics.extend(crate::aliases::alias_argument_errors(
        db,
        file,
        parsed.body(),
    ));
    diagnostics.extend(crate::annotation_names::undefined_annotation_names(
        db,
        file,
        parsed.body(),
    ));
    diagnostics.sort_by_key(|diagnostic| diagnostic.range.start());
    let mut diagnostics = once_per_line(file.text(db), diagnostics);
    let project = crate::db::Project::get(db);
    let per_module = project.module_disabled_codes(db);
    let disabled = match per_module.is_empty() {
        true => project.disabled_codes(db),
        false => per_module
            .get(&crate::index::module_name_of_file(db, file))
            .unwrap_or_else(|| project.disabled_codes(db)),
    };
    diagnostics.retain(|d| {
        !d.code
            .is_some_and(|code| disabled.iter().any(|name| name == code.name))
    });
    let warn_unused = crate::db::Project::get(db).warn_unused_ignores(db);
    apply_ignore_comments(file.text(db), diagnostics, warn_unused).into()
}

/// Syntax newer than the target version (`class C[T]` under `--python-version 3.11`): not
/// a blocking error, as in mypy, and not reported in stubs.
fn newer_syntax_errors(
    db: &dyn Db,
    file: File,
    body: &[pycheck_syntax::ast::Stmt],
) -> Vec<Diagnostic> {
    let target = crate::db::Project::get(db).python_version(db);
    if file.is_stub(db) {
        return Vec::new();
    }
    pycheck_syntax::newer_syntax(body)
        .into_iter()
        .filter(|newer| target < newer.min_version)
        .map(|newer| {
            let (major, minor) = newer.min_version;
            Diagnostic::error(
                codes::SYNTAX,
                TextRange::empty(newer.offset),
                format!(
                    "{}: requires Python {major}.{minor} or newer (current target: Python {}.{})",
                    newer.feature, target.0, target.1
                ),
            )
        })
        .collect()
}

/// mypy prints a message once per line: a later error (or note) with the same text on
/// the same line is dropped, with its notes. Notes that mypy does not tie to an error
/// (the missing-await hint) are printed once per line too.
fn once_per_line(text: &str, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let lines = pycheck_syntax::LineIndex::new(text);
    let mut seen = std::collections::HashSet::new();
    let mut seen_notes = std::collections::HashSet::new();
    diagnostics
        .into_iter()
        .filter_map(|mut d| {
            let line = lines.line_col(d.range.start(), text).line;
            if !seen.insert((line, d.severity, d.message.clone())) {
                return None;
            }
            d.notes.retain(|note| {
                note != messages::POSSIBLE_MISSING_AWAIT || seen_notes.insert((line, note.clone()))
            });
            Some(d)
        })
        .collect()
}

/// Drops the errors that `# type: ignore` comments silence. An ignore that names other
/// codes leaves the error and says so in a note, as mypy does; with `warn_unused`, an
/// ignore (or a code in one) that silences nothing is itself an error.
fn apply_ignore_comments(
    text: &str,
    diagnostics: Vec<Diagnostic>,
    warn_unused: bool,
) -> Vec<Diagnostic> {
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
    // For each ignore comment, the codes it silenced (an empty list: none yet).
    let mut used: Vec<Vec<&'static str>> = vec![Vec::new(); ignores.len()];
    let mut kept = Vec::with_capacity(diagnostics.len());
    for mut diagnostic in diagnostics {
        let line = index.line_col(diagnostic.range.start(), text).line;
        let found = ignores.iter().position(|ignore| ignore.line == line);
        match (found, diagnostic.code) {
            (Some(at), Some(code)) if diagnostic.is_error() => match &ignores[at].codes {
                None => used[at].push(code.name),
                Some(codes) if codes.iter().any(|c| c == code.name) => used[at].push(code.name),
                Some(codes) => {
                    diagnostic.notes.push(format!(
                        "Error code \"{code}\" not covered by \"{}[{}]\" comment",
                        ignores[at].spelling,
                        codes.join(", ")
                    ));
                    kept.push(diagnostic);
                }
            },
            _ => kept.push(diagnostic),
        }
    }
    if warn_unused {
        for (ignore, used) in ignores.iter().zip(&used) {
            let unused: Vec<&String> = match &ignore.codes {
                None if used.is_empty() => Vec::new(),
                None => continue,
                Some(codes) => codes
                    .iter()
                    .filter(|c| !used.contains(&c.as_str()))
                    .collect(),
            };
            let message = match (&ignore.codes, unused.as_slice()) {
                (Some(codes), unused) if unused.len() < codes.len() && !unused.is_empty() => {
                    let names: Vec<&str> = unused.iter().map(|c| c.as_str()).collect();
                    format!(
                        "Unused \"{}[{}]\" comment",
                        ignore.spelling,
                        names.join(", ")
                    )
                }
                (Some(_), []) => continue,
                _ => format!("Unused \"{}\" comment", ignore.spelling),
            };
            let start = index.line_start(ignore.line).unwrap_or_default();
            kept.push(Diagnostic::error(
                codes::UNUSED_IGNORE,
                TextRange::empty(start),
                message,
            ));
        }
        kept.sort_by_key(|diagnostic| diagnostic.range.start());
    }
    kept
}

/// Whether `file` could not be checked at all (mypy's "blocking" errors).
pub fn has_blocking_error(db: &dyn Db, file: File) -> bool {
    parsed_module(db, file).syntax_error().is_some()
}
