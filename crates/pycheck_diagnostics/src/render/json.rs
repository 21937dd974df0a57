//! `--output-format json`: one document, schema version 1 (described in `docs/ci.md`).
//!
//! ```json
//! {"version": 1,
//!  "tool": {"name", "version", "stdlib"},
//!  "diagnostics": [{"path", "line", "column", "end_line", "end_column", "severity",
//!                   "code", "message", "notes"}],
//!  "summary": {"errors", "files_with_errors", "checked_files", "blocked"}}
//! ```
//!
//! Lines and columns are 1-based, columns counted in characters; the end is exclusive.
//! `code` is `null` for a free-standing note. Fields are only ever added within a version.

use std::io::{self, Write};

use serde::Serialize;

use super::{Run, locate};

/// The version of the document's shape; it changes only when a field changes meaning or
/// disappears.
pub const JSON_VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    tool: JsonTool<'a>,
    diagnostics: Vec<JsonDiagnostic<'a>>,
    summary: JsonSummary,
}

#[derive(Serialize)]
struct JsonTool<'a> {
    name: &'static str,
    version: &'static str,
    /// Where the standard library's stubs came from.
    stdlib: &'a str,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    path: &'a str,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    severity: &'static str,
    code: Option<&'static str>,
    message: &'a str,
    notes: &'a [String],
}

#[derive(Serialize)]
struct JsonSummary {
    errors: usize,
    files_with_errors: usize,
    checked_files: usize,
    blocked: bool,
}

pub fn write_json(out: &mut dyn Write, run: &Run<'_>) -> io::Result<()> {
    let mut diagnostics = Vec::new();
    for file in &run.files {
        for item in locate(file) {
            diagnostics.push(JsonDiagnostic {
                path: file.relative_path,
                line: item.start.line,
                column: item.start.column,
                end_line: item.end.line,
                end_column: item.end.column,
                severity: item.diagnostic.severity.as_str(),
                code: item.diagnostic.code.map(|code| code.name),
                message: &item.diagnostic.message,
                notes: &item.diagnostic.notes,
            });
        }
    }
    let summary = run.summary;
    let document = Document {
        version: JSON_VERSION,
        tool: JsonTool {
            name: "pycheck",
            version: env!("CARGO_PKG_VERSION"),
            stdlib: run.stdlib,
        },
        diagnostics,
        summary: JsonSummary {
            errors: summary.errors,
            files_with_errors: summary.files_with_errors,
            checked_files: summary.checked_files,
            blocked: summary.blocked,
        },
    };
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}
