//! The language server end to end: the built binary spoken to over stdio, as an editor
//! would. Every wait has a timeout, so a hang fails the test instead of stalling CI.

use std::cell::RefCell;
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use serde_json::{Value, json};

const TIMEOUT: Duration = Duration::from_secs(20);

struct Session {
    child: Child,
    stdin: Option<ChildStdin>,
    messages: Receiver<Value>,
    /// Messages passed over while waiting for another.
    passed: RefCell<Vec<Value>>,
    next_id: i64,
}

impl Session {
    fn start() -> Session {
        Session::start_with(&[])
    }

    fn start_with(arguments: &[&str]) -> Session {
        Session::start_with_env(arguments, &[])
    }

    fn start_with_env(arguments: &[&str], environment: &[(&str, &str)]) -> Session {
        let mut child = Command::new(env!("CARGO_BIN_EXE_pycheck"))
            .arg("server")
            .args(arguments)
            .envs(environment.iter().copied())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("pycheck server starts");
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().expect("stdout is piped");
        let (sender, messages) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = 0usize;
                loop {
                    let mut header = String::new();
                    if reader.read_line(&mut header).unwrap_or(0) == 0 {
                        return;
                    }
                    let header = header.trim_end();
                    if header.is_empty() {
                        break;
                    }
                    if let Some(value) = header.strip_prefix("Content-Length: ") {
                        length = value.parse().unwrap_or(0);
                    }
                }
                let mut body = vec![0; length];
                if reader.read_exact(&mut body).is_err() {
                    return;
                }
                if let Ok(message) = serde_json::from_slice(&body) {
                    let _ = sender.send(message);
                }
            }
        });
        Session {
            child,
            stdin,
            messages,
            passed: RefCell::new(Vec::new()),
            next_id: 1,
        }
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        let stdin = self.stdin.as_mut().expect("stdin is open");
        write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        stdin.flush().unwrap();
    }

    /// Writes `bytes` to the server as they are, framing included.
    fn send_raw(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().expect("stdin is open");
        stdin.write_all(bytes).unwrap();
        stdin.flush().unwrap();
    }

    /// Closes the server's input and waits for it to exit.
    fn close_input(mut self) -> std::process::ExitStatus {
        drop(self.stdin.take());
        let started = std::time::Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("the server can be waited for") {
                return status;
            }
            assert!(started.elapsed() < TIMEOUT, "the server exits in time");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.wait_for(|message| message["id"] == id)
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    fn wait_for(&self, wanted: impl Fn(&Value) -> bool) -> Value {
        loop {
            let message = self
                .messages
                .recv_timeout(TIMEOUT)
                .expect("the server answers in time");
            if wanted(&message) {
                return message;
            }
            self.passed.borrow_mut().push(message);
        }
    }

    /// Every `window/logMessage` (type, text) not yet taken, in the order sent, once one
    /// saying `last` has arrived.
    fn logged_until(&self, last: &str) -> Vec<(u64, String)> {
        let is_last =
            |m: &Value| m["method"] == "window/logMessage" && m["params"]["message"] == last;
        if !self.passed.borrow().iter().any(is_last) {
            let message = self.wait_for(is_last);
            self.passed.borrow_mut().push(message);
        }
        let mut logged = Vec::new();
        let mut passed = self.passed.borrow_mut();
        let end = passed.iter().position(is_last).unwrap();
        for message in passed.drain(..=end) {
            if message["method"] == "window/logMessage" {
                logged.push((
                    message["params"]["type"].as_u64().unwrap(),
                    message["params"]["message"].as_str().unwrap().to_owned(),
                ));
            }
        }
        logged
    }

    fn diagnostics_for(&self, uri: &str, version: i64) -> Vec<Value> {
        let message = self.wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] == version
        });
        message["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    fn finish(mut self) {
        self.request("shutdown", Value::Null);
        self.send(json!({"jsonrpc": "2.0", "method": "exit"}));
        drop(self.stdin.take());
        let status = self.child.wait().expect("the server exits");
        assert!(status.success(), "{status}");
    }
}

#[test]
fn diagnostics_follow_the_document_as_it_is_edited() {
    let mut session = Session::start();
    let response = session.request("initialize", json!({"capabilities": {}}));
    assert_eq!(
        response["result"]["capabilities"]["textDocumentSync"], 2,
        "incremental sync: {response}"
    );
    assert_eq!(response["result"]["serverInfo"]["name"], "pycheck");
    assert_eq!(response["result"]["capabilities"]["hoverProvider"], true);
    session.notify("initialized", json!({}));

    let uri = "file:///tmp/pycheck-server-test/hello.py";
    let text = "def hello(name: str) -> str:\n    return f\"Hello, {name}\"\n\n\nhello('😀' + 5)\nhello(5)\n";
    session.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}}),
    );
    let diagnostics = session.diagnostics_for(uri, 1);
    assert_eq!(diagnostics.len(), 2, "{diagnostics:?}");
    // The same message and code the command line prints; columns in UTF-16 units.
    assert_eq!(
        diagnostics[0]["message"],
        "Unsupported operand types for + (\"str\" and \"int\")"
    );
    assert_eq!(diagnostics[0]["code"], "operator");
    assert_eq!(
        diagnostics[0]["range"]["start"],
        json!({"line": 4, "character": 13})
    );
    assert_eq!(
        diagnostics[0]["range"]["end"],
        json!({"line": 4, "character": 14})
    );
    assert_eq!(
        diagnostics[1]["message"],
        "Argument 1 to \"hello\" has incompatible type \"int\"; expected \"str\""
    );
    assert_eq!(diagnostics[1]["code"], "arg-type");
    assert_eq!(diagnostics[1]["severity"], 1);
    assert_eq!(diagnostics[1]["source"], "pycheck");

    // Hover: the type of the innermost expression under the cursor, as messages spell it.
    let hover = session.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 1, "character": 23}}),
    );
    assert_eq!(
        hover["result"]["contents"]["value"], "```python\nstr\n```",
        "{hover}"
    );
    assert_eq!(
        hover["result"]["range"]["start"],
        json!({"line": 1, "character": 21})
    );
    let hover = session.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 2}}),
    );
    assert_eq!(
        hover["result"],
        Value::Null,
        "no expression on a def's name: {hover}"
    );
    let hover = session.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "file:///nowhere.py"}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(
        hover["result"],
        Value::Null,
        "unknown documents have no hover: {hover}"
    );

    // Fix the last line by replacing `5` with `'five'`: an incremental edit.
    session.notify(
        "textDocument/didChange",
        json!({
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [{"range": {"start": {"line": 5, "character": 6}, "end": {"line": 5, "character": 7}}, "text": "'five'"}]
        }),
    );
    let diagnostics = session.diagnostics_for(uri, 2);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0]["code"], "operator");

    // A burst of edits: the last version's diagnostics arrive.
    for version in 3..=12 {
        let body = if version % 2 == 0 {
            "x: int = 1\n"
        } else {
            "x: int = 'one'\n"
        };
        session.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": body}]}),
        );
    }
    assert!(session.diagnostics_for(uri, 12).is_empty());
    session.finish();
}

