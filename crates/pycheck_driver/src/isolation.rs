//! Panics cost the file they happen in, never the run.
//!
//! A bug in the engine shows as a panic. The check of each file runs under
//! [`catch_file_panic`], so a panic becomes one diagnostic on that file and every other
//! file is still checked and reported. The panic hook ([`install_panic_hook`]) records
//! what panicked and where for that diagnostic; a panic outside any file's check (the
//! binary's own code) is printed to stderr as one line instead.

use std::cell::{Cell, RefCell};
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
    let payload = info.payload();
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_owned());
    match info.location() {
        Some(location) => format!("{message} at {}:{}", location.file(), location.line()),
        None => message,
    }
}

/// Runs the check of one file; a panic inside it comes back as its description.
///
/// The database stays usable after a caught panic: salsa releases the queries that were
/// running when the panic unwound through them and does not memoize their results.
pub(crate) fn catch_file_panic<T>(check: impl FnOnce() -> T) -> Result<T, String> {
    let was_checking = CHECKING_A_FILE.replace(true);
    LAST_PANIC.set(None);
    let result = std::panic::catch_unwind(AssertUnwindSafe(check));
    CHECKING_A_FILE.set(was_checking);
    result.map_err(|payload| {
        LAST_PANIC.take().unwrap_or_else(|| {
            payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a panic without a message".to_owned())
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caught_panic_is_described_with_its_location() {
        install_panic_hook();
        let caught = catch_file_panic(|| -> u8 { panic!("planted") }).unwrap_err();
        assert!(
            caught.starts_with("planted at crates/pycheck_driver/src/isolation.rs:"),
            "{caught}"
        );
        assert_eq!(catch_file_panic(|| 7), Ok(7));
    }
}
