//! `pycheck-fuzz`: mutation fuzzing of pycheck on stable Rust.
//!
//! Three targets, each with its own oracle:
//! - `syntax`: mutated sources into the syntax layer (lexer, nesting guard, parser). It
//!   must answer a tree or one syntax error: a panic is a finding.
//! - `check`: mutated programs through the whole checker, as `pycheck` runs it. No file
//!   may get an `[internal-error]` diagnostic (a panic or runaway recursion, caught per
//!   file) and none may take longer than `--slow-seconds`.
//! - `lsp`: streams of well-formed and mangled messages into `pycheck server`. It must
//!   keep reading, exit with status 0 when its input ends, and log no internal error.
//!
//! Inputs start from the Python files of `tests/cases` and `examples` (the seeds) and are
//! changed by a few random edits each: lines deleted, duplicated, swapped or spliced in
//! from another seed, tokens of Python's grammar and typing's vocabulary inserted,
//! brackets nested deep, bytes flipped. A run is reproducible from its printed seed.
//! Before each input runs it is written to `FINDINGS/current.*`, so even an abort (the
//! one failure that cannot be caught) leaves the input behind; findings are kept as
//! `FINDINGS/<target>-<n>.*` and turned into regression cases by hand.
//!
//! Crates: `fastrand` (a small seedable generator: a seed replays a run exactly) and `clap`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use clap::{Parser, ValueEnum};
use pycheck_driver::{CheckOptions, SourcePath, TypeshedSetting, check_sources};

#[derive(Parser)]
#[command(
    name = "pycheck-fuzz",
    about = "Mutation fuzzing of pycheck's parser, checker and language server"
)]
struct Cli {
    target: Target,
    /// Stop after this many seconds.
    #[arg(long, default_value_t = 60)]
    seconds: u64,
    /// Stop after this many inputs (whichever comes first).
    #[arg(long)]
    iterations: Option<u64>,
    /// The generator's seed (default: from the clock); printed, so a run can be replayed.
    #[arg(long)]
    seed: Option<u64>,
    /// Directories whose `.py`/`.pyi` files are the seeds.
    #[arg(long, default_values = ["tests/cases", "examples"])]
    corpus: Vec<PathBuf>,
    /// Where findings (and the input being run) are written.
    #[arg(long, default_value = "target/fuzz-findings")]
    findings: PathBuf,
    /// `check`: an input taking longer than this is a finding.
    #[arg(long, default_value_t = 10)]
    slow_seconds: u64,
    /// `check`: the standard library from this typeshed instead of typeshed-lite.
    #[arg(long, value_name = "DIR")]
    custom_typeshed_dir: Option<PathBuf>,
    /// `lsp`: the pycheck binary to start (default: beside this one).
    #[arg(long)]
    pycheck: Option<PathBuf>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Target {
    Syntax,
    Check,
    Lsp,
}

impl Target {
    fn name(self) -> &'static str {
        match self {
            Target::Syntax => "syntax",
            Target::Check => "check",
            Target::Lsp => "lsp",
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Target::Lsp => "lsp",
            _ => "py",
        }
    }
}

