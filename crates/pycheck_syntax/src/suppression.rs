//! `# type: ignore` comments (and pycheck's own `# pycheck: ignore`), found by scanning
//! the text: the parser drops comments.

/// One ignore comment: the 1-based line it is on, and the codes it names (`None` for a
/// bare `# type: ignore`, which silences every error on the line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IgnoreComment {
    pub line: u32,
    pub codes: Option<Vec<String>>,
    /// Whether it sits above the first statement, where it silences the whole file.
    pub whole_file: bool,
    /// How the comment spells itself: `type: ignore` or `pycheck: ignore`.
    pub spelling: &'static str,
}

/// Every ignore comment of `source`. A comment counts only if it starts with
/// `type: ignore` (or `pycheck: ignore`), as Python's tokenizer has it: `# noqa  # type:
/// ignore` is one comment about something else.
pub fn ignore_comments(source: &str) -> Vec<IgnoreComment> {
    let mut found = Vec::new();
    let mut seen_code = false;
    for (line_index, comment, code_before) in comments(source) {
        seen_code |= code_before;
        if let Some(codes) = parse_ignore(comment) {
            let spelling = if comment
                .trim_start_matches('#')
                .trim_start()
                .starts_with("pycheck:")
            {
                "pycheck: ignore"
            } else {
                "type: ignore"
            };
            found.push(IgnoreComment {
                line: line_index + 1,
                codes,
                whole_file: !seen_code,
                spelling,
            });
        }
    }
    found
}

/// `type: ignore[a, b]` → `Some(Some([a, b]))`; not an ignore comment → `None`.
fn parse_ignore(comment: &str) -> Option<Option<Vec<String>>> {
    let body = comment.trim_start_matches('#').trim_start();
    let rest = body
        .strip_prefix("type:")
        .or_else(|| body.strip_prefix("pycheck:"))?
        .trim_start()
        .strip_prefix("ignore")?;
    if let Some(list) = rest.strip_prefix('[') {
        let end = list.find(']')?;
        let codes = list[..end]
            .split(',')
            .map(|c| c.trim().to_owned())
            .filter(|c| !c.is_empty())
            .collect();
        return Some(Some(codes));
    }
    // `type: ignore` must end there (or be followed by space or another comment).
    match rest.chars().next() {
        None => Some(None),
        Some(c) if c.is_whitespace() || c == '#' => Some(None),
        Some(_) => None,
    }
}

/// The comments of `source`: (0-based line, text from `#`, whether code came before it
/// in the file, counting the line it is on).
fn comments(source: &str) -> Vec<(u32, &str, bool)> {
    let bytes = source.as_bytes();
    let mut result = Vec::new();
    let mut line = 0u32;
    let mut seen_code = false;
    let mut i = 0;
    // Inside a string: its quote character and whether it is triple-quoted.
    let mut string: Option<(u8, bool)> = None;
    while i < bytes.len() {
        let b = bytes[i];
        match string {
            Some((quote, triple)) => {
                if b == b'\\' {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        line += 1;
                    }
                    i += 2;
                    continue;
                }
                if b == b'\n' {
                    line += 1;
                    if !triple {
                        // An unterminated single-line string ends at the line's end.
                        string = None;
                    }
                } else if b == quote {
                    if !triple {
                        string = None;
                    } else if bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote) {
                        string = None;
                        i += 3;
                        continue;
                    }
                }
                i += 1;
            }
            None => match b {
                b'#' => {
                    let end = source[i..].find('\n').map_or(source.len(), |n| i + n);
                    result.push((line, &source[i..end], seen_code));
                    i = end;
                }
                b'\'' | b'"' => {
                    seen_code = true;
                    let triple = bytes.get(i + 1) == Some(&b) && bytes.get(i + 2) == Some(&b);
                    string = Some((b, triple));
                    i += if triple { 3 } else { 1 };
                }
                b'\n' => {
                    line += 1;
                    i += 1;
                }
                c => {
                    if !c.is_ascii_whitespace() {
                        seen_code = true;
                    }
                    i += 1;
                }
            },
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_ignores_outside_strings() {
        let source = "# type: ignore\nx = '# type: ignore'\ny = 1  # type: ignore[assignment, misc]\nz = 2  # noqa  # type: ignore\nw = 3  # type:ignore\nv = \"\"\"\n# type: ignore\n\"\"\"  # pycheck: ignore[arg-type]\n";
        let found = ignore_comments(source);
        assert_eq!(
            found,
            vec![
                IgnoreComment {
                    line: 1,
                    codes: None,
                    whole_file: true,
                    spelling: "type: ignore"
                },
                IgnoreComment {
                    line: 3,
                    codes: Some(vec!["assignment".into(), "misc".into()]),
                    whole_file: false,
                    spelling: "type: ignore"
                },
                IgnoreComment {
                    line: 5,
                    codes: None,
                    whole_file: false,
                    spelling: "type: ignore"
                },
                IgnoreComment {
                    line: 8,
                    codes: Some(vec!["arg-type".into()]),
                    whole_file: false,
                    spelling: "pycheck: ignore"
                },
            ]
        );
    }

    #[test]
    fn ignores_that_are_not_ignores() {
        assert_eq!(parse_ignore("# type: ignored"), None);
        assert_eq!(parse_ignore("# type: int"), None);
        assert_eq!(parse_ignore("#type: ignore  # why"), Some(None));
    }
}