#[test]
fn malformed_messages_do_not_kill_the_server() {
    let mut session = Session::start();
    session.request("initialize", json!({"capabilities": {}}));
    // A notification with the wrong shape, then a request for a method nobody knows.
    session.notify("textDocument/didOpen", json!({"textDocument": 42}));
    let response = session.request("pycheck/unknown", json!({}));
    assert!(response["error"].is_object(), "{response}");
    // Still serving: a document opens and gets its diagnostics.
    let uri = "file:///tmp/pycheck-server-test/alive.py";
    session.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "python", "version": 7, "text": "y: str = 1\n"}}),
    );
    let diagnostics = session.diagnostics_for(uri, 7);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    session.finish();
}

/// `body` behind its `Content-Length` header.
fn framed(body: &[u8]) -> Vec<u8> {
    let mut frame = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    frame.extend_from_slice(body);
    frame
}

#[test]
fn every_malformed_message_gets_its_error_and_the_next_request_is_answered() {
    let mut session = Session::start();
    session.request("initialize", json!({"capabilities": {}}));
    session.notify("initialized", json!({}));
    // What is sent, and the error code and id of the answer (none: skipped, stderr says so).
    type Answer = Option<(i64, Value)>;
    let cases: Vec<(&str, Vec<u8>, Answer)> = vec![
        (
            "truncated JSON",
            framed(br#"{"jsonrpc":"2.0","id":3,"method":"#),
            Some((-32700, Value::Null)),
        ),
        (
            "a body that is not UTF-8",
            framed(b"{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"\xff\xfe\"}"),
            Some((-32700, Value::Null)),
        ),
        ("an empty body", framed(b""), Some((-32700, Value::Null))),
        ("an array", framed(b"[]"), Some((-32600, Value::Null))),
        ("a number", framed(b"42"), Some((-32600, Value::Null))),
        (
            "an object without \"jsonrpc\"",
            framed(br#"{"id":"old","method":"textDocument/hover","params":{}}"#),
            Some((-32600, json!("old"))),
        ),
        (
            "an object that is neither request nor response",
            framed(br#"{"jsonrpc":"2.0","id":"what"}"#),
            Some((-32600, json!("what"))),
        ),
        (
            "a header without Content-Length",
            b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n\
              {\"jsonrpc\":\"2.0\",\"id\":\"unframed\",\"method\":\"shutdown\"}"
                .to_vec(),
            None,
        ),
    ];
    let hover = json!({
        "textDocument": {"uri": "file:///tmp/pycheck-server-test/none.py"},
        "position": {"line": 0, "character": 0},
    });
    for (what, bytes, expected) in cases {
        session.send_raw(&bytes);
        // Answered here, before anything sent after it.
        if let Some((code, id)) = expected {
            let answer = session.wait_for(|m| m.get("error").is_some());
            assert_eq!(answer["error"]["code"], code, "{what}: {answer}");
            assert_eq!(answer["id"], id, "{what}: {answer}");
            assert_eq!(answer["jsonrpc"], "2.0", "{what}: {answer}");
        }
        let response = session.request("textDocument/hover", hover.clone());
        assert!(
            response["result"].is_null() && response.get("error").is_none(),
            "after {what}: {response}"
        );
        let passed = session.passed.borrow();
        assert!(
            passed.iter().all(|m| m.get("error").is_none()),
            "after {what}: {passed:?}"
        );
    }
    // Still serving: a document opens and gets its diagnostics.
    let uri = "file:///tmp/pycheck-server-test/after-malformed.py";
    session.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": "y: str = 1\n"}}),
    );
    assert_eq!(session.diagnostics_for(uri, 1).len(), 1);
    session.finish();
}

#[test]
fn a_message_cut_short_by_the_end_of_the_input_ends_the_server_cleanly() {
    let mut session = Session::start();
    session.request("initialize", json!({"capabilities": {}}));
    session.send_raw(b"Content-Length: 100\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":");
    let status = session.close_input();
    assert_eq!(status.code(), Some(0), "{status}");
}

/// A session the fuzzer found (`pycheck-fuzz lsp`): documents opened, requests sent, and
/// the input ending inside a message that swallowed `shutdown` and `exit`. Requests
/// still in flight then kept the server waiting forever; now they get a moment, and the
/// server ends.
#[test]
fn the_end_of_the_input_ends_the_server_with_requests_in_flight() {
    let session = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/lsp/input-ends-with-requests-in-flight.lsp"),
    )
    .unwrap();
    for _ in 0..3 {
        let mut server = Session::start();
        server.send_raw(&session);
        let status = server.close_input();
        assert_eq!(status.code(), Some(0), "{status}");
    }
}

#[test]
fn a_closed_output_ends_the_server_without_a_crash() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pycheck"))
        .arg("server")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pycheck server starts");
    drop(child.stdout.take());
    // The input stays open: the failed write of the answer ends the server.
    let mut stdin = child.stdin.take().unwrap();
    let body =
        json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})
            .to_string();
    write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
    stdin.flush().unwrap();
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(started.elapsed() < TIMEOUT, "the server exits in time");
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert_eq!(status.code(), Some(0), "{status}: {stderr}");
    assert!(!stderr.contains("internal error"), "{stderr}");
    drop(stdin);
}

