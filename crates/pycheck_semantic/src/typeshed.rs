//! typeshed-lite: pycheck's own stubs for the standard library, compiled into the binary
//! and parsed by the same parser as user code.

pub struct BundledStub {
    pub module: &'static str,
    /// Shown in messages and used as the file's identity.
    pub path: &'static str,
    pub text: &'static str,
}

macro_rules! bundled {
    ($($module:literal => $path:literal),* $(,)?) => {
        pub const BUNDLED: &[BundledStub] = &[$(
            BundledStub {
                module: $module,
                path: concat!("typeshed-lite/", $path),
                text: include_str!(concat!("../../../typeshed-lite/", $path)),
            }
        ),*];
    };
}

bundled! {
    "builtins" => "builtins.pyi",
    "typing" => "typing.pyi",
    "collections" => "collections/__init__.pyi",
    "collections.abc" => "collections/abc.pyi",
    "types" => "types.pyi",
    "abc" => "abc.pyi",
    "sys" => "sys.pyi",
    "typing_extensions" => "typing_extensions.pyi",
    "os" => "os/__init__.pyi",
    "re" => "re.pyi",
    "math" => "math.pyi",
    "json" => "json.pyi",
    "time" => "time.pyi",
    "datetime" => "datetime.pyi",
    "pathlib" => "pathlib.pyi",
    "itertools" => "itertools.pyi",
    "functools" => "functools.pyi",
    "logging" => "logging/__init__.pyi",
    "random" => "random.pyi",
    "string" => "string.pyi",
    "io" => "io.pyi",
    "subprocess" => "subprocess.pyi",
    "shutil" => "shutil.pyi",
    "copy" => "copy.pyi",
    "textwrap" => "textwrap.pyi",
    "warnings" => "warnings.pyi",
    "uuid" => "uuid.pyi",
    "hashlib" => "hashlib.pyi",
    "tempfile" => "tempfile.pyi",
    "contextlib" => "contextlib.pyi",
    "operator" => "operator.pyi",
    "argparse" => "argparse.pyi",
    "csv" => "csv.pyi",
    "dataclasses" => "dataclasses.pyi",
    "enum" => "enum.pyi",
    "os.path" => "os/path.pyi",
}
