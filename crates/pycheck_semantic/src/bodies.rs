//! Function bodies checked one at a time, each by its own query.
//!
//! The file's checker walks module-level code and hands every function and method
//! defined there to [`check_body`]. Its key holds the function's own text (so its syntax
//! tree has ranges relative to the function, not to the file) and what the function sees
//! of the code around it, position-free. An edit inside one function changes only that
//! function's key: the other functions of the file find their results memoized, even when
//! the edit moved them down by a line. The file's checker moves the diagnostics back
//! into place.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};

use pycheck_diagnostics::{Diagnostic, messages};
use pycheck_syntax::ast::{self, Ranged, Stmt};
use pycheck_syntax::{LineIndex, TextRange, TextSize};

use crate::db::{Db, File};
use crate::index::nested_blocks;
use crate::parse::Parsed;
use crate::symbols::{FunctionDef, class_info};
use crate::types::{ClassId, Type};

/// What a body sees of the code around it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Surroundings {
    /// The module's variables where the function is defined, by name.
    pub module_vars: Vec<(String, OuterVar)>,
    /// For a method, the class body's variables there (defaults and decorators see them).
    pub class_vars: Vec<(String, OuterVar)>,
    /// The class, for a method.
    pub class: Option<ClassId>,
}

/// A module-level variable as the flow knows it where the function is defined.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct OuterVar {
    pub declared: Type,
    pub current: Type,
    pub deleted: bool,
    pub is_final: bool,
    pub final_literal: Option<Type>,
    /// The class of a partial collection (`x = []` still waiting for its item type).
    pub partial: Option<&'static str>,
}

#[salsa::interned(debug)]
pub(crate) struct BodyKey<'db> {
    #[returns(copy)]
    pub file: File,
    #[returns(ref)]
    pub source: Arc<BodySource>,
    #[returns(ref)]
    pub surroundings: Arc<Surroundings>,
}

/// What checking one body found, with ranges relative to its key's source.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct BodyCheck {
    pub diagnostics: Vec<Diagnostic>,
    /// Diagnostics whose message names a line of the body: (index, name, line in source).
    pub line_references: Vec<(usize, String, u32)>,
    /// Partial module-level collections the body read: they stay as they are for good.
    pub partials_read: Vec<String>,
}

const INDENTED_PREFIX: &str = "if True:\n";

/// A definition's lines (decorators first), wrapped in `if True:` when indented so that
/// they parse alone. Equal, and hashed, by the text alone.
pub(crate) struct BodySource {
    pub text: Arc<str>,
    /// The file's own syntax tree, handed over once: the first check of a body uses it
    /// instead of parsing the text again. A later check (after a change the body depends
    /// on) parses the text; both give the same result.
    donor: Mutex<Option<Donor>>,
}

struct Donor {
    parsed: Parsed,
    /// Where the definition starts in the donor's file.
    def_start: TextSize,
    /// What to subtract from an offset in the donor's file for the offset in the text.
    origin: i64,
}

impl PartialEq for BodySource {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl Eq for BodySource {}

impl Hash for BodySource {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.text.hash(state);
    }
}

impl fmt::Debug for BodySource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("BodySource").field(&self.text).finish()
    }
}

/// The text a definition's key holds, and where it comes from in the file.
pub(crate) struct Snippet {
    pub source: Arc<str>,
    /// Where the definition's first line starts in the file.
    line_start: usize,
    /// How many bytes the source has before that line's text.
    prefix_len: usize,
}

impl Snippet {
    /// The key's source, lending `parsed` (the file's tree, where `stmt` is) to the first
    /// check.
    pub fn body_source(&self, parsed: &Parsed, stmt: &Stmt) -> Arc<BodySource> {
        let donor = Donor {
            parsed: parsed.clone(),
            def_start: stmt.range().start(),
            origin: self.line_start as i64 - self.prefix_len as i64,
        };
        Arc::new(BodySource {
            text: self.source.clone(),
            donor: Mutex::new(Some(donor)),
        })
    }

    /// The lines of the definition `stmt`, or `None` when they do not stand alone (the
    /// definition shares its first line with other code).
    pub fn of(text: &str, stmt: &Stmt, decorators: &[ast::Expr]) -> Option<Snippet> {
        let first = decorators
            .iter()
            .map(|d| d.range().start())
            .chain([stmt.range().start()])
            .min()?;
        let first = usize::from(first);
        let end = usize::from(stmt.range().end());
        let line_start = text.get(..first)?.rfind('\n').map_or(0, |at| at + 1);
        let blank = |s: &str| s.chars().all(|c| c == ' ' || c == '\t');
        let lead = text[line_start..first].trim_start_matches([' ', '\t']);
        let stands_alone = blank(lead) || (lead.starts_with('@') && blank(&lead[1..]));
        if !stands_alone {
            return None;
        }
        let lines = text.get(line_start..end)?;
        let prefix = match lines.starts_with([' ', '\t']) {
            true => INDENTED_PREFIX,
            false => "",
        };
        let mut source = String::with_capacity(prefix.len() + lines.len() + 1);
        source.push_str(prefix);
        source.push_str(lines);
        source.push('\n');
        Some(Snippet {
            source: source.into(),
            line_start,
            prefix_len: prefix.len(),
        })
    }

