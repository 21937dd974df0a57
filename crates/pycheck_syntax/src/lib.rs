//! The syntax layer: Python source text in, an abstract syntax tree or one syntax error out.
//!
//! This crate is the only one that depends on `rustpython-parser`. The parser is no longer
//! maintained upstream, so every other layer reaches the AST through [`ast`] and
//! [`parse_module`] here; replacing the parser means changing this crate alone.
//!
//! Invariant: this layer knows no types and no diagnostics policy. It reports *where* and
//! *what* went wrong in the text; deciding the error code and how to show it is the caller's.
//!
//! Besides parsing it guards against input nested so deeply that walking (or even dropping)
//! the resulting tree would overflow the stack, and it maps byte offsets to the 1-based
//! line and column numbers that messages use ([`LineIndex`]).

mod depth;
mod encoding;
mod line_index;
mod normalize;
mod suppression;
mod targets;

use std::fmt;

pub use encoding::decode_source;
pub use line_index::{LineCol, LineIndex};
pub use rustpython_parser::ast;
pub use rustpython_parser::text_size::{TextRange, TextSize};
pub use suppression::{IgnoreComment, ignore_comments};

pub use depth::{MAX_BRACKETS, MAX_INDENTS, MAX_NESTING_DEPTH};
pub use targets::{NewerSyntax, newer_syntax};

/// The one syntax error a file can have: the parser has no error recovery, so parsing stops
/// at the first one.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SyntaxError {
    pub message: String,
    /// Byte offset into the source where the parser gave up.
    pub offset: TextSize,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// A parsed module: the top-level statements of one file.
pub type Module = ast::ModModule;

/// Parses a whole Python module.
///
/// `path` is only used in the parser's own bookkeeping; errors carry byte offsets.
pub fn parse_module(source: &str, path: &str) -> Result<Module, SyntaxError> {
    use rustpython_parser::{Mode, lexer};

    let source = normalize::normalize(source);
    // The lexer keeps yielding the same error at an unclosed bracket: stop at the first.
    let mut tokens = Vec::new();
    for token in lexer::lex(&source, Mode::Module) {
        let failed = token.is_err();
        tokens.push(token);
        if failed {
            break;
        }
    }
    if let Some(too_deep) = depth::first_offset_beyond_limit(&tokens) {
        return Err(SyntaxError {
            message: TOO_DEEPLY_NESTED.to_owned(),
            offset: too_deep.offset,
        });
    }
    let module = match rustpython_parser::parse_tokens(tokens, Mode::Module, path) {
        Ok(ast::Mod::Module(module)) => module,
        Ok(_) => unreachable!("Mode::Module always yields ast::Mod::Module"),
        Err(error) => {
            return Err(SyntaxError {
                message: describe_parse_error(&error.error),
                offset: error.offset,
            });
        }
    };
    match targets::first_invalid_target(&module.body) {
        Some(error) => Err(error),
        None => Ok(module),
    }
}

/// mypy's words for code nested past the limits (see [`MAX_NESTING_DEPTH`]).
pub const TOO_DEEPLY_NESTED: &str = "Source is too deeply nested";

fn describe_parse_error(error: &rustpython_parser::ParseErrorType) -> String {
    use rustpython_parser::ParseErrorType;
    match error {
        ParseErrorType::Eof => "Unexpected EOF while parsing".to_owned(),
        ParseErrorType::UnrecognizedToken(token, _) if !error.is_indentation_error() => {
            format!("Invalid syntax: unexpected {token}")
        }
        other => {
            let text = other.to_string();
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => "Invalid syntax".to_owned(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_function() {
        let module = parse_module("def f(x: int) -> int:\n    return x\n", "t.py").unwrap();
        assert_eq!(module.body.len(), 1);
    }

    #[test]
    fn reports_the_offset_of_a_syntax_error() {
        let source = "x = 1\ny = = 2\n";
        let error = parse_module(source, "t.py").unwrap_err();
        let index = LineIndex::new(source);
        assert_eq!(index.line_col(error.offset, source).line, 2);
        assert!(
            error.message.starts_with("Invalid syntax"),
            "{}",
            error.message
        );
    }

    #[test]
    fn stops_at_an_unclosed_bracket() {
        let error = parse_module("x = (1,\n", "t.py").unwrap_err();
        assert_eq!(error.message, "Unexpected EOF while parsing");
    }

    #[test]
    fn rejects_deep_nesting_before_building_the_tree() {
        let source = format!("x = {}1{}\n", "[".repeat(5000), "]".repeat(5000));
        let error = parse_module(&source, "t.py").unwrap_err();
        assert_eq!(error.message, TOO_DEEPLY_NESTED);
        assert_eq!(error.offset, TextSize::from(4 + 200));
        let chain = format!("x = {}1\n", "1 + ".repeat(100_000));
        assert!(parse_module(&chain, "t.py").is_err());
    }

    #[test]
    fn accepts_what_cpython_accepts() {
        let chain = format!("x = 1{}\n", " - 2*p*q".repeat(400));
        let tab_line = "def f():\n    x = 1\n  \t\n    return x\n";
        let fstring = "x = f\"{'''eric's'''}\"\n";
        for source in [chain.as_str(), tab_line, fstring] {
            assert!(parse_module(source, "t.py").is_ok(), "{source}");
        }
    }

    #[test]
    fn invalid_targets_are_syntax_errors() {
        for (source, message, column) in [
            ("1 = 2\n", "Invalid assignment target", 0),
            ("a ** b = 3\n", "Invalid assignment target", 0),
            ("(a, 1) = 2\n", "Invalid assignment target", 4),
            ("x = y = f() = 1\n", "Invalid assignment target", 8),
            ("for 1 in []: pass\n", "Invalid assignment target", 4),
            ("with f() as 1: pass\n", "Invalid assignment target", 12),
            ("None = 1\n", "Invalid assignment target", 0),
            ("a + 1 += 2\n", "Invalid augmented assignment target", 0),
            ("1: int = 2\n", "Invalid annotated assignment target", 0),
            ("del 1\n", "Invalid delete target", 4),
            (
                "if x:\n    [a, *b, 2] = c\n",
                "Invalid assignment target",
                18,
            ),
        ] {
            let error = parse_module(source, "t.py").unwrap_err();
            assert_eq!(error.message, message, "{source}");
            assert_eq!(error.offset, TextSize::from(column), "{source}");
        }
        let valid =
            "a.b = c[0] = [d, *e] = (f, g) = 1\nx: int = 1\nfor a, b in c: pass\ndel a, b[0]\n";
        assert!(parse_module(valid, "t.py").is_ok());
    }

    #[test]
    fn accepts_long_flat_code() {
        let source = "x = [".to_owned() + &"1, ".repeat(100_000) + "]\n";
        assert!(parse_module(&source, "t.py").is_ok());
        let lines = "y = 1 + 2\n".repeat(20_000);
        assert!(parse_module(&lines, "t.py").is_ok());
    }
}
