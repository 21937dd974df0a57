//! A real editor as the client: Neovim, headless, with the shipped configuration for its
//! version (`editors/neovim/nvim-0.11.lua` or `pycheck-legacy.lua`) and
//! `tests/neovim/init.lua`, opens `examples/hello.py` and writes down the diagnostics, a
//! hover and a jump to a definition as Neovim received them. Neovim runs with its own
//! empty configuration and state directories and is killed if it takes longer than
//! `NVIM_DEADLINE`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The whole run, Neovim's start to its exit. The init file's own waits are shorter
/// (`WAIT_MS`), so a stuck step reports itself before this deadline kills Neovim.
const NVIM_DEADLINE: Duration = Duration::from_secs(90);
const WAIT_MS: &str = "20000";

const EXPECTED: &str = r#"attached: pycheck
hello.py:6:13: error: Argument 1 to "hello" has incompatible type "int"; expected "str"  [arg-type] (source pycheck, ends 6:14)
hello.py:7:13: error: Argument 1 to "hello" has incompatible type "list[int]"; expected "str"  [arg-type] (source pycheck, ends 7:25)
hover 6:7 (hello): markdown, range 6:7-6:12
  ```python
  def hello(name: str) -> Any
  ```
definition of hello at 6:7: hello.py:1:5
"#;

/// Written straight to the process's stderr: libtest captures `eprintln!` of passing
/// tests, and a skip must be seen.
fn say_skipped(reason: &str) {
    let _ = writeln!(std::io::stderr(), "neovim test skipped: {reason}");
}

fn nvim_version() -> Option<String> {
    let output = Command::new("nvim")
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&output.stdout);
    Some(text.lines().next().unwrap_or("nvim").to_owned())
}

/// A fresh directory under cargo's scratch space for integration tests.
fn scratch_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("neovim-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch directory");
    dir
}

#[test]
fn neovim_shows_diagnostics_hover_and_definition_from_pycheck() {
    let Some(version) = nvim_version() else {
        say_skipped("`nvim` is not installed (apt-get install neovim); .ci/run installs it");
        return;
    };
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let scratch = scratch_dir();
    let seen_path = scratch.join("seen.txt");
    let log_path = scratch.join("nvim-output.txt");
    let log = std::fs::File::create(&log_path).expect("log file");
    // The shipped configurations run `pycheck` from PATH: make that the one under test.
    let pycheck = Path::new(env!("CARGO_BIN_EXE_pycheck"));
    let mut path = vec![
        pycheck
            .parent()
            .expect("the binary's directory")
            .to_path_buf(),
    ];
    path.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    let path = std::env::join_paths(path).expect("PATH entries join");

    let started = Instant::now();
    let mut nvim = Command::new("nvim")
        .args(["--headless", "-n", "-i", "NONE", "--noplugin", "-u"])
        .arg(repo.join("tests/neovim/init.lua"))
        .current_dir(repo)
        .env("PYCHECK_REPO", repo)
        .env("PATH", path)
        .env("PYCHECK_NVIM_OUT", &seen_path)
        .env("PYCHECK_NVIM_WAIT_MS", WAIT_MS)
        // Neither the user's configuration nor their logs: everything under `scratch`.
        .env("XDG_CONFIG_HOME", scratch.join("config"))
        .env("XDG_DATA_HOME", scratch.join("data"))
        .env("XDG_STATE_HOME", scratch.join("state"))
        .env("XDG_CACHE_HOME", scratch.join("cache"))
        .stdin(Stdio::null())
        .stdout(log.try_clone().expect("log file"))
        .stderr(log)
        .spawn()
        .expect("nvim starts");
    let status = loop {
        if let Some(status) = nvim.try_wait().expect("nvim can be waited for") {
            break status;
        }
        if started.elapsed() > NVIM_DEADLINE {
            let _ = nvim.kill();
            let _ = nvim.wait();
            panic!(
                "{version} did not finish within {NVIM_DEADLINE:?}; its output:\n{}",
                std::fs::read_to_string(&log_path).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let seen = std::fs::read_to_string(&seen_path).unwrap_or_default();
    let output = std::fs::read_to_string(&log_path).unwrap_or_default();
    assert!(
        status.success(),
        "{version} exited with {status}; it saw:\n{seen}\nits output:\n{output}"
    );
    assert_eq!(seen, EXPECTED, "what {version} saw");
    let _ = std::fs::remove_dir_all(&scratch);
}
