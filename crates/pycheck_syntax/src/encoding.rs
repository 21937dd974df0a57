//! Source bytes to text, as mypy reads a file: UTF-8 when the bytes are UTF-8, otherwise
//! the encoding that a PEP 263 declaration in the first two lines names
//! (`# -*- coding: latin-1 -*-`), and errors worded as Python's codecs word them.
//!
//! mypy tries UTF-8 first whatever the file declares, so a file declaring `latin-1` whose
//! bytes are valid UTF-8 is read as UTF-8 (CPython would read it as Latin-1). Only when that
//! fails does the declaration count: a UTF-8 byte order mark means UTF-8; a declared name is
//! looked up as Python looks codecs up. Latin-1, ASCII, UTF-8 and cp1252 are decoded here
//! exactly as Python decodes them; the other encodings that `encoding_rs` knows (the
//! ISO-8859 family, the Windows code pages, KOI8, Shift JIS, EUC-JP, EUC-KR, GBK, GB18030,
//! Big5) through it. A name neither knows is reported as Python reports an unknown one.

use std::borrow::Cow;

/// Decodes a Python source file; `Err` holds the detail mypy prints after
/// `error: Cannot decode file: `.
pub fn decode_source(bytes: &[u8]) -> Result<Cow<'_, str>, String> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Cow::Borrowed(text));
    }
    let (bytes, declared) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (rest, None),
        None => (bytes, declared_encoding(bytes)),
    };
    let Some(declared) = declared else {
        return decode_utf8(bytes).map(Cow::Owned);
    };
    let name = normalize_name(&declared);
    match name.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => {
            decode_utf8(bytes).map(Cow::Owned)
        }
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "csisolatin1" | "ibm819" | "iso8859" | "iso_8859_1_1987" => {
            Ok(Cow::Owned(bytes.iter().map(|&b| char::from(b)).collect()))
        }
        "ascii" | "us_ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986"
        | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" => {
            match bytes.iter().position(|b| !b.is_ascii()) {
                None => Ok(Cow::Owned(String::from_utf8_lossy(bytes).into_owned())),
                Some(position) => Err(format!(
                    "'ascii' codec can't decode byte 0x{:02x} in position {position}: ordinal not in range(128)",
                    bytes[position]
                )),
            }
        }
        "cp1252" | "windows_1252" => decode_cp1252(bytes).map(Cow::Owned),
        _ => decode_with_encoding_rs(bytes, &declared, &name).map(Cow::Owned),
    }
}

/// The encoding a PEP 263 comment in the first two lines declares, read as mypy reads it:
/// the regex `([ \t\v]*#.*(\r\n?|\n))??[ \t\v]*#.*coding[:=][ \t]*([-\w.]+)` matched at the
/// start of the file (so a declaration on line 2 counts only below a comment line).
fn declared_encoding(bytes: &[u8]) -> Option<String> {
    let first_end = line_end(bytes, 0);
    if let Some(name) = declaration_in(&bytes[..first_end]) {
        return Some(alias(name));
    }
    if !is_comment_line(&bytes[..first_end]) || first_end == bytes.len() {
        return None;
    }
    let second_start = match (bytes[first_end], bytes.get(first_end + 1)) {
        (b'\r', Some(b'\n')) => first_end + 2,
        _ => first_end + 1,
    };
    let second_end = line_end(bytes, second_start);
    declaration_in(&bytes[second_start..second_end]).map(alias)
}

/// mypy's own aliases, applied before Python looks the name up.
fn alias(name: String) -> String {
    if name.starts_with("iso-latin-1-") || name.starts_with("latin-1-") || name == "iso-latin-1" {
        "latin-1".to_owned()
    } else {
        name
    }
}

/// The end of the line starting at `start` (before its `\r` or `\n`).
fn line_end(bytes: &[u8], start: usize) -> usize {
    bytes[start..]
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
        .map_or(bytes.len(), |at| start + at)
}

fn is_comment_line(line: &[u8]) -> bool {
    let indent = line
        .iter()
        .take_while(|&&b| matches!(b, b' ' | b'\t' | b'\x0b'))
        .count();
    line.get(indent) == Some(&b'#')
}

/// `[ \t\v]*#.*coding[:=][ \t]*([-\w.]+)` on one line: the last `coding:` or `coding=` that
/// a name follows (the `.*` is greedy).
fn declaration_in(line: &[u8]) -> Option<String> {
    if !is_comment_line(line) {
        return None;
    }
    let hash = line.iter().position(|&b| b == b'#')?;
    let is_name_byte = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.');
    (hash + 1..line.len()).rev().find_map(|at| {
        let rest = line[at..].strip_prefix(b"coding")?;
        let rest = rest
            .strip_prefix(b":")
            .or_else(|| rest.strip_prefix(b"="))?;
        let spaces = rest
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        let name: Vec<u8> = rest[spaces..]
            .iter()
            .copied()
            .take_while(|&b| is_name_byte(b))
            .collect();
        (!name.is_empty()).then(|| String::from_utf8_lossy(&name).into_owned())
    })
}

/// Python's `encodings.normalize_encoding`, lowercased as `codecs.lookup` does.
fn normalize_name(name: &str) -> String {
    let mut normalized = String::new();
    let mut pending_underscore = false;
    for ch in name.chars() {
        if ch.is_ascii_alphanumeric() || ch == '.' {
            if pending_underscore && !normalized.is_empty() {
                normalized.push('_');
            }
            pending_underscore = false;
            normalized.push(ch.to_ascii_lowercase());
        } else {
            pending_underscore = true;
        }
    }
    normalized
}