    fn relocate(&self, range: TextRange) -> TextRange {
        let place = |offset: TextSize| {
            let in_lines = (u32::from(offset) as usize).saturating_sub(self.prefix_len);
            TextSize::try_from(self.line_start + in_lines).unwrap_or(offset)
        };
        TextRange::new(place(range.start()), place(range.end()))
    }

    /// The file's line number of line `line` (1-based) of the source.
    fn file_line(&self, text: &str, line: u32) -> u32 {
        let before = text[..self.line_start].matches('\n').count() as u32;
        let prefix_lines = self.prefix_len.min(1) as u32;
        line + before - prefix_lines
    }
}

/// Checks the function whose definition `key` holds, as `Checker::check_function_def`
/// would in place. `None` when the source does not parse alone.
#[salsa::tracked(returns(ref))]
pub(crate) fn check_body<'db>(db: &'db dyn Db, key: BodyKey<'db>) -> Option<BodyCheck> {
    let source = key.source(db);
    let donor = source.donor.lock().ok().and_then(|mut donor| donor.take());
    if let Some(donor) = donor
        && let Some(stmt) = definition_at(donor.parsed.body(), donor.def_start)
    {
        return check_definition(db, key, stmt, donor.origin);
    }
    let file = key.file(db);
    let module = pycheck_syntax::parse_module(&source.text, file.path(db)).ok()?;
    let stmt = match module.body.first()? {
        Stmt::If(wrapper) if source.text.starts_with(INDENTED_PREFIX) => wrapper.body.first()?,
        other => other,
    };
    check_definition(db, key, stmt, 0)
}

/// Checks the definition `stmt`, whose offsets minus `origin` are offsets in the key's
/// text; the result is in the text's offsets.
fn check_definition(db: &dyn Db, key: BodyKey<'_>, stmt: &Stmt, origin: i64) -> Option<BodyCheck> {
    let def = FunctionDef::of(stmt)?;
    let text = &key.source(db).text;
    let surroundings = key.surroundings(db);
    let class = surroundings
        .class
        .as_ref()
        .map(|id| class_info(db, id).clone());
    let body_text = BodyText {
        text: text.clone(),
        origin,
    };
    let mut checker =
        crate::infer::Checker::for_body(db, key.file(db), body_text, surroundings, class);
    checker.check_function_def(&def, stmt.range());
    let line_index = LineIndex::new(text);
    let to_text =
        |offset: TextSize| TextSize::from((i64::from(u32::from(offset)) - origin).max(0) as u32);
    let line_references = checker
        .line_references
        .iter()
        .map(|(index, name, offset)| {
            let line = line_index.line_col(to_text(*offset), text).line;
            (*index, name.clone(), line)
        })
        .collect();
    let mut diagnostics = std::mem::take(&mut checker.diagnostics);
    for diagnostic in &mut diagnostics {
        diagnostic.range = TextRange::new(
            to_text(diagnostic.range.start()),
            to_text(diagnostic.range.end()),
        );
    }
    Some(BodyCheck {
        diagnostics,
        line_references,
        partials_read: std::mem::take(&mut checker.partials_read),
    })
}

/// The function or method definition starting at `start`, outside function bodies.
fn definition_at(body: &[Stmt], start: TextSize) -> Option<&Stmt> {
    // Statements are in source order: the one that holds `start` is found by bisection,
    // so finding every body of a large module stays linear overall, not quadratic.
    let stmt = body.get(body.partition_point(|stmt| stmt.range().end() <= start))?;
    match stmt {
        Stmt::FunctionDef(_) | Stmt::AsyncFunctionDef(_) => {
            (stmt.range().start() == start).then_some(stmt)
        }
        Stmt::ClassDef(class) => definition_at(&class.body, start),
        other => nested_blocks(other)
            .into_iter()
            .find_map(|block| definition_at(block, start)),
    }
}

/// The text a body checked alone comes from, and how its syntax tree's offsets map to it.
#[derive(Debug, Clone)]
pub(crate) struct BodyText {
    pub text: Arc<str>,
    /// What to subtract from an offset of the syntax tree for the index in `text`.
    pub origin: i64,
}

impl BodyText {
    /// The text of `range`, a range of the syntax tree.
    pub fn get(&self, range: TextRange) -> Option<&str> {
        let index =
            |offset: TextSize| usize::try_from(i64::from(u32::from(offset)) - self.origin).ok();
        self.text.get(index(range.start())?..index(range.end())?)
    }

    /// The 1-based line in the text of `offset`, an offset of the syntax tree.
    pub fn line(&self, offset: TextSize) -> u32 {
        let index = usize::try_from(i64::from(u32::from(offset)) - self.origin).unwrap_or(0);
        let before = self.text.get(..index).unwrap_or(&self.text);
        before.matches('\n').count() as u32 + 1
    }
}

/// `check`'s diagnostics in place in the file whose text is `text`.
pub(crate) fn relocated(check: &BodyCheck, snippet: &Snippet, text: &str) -> Vec<Diagnostic> {
    let mut diagnostics = check.diagnostics.clone();
    for diagnostic in &mut diagnostics {
        diagnostic.range = snippet.relocate(diagnostic.range);
    }
    for (index, name, line) in &check.line_references {
        if let Some(diagnostic) = diagnostics.get_mut(*index) {
            diagnostic.message = messages::already_defined(name, snippet.file_line(text, *line));
        }
    }
    diagnostics
}
