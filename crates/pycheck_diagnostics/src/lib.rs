//! Diagnostics as plain data: what pycheck found, where, and under which error code.
//!
//! Invariant: nothing here checks anything or touches a file or a terminal. The engine
//! produces [`Diagnostic`] values (byte ranges, a code from the one registry in [`codes`],
//! message text built by the one catalogue in [`messages`]); hosts such as the CLI and the
//! language server turn them into text with [`render`] (one module per output format) or
//! into protocol objects, and match them against a [`baseline`] of accepted errors.

pub mod baseline;
pub mod codes;
pub mod messages;
pub mod render;
pub mod suggest;

pub use codes::ErrorCode;
pub use pycheck_syntax::TextRange;

/// How serious a diagnostic is. mypy prints only these two.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Note,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Note => "note",
        }
    }
}

/// One finding in one file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    /// Byte range in the file's text; the start is what `path:line:col` points at.
    pub range: TextRange,
    pub severity: Severity,
    /// `None` only for free-standing notes such as `reveal_type`'s.
    pub code: Option<ErrorCode>,
    pub message: String,
    /// Notes that explain this diagnostic, printed right below it at the same line.
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn error(code: ErrorCode, range: TextRange, message: impl Into<String>) -> Self {
        Diagnostic {
            range,
            severity: Severity::Error,
            code: Some(code),
            message: message.into(),
            notes: Vec::new(),
        }
    }

    pub fn note(range: TextRange, message: impl Into<String>) -> Self {
        Diagnostic {
            range,
            severity: Severity::Note,
            code: None,
            message: message.into(),
            notes: Vec::new(),
        }
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}