#[test]
fn a_document_too_large_to_check_gets_one_warning_until_it_is_small_again() {
    let mut session = Session::start();
    session.request("initialize", json!({"capabilities": {}}));
    session.notify("initialized", json!({}));
    let uri = "file:///tmp/pycheck-server-test/huge.py";
    let line = "x: int = 'not an int'\n";
    let text = line.repeat((4 << 20) / line.len() + 1);
    session.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}}),
    );
    let warned = |diagnostics: &[Value]| {
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert_eq!(diagnostics[0]["severity"], 2, "{diagnostics:?}");
        let message = diagnostics[0]["message"].as_str().unwrap();
        assert!(
            message.starts_with("Not checked: this file has 4.0 MiB, more than the 4 MiB"),
            "{message}"
        );
    };
    warned(&session.diagnostics_for(uri, 1));
    let pulled = session.request(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": uri}}),
    );
    warned(pulled["result"]["items"].as_array().unwrap());
    let at = json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}});
    assert!(session.request("textDocument/hover", at.clone())["result"].is_null());
    assert!(
        session.request(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": uri}})
        )["result"]
            .is_null()
    );
    assert!(session.request("textDocument/completion", at)["result"].is_null());
    // Edits apply; still too large, still only the warning.
    session.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{
            "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
            "text": "import os\n",
        }]}),
    );
    warned(&session.diagnostics_for(uri, 2));
    // Cut down to one line, it is checked again.
    session.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": line}]}),
    );
    let diagnostics = session.diagnostics_for(uri, 3);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0]["code"], "assignment");
    session.finish();
}

