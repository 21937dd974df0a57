//! Between the engine's byte offsets and LSP's line/UTF-16-column positions.

use pycheck_diagnostics::{Diagnostic, Severity};
use pycheck_syntax::{LineIndex, TextSize};
use tower_lsp::lsp_types::{self, DiagnosticSeverity, NumberOrString, Position, Range};

/// The byte offset of an LSP position in `text` (clamped to the text).
pub fn offset(text: &str, position: Position) -> usize {
    let mut line_start = 0;
    for _ in 0..position.line {
        match text[line_start..].find('\n') {
            Some(newline) => line_start += newline + 1,
            None => return text.len(),
        }
    }
    let line_end = text[line_start..]
        .find('\n')
        .map_or(text.len(), |n| line_start + n);
    let mut units = 0;
    for (index, c) in text[line_start..line_end].char_indices() {
        if units >= position.character {
            return line_start + index;
        }
        units += c.len_utf16() as u32;
    }
    line_end
}

/// The LSP position of a byte offset.
pub fn position(text: &str, index: &LineIndex, offset: TextSize) -> Position {
    let line = index.line_col(offset, text).line - 1;
    let start = index.line_start(line + 1).map_or(0, usize::from);
    let end = usize::from(offset).min(text.len());
    let character = text.get(start..end).map_or(0, |s| s.encode_utf16().count());
    Position {
        line,
        character: character as u32,
    }
}

/// The engine's diagnostics of one file as LSP diagnostics; notes join the message.
pub fn diagnostics(text: &str, diagnostics: &[Diagnostic]) -> Vec<lsp_types::Diagnostic> {
    let index = LineIndex::new(text);
    diagnostics
        .iter()
        .map(|diagnostic| {
            let mut message = diagnostic.message.clone();
            for note in &diagnostic.notes {
                message.push('\n');
                message.push_str(note);
            }
            lsp_types::Diagnostic {
                range: Range {
                    start: position(text, &index, diagnostic.range.start()),
                    end: position(text, &index, diagnostic.range.end()),
                },
                severity: Some(match diagnostic.severity {
                    Severity::Error => DiagnosticSeverity::ERROR,
                    Severity::Note => DiagnosticSeverity::INFORMATION,
                }),
                code: diagnostic
                    .code
                    .map(|code| NumberOrString::String(code.name.to_owned())),
                source: Some("pycheck".to_owned()),
                message,
                ..lsp_types::Diagnostic::default()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_columns_round_trip() {
        let text = "a = 1\nb = '😀' + x\n";
        let x = text.find('x').unwrap();
        let index = LineIndex::new(text);
        let position = position(text, &index, TextSize::from(x as u32));
        // The emoji is two UTF-16 units.
        assert_eq!(
            position,
            Position {
                line: 1,
                character: 11
            }
        );
        assert_eq!(offset(text, position), x);
        assert_eq!(
            offset(
                text,
                Position {
                    line: 9,
                    character: 0
                }
            ),
            text.len()
        );
    }
}
