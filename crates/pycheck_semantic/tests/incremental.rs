//! Edits recompute only what depends on them: salsa's event log shows which queries ran.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use pycheck_semantic::{File, RootDatabase, check_file};
use salsa::Setter;

/// A database that records the name of every query it executes.
fn recording_database() -> (RootDatabase, Arc<Mutex<Vec<String>>>) {
    let log: Arc<Mutex<Vec<String>>> = Arc::default();
    let sink = Arc::clone(&log);
    let db = RootDatabase::with_event_callback(Box::new(move |event: salsa::Event| {
        if let salsa::EventKind::WillExecute { database_key } = event.kind {
            sink.lock().unwrap().push(format!("{database_key:?}"));
        }
    }));
    (db, log)
}

fn executed(log: &Mutex<Vec<String>>, query: &str) -> usize {
    log.lock()
        .unwrap()
        .iter()
        .filter(|entry| entry.starts_with(query))
        .count()
}

const LIBRARY: &str = "def area(width: int, height: int) -> int:\n    return width * height\n";
const USER: &str = "from library import area\n\nprint(area(2, 'x'))\n";

/// `user.py` importing `area` from `library.py`, with its query log.
fn library_and_user() -> (RootDatabase, Arc<Mutex<Vec<String>>>, File, File) {
    let (mut db, log) = recording_database();
    let library = db.add_file("library.py".into(), LIBRARY.into());
    let user = db.add_file("user.py".into(), USER.into());
    db.set_source_modules(BTreeMap::from([
        ("library".into(), library),
        ("user".into(), user),
    ]));
    (db, log, library, user)
}

#[test]
fn editing_a_function_body_does_not_recheck_its_importers() {
    let (mut db, log, library, user) = library_and_user();
    assert_eq!(check_file(&db, user).len(), 1);
    assert!(executed(&log, "check_file") > 0);
    log.lock().unwrap().clear();

    // A new body, same signature.
    library
        .set_text(&mut db)
        .to(LIBRARY.replace("width * height", "height * width"));
    assert_eq!(check_file(&db, user).len(), 1);
    check_file(&db, library);
    let names: Vec<String> = log.lock().unwrap().clone();
    assert_eq!(
        executed(&log, "check_file"),
        1,
        "only library.py is checked again: {names:?}"
    );
    assert_eq!(
        executed(&log, "parsed_module"),
        1,
        "only library.py is parsed again: {names:?}"
    );
}

#[test]
fn changing_a_signature_rechecks_its_importers() {
    let (mut db, log, library, user) = library_and_user();
    assert_eq!(check_file(&db, user).len(), 1);
    log.lock().unwrap().clear();

    library
        .set_text(&mut db)
        .to(LIBRARY.replace("height: int", "height: str"));
    assert!(check_file(&db, user).is_empty());
    assert_eq!(executed(&log, "check_file"), 1);
}

#[test]
fn user_edits_never_recompute_the_bundled_stubs() {
    let (mut db, log) = recording_database();
    let user = db.add_file("user.py".into(), "x: int = len([1])\n".into());
    db.set_source_modules(BTreeMap::from([("user".into(), user)]));
    assert!(check_file(&db, user).is_empty());
    log.lock().unwrap().clear();

    user.set_text(&mut db).to("x: str = len([1])\n".into());
    assert_eq!(check_file(&db, user).len(), 1);
    let names: Vec<String> = log.lock().unwrap().clone();
    assert_eq!(
        executed(&log, "parsed_module"),
        1,
        "only user.py is parsed again: {names:?}"
    );
}

#[test]
fn registering_another_module_does_not_recheck_the_others() {
    let (mut db, log, library, user) = library_and_user();
    assert_eq!(check_file(&db, user).len(), 1);
    check_file(&db, library);
    log.lock().unwrap().clear();

    // An editor opens a third, unrelated file: the module map changes.
    let other = db.add_file("other.py".into(), "x = 1\n".into());
    db.set_source_modules(BTreeMap::from([
        ("library".into(), library),
        ("user".into(), user),
        ("other".into(), other),
    ]));
    assert_eq!(check_file(&db, user).len(), 1);
    check_file(&db, library);
    let names: Vec<String> = log.lock().unwrap().clone();
    assert_eq!(executed(&log, "check_file"), 0, "{names:?}");
    assert_eq!(executed(&log, "module_index"), 0, "{names:?}");
    assert_eq!(executed(&log, "parsed_module"), 0, "{names:?}");
}

