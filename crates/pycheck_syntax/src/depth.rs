//! A token pre-pass that bounds how deep the syntax tree can get.
//!
//! The parser itself does not recurse, but dropping, comparing and walking the tree it builds
//! does, one stack frame per level. This pass rejects, before any tree exists:
//!
//! - brackets nested more than [`MAX_BRACKETS`] deep and blocks indented more than
//!   [`MAX_INDENTS`] levels: CPython refuses both ("too many nested parentheses", "too many
//!   levels of indentation");
//! - expressions whose tree would be deeper than [`MAX_NESTING_DEPTH`].
//!
//! The tree depth of an expression is estimated from above, precedence-aware: for each
//! precedence level that is open (an operator of that level seen, and no operator of a
//! lower level since), the number of its operators seen. A left-deep chain of one operator
//! (`a - b - c ...`) nests one level per operator, but the terms of a chain (`2*p*q` in
//! `1 - 2*p*q - 2*p*q ...`) close their level when the next `-` comes, so they do not add
//! up across terms. Comparisons and `and`/`or` build one flat node, so a run of them counts
//! once. A pending `lambda` keeps its level open across its parameters' `,` and `:`.

use rustpython_parser::Tok;
use rustpython_parser::lexer::LexResult;
use rustpython_parser::text_size::TextSize;

/// The deepest expression tree accepted (operators, trailers and brackets on one path from
/// the root). The checker's worker threads run on 256 MiB stacks; tests/cli.rs checks the
/// deepest accepted inputs end to end.
pub const MAX_NESTING_DEPTH: usize = 10_000;

/// CPython's limit on nested brackets (its tokenizer's `MAXLEVEL`).
pub const MAX_BRACKETS: usize = 200;

/// CPython's limit on indentation levels (its tokenizer's `MAXINDENT`).
pub const MAX_INDENTS: usize = 99;

/// Why a source was refused, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TooDeep {
    pub offset: TextSize,
}

/// Precedence levels, lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Lambda,
    Walrus,
    Ternary,
    Or,
    And,
    Not,
    Compare,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Unary,
    Power,
    Await,
    Trailer,
}

impl Level {
    /// Levels whose run builds one flat node (`a < b < c`, `a and b and c`).
    fn is_flat(self) -> bool {
        matches!(self, Level::Compare | Level::And | Level::Or)
    }
}

/// One bracket level (or the statement itself): the open precedence levels and their runs.
#[derive(Debug, Default)]
struct Frame {
    levels: Vec<(Level, usize)>,
    /// Sum of the runs in `levels`.
    depth: usize,
    /// `lambda`s whose `:` has not come yet.
    pending_lambdas: usize,
    /// The last token ended an operand (a name, a literal, a closing bracket).
    after_operand: bool,
}

impl Frame {
    fn operator(&mut self, level: Level) {
        while let Some(&(top, run)) = self.levels.last() {
            if top <= level {
                break;
            }
            self.levels.pop();
            self.depth -= run;
        }
        match self.levels.last_mut() {
            Some((top, run)) if *top == level => {
                if !level.is_flat() {
                    *run += 1;
                    self.depth += 1;
                }
            }
            _ => {
                self.levels.push((level, 1));
                self.depth += 1;
            }
        }
        self.after_operand = false;
    }

    /// A statement boundary, or a separator between sibling expressions (`,` `:` `=`).
    fn separator(&mut self) {
        if self.pending_lambdas > 0 {
            // Parameters of a lambda: its level stays open.
            self.after_operand = false;
            return;
        }
        self.levels.clear();
        self.depth = 0;
        self.after_operand = false;
    }

    fn operand(&mut self, depth: usize) {
        if depth > 0 {
            // An operand that is a tree of its own (an f-string's fields).
            self.operator(Level::Trailer);
            if let Some((_, run)) = self.levels.last_mut() {
                *run += depth - 1;
            }
            self.depth += depth - 1;
        }
        self.after_operand = true;
    }
}