/// A project on disk for the navigation test: the server reads what is not open.
fn navigation_project() -> std::path::PathBuf {
    let root = std::env::temp_dir().join(format!("pycheck-server-nav-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("shapes")).unwrap();
    std::fs::write(root.join("shapes/__init__.py"), "").unwrap();
    // The built-in stubs, whatever is installed: they have no files of their own.
    std::fs::write(
        root.join("pyproject.toml"),
        "[tool.mypy]\ntypeshed = \"builtin\"\n",
    )
    .unwrap();
    std::fs::write(
        root.join("shapes/square.py"),
        "def area(side: float) -> float:\n    return side * side\n",
    )
    .unwrap();
    root
}

const NAVIGATION_DOCUMENT: &str = "\
from shapes.square import area
import shapes.square


class Greeter:
    def __init__(self, name: str) -> None:
        self.name = name

    def greet(self, punctuation: str = \"!\") -> str:
        return \"Hello \" + self.name + punctuation


def make(name: str) -> Greeter:
    greeter = Greeter(name)
    return greeter


result = make(\"ann\").greet()
size = len(result) + area(2.0) + shapes.square.area(1.0)
";

#[test]
fn definitions_symbols_and_completions() {
    let root = navigation_project();
    let mut session = Session::start();
    let response = session.request(
        "initialize",
        json!({"rootUri": format!("file://{}", root.display()), "capabilities": {}}),
    );
    let capabilities = &response["result"]["capabilities"];
    assert_eq!(capabilities["definitionProvider"], true, "{response}");
    assert_eq!(capabilities["typeDefinitionProvider"], true, "{response}");
    assert_eq!(capabilities["referencesProvider"], true, "{response}");
    assert_eq!(
        capabilities["signatureHelpProvider"]["triggerCharacters"],
        json!(["(", ","]),
        "{response}"
    );
    assert_eq!(capabilities["workspaceSymbolProvider"], true, "{response}");
    assert_eq!(capabilities["documentSymbolProvider"], true, "{response}");
    assert_eq!(
        capabilities["completionProvider"]["triggerCharacters"],
        json!(["."]),
        "{response}"
    );
    session.notify("initialized", json!({}));
    let path = root.join("main.py");
    std::fs::write(&path, NAVIGATION_DOCUMENT).unwrap();
    let uri = format!("file://{}", path.display());
    session.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": NAVIGATION_DOCUMENT}}),
    );
    // The imported module is read from disk: no import error.
    assert_eq!(session.diagnostics_for(&uri, 1), Vec::<Value>::new());

    let definition = |session: &mut Session, line: u32, character: u32| {
        let response = session.request(
            "textDocument/definition",
            json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}),
        );
        response["result"].clone()
    };
    // `make` in `make("ann")` → its def's name.
    let found = definition(&mut session, 17, 10);
    assert_eq!(found["uri"], uri, "{found}");
    assert_eq!(found["range"]["start"], json!({"line": 12, "character": 4}));
    // `.greet` → the method, through the call's result type.
    let found = definition(&mut session, 17, 23);
    assert_eq!(
        found["range"]["start"],
        json!({"line": 8, "character": 8}),
        "{found}"
    );
    // `self.name` → the assignment in __init__.
    let found = definition(&mut session, 9, 32);
    assert_eq!(
        found["range"]["start"],
        json!({"line": 6, "character": 8}),
        "{found}"
    );
    // A local variable → its first assignment.
    let found = definition(&mut session, 14, 12);
    assert_eq!(
        found["range"]["start"],
        json!({"line": 13, "character": 4}),
        "{found}"
    );
    // `area`, imported → the other file.
    let found = definition(&mut session, 18, 22);
    let square_uri = format!("file://{}", root.join("shapes/square.py").display());
    assert_eq!(found["uri"], square_uri, "{found}");
    assert_eq!(found["range"]["start"], json!({"line": 0, "character": 4}));
    // `shapes.square.area` → the same function, through the module attributes.
    let found = definition(&mut session, 18, 50);
    assert_eq!(found["uri"], square_uri, "{found}");
    // `len` → a read-only copy of the bundled builtins stub.
    let found = definition(&mut session, 18, 8);
    let stub = found["uri"].as_str().unwrap_or_default().to_owned();
    assert!(stub.ends_with("typeshed-lite/builtins.pyi"), "{found}");
    let stub_path = stub.trim_start_matches("file://");
    let stub_text = std::fs::read_to_string(stub_path).unwrap();
    let line = found["range"]["start"]["line"].as_u64().unwrap() as usize;
    assert!(
        stub_text.lines().nth(line).unwrap().contains("def len("),
        "{found}"
    );
    assert!(
        std::fs::metadata(stub_path)
            .unwrap()
            .permissions()
            .readonly()
    );
    // Nothing to find on a keyword; unknown documents answer null.
    assert_eq!(definition(&mut session, 4, 1), Value::Null);
    let response = session.request(
        "textDocument/definition",
        json!({"textDocument": {"uri": "file:///nowhere.py"}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(response["result"], Value::Null, "{response}");

    let symbols = session.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    let outline: Vec<(String, Vec<String>)> = symbols["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let children = s["children"]
                .as_array()
                .map(|c| {
                    c.iter()
                        .map(|c| c["name"].as_str().unwrap().to_owned())
                        .collect()
                })
                .unwrap_or_default();
            (s["name"].as_str().unwrap().to_owned(), children)
        })
        .collect();
    assert_eq!(
        outline,
        [
            (
                "Greeter".to_owned(),
                vec!["__init__".to_owned(), "greet".to_owned()]
            ),
            ("make".to_owned(), vec![]),
            ("result".to_owned(), vec![]),
            ("size".to_owned(), vec![]),
        ]
    );

    // Typing `result.up` on a new last line: the document does not parse mid-word after a
    // dot, and completion still knows `result` is a str.
    let text = format!("{NAVIGATION_DOCUMENT}result.up");
    session.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": text}]}),
    );
    let labels = |response: &Value| -> Vec<String> {
        response["result"]
            .as_array()
            .unwrap()
            .iter()
            .map(|item| item["label"].as_str().unwrap().to_owned())
            .collect()
    };
    let completion = session.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": uri}, "position": {"line": 19, "character": 9}}),
    );
    assert_eq!(labels(&completion), ["upper"], "{completion}");
    let text = format!("{NAVIGATION_DOCUMENT}result.");
    session.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": text}]}),
    );
    let completion = session.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": uri}, "position": {"line": 19, "character": 7}}),
    );
    let members = labels(&completion);
    assert!(members.contains(&"startswith".to_owned()), "{members:?}");
    assert!(members.contains(&"join".to_owned()), "{members:?}");
    // Names in scope: the module's, builtins, keywords.
    let text = format!("{NAVIGATION_DOCUMENT}gre");
    session.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 4}, "contentChanges": [{"text": text}]}),
    );
    let completion = session.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": uri}, "position": {"line": 19, "character": 3}}),
    );
    assert_eq!(labels(&completion), ["Greeter"], "{completion}");

    // Module names in an import, component by component; keyword arguments in a call.
    let mut complete = |version: i64, typed: &str| {
        let text = format!("{NAVIGATION_DOCUMENT}{typed}");
        session.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}),
        );
        let response = session.request(
            "textDocument/completion",
            json!({"textDocument": {"uri": uri}, "position": {"line": 19, "character": typed.len()}}),
        );
        labels(&response)
    };
    assert_eq!(
        complete(5, "import sh"),
        ["shapes", "shelve", "shlex", "shutil"]
    );
    assert_eq!(complete(6, "from shapes.sq"), ["square"]);
    assert!(complete(7, "make(na").contains(&"name=".to_owned()));
    let text = format!("{NAVIGATION_DOCUMENT}gre");
    session.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 8}, "contentChanges": [{"text": text}]}),
    );

    // Signature help inside a call's parentheses, with the parameter the cursor is at.
    let response = session.request(
        "textDocument/signatureHelp",
        json!({"textDocument": {"uri": uri}, "position": {"line": 17, "character": 15}}),
    );
    assert_eq!(
        response["result"]["signatures"][0]["label"], "def make(name: str) -> Greeter",
        "{response}"
    );
    assert_eq!(
        response["result"]["signatures"][0]["parameters"][0]["label"],
        json!([9, 18])
    );
    assert_eq!(response["result"]["activeParameter"], 0);
    let response = session.request(
        "textDocument/signatureHelp",
        json!({"textDocument": {"uri": uri}, "position": {"line": 13, "character": 22}}),
    );
    assert_eq!(
        response["result"]["signatures"][0]["label"], "def __init__(name: str) -> None",
        "{response}"
    );
    let response = session.request(
        "textDocument/signatureHelp",
        json!({"textDocument": {"uri": uri}, "position": {"line": 4, "character": 2}}),
    );
    assert_eq!(
        response["result"],
        Value::Null,
        "outside a call: {response}"
    );

    // References: every use of `area`, in both files, through the import, the imported
    // name and the module attribute.
    let response = session.request(
        "textDocument/references",
        json!({"textDocument": {"uri": uri}, "position": {"line": 18, "character": 22}, "context": {"includeDeclaration": true}}),
    );
    let mut places: Vec<(String, u64, u64)> = response["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let file = l["uri"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_owned();
            (
                file,
                l["range"]["start"]["line"].as_u64().unwrap(),
                l["range"]["start"]["character"].as_u64().unwrap(),
            )
        })
        .collect();
    places.sort();
    assert_eq!(
        places,
        [
            ("main.py".to_owned(), 0, 26),
            ("main.py".to_owned(), 18, 21),
            ("main.py".to_owned(), 18, 47),
            ("square.py".to_owned(), 0, 4),
        ],
        "{response}"
    );

    // The type of `greeter` is defined by `class Greeter`.
    let response = session.request(
        "textDocument/typeDefinition",
        json!({"textDocument": {"uri": uri}, "position": {"line": 14, "character": 12}}),
    );
    assert_eq!(
        response["result"]["range"]["start"],
        json!({"line": 4, "character": 6}),
        "{response}"
    );
    // Workspace symbols: across the project's files, methods with their class.
    let response = session.request("workspace/symbol", json!({"query": "gree"}));
    let found: Vec<(String, Value)> = response["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["name"].as_str().unwrap().to_owned(),
                s["containerName"].clone(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("Greeter".to_owned(), Value::Null),
            ("greet".to_owned(), json!("Greeter")),
        ],
        "{response}"
    );
    let response = session.request("workspace/symbol", json!({"query": "area"}));
    assert_eq!(
        response["result"][0]["location"]["uri"], square_uri,
        "{response}"
    );
    session.finish();
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn files_changed_on_disk_are_picked_up_and_diagnostics_can_be_pulled() {
    let root = std::env::temp_dir().join(format!("pycheck-server-watch-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap();
    let main_path = root.join("main.py");
    let helper_path = root.join("helper.py");
    let text = "import helper\n\nx: str = helper.value()\n";
    std::fs::write(&main_path, text).unwrap();
    let uri = format!("file://{}", main_path.display());
    let helper_uri = format!("file://{}", helper_path.display());
    let root_uri = format!("file://{}", root.display());

    let mut session = Session::start();
    let response = session.request(
        "initialize",
        json!({
            "rootUri": root_uri,
            "capabilities": {"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}}
        }),
    );
    assert_eq!(
        response["result"]["capabilities"]["diagnosticProvider"]["interFileDependencies"], true,
        "{response}"
    );
    session.notify("initialized", json!({}));
    let registration = session.wait_for(|m| m["method"] == "client/registerCapability");
    assert_eq!(
        registration["params"]["registrations"][0]["method"],
        "workspace/didChangeWatchedFiles"
    );
    session.send(json!({"jsonrpc": "2.0", "id": registration["id"], "result": null}));

    session.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}}),
    );
    let messages = |diagnostics: Vec<Value>| -> Vec<String> {
        diagnostics
            .iter()
            .map(|d| d["message"].as_str().unwrap().to_owned())
            .collect()
    };
    let missing = messages(session.diagnostics_for(&uri, 1));
    assert_eq!(missing.len(), 1, "{missing:?}");
    assert!(
        missing[0]
            .starts_with("Cannot find implementation or library stub for module named \"helper\""),
        "{missing:?}"
    );

    // The module appears on disk: the import resolves and its type is used.
    std::fs::write(&helper_path, "def value() -> int:\n    return 1\n").unwrap();
    session.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": helper_uri, "type": 1}]}),
    );
    assert_eq!(
        messages(session.diagnostics_for(&uri, 1)),
        [
            "Incompatible types in assignment (expression has type \"int\", variable has type \"str\")"
        ]
    );
    // It changes on disk: the importer is checked again.
    std::fs::write(&helper_path, "def value() -> str:\n    return ''\n").unwrap();
    session.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": helper_uri, "type": 2}]}),
    );
    assert_eq!(
        messages(session.diagnostics_for(&uri, 1)),
        Vec::<String>::new()
    );
    // Pulled diagnostics are the pushed ones.
    let pulled = session.request(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": uri}}),
    );
    assert_eq!(pulled["result"]["kind"], "full", "{pulled}");
    assert_eq!(pulled["result"]["items"], json!([]), "{pulled}");
    // It is deleted: the import is missing again.
    std::fs::remove_file(&helper_path).unwrap();
    session.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": helper_uri, "type": 3}]}),
    );
    assert_eq!(messages(session.diagnostics_for(&uri, 1)).len(), 1);
    let pulled = session.request(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": uri}}),
    );
    assert_eq!(
        pulled["result"]["items"][0]["code"], "import-not-found",
        "{pulled}"
    );
    // The configuration changes on disk: it now ignores missing imports.
    std::fs::write(
        root.join("pyproject.toml"),
        "[tool.mypy]\nignore_missing_imports = true\n",
    )
    .unwrap();
    session.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": format!("{root_uri}/pyproject.toml"), "type": 1}]}),
    );
    assert_eq!(
        messages(session.diagnostics_for(&uri, 1)),
        Vec::<String>::new()
    );
    session.finish();
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn the_workspace_configuration_applies_as_on_the_command_line() {
    let root = std::env::temp_dir().join(format!("pycheck-server-config-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap();
    std::fs::write(
        root.join("pyproject.toml"),
        "[tool.mypy]\nignore_missing_imports = true\ndisallow_untyped_defs = true\n",
    )
    .unwrap();
    let text =
        "import not_installed_anywhere\n\n\ndef untyped(x):\n    return x\n\n\ny: int = 'two'\n";
    let path = root.join("main.py");
    std::fs::write(&path, text).unwrap();

    let cli = Command::new(env!("CARGO_BIN_EXE_pycheck"))
        .arg("main.py")
        .current_dir(&root)
        .output()
        .unwrap();
    let cli_messages: Vec<String> = String::from_utf8_lossy(&cli.stdout)
        .lines()
        .filter_map(|line| line.split_once(": error: ").map(|(_, m)| m.to_owned()))
        .collect();
    assert_eq!(cli_messages.len(), 2, "{cli_messages:?}");

    let mut session = Session::start();
    session.request(
        "initialize",
        json!({"rootUri": format!("file://{}", root.display()), "capabilities": {}}),
    );
    session.notify("initialized", json!({}));
    let uri = format!("file://{}", path.display());
    session.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}}),
    );
    let server_messages: Vec<String> = session
        .diagnostics_for(&uri, 1)
        .iter()
        .map(|d| {
            format!(
                "{}  [{}]",
                d["message"].as_str().unwrap(),
                d["code"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(server_messages, cli_messages);
    session.finish();
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn a_panic_while_checking_one_document_costs_that_document_only() {
    let mut session = Session::start_with_env(&[], &[("PYCHECK_TEST_PANIC_IN", "broken.py")]);
    session.request("initialize", json!({"capabilities": {}}));
    session.notify("initialized", json!({}));
    let good = "file:///tmp/pycheck-server-isolation/good.py";
    let broken = "file:///tmp/pycheck-server-isolation/broken.py";
    for uri in [broken, good] {
        session.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": "x: int = 'text'\n"}}),
        );
    }
    let diagnostics = session.diagnostics_for(broken, 1);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0]["code"], "internal-error");
    let message = diagnostics[0]["message"].as_str().unwrap();
    assert!(
        message.starts_with(
            "INTERNAL ERROR while checking this file: PYCHECK_TEST_PANIC_IN names this file at "
        ),
        "{message}"
    );
    assert_eq!(
        messages_of(session.diagnostics_for(good, 1)),
        [
            "Incompatible types in assignment (expression has type \"str\", variable has type \"int\")  [assignment]"
        ]
    );
    // The server goes on answering, for the broken document too.
    let hover = session.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": good}, "position": {"line": 0, "character": 0}}),
    );
    assert!(hover.get("error").is_none(), "{hover}");
    session.finish();
}