/// A module whose three functions and one method each have one error, and module-level
/// code that calls them.
const SERVICE: &str = "\
LIMIT: int = 10
names: list[str] = []


def first(x: int) -> str:
    return x


class Store:
    def __init__(self) -> None:
        self.items: list[int] = []

    def add(self, item: str) -> None:
        self.items.append(item)


def second(y: str) -> int:
    total = 0
    total += LIMIT
    return y


def third() -> None:
    z: int = 1
    z: str = 'a'
    names.append(3)


first('a')
";

/// The diagnostics of `file` as `line: message` lines.
fn lines_of(db: &RootDatabase, file: File) -> Vec<String> {
    let index = pycheck_syntax::LineIndex::new(file.text(db));
    check_file(db, file)
        .iter()
        .map(|d| {
            let line = index.line_col(d.range.start(), file.text(db)).line;
            format!("{line}: {}", d.message)
        })
        .collect()
}

/// The same text checked from scratch, in a database that never saw another version.
fn fresh_lines(text: &str) -> Vec<String> {
    let mut db = RootDatabase::default();
    let file = db.add_file("service.py".into(), text.into());
    db.set_source_modules(BTreeMap::from([("service".into(), file)]));
    lines_of(&db, file)
}

fn service() -> (RootDatabase, Arc<Mutex<Vec<String>>>, File) {
    let (mut db, log) = recording_database();
    let file = db.add_file("service.py".into(), SERVICE.into());
    db.set_source_modules(BTreeMap::from([("service".into(), file)]));
    (db, log, file)
}

#[test]
fn editing_one_function_rechecks_only_that_function() {
    let (mut db, log, file) = service();
    let before = lines_of(&db, file);
    assert_eq!(before, fresh_lines(SERVICE));
    assert_eq!(
        before,
        [
            "6: Incompatible return value type (got \"int\", expected \"str\")",
            "14: Argument 1 to \"append\" of \"list\" has incompatible type \"str\"; expected \"int\"",
            "20: Incompatible return value type (got \"str\", expected \"int\")",
            "25: Name \"z\" already defined on line 24",
            "26: Argument 1 to \"append\" of \"list\" has incompatible type \"int\"; expected \"str\"",
            "29: Argument 1 to \"first\" has incompatible type \"str\"; expected \"int\"",
        ]
    );
    assert_eq!(
        executed(&log, "check_body"),
        5,
        "each function and method once"
    );
    log.lock().unwrap().clear();

    // Two more lines inside `second`: everything below moves down.
    let edited = SERVICE.replace(
        "    total += LIMIT\n",
        "    total += LIMIT\n    total -= 1\n    print(total)\n",
    );
    file.set_text(&mut db).to(edited.clone());
    let after = lines_of(&db, file);
    let names: Vec<String> = log.lock().unwrap().clone();
    assert_eq!(executed(&log, "check_body"), 1, "only `second`: {names:?}");
    assert_eq!(after, fresh_lines(&edited));
    assert_eq!(after[3], "27: Name \"z\" already defined on line 26");
}

#[test]
fn editing_module_level_code_that_a_function_reads_rechecks_it() {
    let (mut db, log, file) = service();
    lines_of(&db, file);
    log.lock().unwrap().clear();

    let edited = SERVICE.replace("names: list[str] = []", "names: list[int] = []");
    file.set_text(&mut db).to(edited.clone());
    let after = lines_of(&db, file);
    let names: Vec<String> = log.lock().unwrap().clone();
    // Only `third` names `names`.
    assert_eq!(executed(&log, "check_body"), 1, "{names:?}");
    assert_eq!(after, fresh_lines(&edited));
    assert!(
        !after.iter().any(|line| line.starts_with("26:")),
        "{after:?}"
    );
}

#[test]
fn a_function_reads_aliases_through_their_meaning_not_their_syntax() {
    let (mut db, log) = recording_database();
    let text = "Numbers = list[int]\n\n\ndef first(x: Numbers) -> str:\n    return x\n\n\ndef second() -> int:\n    return 1\n";
    let file = db.add_file("aliases.py".into(), text.into());
    db.set_source_modules(BTreeMap::from([("aliases".into(), file)]));
    assert_eq!(
        lines_of(&db, file),
        ["5: Incompatible return value type (got \"list[int]\", expected \"str\")"]
    );
    log.lock().unwrap().clear();

    file.set_text(&mut db)
        .to(text.replace("return 1", "count = 2\n    return count"));
    assert_eq!(lines_of(&db, file).len(), 1);
    let names: Vec<String> = log.lock().unwrap().clone();
    assert_eq!(executed(&log, "check_body"), 1, "only `second`: {names:?}");
}