/// Whatever Python and typing code is made of: inserted at random places, these reach
/// the corners of the grammar and of the checker that the seeds alone do not.
const VOCABULARY: &[&str] = &[
    "def ",
    "class ",
    "lambda x: ",
    "async ",
    "await ",
    "yield ",
    "yield from ",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    "*",
    "**",
    "->",
    "=",
    ":=",
    "==",
    ".",
    "...",
    "None",
    "int",
    "str",
    "list[int]",
    "dict[str, int]",
    "tuple[int, ...]",
    "Callable[..., int]",
    "Callable[[int], str]",
    "TypeVar('T')",
    "ParamSpec('P')",
    "TypeVarTuple('Ts')",
    "Self",
    "Protocol",
    "TypedDict",
    "Generic[T]",
    "Union[int, str]",
    "Optional[",
    "Literal[1]",
    "Any",
    "Never",
    "@overload\n",
    "@dataclass\n",
    "@property\n",
    "@staticmethod\n",
    "@classmethod\n",
    "match x:\n    case ",
    "\n",
    "    ",
    "\t",
    "'",
    "\"",
    "f\"{",
    "}\"",
    "\"\"\"",
    "#",
    "\\",
    "  # type: ignore",
    "reveal_type(",
    "cast(",
    "isinstance(",
    "super().",
    "self.",
    "__getattr__",
    "__call__",
    "__init__",
    "__new__",
    "__enter__",
    "global ",
    "nonlocal ",
    "del ",
    "return ",
    "raise ",
    "try:\n",
    "except ",
    "finally:\n",
    "with ",
    "for ",
    " in ",
    "while ",
    "if ",
    "else:",
    "elif ",
    "not ",
    " and ",
    " or ",
    " is ",
    "import ",
    "from ",
    " as ",
    "T",
    "P.args",
    "P.kwargs",
    "*args",
    "**kwargs",
    "Unpack[",
    "*Ts",
    "Concatenate[",
    "TypeGuard[",
    "TypeIs[",
    "Final",
    "ClassVar[",
    "Annotated[",
    "NewType('N', int)",
    "NamedTuple",
    "Enum",
    "1",
    "0",
    "-1",
    "1.5",
    "b''",
    "''",
    "True",
    "x",
    "y",
    "f",
    "C",
    "type X = ",
    "[T]",
    "[T: int]",
    "[**P]",
    "[*Ts]",
    "print(",
    "len(",
    "range(",
    "zip(",
    "sorted(",
    "sum(",
    "open(",
    "0j",
];

fn main() -> ExitCode {
    let cli = Cli::parse();
    let seeds = load_seeds(&cli.corpus);
    if seeds.is_empty() {
        eprintln!("pycheck-fuzz: no .py files under {:?}", cli.corpus);
        return ExitCode::from(2);
    }
    if let Err(error) = std::fs::create_dir_all(&cli.findings) {
        eprintln!(
            "pycheck-fuzz: cannot create {}: {error}",
            cli.findings.display()
        );
        return ExitCode::from(2);
    }
    let seed = cli.seed.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |elapsed| elapsed.as_nanos() as u64)
    });
    println!(
        "pycheck-fuzz {}: seed {seed}, {} seeds, up to {} s{}",
        cli.target.name(),
        seeds.len(),
        cli.seconds,
        cli.iterations
            .map(|n| format!(" or {n} inputs"))
            .unwrap_or_default()
    );
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut fuzzer = match Fuzzer::new(&cli) {
        Ok(fuzzer) => fuzzer,
        Err(error) => {
            eprintln!("pycheck-fuzz: {error}");
            return ExitCode::from(2);
        }
    };
    let watchdog = Watchdog::start(&cli.findings, cli.target);
    let started = Instant::now();
    let mut runs = 0u64;
    let mut findings = 0u64;
    while started.elapsed() < Duration::from_secs(cli.seconds)
        && cli.iterations.is_none_or(|limit| runs < limit)
    {
        let input = match cli.target {
            Target::Lsp => lsp_stream(&mut rng, &seeds),
            _ => mutate(&mut rng, &seeds).into_bytes(),
        };
        let current = cli
            .findings
            .join(format!("current.{}", cli.target.extension()));
        let _ = std::fs::write(&current, &input);
        watchdog.begin();
        let verdict = fuzzer.run(&input);
        watchdog.end();
        runs += 1;
        if let Err(problem) = verdict {
            findings += 1;
            let kept = cli.findings.join(format!(
                "{}-{seed}-{runs}.{}",
                cli.target.name(),
                cli.target.extension()
            ));
            let _ = std::fs::write(&kept, &input);
            println!("FINDING {}: {problem}", kept.display());
        }
    }
    println!(
        "pycheck-fuzz {}: {runs} inputs in {:.0} s, {findings} findings (seed {seed})",
        cli.target.name(),
        started.elapsed().as_secs_f64()
    );
    if findings == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn load_seeds(directories: &[PathBuf]) -> Vec<String> {
    let mut seeds = Vec::new();
    let mut pending: Vec<PathBuf> = directories.to_vec();
    while let Some(path) = pending.pop() {
        if path.is_dir() {
            if let Ok(entries) = std::fs::read_dir(&path) {
                let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
                entries.sort();
                pending.extend(entries);
            }
        } else if path
            .extension()
            .is_some_and(|extension| extension == "py" || extension == "pyi")
            && let Ok(text) = std::fs::read_to_string(&path)
        {
            seeds.push(text);
        }
    }
    seeds.sort();
    seeds
}