/// The offset of the first token past one of the limits.
pub(crate) fn first_offset_beyond_limit(tokens: &[LexResult]) -> Option<TooDeep> {
    let mut indents: usize = 0;
    let mut frames: Vec<Frame> = vec![Frame::default()];
    // Sum of the depths of all frames but the innermost.
    let mut outer_depth: usize = 0;
    for token in tokens {
        let Ok((tok, range)) = token else {
            // Lexical errors are reported by the parser with a better message.
            return None;
        };
        let frame = frames
            .last_mut()
            .expect("the statement frame is never popped");
        match tok {
            Tok::Indent => {
                indents += 1;
                if indents > MAX_INDENTS {
                    return Some(TooDeep {
                        offset: range.start(),
                    });
                }
            }
            Tok::Dedent => indents = indents.saturating_sub(1),
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                if frame.after_operand {
                    // A call or a subscript: one more level on the operand's chain.
                    frame.operator(Level::Trailer);
                }
                outer_depth += frame.depth + 1;
                frames.push(Frame::default());
                if frames.len() - 1 > MAX_BRACKETS {
                    return Some(TooDeep {
                        offset: range.start(),
                    });
                }
            }
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                if frames.len() > 1 {
                    frames.pop();
                    let outer = frames.last_mut().expect("popped above the statement frame");
                    outer_depth -= outer.depth + 1;
                    outer.after_operand = true;
                }
            }
            Tok::Newline | Tok::Semi => {
                // A statement ends: unclosed brackets are the parser's error to report.
                frame.pending_lambdas = 0;
                frame.separator();
            }
            Tok::Colon => {
                if frame.pending_lambdas > 0 {
                    frame.pending_lambdas -= 1;
                    frame.after_operand = false;
                } else {
                    frame.separator();
                }
            }
            Tok::Lambda => {
                frame.operator(Level::Lambda);
                frame.pending_lambdas += 1;
            }
            Tok::Name { .. }
            | Tok::Int { .. }
            | Tok::Float { .. }
            | Tok::Complex { .. }
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis => frame.operand(0),
            Tok::String { value, kind, .. } => {
                let depth = if kind.is_any_fstring() {
                    fstring_depth_bound(value)
                } else {
                    0
                };
                frame.operand(depth);
            }
            tok => match operator_level(tok, frame.after_operand) {
                Some(level) => frame.operator(level),
                None => frame.separator(),
            },
        }
        let frame = frames.last().expect("the statement frame is never popped");
        if indents + outer_depth + frame.depth > MAX_NESTING_DEPTH {
            return Some(TooDeep {
                offset: range.start(),
            });
        }
    }
    None
}

/// The precedence level of an operator token; `None` for a separator or a statement keyword.
fn operator_level(tok: &Tok, after_operand: bool) -> Option<Level> {
    let level = match tok {
        Tok::Dot => Level::Trailer,
        Tok::DoubleStar if after_operand => Level::Power,
        Tok::Await => Level::Await,
        Tok::Plus | Tok::Minus | Tok::Tilde if !after_operand => Level::Unary,
        // A starred expression or a `**` unpacking.
        Tok::Star | Tok::DoubleStar => Level::Unary,
        Tok::Slash | Tok::DoubleSlash | Tok::Percent | Tok::At => Level::Term,
        Tok::Plus | Tok::Minus => Level::Arith,
        Tok::LeftShift | Tok::RightShift => Level::Shift,
        Tok::Amper => Level::BitAnd,
        Tok::CircumFlex => Level::BitXor,
        Tok::Vbar => Level::BitOr,
        Tok::Less
        | Tok::Greater
        | Tok::LessEqual
        | Tok::GreaterEqual
        | Tok::EqEqual
        | Tok::NotEqual
        | Tok::Is
        | Tok::In => Level::Compare,
        Tok::Not if after_operand => Level::Compare,
        Tok::Not => Level::Not,
        Tok::And => Level::And,
        Tok::Or => Level::Or,
        Tok::If | Tok::Else if after_operand => Level::Ternary,
        Tok::ColonEqual => Level::Walrus,
        _ => return None,
    };
    Some(match (tok, after_operand) {
        // `a * b` multiplies; a `*` that starts an operand unpacks.
        (Tok::Star, true) => Level::Term,
        _ => level,
    })
}

