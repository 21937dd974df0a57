//! Byte offsets to 1-based lines and columns.

use rustpython_parser::text_size::TextSize;

/// A 1-based line and a 1-based column counted in characters, as mypy prints them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LineCol {
    pub line: u32,
    pub column: u32,
}

/// The start offset of every line of one text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineIndex {
    line_starts: Vec<TextSize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![TextSize::from(0)];
        for (offset, byte) in text.bytes().enumerate() {
            if byte == b'\n' {
                line_starts.push(TextSize::from(offset as u32 + 1));
            }
        }
        LineIndex { line_starts }
    }

    /// The line and column of `offset` in `text` (the text this index was built from).
    pub fn line_col(&self, offset: TextSize, text: &str) -> LineCol {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        };
        let start = usize::from(self.line_starts[line]);
        let end = usize::from(offset).min(text.len());
        let column = text
            .get(start..end)
            .map_or(end - start, |s| s.chars().count());
        LineCol {
            line: line as u32 + 1,
            column: column as u32 + 1,
        }
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The offset at which 1-based `line` starts, if the text has that line.
    pub fn line_start(&self, line: u32) -> Option<TextSize> {
        self.line_starts
            .get((line as usize).checked_sub(1)?)
            .copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters() {
        let text = "a = 1\nb = 'é' + x\n";
        let index = LineIndex::new(text);
        let x = text.find('x').unwrap() as u32;
        assert_eq!(
            index.line_col(TextSize::from(x), text),
            LineCol {
                line: 2,
                column: 11
            }
        );
        assert_eq!(
            index.line_col(TextSize::from(0), text),
            LineCol { line: 1, column: 1 }
        );
    }
}