#[test]
fn every_document_opened_in_a_burst_gets_its_diagnostics() {
    let mut session = Session::start();
    session.request("initialize", json!({"capabilities": {}}));
    session.notify("initialized", json!({}));
    // Each open changes the database and cancels the checks in flight for the others.
    let uris: Vec<String> = (0..40)
        .map(|i| format!("file:///tmp/pycheck-server-burst/m{i}.py"))
        .collect();
    for (i, uri) in uris.iter().enumerate() {
        let text = format!("value_{i}: int = 'text'\n");
        session.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}}),
        );
    }
    let mut waiting: std::collections::HashSet<&str> = uris.iter().map(String::as_str).collect();
    while !waiting.is_empty() {
        let message = session.wait_for(|m| m["method"] == "textDocument/publishDiagnostics");
        let uri = message["params"]["uri"].as_str().unwrap().to_owned();
        assert_eq!(
            message["params"]["diagnostics"].as_array().unwrap().len(),
            1
        );
        waiting.remove(uri.as_str());
    }
    session.finish();
}

#[test]
fn inlay_hints_show_inferred_types_when_switched_on() {
    let text = "\
def make() -> list[int]:
    return [1]


items = make()
count = len(items)
name = 'x'
pairs = [(1, 'a')]


def label(flag: bool):
    if flag:
        return 'yes'
    return None


def total(
    first: int,
    second: int,  # (the last one)
):
    return first + second


def nothing():
    print('x')


def untyped(x):
    return x


async def later():
    return 1


def numbers():
    yield 1
";
    let uri = "file:///tmp/pycheck-server-hints/hints.py";
    let hints = |options: Value| {
        let mut session = Session::start();
        let response = session.request(
            "initialize",
            json!({"capabilities": {}, "initializationOptions": options}),
        );
        assert_eq!(
            response["result"]["capabilities"]["inlayHintProvider"],
            true
        );
        session.notify("initialized", json!({}));
        session.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}}),
        );
        session.diagnostics_for(uri, 1);
        let response = session.request(
            "textDocument/inlayHint",
            json!({"textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 40, "character": 0}}}),
        );
        session.finish();
        response["result"]
            .as_array()
            .unwrap()
            .iter()
            .map(|hint| {
                (
                    hint["position"]["line"].as_u64().unwrap(),
                    hint["position"]["character"].as_u64().unwrap(),
                    hint["label"].as_str().unwrap().to_owned(),
                )
            })
            .collect::<Vec<_>>()
    };
    // Off by default; literals and constructor calls already say their type.
    assert_eq!(hints(Value::Null), []);
    let variables = [
        (4, 5, ": list[int]".to_owned()),
        (5, 5, ": int".to_owned()),
        (7, 5, ": list[tuple[int, str]]".to_owned()),
    ];
    assert_eq!(
        hints(json!({"inlayHints": {"variableTypes": true}})),
        variables
    );
    // Return types: not where they would be `Any`, nor for coroutines and generators.
    let returns = [
        (10, 21, " -> str | None".to_owned()),
        (19, 1, " -> int".to_owned()),
        (23, 13, " -> None".to_owned()),
    ];
    assert_eq!(
        hints(json!({"inlayHints": {"functionReturnTypes": true}})),
        returns
    );
    let both: Vec<_> = variables.iter().chain(&returns).cloned().collect();
    assert_eq!(
        hints(json!({"inlayHints": {"variableTypes": true, "functionReturnTypes": true}})),
        both
    );
}

