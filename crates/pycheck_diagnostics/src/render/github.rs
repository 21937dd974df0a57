//! `--output-format github`: GitHub Actions workflow commands, which the runner turns into
//! annotations on the pull request's diff.
//!
//! `::error file=a.py,line=2,col=7,endLine=2,endColumn=8,title=pycheck [arg-type]::message`,
//! then one `::notice` at the same place for each of its notes.

use std::io::{self, Write};

use super::{Located, Run, locate};
use crate::Severity;

pub fn write_github(out: &mut dyn Write, run: &Run<'_>) -> io::Result<()> {
    for file in &run.files {
        for item in locate(file) {
            let diagnostic = item.diagnostic;
            let title = match diagnostic.code {
                Some(code) => format!("pycheck [{code}]"),
                None => "pycheck".to_owned(),
            };
            let command = match diagnostic.severity {
                Severity::Error => "error",
                Severity::Note => "notice",
            };
            let properties = properties(file.relative_path, &item, &title);
            writeln!(
                out,
                "::{command} {properties}::{}",
                escape_data(&diagnostic.message)
            )?;
            for note in &diagnostic.notes {
                writeln!(out, "::notice {properties}::{}", escape_data(note))?;
            }
        }
    }
    Ok(())
}

fn properties(path: &str, item: &Located<'_>, title: &str) -> String {
    format!(
        "file={},line={},col={},endLine={},endColumn={},title={}",
        escape_property(path),
        item.start.line,
        item.start.column,
        item.end.line,
        item.end.column,
        escape_property(title)
    )
}

/// A command's message: the runner reads `%`, CR and LF as escapes and line ends.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value: also `:` and `,`, which separate the command's parts.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_the_runner_would_read_as_syntax() {
        assert_eq!(escape_data("100% a\r\nb: c, d"), "100%25 a%0D%0Ab: c, d");
        assert_eq!(escape_property("dir,x/a:b%.py\n"), "dir%2Cx/a%3Ab%25.py%0A");
    }
}
