//! Recursion that would overflow the stack panics instead.
//!
//! Overflowing a thread's stack aborts the whole process: it cannot be caught. The engine's
//! recursive walks (over expressions, types, classes) call [`ensure_stack`] at each level;
//! when less than [`RESERVED_STACK_BYTES`] remain it panics, which unwinds like any other
//! engine bug and costs only the file being checked (hosts catch panics per file). Hosts
//! run checks on large stacks, so correct code never gets near the limit: only runaway
//! recursion (a bug) or input nested far beyond anything written by hand does.
//!
//! `stacker` (the crate rustc uses for the same purpose) knows where each thread's stack
//! ends on every platform pycheck supports.

/// The stack kept free below the deepest guarded frame: more than any chain of unguarded
/// frames between two guarded ones needs, debug builds included.
pub(crate) const RESERVED_STACK_BYTES: usize = 1024 * 1024;

/// Panics if the current thread's stack is nearly used up.
#[inline]
pub(crate) fn ensure_stack() {
    if stacker::remaining_stack().is_some_and(|remaining| remaining < RESERVED_STACK_BYTES) {
        stack_exhausted();
    }
}

/// A thread's stack of what the recursion is inside of (pairs of types being compared,
/// classes being spelled): how recursive types are cut short instead of followed forever.
pub(crate) type RecursionStack<T> = std::thread::LocalKey<std::cell::RefCell<Vec<T>>>;

/// Whether `item` is already on `stack`: the recursion has come back to it.
pub(crate) fn is_inside<T: PartialEq + 'static>(
    stack: &'static RecursionStack<T>,
    item: &T,
) -> bool {
    stack.with_borrow(|items| items.contains(item))
}

/// Runs `inner` with `item` pushed on `stack`, popping it afterwards, on unwinding too: a
/// caught panic must not leave it behind for the next file checked on this thread.
pub(crate) fn inside<T: 'static, R>(
    stack: &'static RecursionStack<T>,
    item: T,
    inner: impl FnOnce() -> R,
) -> R {
    struct Pop<T: 'static>(&'static RecursionStack<T>);
    impl<T: 'static> Drop for Pop<T> {
        fn drop(&mut self) {
            self.0.with_borrow_mut(|items| items.pop());
        }
    }
    stack.with_borrow_mut(|items| items.push(item));
    let _pop = Pop(stack);
    inner()
}

#[cold]
#[inline(never)]
fn stack_exhausted() -> ! {
    panic!("the checker's recursion went too deep (the stack is nearly used up)")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Recursion with no end but the guard's.
    fn recurse(depth: u64) -> u64 {
        ensure_stack();
        let frame = std::hint::black_box([depth; 64]);
        if depth == u64::MAX {
            return 0;
        }
        recurse(depth + 1) + frame[depth as usize % 64]
    }

    #[test]
    fn runaway_recursion_panics_before_the_stack_overflows() {
        let outcome = std::thread::Builder::new()
            .stack_size(8 * RESERVED_STACK_BYTES)
            .spawn(|| std::panic::catch_unwind(|| recurse(0)))
            .unwrap()
            .join()
            .unwrap();
        let payload = outcome.unwrap_err();
        let message = payload.downcast_ref::<&str>().copied().unwrap_or_default();
        assert!(message.contains("recursion went too deep"), "{message}");
    }
}
