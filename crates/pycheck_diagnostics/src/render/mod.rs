//! Renderers: each writes a run's diagnostics in one output format to a `Write`.
//!
//! `concise` is mypy's line format, byte for byte, and the default. The others serve people
//! (`pretty`: code frames) and machines (`json`, `github`, `gitlab`, `junit`, `sarif`). All of
//! them read the same [`Run`]; none of them knows whether it writes to a terminal, a pipe
//! or a file: colour is an option the host decides.

pub mod concise;
pub mod github;
pub mod gitlab;
pub mod json;
pub mod junit;
pub mod pretty;
pub mod sarif;

use std::fmt;
use std::io::{self, Write};
use std::str::FromStr;

use pycheck_syntax::{LineCol, LineIndex};
use sha2::{Digest, Sha256};

pub use concise::{ConciseOptions, Summary, write_concise};

use crate::Diagnostic;

/// One checked file as the renderers see it.
#[derive(Debug, Clone, Copy)]
pub struct FileDiagnostics<'a> {
    /// The path as the user named it: mypy's line format prints it unchanged.
    pub path: &'a str,
    /// The path relative to the working directory, with `/` separators: what every other
    /// format prints, so reports from different checkouts compare equal.
    pub relative_path: &'a str,
    pub text: &'a str,
    pub diagnostics: &'a [Diagnostic],
}

/// Everything one run reports.
#[derive(Debug, Clone, Default)]
pub struct Run<'a> {
    /// In the order they are reported.
    pub files: Vec<FileDiagnostics<'a>>,
    pub summary: Summary,
    /// Where the standard library's stubs came from (`typeshed of mypy 2.4.1 at ...`):
    /// the machine-readable reports record it with the tool's name and version.
    pub stdlib: &'a str,
}

/// The output formats, by the names `--output-format` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Concise,
    Pretty,
    Json,
    Github,
    Gitlab,
    Junit,
    Sarif,
}

impl Format {
    pub const ALL: &[Format] = &[
        Format::Concise,
        Format::Pretty,
        Format::Json,
        Format::Github,
        Format::Gitlab,
        Format::Junit,
        Format::Sarif,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Format::Concise => "concise",
            Format::Pretty => "pretty",
            Format::Json => "json",
            Format::Github => "github",
            Format::Gitlab => "gitlab",
            Format::Junit => "junit",
            Format::Sarif => "sarif",
        }
    }

    /// Whether the format ends with mypy's "Found N errors" / "Success" line.
    pub fn has_summary_line(self) -> bool {
        matches!(self, Format::Concise | Format::Pretty)
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(name: &str) -> Result<Format, String> {
        Format::ALL
            .iter()
            .copied()
            .find(|format| format.name() == name)
            .ok_or_else(|| {
                let names: Vec<_> = Format::ALL.iter().map(|f| f.name()).collect();
                format!(
                    "unknown output format '{name}' (expected one of: {})",
                    names.join(", ")
                )
            })
    }
}

/// What the host decides for every format.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// Concise format: `path:line:column:`.
    pub show_column_numbers: bool,
    /// Concise and pretty formats: end with the summary line.
    pub error_summary: bool,
    /// Pretty format: ANSI colours.
    pub color: bool,
}

/// Writes `run` in `format`.
pub fn write_report(
    out: &mut dyn Write,
    format: Format,
    run: &Run<'_>,
    options: RenderOptions,
) -> io::Result<()> {
    match format {
        Format::Concise => {
            let concise = ConciseOptions {
                show_column_numbers: options.show_column_numbers,
            };
            for file in &run.files {
                write_concise(out, file.path, file.text, file.diagnostics, concise)?;
            }
        }
        Format::Pretty => pretty::write_pretty(out, run, options.color)?,
        Format::Json => json::write_json(out, run)?,
        Format::Github => github::write_github(out, run)?,
        Format::Gitlab => gitlab::write_gitlab(out, run)?,
        Format::Junit => junit::write_junit(out, run)?,
        Format::Sarif => sarif::write_sarif(out, run)?,
    }
    if format.has_summary_line() && options.error_summary {
        writeln!(out, "{}", run.summary)?;
    }
    Ok(())
}

