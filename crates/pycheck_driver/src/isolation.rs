//! Panics cost the file they happen in, never the run.
//!
//! A bug in the engine shows as a panic. The check of each file runs under
//! [`catch_file_panic`], so a panic becomes one diagnostic on that file and every other
//! file is still checked and reported. The panic hook ([`install_panic_hook`]) records
//! what panicked and where for that diagnostic; a panic outside any file's check (the
//! binary's own code) is printed to stderr as one line instead.

use std::cell::{Cell, RefCell};
use std::sync::Arc;

use pycheck_diagnostics::{Diagnostic, TextRange, codes, messages};
use pycheck_semantic::{File, RootDatabase, check_file};
use std::panic::{AssertUnwindSafe, PanicHookInfo};
use std::sync::atomic::{AtomicBool, Ordering};

thread_local! {
    /// Set while this thread checks one file: its panics are reported on that file.
    static CHECKING_A_FILE: Cell<bool> = const { Cell::new(false) };
    /// What the last panic on this thread said, with its location.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Set by the first panic outside a file's check, so a panic re-raised when a worker
/// thread is joined does not print a second report.
static REPORTED_UNCAUGHT: AtomicBool = AtomicBool::new(false);

/// Replaces the default hook (a multi-line message and maybe a backtrace on stderr) with
/// one line per panic outside a file's check, and none for a panic inside one: that one
/// becomes the file's diagnostic.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let description = describe(info);
        if CHECKING_A_FILE.get() {
            LAST_PANIC.set(Some(description));
        } else if !REPORTED_UNCAUGHT.swap(true, Ordering::SeqCst) {
            eprintln!(
                "pycheck: internal error: {description}; this is a bug in pycheck, please report it with the command and the files checked"
            );
        }
    }));
}

/// The panic's message and where it happened: `index out of bounds ... at src/x.rs:10`.
fn describe(info: &PanicHookInfo<'_>) -> String {
    let message = panic_message(info.payload());
    match info.location() {
        Some(location) => format!("{message} at {}:{}", location.file(), location.line()),
        None => message,
    }
}

/// Why a file's check did not finish.
pub(crate) enum Failure {
    /// salsa cancelled it for a pending edit: the payload to unwind on with.
    Cancelled(Box<dyn std::any::Any + Send>),
    /// A bug: what panicked and where.
    Panicked(String),
}

/// What a panic's payload says: the text `panic!` was given.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_owned())
}

/// Runs the check of one file, catching a panic inside it.
///
/// The database stays usable after a caught panic: salsa releases the queries that were
/// running when the panic unwound through them and does not memoize their results.
pub(crate) fn catch_file_panic<T>(check: impl FnOnce() -> T) -> Result<T, Failure> {
    let was_checking = CHECKING_A_FILE.replace(true);
    LAST_PANIC.set(None);
    let result = std::panic::catch_unwind(AssertUnwindSafe(check));
    CHECKING_A_FILE.set(was_checking);
    result.map_err(|payload| {
        match payload.downcast_ref::<salsa::Cancelled>() {
            Some(salsa::Cancelled::PendingWrite | salsa::Cancelled::Local) => {
                return Failure::Cancelled(payload);
            }
            // Another thread's check panicked inside a query this one waited for.
            Some(salsa::Cancelled::PropagatedPanic) => {
                return Failure::Panicked(
                    "a query this file needs failed while another file was checked".to_owned(),
                );
            }
            _ => {}
        }
        Failure::Panicked(
            LAST_PANIC
                .take()
                .unwrap_or_else(|| panic_message(&*payload)),
        )
    })
}

/// `check_file`, where a panic becomes the file's one `[internal-error]` diagnostic; the
/// flag says whether it did. A cancellation (the language server's next edit) unwinds on:
/// it is not a failure, and the caller checks again.
pub fn check_file_isolated(db: &RootDatabase, file: File) -> (Arc<[Diagnostic]>, bool) {
    let checked = catch_file_panic(|| {
        if planted_panic_in(file.path(db)) {
            panic!("PYCHECK_TEST_PANIC_IN names this file");
        }
        check_file(db, file).clone()
    });
    match checked {
        Ok(diagnostics) => (diagnostics, false),
        Err(Failure::Cancelled(payload)) => std::panic::resume_unwind(payload),
        Err(Failure::Panicked(description)) => {
            let diagnostic = Diagnostic::error(
                codes::INTERNAL_ERROR,
                TextRange::default(),
                messages::internal_error(&description),
            );
            (Arc::from([diagnostic]), true)
        }
    }
}

/// Whether the test suite asks for a panic in the check of `path` (the environment
/// variable `PYCHECK_TEST_PANIC_IN` names the file, or the end of its path), to show that
/// the panic costs that file only.
fn planted_panic_in(path: &str) -> bool {
    static PLANTED: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    PLANTED
        .get_or_init(|| std::env::var("PYCHECK_TEST_PANIC_IN").ok())
        .as_deref()
        .is_some_and(|planted| path == planted || path.ends_with(&format!("/{planted}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caught_panic_is_described_with_its_location() {
        install_panic_hook();
        let Err(Failure::Panicked(caught)) = catch_file_panic(|| -> u8 { panic!("planted") })
        else {
            panic!("the panic was not caught as one");
        };
        assert!(
            caught.starts_with("planted at crates/pycheck_driver/src/isolation.rs:"),
            "{caught}"
        );
        assert!(matches!(catch_file_panic(|| 7), Ok(7)));
    }
}
