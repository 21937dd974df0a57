//! `--output-format sarif`: SARIF 2.1.0, the format code-scanning services (GitHub's among
//! them) import. The rules are the error-code registry, regions are 1-based with columns
//! in Unicode code points, URIs are relative to the working directory (the repository
//! root in CI), and every result has a fingerprint that survives lines moving.

use std::io::{self, Write};

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;

use super::{Run, fingerprints, locate};
use crate::Severity;
use crate::codes::{self, ErrorCode};

pub const SARIF_SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The rule of free-standing notes (such as `reveal_type`'s), which have no error code:
/// code-scanning services want every result to name a rule.
const NOTE_RULE: &str = "note";

/// Everything but RFC 3986's unreserved characters and `/`, which separates segments.
const URI_PATH: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/');

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [SarifRun<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifRun<'a> {
    tool: Tool<'a>,
    column_kind: &'static str,
    results: Vec<SarifResult>,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<'a> {
    name: &'static str,
    version: &'static str,
    rules: Vec<Rule>,
    properties: DriverProperties<'a>,
}

/// SARIF's property bag for what its schema has no field for.
#[derive(Serialize)]
struct DriverProperties<'a> {
    /// Where the standard library's stubs came from.
    stdlib: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    short_description: Text,
    full_description: Text,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: [SarifLocation; 1],
    partial_fingerprints: Fingerprints,
}

#[derive(Serialize)]
struct Fingerprints {
    /// The version suffix changes if the fingerprint's recipe does.
    #[serde(rename = "pycheck/v1")]
    pycheck_v1: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifLocation {
    physical_location: PhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    uri_base_id: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: u32,
    start_column: u32,
    end_line: u32,
    end_column: u32,
}

fn rule(code: &ErrorCode) -> Rule {
    Rule {
        id: code.name,
        short_description: Text {
            text: code.summary.to_owned(),
        },
        full_description: Text {
            text: format!("{}\n\n{}", code.summary, code.explanation),
        },
        default_configuration: Configuration { level: "error" },
    }
}

pub fn write_sarif(out: &mut dyn Write, run: &Run<'_>) -> io::Result<()> {
    let mut rules: Vec<Rule> = codes::ALL.iter().map(rule).collect();
    rules.push(Rule {
        id: NOTE_RULE,
        short_description: Text {
            text: "A note that is not about an error, such as reveal_type's".to_owned(),
        },
        full_description: Text {
            text: "A note that is not about an error, such as reveal_type's".to_owned(),
        },
        default_configuration: Configuration { level: "note" },
    });
    let mut results = Vec::new();
    for file in &run.files {
        let located = locate(file);
        let fingerprints = fingerprints(file.relative_path, &located);
        for (item, fingerprint) in located.iter().zip(fingerprints) {
            let diagnostic = item.diagnostic;
            let (rule_id, rule_index) = match diagnostic.code {
                Some(code) => (
                    code.name,
                    codes::ALL.iter().position(|c| *c == code).unwrap_or(0),
                ),
                None => (NOTE_RULE, codes::ALL.len()),
            };
            let mut text = diagnostic.message.clone();
            for note in &diagnostic.notes {
                text.push('\n');
                text.push_str(note);
            }
            results.push(SarifResult {
                rule_id,
                rule_index,
                level: match diagnostic.severity {
                    Severity::Error => "error",
                    Severity::Note => "note",
                },
                message: Text { text },
                locations: [SarifLocation {
                    physical_location: PhysicalLocation {
                        artifact_location: ArtifactLocation {
                            uri: utf8_percent_encode(file.relative_path, URI_PATH).to_string(),
                            uri_base_id: "%SRCROOT%",
                        },
                        region: Region {
                            start_line: item.start.line,
                            start_column: item.start.column,
                            end_line: item.end.line,
                            end_column: item.end.column,
                        },
                    },
                }],
                partial_fingerprints: Fingerprints {
                    pycheck_v1: fingerprint,
                },
            });
        }
    }
    let log = Log {
        schema: SARIF_SCHEMA,
        version: "2.1.0",
        runs: [SarifRun {
            tool: Tool {
                driver: Driver {
                    name: "pycheck",
                    version: env!("CARGO_PKG_VERSION"),
                    rules,
                    properties: DriverProperties { stdlib: run.stdlib },
                },
            },
            column_kind: "unicodeCodePoints",
            results,
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}
