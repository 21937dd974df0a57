//! `docs/typing-spec.md` stays true: each chapter row names the case folders that test
//! it and how many case files they hold, and every case folder is named by some row.

use std::collections::BTreeSet;
use std::path::Path;

/// (folders, case count) of each table row that names folders.
fn table_rows(doc: &str) -> Vec<(Vec<String>, usize)> {
    doc.lines()
        .filter(|line| {
            line.starts_with('|') && !line.starts_with("|--") && !line.starts_with("| Chapter")
        })
        .filter_map(|line| {
            // `\|` is a pipe inside a cell.
            let line = line.replace("\\|", "/");
            let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
            let folders: Vec<String> = cells
                .get(1)?
                .split(',')
                .map(|folder| folder.trim().trim_matches('`').to_owned())
                .filter(|folder| !folder.is_empty() && folder != "—")
                .collect();
            let count = cells.get(2)?.parse().ok()?;
            Some((folders, count))
        })
        .collect()
}

fn case_files_in(folder: &Path) -> usize {
    std::fs::read_dir(folder)
        .unwrap_or_else(|error| panic!("{}: {error}", folder.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .map(|path| match path.is_dir() {
            true => case_files_in(&path),
            false => usize::from(path.extension().is_some_and(|e| e == "py")),
        })
        .sum()
}

#[test]
fn the_spec_support_table_matches_the_case_folders() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(root.join("docs/typing-spec.md")).unwrap();
    let cases = root.join("tests/cases");
    let rows = table_rows(&doc);
    assert!(
        rows.len() >= 20,
        "the table lists the spec's chapters: {rows:?}"
    );
    let mut named = BTreeSet::new();
    for (folders, count) in &rows {
        let found: usize = folders
            .iter()
            .map(|folder| case_files_in(&cases.join(folder)))
            .sum();
        assert_eq!(
            found, *count,
            "docs/typing-spec.md says {folders:?} hold {count} cases; they hold {found}"
        );
        for folder in folders {
            assert!(
                named.insert(folder.clone()),
                "{folder} is named by two rows"
            );
        }
    }
    let folders: BTreeSet<String> = std::fs::read_dir(&cases)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    let unnamed: Vec<&String> = folders.difference(&named).collect();
    assert!(
        unnamed.is_empty(),
        "case folders missing from docs/typing-spec.md: {unnamed:?}"
    );
}