#[test]
fn the_server_takes_a_log_level() {
    let output = Command::new(env!("CARGO_BIN_EXE_pycheck"))
        .args(["server", "--log-level", "loud"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let mut session = Session::start_with(&["--log-level", "debug"]);
    session.request("initialize", json!({"capabilities": {}}));
    session.finish();
}

#[test]
fn editing_an_open_module_rechecks_its_open_importers() {
    let root = std::env::temp_dir().join(format!("pycheck-server-importer-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap();
    let library_text = "def size() -> int:\n    return 1\n";
    let user_text = "from library import size\n\ncount: int = size()\n";
    std::fs::write(root.join("library.py"), library_text).unwrap();
    std::fs::write(root.join("user.py"), user_text).unwrap();
    let library = format!("file://{}", root.join("library.py").display());
    let user = format!("file://{}", root.join("user.py").display());

    let mut session = Session::start();
    session.request(
        "initialize",
        json!({"rootUri": format!("file://{}", root.display()), "capabilities": {}}),
    );
    session.notify("initialized", json!({}));
    for (uri, text) in [(&user, user_text), (&library, library_text)] {
        session.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}}),
        );
    }
    assert!(session.diagnostics_for(&user, 1).is_empty());
    // The library's signature changes in the editor, not on disk.
    session.notify(
        "textDocument/didChange",
        json!({
            "textDocument": {"uri": library, "version": 2},
            "contentChanges": [{"text": "def size() -> str:\n    return ''\n"}]
        }),
    );
    let diagnostics = session.diagnostics_for(&user, 1);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0]["code"], "assignment");

    // Positions beyond the end of the document are clamped, not fatal.
    let response = session.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": user}, "position": {"line": 999, "character": 999}}),
    );
    assert!(response.get("error").is_none(), "{response}");
    let response = session.request(
        "textDocument/definition",
        json!({"textDocument": {"uri": user}, "position": {"line": 2, "character": 500}}),
    );
    assert!(response.get("error").is_none(), "{response}");
    session.finish();
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn hover_shows_a_function_as_defined_with_its_docstring() {
    let text = "def area(width: float, height: float = 1.0) -> float:\n    \"\"\"The area of a rectangle.\n\n    Both sides in metres.\n    \"\"\"\n    return width * height\n\n\nsize = area(2.0)\n";
    let uri = "file:///tmp/pycheck-server-hover/shapes.py";
    let mut session = Session::start();
    session.request("initialize", json!({"capabilities": {}}));
    session.notify("initialized", json!({}));
    session.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}}),
    );
    session.diagnostics_for(uri, 1);
    let hover = session.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 8, "character": 8}}),
    );
    assert_eq!(
        hover["result"]["contents"]["value"],
        "```python\ndef area(width: float, height: float = ...) -> float\n```\n\nThe area of a rectangle.\n\nBoth sides in metres.",
        "{hover}"
    );
    session.finish();
}