/// Strict UTF-8, with Python's error text.
pub(crate) fn decode_utf8(bytes: &[u8]) -> Result<String, String> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(error) => {
            let position = error.valid_up_to();
            let byte = bytes[position];
            let reason = match error.error_len() {
                None => "unexpected end of data",
                Some(_) if (0x80..0xc2).contains(&byte) || byte >= 0xf5 => "invalid start byte",
                Some(_) => "invalid continuation byte",
            };
            Err(format!(
                "'utf-8' codec can't decode byte 0x{byte:02x} in position {position}: {reason}"
            ))
        }
    }
}

/// Windows-1252 as Python's `cp1252` codec: five bytes are undefined.
fn decode_cp1252(bytes: &[u8]) -> Result<String, String> {
    const HIGH: [u16; 32] = [
        0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
        0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
        0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
    ];
    let mut text = String::with_capacity(bytes.len());
    for (position, &byte) in bytes.iter().enumerate() {
        let ch = match byte {
            0x80..=0x9f => {
                char::from_u32(u32::from(HIGH[usize::from(byte - 0x80)])).filter(|&ch| ch != '\0')
            }
            _ => Some(char::from(byte)),
        };
        match ch {
            Some(ch) => text.push(ch),
            None => return Err(charmap_error(byte, position)),
        }
    }
    Ok(text)
}

fn charmap_error(byte: u8, position: usize) -> String {
    format!(
        "'charmap' codec can't decode byte 0x{byte:02x} in position {position}: character maps to <undefined>"
    )
}

fn decode_with_encoding_rs(bytes: &[u8], declared: &str, name: &str) -> Result<String, String> {
    let label = name.replace('_', "-");
    let encoding = encoding_rs::Encoding::for_label_no_replacement(label.as_bytes())
        .or_else(|| encoding_rs::Encoding::for_label_no_replacement(declared.as_bytes()))
        .filter(|encoding| {
            // UTF-16 needs its byte order handled as Python does; the others are covered.
            *encoding != encoding_rs::UTF_16LE && *encoding != encoding_rs::UTF_16BE
        });
    let Some(encoding) = encoding else {
        return Err(format!("unknown encoding: {declared}"));
    };
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len() * 3);
    let mut text = String::with_capacity(capacity);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut text, true);
    match result {
        encoding_rs::DecoderResult::InputEmpty => Ok(text),
        encoding_rs::DecoderResult::Malformed(bad, after) => {
            let position = read - usize::from(after) - usize::from(bad);
            let byte = bytes[position];
            if encoding.is_single_byte() {
                Err(charmap_error(byte, position))
            } else {
                Err(format!(
                    "'{name}' codec can't decode byte 0x{byte:02x} in position {position}: illegal multibyte sequence"
                ))
            }
        }
        encoding_rs::DecoderResult::OutputFull => Err(format!("unknown encoding: {declared}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bytes_win_over_a_declaration() {
        let source = "# coding: latin-1\nx = \"é\"\n";
        assert_eq!(decode_source(source.as_bytes()).unwrap(), source);
    }

    #[test]
    fn latin1_cp1252_and_ascii() {
        let latin = b"# -*- coding: latin-1 -*-\nx = \"caf\xe9\"\n";
        assert_eq!(
            decode_source(latin).unwrap(),
            "# -*- coding: latin-1 -*-\nx = \"café\"\n"
        );
        let second_line =
            b"#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\nx = \"\xe9\"\n";
        assert!(decode_source(second_line).unwrap().ends_with("x = \"é\"\n"));
        assert_eq!(
            decode_source(b"# coding=cp1252\nx = \"\x80\"\n").unwrap(),
            "# coding=cp1252\nx = \"€\"\n"
        );
        assert_eq!(
            decode_source(b"# coding=cp1252\nx = \"\x80\x81\"\n").unwrap_err(),
            "'charmap' codec can't decode byte 0x81 in position 22: character maps to <undefined>"
        );
        assert_eq!(
            decode_source(b"# coding: ascii\nx = \"\xe9\"\n").unwrap_err(),
            "'ascii' codec can't decode byte 0xe9 in position 21: ordinal not in range(128)"
        );
    }

    #[test]
    fn what_mypy_reports() {
        assert_eq!(
            decode_source(b"# coding: bogus-enc\nx = \"\xe9\"\n").unwrap_err(),
            "unknown encoding: bogus-enc"
        );
        // A declaration on the third line does not count.
        assert_eq!(
            decode_source(b"x = 1\n# coding: latin-1\nz = 3\ny = \"\xe9\"\n").unwrap_err(),
            "'utf-8' codec can't decode byte 0xe9 in position 35: invalid continuation byte"
        );
        // A byte order mark means UTF-8; positions count after it.
        assert_eq!(
            decode_source(b"\xef\xbb\xbf# coding: latin-1\nx = \"\xe9\"\n").unwrap_err(),
            "'utf-8' codec can't decode byte 0xe9 in position 23: invalid continuation byte"
        );
        assert_eq!(
            decode_source(b"# coding: shift_jis\nx = \"\x82\xa0\"\n").unwrap(),
            "# coding: shift_jis\nx = \"あ\"\n"
        );
    }
}
