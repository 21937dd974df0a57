//! Baselines: the errors a project has accepted for now, so CI fails only on new ones.
//!
//! An entry is a [`DiagnosticKey`] (file, code, message, the trimmed text of the line)
//! with a count, never a line number: inserting or deleting lines elsewhere in the file
//! leaves every entry matching. Only errors are recorded; notes never fail a run. The file
//! format (JSON, version 1) is described in `docs/ci.md`. Reading and writing the file is
//! the host's business; this module only matches and records.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::Diagnostic;
use crate::render::{DiagnosticKey, FileDiagnostics, locate};

pub const BASELINE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    /// Sorted by path, then code, message and line, so the file diffs well.
    pub entries: Vec<BaselineEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BaselineEntry {
    pub path: String,
    pub code: String,
    pub message: String,
    /// The text of the line the error is on, trimmed.
    pub line: String,
    /// How many identical errors this entry accepts.
    pub count: usize,
}

/// A baseline applied to a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matched {
    /// For each file of the run, in order, the diagnostics the baseline does not accept.
    pub new: Vec<Vec<Diagnostic>>,
    /// Accepted errors that no longer occur in the files checked.
    pub fixed: usize,
}

type Counts = BTreeMap<DiagnosticKey, usize>;

impl Baseline {
    pub fn from_json(text: &str) -> Result<Baseline, String> {
        let baseline: Baseline = serde_json::from_str(text).map_err(|error| error.to_string())?;
        if baseline.version != BASELINE_VERSION {
            return Err(format!(
                "unsupported baseline version {} (expected {BASELINE_VERSION})",
                baseline.version
            ));
        }
        Ok(baseline)
    }

    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("a baseline serializes");
        text.push('\n');
        text
    }

    fn from_counts(counts: Counts) -> Baseline {
        Baseline {
            version: BASELINE_VERSION,
            entries: counts
                .into_iter()
                .filter(|(_, count)| *count > 0)
                .map(|(key, count)| BaselineEntry {
                    path: key.path,
                    code: key.code,
                    message: key.message,
                    line: key.line_text,
                    count,
                })
                .collect(),
        }
    }

    fn counts(&self) -> Counts {
        let mut counts = Counts::new();
        for entry in &self.entries {
            let key = DiagnosticKey {
                path: entry.path.clone(),
                code: entry.code.clone(),
                message: entry.message.clone(),
                line_text: entry.line.clone(),
            };
            *counts.entry(key).or_default() += entry.count;
        }
        counts
    }

    /// Splits the run's diagnostics into those the baseline accepts and the new ones.
    /// Entries for files this run did not check are neither matched nor fixed.
    pub fn apply(&self, files: &[FileDiagnostics<'_>]) -> Matched {
        let mut remaining: HashMap<DiagnosticKey, usize> = self.counts().into_iter().collect();
        let mut new = Vec::with_capacity(files.len());
        for file in files {
            let mut kept = Vec::new();
            for item in locate(file) {
                let accepted = item.diagnostic.is_error()
                    && remaining
                        .get_mut(&DiagnosticKey::new(file.relative_path, &item))
                        .is_some_and(|count| {
                            let accepted = *count > 0;
                            *count = count.saturating_sub(1);
                            accepted
                        });
                if !accepted {
                    kept.push(item.diagnostic.clone());
                }
            }
            new.push(kept);
        }
        let checked = checked_paths(files);
        let fixed = remaining
            .iter()
            .filter(|(key, _)| checked.contains(key.path.as_str()))
            .map(|(_, count)| count)
            .sum();
        Matched { new, fixed }
    }

    /// The baseline to write after this run. Entries for files the run did not check are
    /// kept as they are. For the files checked, an existing baseline only shrinks: each
    /// entry keeps at most as many errors as still occur, and errors it did not accept stay
    /// out unless `add_new`. Without a previous baseline every current error is recorded.
    pub fn record(
        previous: Option<&Baseline>,
        files: &[FileDiagnostics<'_>],
        add_new: bool,
    ) -> Baseline {
        let checked = checked_paths(files);
        let previous_counts = previous.map(Baseline::counts);
        let mut counts: Counts = previous_counts
            .iter()
            .flatten()
            .filter(|(key, _)| !checked.contains(key.path.as_str()))
            .map(|(key, count)| (key.clone(), *count))
            .collect();
        for (key, current) in current_counts(files) {
            let allowed = match &previous_counts {
                Some(previous) if !add_new => previous.get(&key).copied().unwrap_or(0),
                _ => current,
            };
            counts.insert(key, current.min(allowed));
        }
        Baseline::from_counts(counts)
    }
}

fn checked_paths<'a>(files: &[FileDiagnostics<'a>]) -> HashSet<&'a str> {
    files.iter().map(|file| file.relative_path).collect()
}

fn current_counts(files: &[FileDiagnostics<'_>]) -> Counts {
    let mut counts = Counts::new();
    for file in files {
        for item in locate(file) {
            if item.diagnostic.is_error() {
                *counts
                    .entry(DiagnosticKey::new(file.relative_path, &item))
                    .or_default() += 1;
            }
        }
    }
    counts
}