const STARTED: &str = "pycheck language server started";
const INFO: u64 = 3;
const WARNING: u64 = 2;

/// A typeshed of two stubs, with a function the real one does not have.
fn write_small_typeshed(directory: &std::path::Path) {
    std::fs::create_dir_all(directory.join("stdlib")).unwrap();
    std::fs::write(
        directory.join("stdlib/VERSIONS"),
        "builtins: 3.0-\ntyping: 3.0-\n",
    )
    .unwrap();
    std::fs::write(directory.join("stdlib/typing.pyi"), "Any = object()\n").unwrap();
    std::fs::write(
        directory.join("stdlib/builtins.pyi"),
        "\
class object:
    def __init__(self) -> None: ...

class type: ...
class int: ...
class str: ...
class bool(int): ...
class function: ...

def print(value: object, end: str = ...) -> None:
    \"\"\"Prints the value.\"\"\"

def shout(word: str) -> str: ...
",
    )
    .unwrap();
}

fn messages_of(diagnostics: Vec<Value>) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| {
            format!(
                "{}  [{}]",
                d["message"].as_str().unwrap(),
                d["code"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn the_standard_library_is_the_configured_typeshed_and_changes_with_the_configuration() {
    let root = std::env::temp_dir().join(format!("pycheck-server-typeshed-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap();
    write_small_typeshed(&root.join("stubs"));
    // Relative to the workspace, as the command line run there reads it.
    std::fs::write(
        root.join("pyproject.toml"),
        "[tool.mypy]\ncustom_typeshed_dir = \"stubs\"\n",
    )
    .unwrap();
    let text = "print(\"hi\")\nshout(1)\n";
    let path = root.join("main.py");
    std::fs::write(&path, text).unwrap();
    let uri = format!("file://{}", path.display());
    let root_uri = format!("file://{}", root.display());

    let mut session = Session::start();
    session.request(
        "initialize",
        json!({
            "rootUri": root_uri,
            "capabilities": {"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}}
        }),
    );
    session.notify("initialized", json!({}));
    assert_eq!(
        session.logged_until(STARTED),
        [
            (
                INFO,
                format!(
                    "pycheck: standard library stubs: typeshed at {}",
                    root.join("stubs").display()
                )
            ),
            (INFO, STARTED.to_owned()),
        ]
    );
    let registration = session.wait_for(|m| m["method"] == "client/registerCapability");
    session.send(json!({"jsonrpc": "2.0", "id": registration["id"], "result": null}));
    session.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}}),
    );
    assert_eq!(
        messages_of(session.diagnostics_for(&uri, 1)),
        ["Argument 1 to \"shout\" has incompatible type \"int\"; expected \"str\"  [arg-type]"]
    );
    // `print` is defined in the stub file itself, not in a copy.
    let response = session.request(
        "textDocument/definition",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 2}}),
    );
    assert_eq!(
        response["result"],
        json!({
            "uri": format!("file://{}", root.join("stubs/stdlib/builtins.pyi").display()),
            "range": {"start": {"line": 9, "character": 4}, "end": {"line": 9, "character": 9}}
        }),
        "{response}"
    );
    let response = session.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 1, "character": 2}}),
    );
    assert_eq!(
        response["result"]["contents"]["value"], "```python\ndef shout(word: str) -> str\n```",
        "{response}"
    );
    let response = session.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 2}}),
    );
    assert_eq!(
        response["result"]["contents"]["value"],
        "```python\ndef print(value: object, end: str = ...) -> None\n```\n\nPrints the value.",
        "{response}"
    );

    // The configuration now names a directory that is not a typeshed: reported as other
    // configuration errors are, and the built-in stubs are used (they have no `shout`).
    std::fs::write(
        root.join("pyproject.toml"),
        "[tool.mypy]\ncustom_typeshed_dir = \"nowhere\"\n",
    )
    .unwrap();
    session.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": format!("{root_uri}/pyproject.toml"), "type": 2}]}),
    );
    let announced = "pycheck: standard library stubs: typeshed-lite (built in)";
    assert_eq!(
        session.logged_until(announced),
        [
            (
                WARNING,
                format!(
                    "error: --custom-typeshed-dir does not point to a valid typeshed ({}): \
                     cannot read {}: No such file or directory; using typeshed-lite (built in)",
                    root.join("nowhere").display(),
                    root.join("nowhere/stdlib/VERSIONS").display()
                )
            ),
            (INFO, announced.to_owned()),
        ]
    );
    assert_eq!(
        messages_of(session.diagnostics_for(&uri, 1)),
        ["Name \"shout\" is not defined  [name-defined]"]
    );
    // Back to the small typeshed.
    std::fs::write(
        root.join("pyproject.toml"),
        "[tool.mypy]\ncustom_typeshed_dir = \"stubs\"\n",
    )
    .unwrap();
    session.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": format!("{root_uri}/pyproject.toml"), "type": 2}]}),
    );
    assert_eq!(
        messages_of(session.diagnostics_for(&uri, 1)),
        ["Argument 1 to \"shout\" has incompatible type \"int\"; expected \"str\"  [arg-type]"]
    );
    session.finish();
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn a_configured_typeshed_that_is_not_one_does_not_stop_the_server() {
    let root =
        std::env::temp_dir().join(format!("pycheck-server-badtypeshed-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("empty/stdlib")).unwrap();
    std::fs::write(
        root.join("pyproject.toml"),
        "[tool.mypy]\ncustom_typeshed_dir = \"empty\"\n",
    )
    .unwrap();
    let mut session = Session::start();
    session.request(
        "initialize",
        json!({"rootUri": format!("file://{}", root.display()), "capabilities": {}}),
    );
    session.notify("initialized", json!({}));
    assert_eq!(
        session.logged_until(STARTED),
        [
            (
                WARNING,
                format!(
                    "error: --custom-typeshed-dir does not point to a valid typeshed ({}): \
                     cannot read {}: No such file or directory; using typeshed-lite (built in)",
                    root.join("empty").display(),
                    root.join("empty/stdlib/VERSIONS").display()
                )
            ),
            (
                INFO,
                "pycheck: standard library stubs: typeshed-lite (built in)".to_owned()
            ),
            (INFO, STARTED.to_owned()),
        ]
    );
    // Checking goes on against the built-in stubs, whose definitions are read-only copies.
    let uri = format!("file://{}", root.join("main.py").display());
    session.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": "n: str = len(\"ab\")\n"}}),
    );
    assert_eq!(
        messages_of(session.diagnostics_for(&uri, 1)),
        [
            "Incompatible types in assignment (expression has type \"int\", variable has type \"str\")  [assignment]"
        ]
    );
    let response = session.request(
        "textDocument/definition",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 10}}),
    );
    let found = response["result"]["uri"].as_str().unwrap_or_default();
    assert!(
        found.starts_with("file:///") && found.ends_with("-typeshed-lite/builtins.pyi"),
        "{response}"
    );
    session.finish();
    std::fs::remove_dir_all(&root).unwrap();
}