/// A seed with one to four random edits.
fn mutate(rng: &mut fastrand::Rng, seeds: &[String]) -> String {
    let mut text = seeds[rng.usize(..seeds.len())].clone();
    for _ in 0..rng.usize(1..=4) {
        text = mutate_once(rng, seeds, text);
    }
    text
}

fn mutate_once(rng: &mut fastrand::Rng, seeds: &[String], text: String) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    if lines.is_empty() {
        lines.push(String::new());
    }
    let at = rng.usize(..lines.len());
    match rng.u8(..9) {
        0 => {
            lines.remove(at);
        }
        1 => lines.insert(at, lines[at].clone()),
        2 => {
            let other = rng.usize(..lines.len());
            lines.swap(at, other);
        }
        3 => {
            let donor: Vec<&str> = seeds[rng.usize(..seeds.len())].lines().collect();
            if !donor.is_empty() {
                let start = rng.usize(..donor.len());
                let end = (start + rng.usize(1..=6)).min(donor.len());
                for (offset, line) in donor[start..end].iter().enumerate() {
                    lines.insert(at + offset, (*line).to_owned());
                }
            }
        }
        4 | 5 => {
            let word = VOCABULARY[rng.usize(..VOCABULARY.len())];
            let position = char_boundary(&lines[at], rng.usize(..=lines[at].len()));
            lines[at].insert_str(position, word);
        }
        6 => {
            let line = &mut lines[at];
            if !line.is_empty() {
                let start = char_boundary(line, rng.usize(..line.len()));
                let end = char_boundary(line, (start + rng.usize(1..=8)).min(line.len()));
                line.replace_range(start..end, "");
            }
        }
        7 => {
            // Deep nesting, around the depth the syntax layer draws its line at.
            let depth = [10, 100, 199, 250, 1000, 3000][rng.usize(..6)];
            let (open, close) = [("(", ")"), ("[", "]"), ("-", ""), ("not ", "")][rng.usize(..4)];
            lines.insert(
                at,
                format!("x = {}1{}", open.repeat(depth), close.repeat(depth)),
            );
        }
        _ => {
            let line = &mut lines[at];
            let position = char_boundary(line, rng.usize(..=line.len()));
            let noise = [
                ' ', '\t', '\u{0}', '\u{feff}', 'é', '\r', '\u{3000}', '$', '?', '`',
            ];
            line.insert(position, noise[rng.usize(..noise.len())]);
        }
    }
    let mut mutated = lines.join("\n");
    if rng.bool() {
        mutated.push('\n');
    }
    mutated
}

