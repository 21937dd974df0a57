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