/// A diagnostic with its position worked out: 1-based lines and columns (characters), the
/// end exclusive, and the text of the line it starts on.
#[derive(Debug, Clone, Copy)]
pub struct Located<'a> {
    pub diagnostic: &'a Diagnostic,
    pub start: LineCol,
    pub end: LineCol,
    /// The line the diagnostic starts on, without its line break.
    pub line_text: &'a str,
}

/// The diagnostics of `file` with their positions.
pub fn locate<'a>(file: &FileDiagnostics<'a>) -> Vec<Located<'a>> {
    let index = LineIndex::new(file.text);
    file.diagnostics
        .iter()
        .map(|diagnostic| {
            let start = index.line_col(diagnostic.range.start(), file.text);
            let end = index.line_col(diagnostic.range.end(), file.text);
            Located {
                diagnostic,
                start,
                end,
                line_text: line_text(file.text, &index, start.line),
            }
        })
        .collect()
}

fn line_text<'a>(text: &'a str, index: &LineIndex, line: u32) -> &'a str {
    let start = index.line_start(line).map_or(text.len(), usize::from);
    let end = index
        .line_start(line + 1)
        .map_or(text.len(), usize::from)
        .max(start);
    text.get(start..end)
        .unwrap_or("")
        .trim_end_matches(['\n', '\r'])
}

/// What identifies a diagnostic across edits that do not touch it: its file, code,
/// message and the trimmed text of its line, but not the line's number, so lines inserted
/// above it do not change it. Shared by the baseline and the reports' fingerprints.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DiagnosticKey {
    pub path: String,
    /// Empty for a free-standing note.
    pub code: String,
    pub message: String,
    pub line_text: String,
}

impl DiagnosticKey {
    pub fn new(path: &str, located: &Located<'_>) -> DiagnosticKey {
        DiagnosticKey {
            path: path.to_owned(),
            code: located
                .diagnostic
                .code
                .map_or_else(String::new, |code| code.name.to_owned()),
            message: located.diagnostic.message.clone(),
            line_text: located.line_text.trim().to_owned(),
        }
    }
}

/// Stable fingerprints for the diagnostics of one file: SHA-256 (hex) of the
/// [`DiagnosticKey`] and of how many identical keys came before in the file, so two equal
/// diagnostics still get distinct fingerprints and neither depends on a line number.
pub fn fingerprints(relative_path: &str, located: &[Located<'_>]) -> Vec<String> {
    let mut seen: std::collections::HashMap<DiagnosticKey, usize> = Default::default();
    located
        .iter()
        .map(|item| {
            let key = DiagnosticKey::new(relative_path, item);
            let occurrence = seen.entry(key.clone()).or_default();
            let mut hasher = Sha256::new();
            for part in [&key.path, &key.code, &key.message, &key.line_text] {
                hasher.update(part.as_bytes());
                // A separator that cannot occur in any part keeps ("ab", "c") and ("a", "bc") apart.
                hasher.update([0]);
            }
            hasher.update(occurrence.to_string().as_bytes());
            *occurrence += 1;
            hasher
                .finalize()
                .iter()
                .map(|byte| format!("{byte:02x}"))
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes;
    use pycheck_syntax::{TextRange, TextSize};

    fn error_at(offset: u32) -> Diagnostic {
        let range = TextRange::at(TextSize::from(offset), TextSize::from(1));
        Diagnostic::error(codes::ARG_TYPE, range, "message")
    }

    fn file_fingerprints(text: &str, diagnostics: &[Diagnostic]) -> Vec<String> {
        let file = FileDiagnostics {
            path: "a.py",
            relative_path: "a.py",
            text,
            diagnostics,
        };
        fingerprints(file.relative_path, &locate(&file))
    }

    #[test]
    fn fingerprints_ignore_line_numbers_but_tell_duplicates_apart() {
        let before = file_fingerprints("f(1)\n", &[error_at(2)]);
        let after = file_fingerprints("\n\n    f(1)\n", &[error_at(8)]);
        assert_eq!(before, after);
        let twice = file_fingerprints("f(1)\nf(1)\n", &[error_at(2), error_at(7)]);
        assert_eq!(twice[0], before[0]);
        assert_ne!(twice[0], twice[1]);
        let other_line = file_fingerprints("g(1)\n", &[error_at(2)]);
        assert_ne!(other_line, before);
        assert_eq!(before[0].len(), 64);
    }
}