fn char_boundary(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// A session of messages for the language server: well-formed ones carrying mutated
/// documents, and mangled ones (cut short, bytes flipped, wrong lengths, no header).
fn lsp_stream(rng: &mut fastrand::Rng, seeds: &[String]) -> Vec<u8> {
    let uri = "file:///tmp/pycheck-fuzz/fuzzed.py";
    let mut stream = frame(
        &serde_json::json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}),
    );
    stream.extend(frame(
        &serde_json::json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
    ));
    for id in 2..rng.u64(4..16) {
        let message = match rng.u8(..5) {
            0 => {
                serde_json::json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "python", "version": id, "text": mutate(rng, seeds)}}})
            }
            1 => {
                serde_json::json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": uri, "version": id}, "contentChanges": [{"range": {"start": {"line": rng.u32(..40), "character": rng.u32(..80)}, "end": {"line": rng.u32(..40), "character": rng.u32(..80)}}, "text": VOCABULARY[rng.usize(..VOCABULARY.len())]}]}})
            }
            2 => {
                serde_json::json!({"jsonrpc": "2.0", "id": id, "method": "textDocument/hover", "params": {"textDocument": {"uri": uri}, "position": {"line": rng.u32(..40), "character": rng.u32(..80)}}})
            }
            3 => {
                serde_json::json!({"jsonrpc": "2.0", "id": id, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": uri}}})
            }
            _ => {
                serde_json::json!({"jsonrpc": "2.0", "id": id, "method": "textDocument/completion", "params": {"textDocument": {"uri": uri}, "position": {"line": rng.u32(..40), "character": rng.u32(..80)}}})
            }
        };
        let mut framed = frame(&message);
        if rng.u8(..3) == 0 {
            mangle(rng, &mut framed);
        }
        stream.extend(framed);
    }
    stream.extend(frame(
        &serde_json::json!({"jsonrpc": "2.0", "id": 999, "method": "shutdown"}),
    ));
    stream.extend(frame(
        &serde_json::json!({"jsonrpc": "2.0", "method": "exit"}),
    ));
    stream
}

fn frame(message: &serde_json::Value) -> Vec<u8> {
    let body = message.to_string();
    let mut framed = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    framed.extend(body.into_bytes());
    framed
}

fn mangle(rng: &mut fastrand::Rng, framed: &mut Vec<u8>) {
    let header_end = framed
        .windows(4)
        .position(|window| window == b"\r\n\r\n")
        .map_or(0, |at| at + 4);
    match rng.u8(..5) {
        0 => framed.truncate(rng.usize(..framed.len())),
        1 => {
            for _ in 0..rng.usize(1..8) {
                let at = rng.usize(header_end.min(framed.len() - 1)..framed.len());
                framed[at] = rng.u8(..);
            }
        }
        2 => {
            // A body that is not a message: a bare value or a structure without a method.
            let body = [
                "[]",
                "42",
                "null",
                "{}",
                "{\"jsonrpc\": \"2.0\"}",
                "\"text\"",
            ][rng.usize(..6)];
            *framed = format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes();
        }
        3 => {
            let length = rng.usize(..framed.len() * 2 + 1);
            let body = framed.split_off(header_end);
            *framed = format!("Content-Length: {length}\r\n\r\n").into_bytes();
            framed.extend(body);
        }
        _ => {
            framed.drain(..header_end);
            framed.splice(0..0, b"Content-Type: x\r\n\r\n".iter().copied());
        }
    }
}

/// What runs one input and judges it.
enum Fuzzer {
    Syntax,
    Check {
        options: Box<CheckOptions>,
        slow: Duration,
    },
    Lsp {
        pycheck: PathBuf,
    },
}

impl Fuzzer {
    fn new(cli: &Cli) -> Result<Fuzzer, String> {
        Ok(match cli.target {
            Target::Syntax => Fuzzer::Syntax,
            Target::Check => {
                // Every panic in a file's check becomes its diagnostic; nothing on stderr.
                pycheck_driver::install_panic_hook();
                let mut options = CheckOptions::default();
                options.imports.no_site_packages = true;
                if let Some(directory) = &cli.custom_typeshed_dir {
                    options.typeshed_setting = TypeshedSetting::Directory(directory.clone());
                    options.load_typeshed().map_err(|error| error.to_string())?;
                }
                Fuzzer::Check {
                    options: Box::new(options),
                    slow: Duration::from_secs(cli.slow_seconds),
                }
            }
            Target::Lsp => {
                let pycheck = match &cli.pycheck {
                    Some(path) => path.clone(),
                    None => std::env::current_exe()
                        .map_err(|error| error.to_string())?
                        .with_file_name("pycheck"),
                };
                if !pycheck.is_file() {
                    return Err(format!("no pycheck binary at {}", pycheck.display()));
                }
                Fuzzer::Lsp { pycheck }
            }
        })
    }

