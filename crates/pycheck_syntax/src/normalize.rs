//! Rewrites of the source, before the parser sees it, for valid Python that
//! rustpython-parser 0.4 refuses. Every rewrite replaces one ASCII byte with another, so byte
//! offsets (and so lines and columns) stay those of the original text.
//!
//! - A blank or comment-only line whose leading whitespace has a tab after spaces: CPython
//!   ignores the indentation of such lines; the lexer reports "Tabs not allowed as part of
//!   indentation after spaces". Its tabs become spaces.
//! - A triple-quoted string inside an f-string's replacement field that holds its own quote
//!   character (`f"{'''eric's'''}"`): the parser's f-string scanner pairs quote characters
//!   one by one and loses track. Those inner quote characters become spaces; the string is
//!   still a `str` (its value inside the parse is not the original's, which no check of a
//!   replacement field's string constant can observe but `reveal_type` on it).

use std::borrow::Cow;

pub(crate) fn normalize(source: &str) -> Cow<'_, str> {
    let bytes = source.as_bytes();
    let mut edits: Vec<(usize, u8)> = Vec::new();
    let mut i = 0;
    let mut line_start = true;
    while i < bytes.len() {
        if line_start {
            line_start = false;
            let start = i;
            while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\x0c') {
                i += 1;
            }
            let blank = i == bytes.len() || matches!(bytes[i], b'\n' | b'\r' | b'#');
            let whitespace = &bytes[start..i];
            if blank && let Some(first_space) = whitespace.iter().position(|&b| b == b' ') {
                for (offset, &b) in whitespace.iter().enumerate().skip(first_space) {
                    if b == b'\t' {
                        edits.push((start + offset, b' '));
                    }
                }
            }
            continue;
        }
        match bytes[i] {
            b'\n' => {
                line_start = true;
                i += 1;
            }
            b'\r' => {
                line_start = bytes.get(i + 1) != Some(&b'\n');
                i += 1;
            }
            b'#' => {
                while i < bytes.len() && !matches!(bytes[i], b'\n' | b'\r') {
                    i += 1;
                }
            }
            b'\\' => i += 2,
            quote @ (b'\'' | b'"') => {
                let fstring = string_prefix(bytes, i).contains(['f', 'F']);
                i = scan_string(bytes, i, quote, fstring, &mut edits);
            }
            _ => i += 1,
        }
    }
    if edits.is_empty() {
        return Cow::Borrowed(source);
    }
    let mut rewritten = bytes.to_vec();
    for (offset, byte) in edits {
        rewritten[offset] = byte;
    }
    // Only ASCII bytes were replaced by ASCII bytes.
    Cow::Owned(String::from_utf8(rewritten).expect("ASCII-for-ASCII edits keep UTF-8 valid"))
}

/// The letters right before the quote at `quote_at`, if they are a string prefix.
fn string_prefix(bytes: &[u8], quote_at: usize) -> String {
    let mut start = quote_at;
    while start > 0 && bytes[start - 1].is_ascii_alphabetic() && quote_at - start < 3 {
        start -= 1;
    }
    let before_ok = start == 0
        || !(bytes[start - 1].is_ascii_alphanumeric()
            || bytes[start - 1] == b'_'
            || bytes[start - 1] >= 0x80);
    let prefix = &bytes[start..quote_at];
    if before_ok
        && prefix.len() <= 2
        && prefix
            .iter()
            .all(|b| matches!(b.to_ascii_lowercase(), b'r' | b'b' | b'u' | b'f'))
    {
        String::from_utf8_lossy(prefix).into_owned()
    } else {
        String::new()
    }
}

/// Scans the string literal whose opening quote is at `start`; returns the offset after it
/// (the end of the text if it is unterminated).
fn scan_string(
    bytes: &[u8],
    start: usize,
    quote: u8,
    fstring: bool,
    edits: &mut Vec<(usize, u8)>,
) -> usize {
    let triple = bytes.get(start..start + 3) == Some(&[quote, quote, quote][..]);
    let body_start = start + if triple { 3 } else { 1 };
    let mut i = body_start;
    let body_end;
    loop {
        match bytes.get(i) {
            None => return bytes.len(),
            Some(b'\\') => i += 2,
            Some(&b) if b == quote => {
                if !triple {
                    body_end = i;
                    i += 1;
                    break;
                }
                if bytes.get(i..i + 3) == Some(&[quote, quote, quote][..]) {
                    body_end = i;
                    i += 3;
                    break;
                }
                i += 1;
            }
            Some(b'\n' | b'\r') if !triple => return i,
            Some(_) => i += 1,
        }
    }
    if fstring {
        scan_fields(bytes, body_start, body_end, edits);
    }
    i
}

/// Finds the replacement fields of an f-string body and the triple-quoted strings in them.
fn scan_fields(bytes: &[u8], start: usize, end: usize, edits: &mut Vec<(usize, u8)>) {
    let mut i = start;
    let mut depth = 0usize;
    while i < end {
        match bytes[i] {
            b'{' if depth == 0 && bytes.get(i + 1) == Some(&b'{') => i += 2,
            b'{' => {
                depth += 1;
                i += 1;
            }
            b'}' if depth > 0 => {
                depth -= 1;
                i += 1;
            }
            quote @ (b'\'' | b'"') if depth > 0 => {
                let triple = bytes.get(i..i + 3) == Some(&[quote, quote, quote][..]);
                if !triple {
                    // A single-quoted string: the parser's own scanner pairs it right.
                    let close = bytes[i + 1..end].iter().position(|&b| b == quote);
                    i = close.map_or(end, |at| i + 1 + at + 1);
                    continue;
                }
                let body = i + 3;
                let close = bytes[body..end]
                    .windows(3)
                    .position(|w| w == [quote, quote, quote]);
                let Some(close) = close else {
                    return;
                };
                let inner = &bytes[body..body + close];
                for (offset, _) in inner.iter().enumerate().filter(|(_, b)| **b == quote) {
                    edits.push((body + offset, b' '));
                }
                i = body + close + 3;
            }
            _ => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_lose_tabs_after_spaces() {
        let source = "def f():\n    x = 1\n  \t\n    \t# note\n\treturn x\n";
        let normalized = normalize(source);
        assert_eq!(
            normalized,
            "def f():\n    x = 1\n   \n     # note\n\treturn x\n"
        );
        assert_eq!(normalized.len(), source.len());
    }

    #[test]
    fn strings_are_left_alone() {
        let source = "x = '''\n  \t\n'''\ny = \"  \t\"\n";
        assert_eq!(normalize(source), source);
    }

    #[test]
    fn quotes_in_triple_quoted_fields() {
        assert_eq!(
            normalize("x = f\"{'''eric's'''}\"\n"),
            "x = f\"{'''eric s'''}\"\n"
        );
        assert_eq!(
            normalize("x = f'{\"\"\"a\"b\"\"\"} {y!r:>{w}}'\n"),
            "x = f'{\"\"\"a b\"\"\"} {y!r:>{w}}'\n"
        );
        let plain = "x = '''eric's'''\ny = f\"{'a'}\"\n";
        assert_eq!(normalize(plain), plain);
    }
}
