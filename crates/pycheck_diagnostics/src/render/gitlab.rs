//! `--output-format gitlab`: a GitLab Code Quality report (a JSON array of issues in the
//! Code Climate shape GitLab reads: description, check_name, fingerprint, severity,
//! location.path, location.lines.begin). Fingerprints do not depend on line numbers, so
//! GitLab sees an issue that only moved as the same issue.

use std::io::{self, Write};

use serde::Serialize;

use super::{Run, fingerprints, locate};
use crate::Severity;

#[derive(Serialize)]
struct Issue<'a> {
    description: &'a str,
    check_name: &'static str,
    fingerprint: String,
    severity: &'static str,
    location: Location<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    content: Option<Content>,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: u32,
}

/// The notes, shown when the issue is expanded.
#[derive(Serialize)]
struct Content {
    body: String,
}

pub fn write_gitlab(out: &mut dyn Write, run: &Run<'_>) -> io::Result<()> {
    let mut issues = Vec::new();
    for file in &run.files {
        let located = locate(file);
        let fingerprints = fingerprints(file.relative_path, &located);
        for (item, fingerprint) in located.iter().zip(fingerprints) {
            let diagnostic = item.diagnostic;
            issues.push(Issue {
                description: &diagnostic.message,
                check_name: diagnostic.code.map_or("note", |code| code.name),
                fingerprint,
                severity: match diagnostic.severity {
                    Severity::Error => "major",
                    Severity::Note => "info",
                },
                location: Location {
                    path: file.relative_path,
                    lines: Lines {
                        begin: item.start.line,
                    },
                },
                content: (!diagnostic.notes.is_empty()).then(|| Content {
                    body: diagnostic.notes.join("\n"),
                }),
            });
        }
    }
    serde_json::to_writer_pretty(&mut *out, &issues)?;
    writeln!(out)
}
