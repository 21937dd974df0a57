//! A token pre-pass that bounds how deep the syntax tree can get.
//!
//! The parser itself does not recurse, but dropping, comparing and walking the tree it builds
//! does, one stack frame per level. Counting open brackets plus the run of operators since
//! the last statement boundary bounds that depth from above, so rejecting input past a
//! generous limit keeps every later recursive walk safe.

use rustpython_parser::Tok;
use rustpython_parser::lexer::LexResult;
use rustpython_parser::text_size::TextSize;

/// The deepest nesting accepted. Real code stays far below it (CPython's own parser stops
/// at 200 nested brackets).
pub const MAX_NESTING_DEPTH: usize = 1000;

/// The offset of the first token at which the nesting bound exceeds [`MAX_NESTING_DEPTH`].
pub(crate) fn first_offset_beyond_limit(tokens: &[LexResult]) -> Option<TextSize> {
    // Open brackets plus indented blocks: both nest the tree one level each.
    let mut brackets: usize = 0;
    // Operators chained inside the current bracket level (`a + b + c` nests left-deep).
    let mut operator_runs: Vec<usize> = vec![0];
    for token in tokens {
        let Ok((tok, range)) = token else {
            // Lexical errors are reported by the parser with a better message.
            return None;
        };
        match tok {
            Tok::Indent => brackets += 1,
            Tok::Dedent => brackets = brackets.saturating_sub(1),
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                brackets += 1;
                operator_runs.push(0);
            }
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                brackets = brackets.saturating_sub(1);
                if operator_runs.len() > 1 {
                    operator_runs.pop();
                }
            }
            Tok::Newline | Tok::Comma | Tok::Colon | Tok::Semi => {
                if let Some(run) = operator_runs.last_mut() {
                    *run = 0;
                }
            }
            tok if is_nesting_operator(tok) => {
                if let Some(run) = operator_runs.last_mut() {
                    *run += 1;
                }
            }
            _ => {}
        }
        let depth = brackets + operator_runs.iter().sum::<usize>();
        if depth > MAX_NESTING_DEPTH {
            return Some(range.start());
        }
    }
    None
}

fn is_nesting_operator(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Plus
            | Tok::Minus
            | Tok::Star
            | Tok::DoubleStar
            | Tok::Slash
            | Tok::DoubleSlash
            | Tok::Percent
            | Tok::At
            | Tok::Vbar
            | Tok::Amper
            | Tok::CircumFlex
            | Tok::Tilde
            | Tok::LeftShift
            | Tok::RightShift
            | Tok::Dot
            | Tok::Not
            | Tok::And
            | Tok::Or
            | Tok::Less
            | Tok::Greater
            | Tok::LessEqual
            | Tok::GreaterEqual
            | Tok::EqEqual
            | Tok::NotEqual
            | Tok::Is
            | Tok::In
            | Tok::If
            | Tok::Else
            | Tok::Lambda
            | Tok::Await
    )
}
