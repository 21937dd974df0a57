//! The parse query: one file's text to its syntax tree (or its one syntax error).

use std::sync::Arc;

use pycheck_syntax::{Module, SyntaxError};

use crate::db::{Db, File};

/// A shared handle on a parse result. Equality is identity: comparing two trees deeply is
/// slow and pointless (every edit moves ranges), so the query never backdates.
#[derive(Debug, Clone)]
pub struct Parsed(Arc<Result<Module, SyntaxError>>);

impl Parsed {
    pub fn module(&self) -> Option<&Module> {
        self.0.as_ref().as_ref().ok()
    }

    pub fn syntax_error(&self) -> Option<&SyntaxError> {
        self.0.as_ref().as_ref().err()
    }

    /// The module's statements; empty when the file does not parse.
    pub fn body(&self) -> &[pycheck_syntax::ast::Stmt] {
        self.module().map_or(&[], |module| &module.body)
    }
}

impl PartialEq for Parsed {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for Parsed {}

#[salsa::tracked(returns(ref), no_eq, lru = 4096)]
pub fn parsed_module(db: &dyn Db, file: File) -> Parsed {
    Parsed(Arc::new(pycheck_syntax::parse_module(
        file.text(db),
        file.path(db),
    )))
}
