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

/// The LSP range of a byte range.
pub fn range(text: &str, index: &LineIndex, range: pycheck_syntax::TextRange) -> Range {
    Range {
        start: position(text, index, range.start()),
        end: position(text, index, range.end()),
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

/// A declaration of the outline as an LSP document symbol.
#[allow(deprecated)] // `DocumentSymbol::deprecated` must be spelled out; `tags` replaces it.
pub fn symbol(
    text: &str,
    index: &LineIndex,
    symbol: &pycheck_semantic::navigation::DocumentSymbol,
) -> lsp_types::DocumentSymbol {
    use pycheck_semantic::navigation::SymbolKind as Kind;
    let kind = match symbol.kind {
        Kind::Class => lsp_types::SymbolKind::CLASS,
        Kind::Function => lsp_types::SymbolKind::FUNCTION,
        Kind::Method => lsp_types::SymbolKind::METHOD,
        Kind::Variable => lsp_types::SymbolKind::VARIABLE,
        Kind::Module => lsp_types::SymbolKind::MODULE,
    };
    lsp_types::DocumentSymbol {
        name: symbol.name.clone(),
        detail: None,
        kind,
        tags: None,
        deprecated: None,
        range: range(text, index, symbol.range),
        selection_range: range(text, index, symbol.name_range),
        children: (!symbol.children.is_empty()).then(|| {
            symbol
                .children
                .iter()
                .map(|child| self::symbol(text, index, child))
                .collect()
        }),
    }
}

/// The symbols of `symbols` (nested ones too) whose name contains `wanted` (lower case).
#[allow(deprecated)] // `SymbolInformation::deprecated` must be spelled out.
pub fn matching_symbols(
    text: &str,
    index: &LineIndex,
    uri: &lsp_types::Url,
    symbols: &[pycheck_semantic::navigation::DocumentSymbol],
    container: Option<&str>,
    wanted: &str,
    found: &mut Vec<lsp_types::SymbolInformation>,
) {
    for symbol in symbols {
        if symbol.name.to_lowercase().contains(wanted) {
            let converted = self::symbol(text, index, symbol);
            found.push(lsp_types::SymbolInformation {
                name: symbol.name.clone(),
                kind: converted.kind,
                tags: None,
                deprecated: None,
                location: lsp_types::Location::new(uri.clone(), converted.selection_range),
                container_name: container.map(str::to_owned),
            });
        }
        matching_symbols(
            text,
            index,
            uri,
            &symbol.children,
            Some(&symbol.name),
            wanted,
            found,
        );
    }
}

/// Signature help with parameter labels as UTF-16 offsets into each label.
pub fn signature_help(
    help: pycheck_semantic::navigation::SignatureHelp,
) -> lsp_types::SignatureHelp {
    let utf16 = |label: &str, byte: usize| label[..byte].encode_utf16().count() as u32;
    let signatures = help
        .signatures
        .into_iter()
        .map(|signature| lsp_types::SignatureInformation {
            parameters: Some(
                signature
                    .parameters
                    .iter()
                    .map(|(start, end)| lsp_types::ParameterInformation {
                        label: lsp_types::ParameterLabel::LabelOffsets([
                            utf16(&signature.label, *start),
                            utf16(&signature.label, *end),
                        ]),
                        documentation: None,
                    })
                    .collect(),
            ),
            label: signature.label,
            documentation: None,
            active_parameter: None,
        })
        .collect();
    lsp_types::SignatureHelp {
        signatures,
        active_signature: Some(0),
        active_parameter: Some(help.active_parameter as u32),
    }
}

/// A completion as an LSP completion item.
pub fn completion(
    completion: pycheck_semantic::navigation::Completion,
) -> lsp_types::CompletionItem {
    use pycheck_semantic::navigation::CompletionKind as Kind;
    let kind = match completion.kind {
        Kind::Class => lsp_types::CompletionItemKind::CLASS,
        Kind::Function => lsp_types::CompletionItemKind::FUNCTION,
        Kind::Variable => lsp_types::CompletionItemKind::VARIABLE,
        Kind::Module => lsp_types::CompletionItemKind::MODULE,
        Kind::Keyword => lsp_types::CompletionItemKind::KEYWORD,
    };
    lsp_types::CompletionItem {
        label: completion.label,
        kind: Some(kind),
        ..lsp_types::CompletionItem::default()
    }
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
