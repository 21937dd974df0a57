//! End-to-end tests of the `pycheck` binary: the article's examples byte for byte against
//! mypy's recorded output, the command-line flags, and every kind of bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn pycheck(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pycheck"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the pycheck binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// A scratch directory, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("pycheck-cli-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn write(&self, relative: &str, contents: impl AsRef<[u8]>) -> &Self {
        let path = self.0.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
        self
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn examples_print_exactly_what_mypy_printed() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut checked = 0;
    for entry in std::fs::read_dir(&examples).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "py") {
            continue;
        }
        let name = path.file_name().unwrap().to_str().unwrap();
        let recorded = std::fs::read_to_string(path.with_extension("mypy.txt")).unwrap();
        let (expected_stdout, status_line) = recorded.trim_end().rsplit_once('\n').unwrap();
        let expected_status: i32 = status_line.strip_prefix("exit ").unwrap().parse().unwrap();
        let output = pycheck(&examples, &[name]);
        assert_eq!(
            stdout(&output),
            format!("{expected_stdout}\n"),
            "stdout of {name}"
        );
        assert_eq!(
            output.status.code(),
            Some(expected_status),
            "exit status of {name}"
        );
        checked += 1;
    }
    assert_eq!(checked, 7);
}

#[test]
fn clean_code_exits_zero_with_mypys_success_line() {
    let dir = Scratch::new("clean");
    dir.write("ok.py", "def f(x: int) -> int:\n    return x\n")
        .write("also.py", "y = 1\n");
    let output = pycheck(&dir.0, &["ok.py", "also.py"]);
    assert_eq!(
        stdout(&output),
        "Success: no issues found in 2 source files\n"
    );
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn directories_are_searched_and_files_reported_in_mypys_order() {
    let dir = Scratch::new("tree");
    dir.write("src/b.py", "x: int = 'b'\n")
        .write("src/a/inner.py", "y: str = 1\n")
        .write("src/notes.txt", "not python")
        .write("src/stub.pyi", "def f() -> int: ...\n");
    let output = pycheck(&dir.0, &["src"]);
    assert_eq!(
        stdout(&output),
        "src/b.py:1: error: Incompatible types in assignment (expression has type \"str\", variable has type \"int\")  [assignment]\n\
         src/a/inner.py:1: error: Incompatible types in assignment (expression has type \"int\", variable has type \"str\")  [assignment]\n\
         Found 2 errors in 2 files (checked 3 source files)\n"
    );
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn column_numbers_and_summary_flags() {
    let dir = Scratch::new("flags");
    dir.write("ex.py", "def scale(size: float, factor: int) -> float:\n    return size * factor\nscale(\"big\", 2)\nscale(1.0, factor=2.5)\n");
    let output = pycheck(&dir.0, &["--show-column-numbers", "ex.py"]);
    assert_eq!(
        stdout(&output),
        "ex.py:3:7: error: Argument 1 to \"scale\" has incompatible type \"str\"; expected \"float\"  [arg-type]\n\
         ex.py:4:19: error: Argument \"factor\" to \"scale\" has incompatible type \"float\"; expected \"int\"  [arg-type]\n\
         Found 2 errors in 1 file (checked 1 source file)\n"
    );
    let output = pycheck(&dir.0, &["--no-error-summary", "ex.py"]);
    assert_eq!(stdout(&output).lines().count(), 2);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn version_and_help() {
    let dir = Scratch::new("version");
    let output = pycheck(&dir.0, &["--version"]);
    assert_eq!(
        stdout(&output),
        format!("pycheck {}\n", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(output.status.code(), Some(0));
    let output = pycheck(&dir.0, &["--help"]);
    assert!(stdout(&output).contains("--show-column-numbers"));
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn a_missing_file_is_reported_and_the_rest_still_checked() {
    let dir = Scratch::new("missing");
    dir.write("bad.py", "x: int = 'no'\n");
    let output = pycheck(&dir.0, &["nope.py", "bad.py"]);
    assert_eq!(
        stderr(&output),
        "nope.py: error: Cannot read file: No such file or directory\n"
    );
    assert_eq!(
        stdout(&output),
        "bad.py:1: error: Incompatible types in assignment (expression has type \"str\", variable has type \"int\")  [assignment]\n\
         Found 2 errors in 2 files (errors prevented further checking)\n"
    );
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_file_that_is_not_utf8_is_reported_like_mypy() {
    let dir = Scratch::new("latin");
    dir.write("latin.py", b"x = \"\xff\"\n");
    let output = pycheck(&dir.0, &["latin.py"]);
    assert_eq!(
        stderr(&output),
        "latin.py: error: Cannot decode file: 'utf-8' codec can't decode byte 0xff in position 5: invalid start byte\n"
    );
    assert_eq!(
        stdout(&output),
        "Found 1 error in 1 file (errors prevented further checking)\n"
    );
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_directory_without_python_files_is_an_error() {
    let dir = Scratch::new("empty");
    dir.write("emptyd/readme.txt", "nothing here");
    let output = pycheck(&dir.0, &["emptyd"]);
    assert_eq!(
        stderr(&output),
        "There are no .py[i] files in directory 'emptyd'\n"
    );
    assert_eq!(stdout(&output), "");
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn no_paths_checks_the_current_directory() {
    let dir = Scratch::new("nopaths");
    let output = pycheck(&dir.0, &[]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "There are no .py[i] files in directory '.'\n"
    );
    dir.write("pkg/__init__.py", "")
        .write("pkg/mod.py", "x: int = 'one'\n")
        .write(".venv/pyvenv.cfg", "home = /usr/bin\n")
        .write(
            ".venv/lib/python3.11/site-packages/dep.py",
            "y: int = 'two'\n",
        )
        .write("generated/skip.py", "z: int = 'three'\n")
        .write(".gitignore", "generated/\n");
    let output = pycheck(&dir.0, &[]);
    assert_eq!(
        stdout(&output),
        "pkg/mod.py:1: error: Incompatible types in assignment (expression has type \"str\", variable has type \"int\")  [assignment]\n\
         Found 1 error in 1 file (checked 2 source files)\n"
    );
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn a_syntax_error_blocks_its_file_but_not_the_others() {
    let dir = Scratch::new("syntax");
    dir.write("broken.py", "x = 1\ndef f(:\n    pass\n")
        .write("fine.py", "y: int = 'no'\n");
    let output = pycheck(&dir.0, &["broken.py", "fine.py"]);
    let out = stdout(&output);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    // Files that import nothing from each other are reported latest first, as mypy does.
    assert!(
        lines[0].starts_with("fine.py:1: error: Incompatible types in assignment"),
        "{out}"
    );
    assert!(lines[1].starts_with("broken.py:2: error: "), "{out}");
    assert!(lines[1].ends_with("  [syntax]"), "{out}");
    assert_eq!(
        lines[2],
        "Found 2 errors in 2 files (errors prevented further checking)"
    );
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn deeply_nested_code_is_rejected_not_crashed_on() {
    // CPython refuses more than 200 nested brackets ("too many nested parentheses") and
    // 100 levels of indentation; mypy's words for both are "Source is too deeply nested".
    // Past CPython's bracket limit mypy prints the same first line.
    let dir = Scratch::new("deep");
    let brackets = format!("x = {}1{}\n", "[".repeat(100_000), "]".repeat(100_000));
    let parens = format!("x = {}1{}\n", "(".repeat(201), ")".repeat(201));
    let chain = format!("y = {}1\n", "1 + ".repeat(100_000));
    let calls = format!("z = {}0{}\n", "f(".repeat(50_000), ")".repeat(50_000));
    let unary = format!("u = {}1\n", "-".repeat(10_001));
    let blocks: String = (0..100)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect::<String>()
        + &" ".repeat(100)
        + "pass\n";
    dir.write("brackets.py", brackets)
        .write("parens.py", parens)
        .write("chain.py", chain)
        .write("calls.py", calls)
        .write("unary.py", unary)
        .write("blocks.py", blocks);
    for (name, line) in [
        ("brackets.py", 1),
        ("parens.py", 1),
        ("chain.py", 1),
        ("calls.py", 1),
        ("unary.py", 1),
        ("blocks.py", 101),
    ] {
        let output = pycheck(&dir.0, &[name]);
        assert_eq!(
            stdout(&output),
            format!(
                "{name}:{line}: error: Source is too deeply nested  [syntax]\n\
                 Found 1 error in 1 file (errors prevented further checking)\n"
            ),
            "{name}"
        );
        assert_eq!(output.status.code(), Some(2), "{name}");
    }
}

#[test]
fn the_deepest_accepted_code_is_checked() {
    // The deepest input of each kind that is accepted checks (and its tree is dropped) on
    // the checker's stacks. mypy 2.4.1 prints exactly this for these files.
    let dir = Scratch::new("nested");
    let parens = format!("x: int = {}'s'{}\n", "(".repeat(200), ")".repeat(200));
    let lists = format!("y = {}1{}\nz: str = 1\n", "[".repeat(200), "]".repeat(200));
    let chain = format!("c: str = 1{}\n", " + 1".repeat(9_990));
    let terms = format!("p = 2\nq = 3\nt: str = 1{}\n", " - 2*p*q".repeat(3_000));
    let blocks: String = (0..99)
        .map(|i| format!("{}if True:\n", " ".repeat(i)))
        .collect::<String>()
        + &" ".repeat(99)
        + &format!("b: str = 1{}\n", " + 1".repeat(9_000));
    dir.write("parens.py", parens)
        .write("lists.py", lists)
        .write("chain.py", chain)
        .write("terms.py", terms)
        .write("blocks.py", blocks);
    let output = pycheck(
        &dir.0,
        &["parens.py", "lists.py", "chain.py", "terms.py", "blocks.py"],
    );
    let incompatible = "error: Incompatible types in assignment (expression has type";
    assert_eq!(
        stdout(&output),
        format!(
            "blocks.py:100: {incompatible} \"int\", variable has type \"str\")  [assignment]\n\
             terms.py:3: {incompatible} \"int\", variable has type \"str\")  [assignment]\n\
             chain.py:1: {incompatible} \"int\", variable has type \"str\")  [assignment]\n\
             lists.py:2: {incompatible} \"int\", variable has type \"str\")  [assignment]\n\
             parens.py:1: {incompatible} \"str\", variable has type \"int\")  [assignment]\n\
             Found 5 errors in 5 files (checked 5 source files)\n"
        )
    );
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn deep_expressions_cpython_accepts_are_checked() {
    // CPython compiles thousands of nested unary operators, lambdas and conditional
    // expressions; mypy's parser stops at about 200 levels ("Source is too deeply nested").
    // pycheck accepts them up to its own bound and checks them.
    let dir = Scratch::new("deepexpr");
    let n = pycheck_syntax::MAX_NESTING_DEPTH - 10;
    dir.write("unary.py", format!("u: str = {}1\n", "-".repeat(n)))
        .write("nots.py", format!("n: str = {}1\n", "not ".repeat(n)))
        .write("power.py", format!("w: str = 2{}\n", " ** 2".repeat(n)))
        .write(
            "ternary.py",
            format!("c = True\nt: str = {}1\n", "1 if c else ".repeat(n / 2)),
        )
        .write("lambdas.py", format!("f = {}1\n", "lambda: ".repeat(n)))
        .write(
            "fstring.py",
            format!("s: int = f\"{{{}1}}\"\n", "-".repeat(n - 10)),
        );
    let names = [
        "unary.py",
        "nots.py",
        "power.py",
        "ternary.py",
        "lambdas.py",
        "fstring.py",
    ];
    let output = pycheck(&dir.0, &names);
    let out = stdout(&output);
    for (name, line) in [
        ("unary.py", 1),
        ("nots.py", 1),
        ("ternary.py", 2),
        ("fstring.py", 1),
    ] {
        assert!(
            out.contains(&format!(
                "{name}:{line}: error: Incompatible types in assignment"
            )),
            "{name}: {out}"
        );
    }
    assert!(!out.contains("[syntax]"), "{out}");
    assert_eq!(output.status.code(), Some(1), "{out}");
}

#[test]
fn valid_python_the_parser_used_to_refuse_is_checked() {
    // Each of these compiles with CPython 3.11 and mypy 2.4.1 checks it.
    let dir = Scratch::new("valid");
    dir.write(
        "chain.py",
        format!("p = 1\nq = 2\nx: str = 1{}\n", " - 2*p*q".repeat(400)),
    )
    // A whitespace-only line with a tab after spaces, as antlr4 generates.
    .write(
        "tabline.py",
        "def f() -> int:\n    x = 1\n  \t\n    return x\n\ny: str = f()\n",
    )
    .write("fstring.py", "s: int = f\"{'''eric's'''}\"\n");
    let output = pycheck(&dir.0, &["chain.py", "tabline.py", "fstring.py"]);
    let incompatible = "error: Incompatible types in assignment (expression has type";
    assert_eq!(
        stdout(&output),
        format!(
            "fstring.py:1: {incompatible} \"str\", variable has type \"int\")  [assignment]\n\
             tabline.py:6: {incompatible} \"int\", variable has type \"str\")  [assignment]\n\
             chain.py:3: {incompatible} \"int\", variable has type \"str\")  [assignment]\n\
             Found 3 errors in 3 files (checked 3 source files)\n"
        )
    );
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn invalid_targets_are_syntax_errors_like_mypys() {
    // CPython: "cannot assign to literal", "cannot assign to expression", ...; these are
    // mypy 2.4.1's words and lines (its columns for syntax errors are one more than the
    // position's; the unit tests in pycheck_syntax pin the offsets).
    let dir = Scratch::new("targets");
    dir.write("literal.py", "1 = 2\n")
        .write("power.py", "a = 1\nb = 2\na ** b = 3\n")
        .write("nested.py", "c = [1]\nif c:\n    [a, *b, 2] = c\n")
        .write("augmented.py", "a = 1\na + 1 += 2\n")
        .write("annotated.py", "x: int = 1\n1: int = 2\n")
        .write("delete.py", "del 1\n")
        .write("with.py", "with open(\"x\") as 1: pass\n");
    for (name, expected) in [
        (
            "literal.py",
            "literal.py:1: error: Invalid assignment target",
        ),
        ("power.py", "power.py:3: error: Invalid assignment target"),
        ("nested.py", "nested.py:3: error: Invalid assignment target"),
        (
            "augmented.py",
            "augmented.py:2: error: Invalid augmented assignment target",
        ),
        (
            "annotated.py",
            "annotated.py:2: error: Invalid annotated assignment target",
        ),
        ("delete.py", "delete.py:1: error: Invalid delete target"),
        ("with.py", "with.py:1: error: Invalid assignment target"),
    ] {
        let output = pycheck(&dir.0, &[name]);
        assert_eq!(
            stdout(&output),
            format!(
                "{expected}  [syntax]\nFound 1 error in 1 file (errors prevented further checking)\n"
            ),
            "{name}"
        );
        assert_eq!(output.status.code(), Some(2), "{name}");
    }
}

#[test]
fn pep_263_declared_encodings_are_decoded_like_mypy() {
    let dir = Scratch::new("coding");
    dir.write(
        "latin.py",
        b"# -*- coding: latin-1 -*-\nx = \"caf\xe9\"\nreveal_type(x)\ny: int = \"\xe9t\xe9\"; z: int = \"\"\n",
    )
    .write(
        "second.py",
        b"#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\nx: int = \"\xe9\"\n",
    )
    .write("cp.py", b"# coding=cp1252\nx: int = \"\x80\"\n");
    let output = pycheck(
        &dir.0,
        &["--show-column-numbers", "latin.py", "second.py", "cp.py"],
    );
    let incompatible = "error: Incompatible types in assignment (expression has type \"str\", variable has type \"int\")  [assignment]";
    assert_eq!(
        stdout(&output),
        format!(
            "cp.py:2:10: {incompatible}\n\
             second.py:3:10: {incompatible}\n\
             latin.py:3:13: note: Revealed type is \"str\"\n\
             latin.py:4:10: {incompatible}\n\
             Found 3 errors in 3 files (checked 3 source files)\n"
        )
    );
    assert_eq!(stderr(&output), "");
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn undecodable_files_are_reported_with_mypys_words() {
    for (contents, detail) in [
        (
            &b"# coding: bogus-enc\nx = \"\xe9\"\n"[..],
            "unknown encoding: bogus-enc",
        ),
        (
            b"# coding: ascii\nx = \"\xe9\"\n",
            "'ascii' codec can't decode byte 0xe9 in position 21: ordinal not in range(128)",
        ),
        (
            b"# coding=cp1252\nx = \"\x80\x81\"\n",
            "'charmap' codec can't decode byte 0x81 in position 22: character maps to <undefined>",
        ),
        (
            b"x = 1\n# coding: latin-1\ny = \"\xe9\"\n",
            "'utf-8' codec can't decode byte 0xe9 in position 29: invalid continuation byte",
        ),
    ] {
        let dir = Scratch::new("undecodable");
        dir.write("bad.py", contents);
        let output = pycheck(&dir.0, &["bad.py"]);
        assert_eq!(
            stderr(&output),
            format!("bad.py: error: Cannot decode file: {detail}\n")
        );
        assert_eq!(
            stdout(&output),
            "Found 1 error in 1 file (errors prevented further checking)\n"
        );
        assert_eq!(output.status.code(), Some(2));
    }
}

#[test]
fn a_large_file_checks() {
    let dir = Scratch::new("large");
    let mut text = String::new();
    for i in 0..20_000 {
        text.push_str(&format!("def f{i}(x: int) -> int:\n    return x + {i}\n"));
    }
    text.push_str("f0('a')\n");
    dir.write("large.py", text);
    let output = pycheck(&dir.0, &["large.py"]);
    assert_eq!(
        stdout(&output),
        "large.py:40001: error: Argument 1 to \"f0\" has incompatible type \"str\"; expected \"int\"  [arg-type]\n\
         Found 1 error in 1 file (checked 1 source file)\n"
    );
}

#[test]
fn explain_describes_a_code() {
    let dir = Scratch::new("explain");
    let output = pycheck(&dir.0, &["explain", "arg-type"]);
    assert_eq!(
        stdout(&output),
        r#"[arg-type]: An argument's type does not match the parameter's type

Example:

    def hello(name: str) -> str: ...
    hello(5)  # Argument 1 to "hello" has incompatible type "int"; expected "str"

To silence it:
    on one line:      # type: ignore[arg-type]
    everywhere:       disable_error_code = ["arg-type"] under [tool.pycheck] (or [tool.mypy])
    for one run:      --disable-error-code arg-type
"#
    );
    assert_eq!(output.status.code(), Some(0));
    let output = pycheck(&dir.0, &["explain", "[import-untyped]"]);
    assert!(
        stdout(&output).contains("\n\nHow to fix it:\n\nInstall its stub package"),
        "{}",
        stdout(&output)
    );
    let output = pycheck(&dir.0, &["explain"]);
    assert!(stdout(&output).lines().any(|l| l.starts_with("list-item")));
    let output = pycheck(&dir.0, &["explain", "no-such-code"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stderr(&output).lines().count(), 1);
}

#[test]
fn target_version_platform_and_disabled_codes() {
    let dir = Scratch::new("target");
    dir.write(
        "versions.py",
        "import sys\nif sys.version_info >= (3, 12):\n    a: int = 'new'\nelse:\n    a: int = 'old'\nif sys.platform == 'win32':\n    b: str = 1\nc: int = 'c'  \n",
    );
    let output = pycheck(
        &dir.0,
        &[
            "--python-version",
            "3.12",
            "--platform",
            "win32",
            "versions.py",
        ],
    );
    let out = stdout(&output);
    assert!(out.contains("versions.py:3: error:"), "{out}");
    assert!(!out.contains("versions.py:5:"), "{out}");
    assert!(out.contains("versions.py:7: error:"), "{out}");
    let output = pycheck(
        &dir.0,
        &["--disable-error-code", "assignment", "versions.py"],
    );
    assert_eq!(
        stdout(&output),
        "Success: no issues found in 1 source file\n"
    );
    assert_eq!(output.status.code(), Some(0));

    let output = pycheck(
        &dir.0,
        &["--disable-error-code", "no-such-code", "versions.py"],
    );
    assert_eq!(
        stderr(&output),
        "pycheck: error: Invalid error code(s): no-such-code\n"
    );
    assert_eq!(output.status.code(), Some(2));
    let output = pycheck(&dir.0, &["--python-version", "3.x", "versions.py"]);
    assert!(
        stderr(&output).contains("Invalid python version '3.x' (expected format: 'x.y')"),
        "{}",
        stderr(&output)
    );
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_mypy_configuration_is_read_without_edits() {
    let dir = Scratch::new("config");
    dir.write(
        "pyproject.toml",
        "[tool.mypy]\nfiles = [\"src\"]\nexclude = \"generated/\"\npython_version = \"3.12\"\ndisable_error_code = [\"name-defined\"]\nwarn_unused_configs = true\n",
    )
    .write("src/app.py", "import sys\nif sys.version_info >= (3, 12):\n    x: int = 'new'\nundefined_name\n")
    .write("src/generated/out.py", "y: int = 'ignored'\n");
    // No paths: the configured files; excluded paths skipped; name-defined disabled.
    let output = pycheck(&dir.0, &[]);
    assert_eq!(
        stdout(&output),
        "src/app.py:3: error: Incompatible types in assignment (expression has type \"str\", variable has type \"int\")  [assignment]\n\
         Found 1 error in 1 file (checked 1 source file)\n"
    );
    assert_eq!(
        stderr(&output),
        "pyproject.toml: [mypy]: Unrecognized option: warn_unused_configs = true\n"
    );
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn a_malformed_or_missing_configuration_stops_the_run() {
    let dir = Scratch::new("badconfig");
    dir.write("mypy.ini", "[mypy]\npython_version = three\n")
        .write("a.py", "x = 1\n");
    let output = pycheck(&dir.0, &["a.py"]);
    assert_eq!(
        stderr(&output),
        "mypy.ini: error: Invalid python version 'three' (expected format: 'x.y')\n"
    );
    assert_eq!(output.status.code(), Some(2));
    let output = pycheck(&dir.0, &["--config-file", "missing.toml", "a.py"]);
    assert_eq!(
        stderr(&output),
        "missing.toml: error: Cannot read configuration: No such file or directory\n"
    );
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn unused_ignores_are_reported_on_request() {
    let dir = Scratch::new("unused");
    dir.write(
        "un.py",
        "x: int = 1  # type: ignore\ny: int = \"a\"  # type: ignore[assignment, misc]\nz: int = \"a\"  # type: ignore[arg-type]\n",
    );
    // As mypy 2.4.1 prints with --warn-unused-ignores.
    let output = pycheck(&dir.0, &["--warn-unused-ignores", "un.py"]);
    assert_eq!(
        stdout(&output),
        "un.py:1: error: Unused \"type: ignore\" comment  [unused-ignore]\n\
         un.py:2: error: Unused \"type: ignore[misc]\" comment  [unused-ignore]\n\
         un.py:3: error: Unused \"type: ignore\" comment  [unused-ignore]\n\
         un.py:3: error: Incompatible types in assignment (expression has type \"str\", variable has type \"int\")  [assignment]\n\
         un.py:3: note: Error code \"assignment\" not covered by \"type: ignore[arg-type]\" comment\n\
         Found 4 errors in 1 file (checked 1 source file)\n"
    );
    let output = pycheck(&dir.0, &["un.py"]);
    assert!(
        stdout(&output).starts_with("un.py:3: error: Incompatible"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn the_error_code_reference_is_generated_from_the_registry() {
    let dir = Scratch::new("explain-markdown");
    let output = pycheck(&dir.0, &["explain", "--markdown"]);
    assert_eq!(output.status.code(), Some(0));
    let committed =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/error-codes.md"))
            .unwrap();
    assert!(
        stdout(&output) == committed,
        "docs/error-codes.md is out of date; regenerate it with\n    cargo run -- explain --markdown > docs/error-codes.md"
    );
    for code in pycheck_diagnostics::codes::ALL {
        assert!(committed.contains(&format!("\n## {}\n", code.name)));
    }
}

#[test]
fn a_custom_typeshed_dir_that_is_not_a_typeshed_stops_the_run() {
    let dir = Scratch::new("badtypeshed");
    dir.write("a.py", "x = 1\n")
        .write("empty/stdlib/builtins.pyi", "class object: ...\n");
    let output = pycheck(&dir.0, &["--custom-typeshed-dir", "missing", "a.py"]);
    assert_eq!(
        stderr(&output),
        "error: --custom-typeshed-dir does not point to a valid typeshed (missing): \
         cannot read missing/stdlib/VERSIONS: No such file or directory\n"
    );
    assert_eq!(stdout(&output), "");
    assert_eq!(output.status.code(), Some(2));
    let output = pycheck(&dir.0, &["--custom-typeshed-dir", "empty", "a.py"]);
    assert_eq!(
        stderr(&output),
        "error: --custom-typeshed-dir does not point to a valid typeshed (empty): \
         cannot read empty/stdlib/VERSIONS: No such file or directory\n"
    );
    assert_eq!(stdout(&output), "");
    assert_eq!(output.status.code(), Some(2));
    // The same directory named by the configuration is the same mistake.
    dir.write(
        "pyproject.toml",
        "[tool.mypy]\ncustom_typeshed_dir = \"empty\"\n",
    );
    let output = pycheck(&dir.0, &["a.py"]);
    assert_eq!(
        stderr(&output),
        "error: --custom-typeshed-dir does not point to a valid typeshed (empty): \
         cannot read empty/stdlib/VERSIONS: No such file or directory\n"
    );
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn verbose_names_the_standard_library_used() {
    let dir = Scratch::new("verbose");
    dir.write("a.py", "x = 1\n")
        .write("stubs/stdlib/VERSIONS", "builtins: 3.0-\n")
        .write("stubs/stdlib/builtins.pyi", "class object: ...\n");
    let output = pycheck(&dir.0, &["--verbose", "--typeshed", "builtin", "a.py"]);
    assert_eq!(
        stderr(&output),
        "pycheck: standard library stubs: typeshed-lite (built in)\n"
    );
    assert_eq!(
        stdout(&output),
        "Success: no issues found in 1 source file\n"
    );
    assert_eq!(output.status.code(), Some(0));
    let output = pycheck(
        &dir.0,
        &["--verbose", "--custom-typeshed-dir", "stubs", "a.py"],
    );
    assert_eq!(
        stderr(&output),
        "pycheck: standard library stubs: typeshed at stubs\n"
    );
    // Without --verbose, nothing is said.
    let output = pycheck(&dir.0, &["--typeshed", "builtin", "a.py"]);
    assert_eq!(stderr(&output), "");
}

#[cfg(unix)]
#[test]
fn only_regular_files_are_read_and_only_up_to_the_size_limit() {
    let dir = Scratch::new("special");
    dir.write("good.py", "x: int = 'no'\n")
        .write("big.py", "x = 1\n".repeat(200_000));
    let fifo = dir.0.join("pipe.py");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    std::os::unix::fs::symlink("loop.py", dir.0.join("loop.py")).unwrap();
    let output = pycheck(
        &dir.0,
        &[
            "--max-file-size",
            "1",
            "pipe.py",
            "/dev/zero",
            "loop.py",
            "big.py",
            "good.py",
        ],
    );
    assert_eq!(
        stderr(&output),
        "loop.py: error: Cannot read file: Too many levels of symbolic links\n\
         pipe.py: error: Cannot read file: Not a regular file (a named pipe)\n\
         /dev/zero: error: Cannot read file: Not a regular file (a character device)\n\
         big.py: error: Cannot read file: File is larger than 1 MiB (--max-file-size)\n"
    );
    assert_eq!(
        stdout(&output),
        "good.py:1: error: Incompatible types in assignment (expression has type \"str\", variable has type \"int\")  [assignment]\n\
         Found 5 errors in 5 files (errors prevented further checking)\n"
    );
    assert_eq!(output.status.code(), Some(2));
    // Under the default limit the same file is checked.
    let output = pycheck(&dir.0, &["big.py"]);
    assert_eq!(
        stdout(&output),
        "Success: no issues found in 1 source file\n"
    );
}

#[test]
fn reports_never_overwrite_a_checked_file_or_each_other() {
    let dir = Scratch::new("outputs");
    dir.write("m.py", "x: int = 'no'\n");
    let output = pycheck(&dir.0, &["m.py", "-o", "json:m.py"]);
    assert_eq!(
        stderr(&output),
        "pycheck: error: cannot write m.py: it is one of the files being checked\n"
    );
    assert_eq!(stdout(&output), "");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(dir.0.join("m.py")).unwrap(),
        "x: int = 'no'\n"
    );
    let output = pycheck(
        &dir.0,
        &[
            "m.py",
            "-o",
            "json:report.json",
            "-o",
            "sarif:./report.json",
        ],
    );
    assert_eq!(
        stderr(&output),
        "pycheck: error: cannot write ./report.json: more than one --output names it\n"
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(!dir.0.join("report.json").exists());
}

#[cfg(unix)]
#[test]
fn a_baseline_or_configuration_that_is_a_device_is_refused_not_read() {
    let dir = Scratch::new("devices");
    dir.write("m.py", "x = 1\n");
    let output = pycheck(
        &dir.0,
        &["m.py", "--baseline", "/dev/full", "--write-baseline"],
    );
    assert_eq!(
        stderr(&output),
        "pycheck: error: cannot read baseline /dev/full: Not a regular file (a character device)\n"
    );
    assert_eq!(output.status.code(), Some(2));
    let output = pycheck(&dir.0, &["m.py", "--config-file", "/dev/zero"]);
    assert_eq!(
        stderr(&output),
        "/dev/zero: error: Cannot read configuration: Not a regular file (a character device)\n"
    );
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_pyproject_that_is_not_utf8_stops_the_run() {
    let dir = Scratch::new("pyproject-latin");
    dir.write("pyproject.toml", b"[tool.mypy]\nstrict = true\n# caf\xe9\n")
        .write("m.py", "x = 1\n");
    let output = pycheck(&dir.0, &["m.py"]);
    assert_eq!(
        stderr(&output),
        "pyproject.toml: error: Cannot read configuration: not valid UTF-8 (at byte 31)\n"
    );
    assert_eq!(output.status.code(), Some(2));
}
