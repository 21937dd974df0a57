//! The checking engine: a salsa database of files and everything derived from them.
//!
//! Flow: [`File`] inputs → [`parse::parsed_module`] → symbol indexes ([`index`]) →
//! declarations and classes ([`symbols`]) → types of expressions and statements
//! ([`infer`], [`expressions`], [`calls`], [`relate`]) → [`check::check_file`].
//!
//! Invariant: the engine does no I/O and knows nothing of terminals or the language
//! server protocol. Hosts put text in through [`RootDatabase`] and take plain
//! [`pycheck_diagnostics::Diagnostic`] values out. salsa (the incremental computation
//! framework) is why edits recompute only what depends on them. `stacker` tells how much
//! of a thread's stack is left, so that runaway recursion panics (caught by the host, per
//! file) before it overflows the stack, which would abort the process.

mod aliases;
mod annotation_names;
mod annotations;
mod bodies;
mod calls;
pub mod check;
mod class_checks;
mod constructors;
pub mod db;
mod decorators;
mod expressions;
mod finals;
mod functional;
pub mod imports;
pub mod index;
mod infer;
mod mismatch;
pub mod navigation;
mod overloads;
pub mod parse;
mod patterns;
mod reachability;
mod relate;
mod reveal;
mod stack;
pub mod symbols;
mod synthesized;
mod typed_dicts;
pub mod types;
pub mod typeshed;
mod variance;

pub use check::{check_file, has_blocking_error};
pub use db::{Db, File, Project, RootDatabase};
pub use typeshed::Typeshed;