/// mypy 2.4.1's typeshed, found as the test cases find it (the suite needs that mypy).
fn mypy_typeshed() -> std::path::PathBuf {
    let output = Command::new("python3")
        .args([
            "-c",
            "import mypy.version, os; print(mypy.version.__version__); \
             print(os.path.join(os.path.dirname(mypy.version.__file__), 'typeshed'))",
        ])
        .output()
        .expect("python3 runs");
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines.first().copied(),
        Some("2.4.1"),
        "the tests need mypy 2.4.1: python3 -m pip install mypy==2.4.1"
    );
    std::fs::canonicalize(lines[1]).unwrap()
}

#[test]
fn definitions_and_hover_reach_into_mypys_typeshed() {
    let typeshed = mypy_typeshed();
    let builtins = typeshed.join("stdlib/builtins.pyi");
    let builtins_text = std::fs::read_to_string(&builtins).unwrap();
    let line_of = |prefix: &str| {
        builtins_text
            .lines()
            .position(|line| line.starts_with(prefix))
            .unwrap()
    };
    let root = std::env::temp_dir().join(format!(
        "pycheck-server-mypy-typeshed-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap();
    let text = "print(\"hi\")\nsize = len(\"abc\")\n";
    let uri = format!("file://{}", root.join("main.py").display());

    // With no configuration the server chooses as the command line does: the typeshed of
    // the mypy installed where python3 finds its packages.
    let mut session = Session::start();
    session.request(
        "initialize",
        json!({"rootUri": format!("file://{}", root.display()), "capabilities": {}}),
    );
    session.notify("initialized", json!({}));
    let logged = session.logged_until(STARTED);
    assert_eq!(
        logged[0],
        (
            INFO,
            format!(
                "pycheck: standard library stubs: typeshed of mypy 2.4.1 at {}",
                typeshed.join("stdlib").display()
            )
        ),
        "{logged:?}"
    );
    session.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}}),
    );
    assert_eq!(session.diagnostics_for(&uri, 1), Vec::<Value>::new());
    let definition = |session: &mut Session, line: u32, character: u32| {
        session.request(
            "textDocument/definition",
            json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}),
        )["result"]
            .clone()
    };
    let builtins_uri = format!("file://{}", builtins.display());
    // `print` is overloaded: its first signature.
    let print = line_of("def print(");
    assert_eq!(
        definition(&mut session, 0, 2),
        json!({
            "uri": builtins_uri,
            "range": {"start": {"line": print, "character": 4}, "end": {"line": print, "character": 9}}
        })
    );
    let len = line_of("def len(");
    assert_eq!(
        definition(&mut session, 1, 8),
        json!({
            "uri": builtins_uri,
            "range": {"start": {"line": len, "character": 4}, "end": {"line": len, "character": 7}}
        })
    );
    let response = session.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 2}}),
    );
    assert_eq!(
        response["result"]["contents"]["value"],
        "```python\n\
         def print(*values: object, sep: str | None = ..., end: str | None = ..., file: SupportsWrite[str] | None = ..., flush: Literal[False] = ...) -> None\n\
         def print(*values: object, sep: str | None = ..., end: str | None = ..., file: _SupportsWriteAndFlush[str] | None = ..., flush: bool) -> None\n\
         ```",
        "{response}"
    );
    session.finish();
    std::fs::remove_dir_all(&root).unwrap();
}
