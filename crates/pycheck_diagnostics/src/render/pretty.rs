//! `--pretty` / `--output-format pretty`: each diagnostic with a frame of the code around
//! it, the offending span underlined and labelled with the message, and the notes below,
//! drawn by ariadne. Colour is the host's decision: the renderer never asks the terminal.

use std::io::{self, Write};
use std::ops::Range;

use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};

use super::Run;
use crate::Severity;

pub fn write_pretty(out: &mut dyn Write, run: &Run<'_>, color: bool) -> io::Result<()> {
    if color {
        write_reports(out, run, true)
    } else {
        let mut plain = strip_ansi_escapes::Writer::new(out);
        write_reports(&mut plain, run, false)?;
        plain.flush()
    }
}

fn write_reports(out: &mut dyn Write, run: &Run<'_>, color: bool) -> io::Result<()> {
    let config = Config::default()
        .with_color(color)
        .with_index_type(IndexType::Byte);
    for file in &run.files {
        let path = file.relative_path.to_owned();
        for diagnostic in file.diagnostics {
            let (kind, label_color) = match diagnostic.severity {
                Severity::Error => (ReportKind::Custom("error", Color::Red), Color::Red),
                Severity::Note => (ReportKind::Custom("note", Color::Cyan), Color::Cyan),
            };
            let span = visible_span(file.text, diagnostic.range.into());
            let mut report = Report::build(kind, (path.clone(), span.clone()))
                .with_config(config)
                .with_message(&diagnostic.message)
                .with_label(
                    Label::new((path.clone(), span))
                        .with_message(&diagnostic.message)
                        .with_color(label_color),
                );
            if let Some(code) = diagnostic.code {
                report = report.with_code(code);
            }
            for note in &diagnostic.notes {
                report = report.with_note(note);
            }
            report
                .finish()
                .write_for_stdout((path.clone(), Source::from(file.text)), &mut *out)?;
        }
    }
    Ok(())
}

/// A span ariadne can underline: an empty range (an error "at" a position, such as a
/// missing bracket) covers the character there instead, and nothing reaches past the text.
fn visible_span(text: &str, range: Range<usize>) -> Range<usize> {
    let start = range.start.min(text.len());
    let end = range.end.min(text.len());
    if end > start {
        return start..end;
    }
    let next = text[start..]
        .chars()
        .next()
        .filter(|c| *c != '\n')
        .map_or(start, |c| start + c.len_utf8());
    start..next
}
