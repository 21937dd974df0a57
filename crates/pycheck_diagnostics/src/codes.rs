//! The one registry of error codes. Names and meanings follow mypy's, so that
//! `# type: ignore[code]` comments and configuration written for mypy keep working.

use std::fmt;
use std::io::{self, Write};

/// An error code such as `arg-type`: the name printed in brackets after a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ErrorCode {
    pub name: &'static str,
    /// One line: what this code reports.
    pub summary: &'static str,
    /// A short example of code that triggers it and how to fix it, for `pycheck explain`.
    pub explanation: &'static str,
}

impl ErrorCode {
    /// The explanation's example (indented code) and, after a blank line, the advice on
    /// fixing it, if it has any.
    pub fn example_and_advice(&self) -> (&'static str, Option<&'static str>) {
        match self.explanation.split_once("\n\n") {
            Some((example, advice)) => (example, Some(advice)),
            None => (self.explanation, None),
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

macro_rules! error_codes {
    ($($constant:ident = $name:literal, $summary:literal, $explanation:literal;)*) => {
        $(
            pub const $constant: ErrorCode = ErrorCode {
                name: $name,
                summary: $summary,
                explanation: $explanation,
            };
        )*
        /// Every code pycheck can report, in the order `pycheck explain` lists them.
        pub const ALL: &[ErrorCode] = &[$($constant),*];
    };
}

error_codes! {
    SYNTAX = "syntax", "The file is not valid Python, so it could not be checked",
        "    x = (1,\n\nFix the syntax; no other check of the file runs until it parses.";
    ARG_TYPE = "arg-type", "An argument's type does not match the parameter's type",
        "    def hello(name: str) -> str: ...\n    hello(5)  # Argument 1 to \"hello\" has incompatible type \"int\"; expected \"str\"";
    CALL_ARG = "call-arg", "A call passes too many or too few arguments, or an unknown keyword",
        "    def f(a: int) -> None: ...\n    f(1, 2)  # Too many arguments for \"f\"";
    CALL_OVERLOAD = "call-overload", "No variant of an overloaded function accepts the arguments",
        "    @overload\n    def pick(x: int) -> int: ...\n    @overload\n    def pick(x: str) -> str: ...\n    pick(1.5)  # No overload variant of \"pick\" matches argument type \"float\"";
    NO_OVERLOAD_IMPL = "no-overload-impl", "Overloads outside a stub file have no implementation after them",
        "    @overload  # An overloaded function outside a stub file must have an implementation\n    def pick(x: int) -> int: ...\n    @overload\n    def pick(x: str) -> str: ...\n\nAdd the implementation, an undecorated `def pick(x: int | str) -> int | str:` right after the last overload.";
    OVERLOAD_OVERLAP = "overload-overlap", "Two overloads accept the same arguments but promise incompatible return types",
        "    @overload\n    def parse(x: int) -> int: ...  # Overloaded function signatures 1 and 2 overlap with incompatible return types\n    @overload\n    def parse(x: object) -> str: ...\n\nA call with an `int` matches both: make the returns agree, or narrow the later signature.";
    OVERLOAD_CANNOT_MATCH = "overload-cannot-match", "An overload can never be chosen, because an earlier one accepts all its arguments",
        "    @overload\n    def parse(x: object) -> int: ...\n    @overload\n    def parse(x: int) -> str: ...  # Overloaded function signature 2 will never be matched: signature 1's parameter type(s) are the same or broader\n\nPut the narrower signature first.";
    LIST_ITEM = "list-item", "An item of a list display has the wrong type for the expected list",
        "    xs: list[int] = [1, \"two\"]  # List item 1 has incompatible type \"str\"; expected \"int\"";
    DICT_ITEM = "dict-item", "An entry of a dict display has the wrong key or value type",
        "    d: dict[str, int] = {\"a\": \"b\"}  # Dict entry 0 has incompatible type \"str\": \"str\"; expected \"str\": \"int\"";
    ASSIGNMENT = "assignment", "A value is assigned to a variable or attribute of an incompatible type",
        "    count = 0\n    count = \"many\"  # Incompatible types in assignment (expression has type \"str\", variable has type \"int\")\n\nA variable's type is fixed by its annotation or, without one, by its first assignment.";
    RETURN_VALUE = "return-value", "A return statement returns a value of the wrong type",
        "    def f() -> int:\n        return \"s\"  # Incompatible return value type (got \"str\", expected \"int\")";
    RETURN = "return", "A function with a non-None return type can end without returning",
        "    def sign(x: int) -> int:\n        if x > 0:\n            return 1  # Missing return statement (reported at the def)";
    EMPTY_BODY = "empty-body", "A function whose body is only `pass` or `...` promises a return value",
        "    def f() -> int:\n        pass  # Missing return statement";
    NAME_DEFINED = "name-defined", "A name is used that is not defined",
        "    print(undefined_name)  # Name \"undefined_name\" is not defined";
    NO_UNTYPED_DEF = "no-untyped-def", "A function lacks annotations (with disallow_untyped_defs or disallow_incomplete_defs)",
        "    def scale(x, factor: int):  # Function is missing a return type annotation\n        ...\n\nAnnotate every parameter and the return type; the option is part of --strict.";
    NO_ANY_RETURN = "no-any-return", "A function returns Any where it declares another type (with warn_return_any)",
        "    def size(data: Any) -> int:\n        return data.size  # Returning Any from function declared to return \"int\"\n\nCheck or cast the value before returning it.";
    ANNOTATION_UNCHECKED = "annotation-unchecked", "A note: an annotation inside a function whose body is not checked",
        "    def load():\n        count: int = \"x\"  # By default the bodies of untyped functions are not checked, ...\n\nAnnotate the function (`def load() -> None:`) or use --check-untyped-defs.";
    IMPORT_NOT_FOUND = "import-not-found", "An imported module cannot be found",
        "    import missing_module  # Cannot find implementation or library stub for module named \"missing_module\"\n\nInstall the package, fix the name, add its directory to `mypy_path`, or set\n`ignore_missing_imports = true` for it in a `[[tool.pycheck.overrides]]` section.";
    IMPORT_UNTYPED = "import-untyped", "An installed package has no type information",
        "    import yaml  # Library stubs not installed for \"yaml\"\n\nInstall its stub package (the hint names it) or, for packages without stubs, ask the\nauthors for a py.typed marker; or set `ignore_missing_imports = true` for it.";
    ATTR_DEFINED = "attr-defined", "An attribute is accessed that the type does not have",
        "    \"text\".foo  # \"str\" has no attribute \"foo\"";
    UNION_ATTR = "union-attr", "An attribute is missing on some members of a union",
        "    def f(x: int | None) -> None:\n        x.bit_length()  # Item \"None\" of \"int | None\" has no attribute \"bit_length\"";
    OPERATOR = "operator", "An operator is applied to operands that do not support it",
        "    1 + \"a\"  # Unsupported operand types for + (\"int\" and \"str\")";
    INDEX = "index", "A value is indexed with the wrong type, or cannot be indexed",
        "    [1, 2][\"a\"]";
    VAR_ANNOTATED = "var-annotated", "A variable needs an annotation because its type cannot be inferred",
        "    items = []  # Need type annotation for \"items\" (hint: \"items: list[<type>] = ...\")";
    VALID_TYPE = "valid-type", "An annotation is not a valid type",
        "    def f(x: 1) -> None: ...";
    FUNC_RETURNS_VALUE = "func-returns-value", "The result of a function that always returns None is used",
        "    def reset() -> None: ...\n    flag = reset()  # \"reset\" does not return a value (it only ever returns None)";
    NO_REDEF = "no-redef", "A name is defined twice in the same scope",
        "    code: int = 0\n    code: str = \"x\"  # Name \"code\" already defined on line 1";
    UNUSED_IGNORE = "unused-ignore", "A `# type: ignore` comment silences nothing (with --warn-unused-ignores)",
        "    x: int = 1  # type: ignore  # Unused \"type: ignore\" comment\n\nRemove the comment, or the codes in it that no error on the line has.";
    STR_UNPACK = "str-unpack", "A string is unpacked into several names",
        "    first, second = word  # Unpacking a string is disallowed\n\nSplit the string first, e.g. `word.split()`.";
    OVERRIDE = "override", "A method or attribute of a subclass does not fit the base class's",
        "    class Base:\n        def greet(self) -> str: ...\n    class Child(Base):\n        def greet(self) -> int: ...  # Return type \"int\" of \"greet\" incompatible with return type \"str\" in supertype \"Base\"\n\nAn override must accept every argument the base accepts and return what the base promises.";
    ABSTRACT = "abstract", "A class with abstract methods left unimplemented is instantiated",
        "    class Shape(ABC):\n        @abstractmethod\n        def area(self) -> float: ...\n    Shape()  # Cannot instantiate abstract class \"Shape\" with abstract attribute \"area\"\n\nInstantiate a subclass that implements every abstract method.";
    TYPE_ABSTRACT = "type-abstract", "An abstract class is given where a concrete class is expected",
        "    def make(cls: type[Shape]) -> Shape:\n        return cls()\n    make(Shape)  # Only concrete class can be given where \"type[Shape]\" is expected\n\nPass a subclass that implements every abstract method.";
    TYPEDDICT_ITEM = "typeddict-item", "A TypedDict is given a wrong value, misses a required key, or is read at a key it lacks",
        "    class Movie(TypedDict):\n        title: str\n        year: int\n    m: Movie = {\"title\": \"Alien\"}  # Missing key \"year\" for TypedDict \"Movie\"\n\nGive every required key a value of the declared type, or mark the key NotRequired.";
    TYPEDDICT_UNKNOWN_KEY = "typeddict-unknown-key", "A TypedDict is given a key it does not declare",
        "    class Movie(TypedDict):\n        title: str\n    m: Movie = {\"title\": \"Alien\", \"rating\": 5}  # Extra key \"rating\" for TypedDict \"Movie\"\n\nDeclare the key in the TypedDict, or leave it out.";
    LITERAL_REQUIRED = "literal-required", "A TypedDict is indexed with a key that is not a string literal",
        "    key = \"title\"\n    movie[key]  # TypedDict key must be a string literal; expected one of (\"title\", \"year\")\n\nIndex with the literal key, or annotate the variable with a Literal type.";
    TYPE_VAR = "type-var", "A type variable is solved to a type its bound or its constraints do not allow",
        "    N = TypeVar(\"N\", int, float)\n    def add(a: N, b: N) -> N: ...\n    add(\"a\", \"b\")  # Value of type variable \"N\" of \"add\" cannot be \"str\"\n\nPass a value of an allowed type, or widen the type variable's bound or constraints.";
    TYPE_ARG = "type-arg", "A generic type or type alias is given the wrong number of type arguments",
        "    type Pair[T] = tuple[T, T]\n    def swap(p: Pair[int, str]) -> None: ...  # Bad number of arguments for type alias, expected 1, given 2\n\nGive the alias as many arguments as it has type parameters.";
    UNUSED_COROUTINE = "unused-coroutine", "An async function is called and its coroutine dropped, never awaited",
        "    async def job() -> int: ...\n    async def main() -> None:\n        job()  # Value of type \"Coroutine[Any, Any, int]\" must be used\n\nAwait it (`await job()`), or keep it to await or schedule later.";
    AWAIT_NOT_ASYNC = "await-not-async", "`await` is used in a function that is not `async def`",
        "    async def job() -> int: ...\n    def main() -> None:\n        await job()  # \"await\" outside coroutine (\"async def\")\n\nMake the function `async def` (its callers then await it), or run the coroutine with `asyncio.run`.";
    TOP_LEVEL_AWAIT = "top-level-await", "`await` is used outside any function",
        "    async def job() -> int: ...\n    result = await job()  # \"await\" outside function\n\nMove the code into an `async def` run with `asyncio.run`; environments that allow top-level await (IPython) can silence the code.";
    INTERNAL_ERROR = "internal-error", "pycheck itself failed while checking the file (a bug in pycheck)",
        "    # any file: INTERNAL ERROR while checking this file: index out of bounds ... at crates/...\n\nThe other files are still checked. Please report the bug with the file (or a smaller one that shows it) and the command; until it is fixed, exclude the file from the run.";
    MISC = "misc", "Other errors that have no more specific code",
        "    a, b = 1, 2, 3  # Too many values to unpack (2 expected, 3 provided)";
}

/// The code named `name`, if pycheck has it.
pub fn lookup(name: &str) -> Option<ErrorCode> {
    ALL.iter().copied().find(|code| code.name == name)
}

/// `pycheck explain CODE`: what the code means, an example, and how to silence it.
pub fn write_explanation(out: &mut dyn Write, code: ErrorCode) -> io::Result<()> {
    let name = code.name;
    writeln!(out, "[{name}]: {}", code.summary)?;
    let (example, advice) = code.example_and_advice();
    writeln!(out, "\nExample:\n\n{example}")?;
    if let Some(advice) = advice {
        writeln!(out, "\nHow to fix it:\n\n{advice}")?;
    }
    writeln!(out, "\nTo silence it:")?;
    if code == SYNTAX || code == INTERNAL_ERROR {
        // A file that does not parse, or whose check failed, has no comment pycheck read.
        return writeln!(
            out,
            "    Cannot be silenced: the file must parse, and its check finish, to read any comment."
        );
    }
    writeln!(out, "    on one line:      # type: ignore[{name}]")?;
    writeln!(
        out,
        "    everywhere:       disable_error_code = [\"{name}\"] under [tool.pycheck] (or [tool.mypy])"
    )?;
    writeln!(out, "    for one run:      --disable-error-code {name}")
}

/// `docs/error-codes.md`, generated from the registry so the two cannot disagree.
pub fn write_markdown(out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "# Error codes\n")?;
    writeln!(
        out,
        "<!-- Generated by `pycheck explain --markdown` from crates/pycheck_diagnostics/src/codes.rs; do not edit. -->\n"
    )?;
    writeln!(
        out,
        "Every error pycheck reports ends with its code in brackets, as mypy's do. Silence one\n\
         line with `# type: ignore[CODE]`, a code everywhere with `disable_error_code = [\"CODE\"]`\n\
         in the configuration (or `--disable-error-code CODE`). `pycheck explain CODE` prints\n\
         a code's section of this page.\n"
    )?;
    writeln!(out, "| code | what it reports |\n|---|---|")?;
    for code in ALL {
        writeln!(out, "| [`{0}`](#{0}) | {1} |", code.name, code.summary)?;
    }
    for code in ALL {
        writeln!(out, "\n## {}\n\n{}.\n", code.name, code.summary)?;
        let (example, advice) = code.example_and_advice();
        writeln!(out, "```python")?;
        for line in example.lines() {
            writeln!(out, "{}", line.strip_prefix("    ").unwrap_or(line))?;
        }
        writeln!(out, "```")?;
        if let Some(advice) = advice {
            writeln!(out, "\n{advice}")?;
        }
        if *code != SYNTAX && *code != INTERNAL_ERROR {
            writeln!(
                out,
                "\nSilence it on one line with `# type: ignore[{0}]`, or everywhere with\n`disable_error_code = [\"{0}\"]`.",
                code.name
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_look_like_mypys() {
        let mut names: Vec<_> = ALL.iter().map(|code| code.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ALL.len());
        for name in names {
            assert!(
                name.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{name}"
            );
        }
        assert_eq!(lookup("arg-type"), Some(ARG_TYPE));
        assert_eq!(lookup("no-such-code"), None);
    }
}