/// An upper bound on the depth of the expressions in an f-string's replacement fields: a
/// tree is never deeper than its number of tokens, and every token but a name or a literal
/// has a punctuation character or is a keyword.
fn fstring_depth_bound(value: &str) -> usize {
    let mut bound = 0;
    let mut field_depth = 0usize;
    let mut chars = value.chars().peekable();
    let mut word = false;
    while let Some(ch) = chars.next() {
        if field_depth == 0 {
            match ch {
                '{' if chars.peek() == Some(&'{') => {
                    chars.next();
                }
                '{' => {
                    field_depth = 1;
                    bound += 1;
                }
                _ => {}
            }
            continue;
        }
        match ch {
            '{' => field_depth += 1,
            '}' => field_depth -= 1,
            _ => {}
        }
        if ch.is_alphanumeric() || ch == '_' {
            if !word {
                bound += 1;
            }
            word = true;
        } else {
            word = false;
            if !ch.is_whitespace() {
                bound += 1;
            }
        }
    }
    bound
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustpython_parser::{Mode, lexer};

    fn depth_verdict(source: &str) -> Option<TooDeep> {
        let tokens: Vec<_> = lexer::lex(source, Mode::Module).collect();
        first_offset_beyond_limit(&tokens)
    }

    #[test]
    fn terms_of_a_chain_do_not_add_up() {
        let source = format!("x = 1{}\n", " - 2*p*q".repeat(9_000));
        assert_eq!(depth_verdict(&source), None);
        let source = format!("x = 1{}\n", " - 2*p*q".repeat(10_500));
        assert!(depth_verdict(&source).is_some());
    }

    #[test]
    fn flat_nodes_do_not_nest() {
        let source = format!("x = 1{}\n", " < 2 and 3".repeat(50_000));
        assert_eq!(depth_verdict(&source), None);
    }

    #[test]
    fn right_nesting_counts() {
        for unit in ["-", "not ", "lambda: ", "1 if c else ", "await ", "1 ** "] {
            let source = format!("x = {}1\n", unit.repeat(MAX_NESTING_DEPTH + 1));
            assert!(depth_verdict(&source).is_some(), "{unit}");
        }
        let attributes = format!("x = a{}\n", ".b".repeat(MAX_NESTING_DEPTH + 1));
        assert!(depth_verdict(&attributes).is_some());
        let calls = format!("x = f{}\n", "()".repeat(MAX_NESTING_DEPTH + 1));
        assert!(depth_verdict(&calls).is_some());
    }

    #[test]
    fn fstring_fields_count() {
        let source = format!("x = f\"{{{}1}}\"\n", "-".repeat(MAX_NESTING_DEPTH + 1));
        assert!(depth_verdict(&source).is_some());
        let text = format!("x = f\"{}{{a}}\"\n", "- ".repeat(MAX_NESTING_DEPTH + 1));
        assert_eq!(depth_verdict(&text), None);
    }

    #[test]
    fn cpythons_bracket_and_indent_limits() {
        let ok = format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200));
        assert_eq!(depth_verdict(&ok), None);
        let deep = format!("x = {}1{}\n", "(".repeat(201), ")".repeat(201));
        assert_eq!(
            depth_verdict(&deep).unwrap().offset,
            TextSize::from(4 + 200)
        );
        let blocks = |n: usize| {
            (0..n)
                .map(|i| format!("{}if x:\n", " ".repeat(i)))
                .collect::<String>()
                + &" ".repeat(n)
                + "pass\n"
        };
        assert_eq!(depth_verdict(&blocks(99)), None);
        assert!(depth_verdict(&blocks(100)).is_some());
    }
}
