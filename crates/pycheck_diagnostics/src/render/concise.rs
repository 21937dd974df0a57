//! mypy's line format, byte for byte, the default: `path:line: error: message  [code]`,
//! notes below, then a summary line.

use std::fmt;
use std::io::{self, Write};

use pycheck_syntax::LineIndex;

use crate::Diagnostic;

#[derive(Debug, Clone, Copy, Default)]
pub struct ConciseOptions {
    /// `path:line:col:` instead of `path:line:`, the column 1-based and counted in characters.
    pub show_column_numbers: bool,
}

/// Writes the diagnostics of one file, in the order given, in mypy's line format.
pub fn write_concise(
    out: &mut dyn Write,
    path: &str,
    text: &str,
    diagnostics: &[Diagnostic],
    options: ConciseOptions,
) -> io::Result<()> {
    let index = LineIndex::new(text);
    for diagnostic in diagnostics {
        let position = index.line_col(diagnostic.range.start(), text);
        let location = if options.show_column_numbers {
            format!("{path}:{}:{}", position.line, position.column)
        } else {
            format!("{path}:{}", position.line)
        };
        write!(
            out,
            "{location}: {}: {}",
            diagnostic.severity.as_str(),
            diagnostic.message
        )?;
        match diagnostic.code {
            // A free-standing note has a code only where mypy prints one.
            Some(code) => writeln!(out, "  [{code}]")?,
            None => writeln!(out)?,
        }
        for note in &diagnostic.notes {
            writeln!(out, "{location}: note: {note}")?;
        }
    }
    Ok(())
}

/// The last line of a run, worded as mypy words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    pub errors: usize,
    pub files_with_errors: usize,
    pub checked_files: usize,
    /// Some file could not be checked (unreadable, or a syntax error).
    pub blocked: bool,
}

fn plural(count: usize, word: &str) -> String {
    if count == 1 {
        format!("{count} {word}")
    } else {
        format!("{count} {word}s")
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.errors == 0 {
            return write!(
                f,
                "Success: no issues found in {}",
                plural(self.checked_files, "source file")
            );
        }
        write!(
            f,
            "Found {} in {} ",
            plural(self.errors, "error"),
            plural(self.files_with_errors, "file")
        )?;
        if self.blocked {
            f.write_str("(errors prevented further checking)")
        } else {
            write!(f, "(checked {})", plural(self.checked_files, "source file"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes;
    use pycheck_syntax::{TextRange, TextSize};

    #[test]
    fn lines_and_summary_match_mypy() {
        let text = "x = 1\nhello(5)\n";
        let range = TextRange::at(TextSize::from(12), TextSize::from(1));
        let diagnostic = Diagnostic::error(
            codes::ARG_TYPE,
            range,
            "Argument 1 to \"hello\" has incompatible type \"int\"; expected \"str\"",
        )
        .with_note("a note");
        let mut out = Vec::new();
        write_concise(
            &mut out,
            "hello.py",
            text,
            std::slice::from_ref(&diagnostic),
            ConciseOptions::default(),
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "hello.py:2: error: Argument 1 to \"hello\" has incompatible type \"int\"; expected \"str\"  [arg-type]\nhello.py:2: note: a note\n"
        );
        let mut out = Vec::new();
        write_concise(
            &mut out,
            "hello.py",
            text,
            &[diagnostic],
            ConciseOptions {
                show_column_numbers: true,
            },
        )
        .unwrap();
        assert!(
            String::from_utf8(out)
                .unwrap()
                .starts_with("hello.py:2:7: error:")
        );

        let summary = Summary {
            errors: 2,
            files_with_errors: 1,
            checked_files: 1,
            blocked: false,
        };
        assert_eq!(
            summary.to_string(),
            "Found 2 errors in 1 file (checked 1 source file)"
        );
        let summary = Summary {
            errors: 1,
            files_with_errors: 1,
            checked_files: 3,
            blocked: true,
        };
        assert_eq!(
            summary.to_string(),
            "Found 1 error in 1 file (errors prevented further checking)"
        );
        let summary = Summary {
            errors: 0,
            files_with_errors: 0,
            checked_files: 2,
            blocked: false,
        };
        assert_eq!(
            summary.to_string(),
            "Success: no issues found in 2 source files"
        );
    }
}
