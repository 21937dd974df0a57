//! What the builtins stub imports for its own use is not a builtin (mypy's rule): a module
//! that uses `Any` without importing it gets `[name-defined]`, and the editor features
//! neither complete such names nor jump to them.

use std::collections::BTreeMap;
use std::sync::Arc;

use pycheck_semantic::navigation::{completions, definition};
use pycheck_semantic::typeshed::{StdlibVersions, StubFile, Typeshed};
use pycheck_semantic::{File, RootDatabase, check_file};
use pycheck_syntax::TextSize;

fn database_with(typeshed: &Typeshed, text: &str) -> (RootDatabase, File) {
    let mut db = match typeshed.is_builtin() {
        true => RootDatabase::default(),
        false => RootDatabase::with_typeshed(typeshed),
    };
    let file = db.add_file("main.py".into(), text.into());
    db.set_source_modules(BTreeMap::from([("main".into(), file)]));
    (db, file)
}

fn labels_at_end(db: &RootDatabase, file: File, text: &str) -> Vec<String> {
    completions(db, file, TextSize::from(text.len() as u32))
        .into_iter()
        .map(|completion| completion.label)
        .collect()
}

fn messages(db: &RootDatabase, file: File) -> Vec<String> {
    check_file(db, file)
        .iter()
        .flat_map(|d| std::iter::once(d.message.clone()).chain(d.notes.iter().cloned()))
        .collect()
}

#[test]
fn completion_offers_builtins_but_not_what_the_builtins_stub_imports() {
    let typeshed = Typeshed::builtin();
    for (typed, expected) in [
        ("Calla", vec!["callable"]),
        ("An", vec!["and", "any"]),
        ("Sequen", vec![]),
        ("SupportsInd", vec![]),
        ("_T", vec![]),
    ] {
        let text = format!("value = {typed}");
        let (db, file) = database_with(&typeshed, &text);
        assert_eq!(labels_at_end(&db, file, &text), expected, "{typed}");
    }
    // Once imported, the name is the module's own.
    let text = "from typing import Sequence\nvalue = Sequen";
    let (db, file) = database_with(&typeshed, text);
    assert_eq!(labels_at_end(&db, file, text), ["Sequence"]);
}

#[test]
fn definition_does_not_lead_into_the_builtins_stubs_imports() {
    let text = "x: Sequence[int] = []\ny = len(x)\n";
    let (db, file) = database_with(&Typeshed::builtin(), text);
    assert!(definition(&db, file, TextSize::from(4)).is_none());
    let len = text.find("len").unwrap() as u32;
    assert!(definition(&db, file, TextSize::from(len)).is_some());
}

/// A standard library whose builtins import in every form, the re-exporting ones too:
/// mypy drops every imported name from the builtins all the same.
fn tiny_typeshed() -> Typeshed {
    let stub = |module: &str, text: &str| StubFile {
        module: module.to_owned(),
        path: format!("tiny/{module}.pyi"),
        text: text.to_owned(),
    };
    Typeshed {
        origin: "tiny".to_owned(),
        versions: Arc::new(
            StdlibVersions::parse("builtins: 3.0-\ntyping: 3.0-\nsys: 3.0-\n").unwrap(),
        ),
        files: vec![
            stub(
                "builtins",
                "import sys\nimport sys as sys\nfrom typing import Any as Any, Callable\n\
                 _T = 1\nclass object: ...\nclass int: ...\nclass str: ...\nclass bool(int): ...\n\
                 def callable(obj: object) -> bool: ...\n",
            ),
            stub("typing", "Any = object()\nCallable = object()\n"),
            stub("sys", "argv: list[str]\n"),
        ],
        complete: true,
    }
}

#[test]
fn imported_names_are_not_builtins_whatever_the_form_of_the_import() {
    let text = "a: Any = 1\nb = sys.argv\nc = Callable\nd = _T\ne = callable(a)\n";
    let (db, file) = database_with(&tiny_typeshed(), text);
    assert_eq!(
        messages(&db, file),
        [
            "Name \"Any\" is not defined",
            "Did you forget to import it from \"typing\"? (Suggestion: \"from typing import Any\")",
            "Name \"sys\" is not defined",
            "Name \"Callable\" is not defined; did you mean \"callable\"?",
            "Did you forget to import it from \"typing\"? (Suggestion: \"from typing import Callable\")",
            "Name \"_T\" is not defined",
        ]
    );
    let text = "value = Calla";
    let (db, file) = database_with(&tiny_typeshed(), text);
    assert_eq!(labels_at_end(&db, file, text), ["callable"]);
}