    fn run(&mut self, input: &[u8]) -> Result<(), String> {
        match self {
            Fuzzer::Syntax => {
                let text = String::from_utf8_lossy(input);
                std::panic::catch_unwind(|| {
                    let _ = pycheck_syntax::parse_module(&text, "fuzzed.py");
                })
                .map_err(|payload| {
                    format!(
                        "the syntax layer panicked: {}",
                        pycheck_driver::panic_message(&*payload)
                    )
                })
            }
            Fuzzer::Check { options, slow } => {
                let text = String::from_utf8_lossy(input).into_owned();
                let source = SourcePath {
                    path: PathBuf::from("/nonexistent/pycheck-fuzz/fuzzed.py"),
                    display: "fuzzed.py".to_owned(),
                    module: Some("fuzzed".to_owned()),
                };
                let started = Instant::now();
                let reports = check_sources(vec![(source, text)], options);
                let took = started.elapsed();
                if let Some(internal) = reports
                    .iter()
                    .flat_map(|report| report.diagnostics.iter())
                    .find(|d| d.code == Some(pycheck_diagnostics::codes::INTERNAL_ERROR))
                {
                    return Err(internal.message.clone());
                }
                if took > *slow {
                    return Err(format!("checking took {:.1} s", took.as_secs_f64()));
                }
                Ok(())
            }
            Fuzzer::Lsp { pycheck } => run_server(pycheck, input),
        }
    }
}

/// Feeds `input` to a fresh `pycheck server` and waits for it to end.
fn run_server(pycheck: &Path, input: &[u8]) -> Result<(), String> {
    use std::io::{Read, Write};
    use std::process::{Command, Stdio};
    let mut child = Command::new(pycheck)
        .arg("server")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| format!("cannot start {}: {error}", pycheck.display()))?;
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    let drain_out = std::thread::spawn(move || {
        let mut sink = Vec::new();
        let _ = stdout.read_to_end(&mut sink);
    });
    let drain_err = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    {
        let mut stdin = child.stdin.take().expect("piped");
        let _ = stdin.write_all(input);
    }
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(5)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return Err("the server did not end within 60 s of its input ending".to_owned());
            }
        }
    };
    let _ = drain_out.join();
    let logged = drain_err.join().unwrap_or_default();
    if !status.success() {
        return Err(format!(
            "the server exited with {status}: {}",
            logged.trim()
        ));
    }
    if let Some(line) = logged.lines().find(|line| line.contains("internal error")) {
        return Err(line.to_owned());
    }
    Ok(())
}

/// Ends the process when one input runs far too long: an endless loop is a finding too,
/// and `FINDINGS/current.*` holds the input.
struct Watchdog {
    origin: Instant,
    /// When the input now running started, in milliseconds after `origin` plus one; 0
    /// while idle.
    started: Arc<AtomicU64>,
}

const HANG_LIMIT: Duration = Duration::from_secs(120);

impl Watchdog {
    fn start(findings: &Path, target: Target) -> Watchdog {
        let origin = Instant::now();
        let started = Arc::new(AtomicU64::new(0));
        let watched = Arc::clone(&started);
        let current = findings.join(format!("current.{}", target.extension()));
        std::thread::spawn(move || {
            loop {
                std::thread::sleep(Duration::from_secs(1));
                let began = watched.load(Ordering::SeqCst);
                let now = origin.elapsed().as_millis() as u64 + 1;
                if began != 0 && now.saturating_sub(began) > HANG_LIMIT.as_millis() as u64 {
                    println!(
                        "FINDING {}: no result after {} s",
                        current.display(),
                        HANG_LIMIT.as_secs()
                    );
                    std::process::exit(1);
                }
            }
        });
        Watchdog { origin, started }
    }

    fn begin(&self) {
        let now = self.origin.elapsed().as_millis() as u64 + 1;
        self.started.store(now, Ordering::SeqCst);
    }

    fn end(&self) {
        self.started.store(0, Ordering::SeqCst);
    }
}