#[test]
fn a_body_rechecked_for_a_change_elsewhere_reports_as_before() {
    let (mut db, log) = recording_database();
    let library = db.add_file("library.py".into(), LIBRARY.into());
    let caller = "\
from library import area


class Room:
    def floor(self) -> int:
        x: int = 1
        x: str = 'a'
        return area(2, 'x')


def wall() -> str:
    return area(1, 2)
";
    let user = db.add_file("user.py".into(), caller.into());
    db.set_source_modules(BTreeMap::from([
        ("library".into(), library),
        ("user".into(), user),
    ]));
    let before = lines_of(&db, user);
    assert_eq!(
        before,
        [
            "7: Name \"x\" already defined on line 6",
            "8: Argument 2 to \"area\" has incompatible type \"str\"; expected \"int\"",
            "12: Incompatible return value type (got \"int\", expected \"str\")",
        ]
    );
    log.lock().unwrap().clear();

    // Both bodies are checked again, from their own text this time.
    library.set_text(&mut db).to(LIBRARY
        .replace("-> int", "-> str")
        .replace("width * height", "'x'"));
    let after = lines_of(&db, user);
    assert_eq!(executed(&log, "check_body"), 2);
    let mut fresh = RootDatabase::default();
    let fresh_library = fresh.add_file("library.py".into(), library.text(&db).clone());
    let fresh_user = fresh.add_file("user.py".into(), caller.into());
    fresh.set_source_modules(BTreeMap::from([
        ("library".into(), fresh_library),
        ("user".into(), fresh_user),
    ]));
    assert_eq!(after, lines_of(&fresh, fresh_user));
    assert_eq!(
        after,
        [
            "7: Name \"x\" already defined on line 6",
            "8: Incompatible return value type (got \"str\", expected \"int\")",
            "8: Argument 2 to \"area\" has incompatible type \"str\"; expected \"int\"",
        ]
    );
}

const DECORATORS: &str = "\
from typing import Callable, ParamSpec, TypeVar

P = ParamSpec('P')
R = TypeVar('R')


def traced(func: Callable[P, R]) -> Callable[P, R]:
    return func
";

const DECORATED: &str = "\
from decorators import traced


@traced
def greet(name: str) -> str:
    return name


def main() -> None:
    greet(1)


def unrelated() -> int:
    return 1
";

#[test]
fn changing_what_a_decorator_returns_rechecks_the_callers_alone() {
    let (mut db, log) = recording_database();
    let decorators = db.add_file("decorators.py".into(), DECORATORS.into());
    let user = db.add_file("user.py".into(), DECORATED.into());
    db.set_source_modules(BTreeMap::from([
        ("decorators".into(), decorators),
        ("user".into(), user),
    ]));
    assert_eq!(
        lines_of(&db, user),
        ["10: Argument 1 to \"greet\" has incompatible type \"int\"; expected \"str\""]
    );
    log.lock().unwrap().clear();

    // The decorator now turns functions into something that cannot be called.
    let changed = DECORATORS.replace(
        "-> Callable[P, R]:",
        "-> int:\n    return 0\n\n\ndef _unused(func: Callable[P, R]) -> Callable[P, R]:",
    );
    decorators.set_text(&mut db).to(changed.clone());
    let after = lines_of(&db, user);
    assert_eq!(after, ["10: \"int\" not callable"]);
    let names: Vec<String> = log.lock().unwrap().clone();
    assert_eq!(
        executed(&log, "check_body"),
        2,
        "`main` (it calls the decorated function) and `greet` (its decorator changed), not `unrelated`: {names:?}"
    );

    let mut fresh = RootDatabase::default();
    let fresh_decorators = fresh.add_file("decorators.py".into(), changed);
    let fresh_user = fresh.add_file("user.py".into(), DECORATED.into());
    fresh.set_source_modules(BTreeMap::from([
        ("decorators".into(), fresh_decorators),
        ("user".into(), fresh_user),
    ]));
    assert_eq!(after, lines_of(&fresh, fresh_user));
}
