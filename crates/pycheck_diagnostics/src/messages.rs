//! The one catalogue of message texts, worded exactly as mypy words them so that output
//! and `# type: ignore` habits carry over. Types arrive already spelled (`"list[int]"`).
//!
//! Callers pass a [`Callee`] where mypy names the function being called.

use std::fmt;

/// How a message names a called function: `"f"`, `"append" of "list"`, or nothing for a
/// value of a `Callable` type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Callee<'a> {
    Function(&'a str),
    Method { name: &'a str, class: &'a str },
    Anonymous,
}

impl Callee<'_> {
    /// ` for "f"` / ` for "m" of "C"` / `` (nothing), as in `Too many arguments for "f"`.
    fn for_suffix(self) -> String {
        match self {
            Callee::Anonymous => String::new(),
            named => format!(" for {named}"),
        }
    }

    /// ` to "f"` as in `Argument 1 to "f" has incompatible type`.
    fn to_suffix(self) -> String {
        match self {
            Callee::Anonymous => String::new(),
            named => format!(" to {named}"),
        }
    }
}

impl fmt::Display for Callee<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Callee::Function(name) => write!(f, "\"{name}\""),
            Callee::Method { name, class } => write!(f, "\"{name}\" of \"{class}\""),
            Callee::Anonymous => Ok(()),
        }
    }
}

/// Which argument a message is about: `Argument 1` or `Argument "factor"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgumentLabel<'a> {
    Position(usize),
    Keyword(&'a str),
}

impl fmt::Display for ArgumentLabel<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArgumentLabel::Position(number) => write!(f, "Argument {number}"),
            ArgumentLabel::Keyword(name) => write!(f, "Argument \"{name}\""),
        }
    }
}

/// A type as mypy quotes it in a message: in double quotes, except the few spellings it
/// leaves bare (`Module`, `overloaded function`, inferred literals such as `Literal[1]?`).
/// A panic while checking a file: `description` says what panicked and where.
pub fn internal_error(description: &str) -> String {
    format!(
        "INTERNAL ERROR while checking this file: {description}; this is a bug in pycheck, please report it with this file and the command (the other files were checked)"
    )
}

pub fn quote_type(spelled: &str) -> String {
    let bare = matches!(spelled, "Module" | "overloaded function" | "<deleted>")
        || spelled.starts_with("Module ")
        || spelled.ends_with('?');
    match bare {
        true => spelled.to_owned(),
        false => format!("\"{spelled}\""),
    }
}

pub fn incompatible_argument(
    label: ArgumentLabel<'_>,
    callee: Callee<'_>,
    got: &str,
    expected: &str,
) -> String {
    format!(
        "{label}{} has incompatible type {}; expected {}",
        callee.to_suffix(),
        quote_type(got),
        quote_type(expected)
    )
}

pub fn too_many_arguments(callee: Callee<'_>) -> String {
    format!("Too many arguments{}", callee.for_suffix())
}

pub fn too_many_positional_arguments(callee: Callee<'_>) -> String {
    format!("Too many positional arguments{}", callee.for_suffix())
}

pub fn too_few_arguments(callee: Callee<'_>) -> String {
    format!("Too few arguments{}", callee.for_suffix())
}

pub fn missing_positional_arguments(names: &[&str], callee: Callee<'_>) -> String {
    let plural = if names.len() == 1 { "" } else { "s" };
    let quoted: Vec<String> = names.iter().map(|name| format!("\"{name}\"")).collect();
    let target = match callee {
        Callee::Anonymous => String::new(),
        named => format!(" in call to {named}"),
    };
    format!(
        "Missing positional argument{plural} {}{target}",
        quoted.join(", ")
    )
}

pub fn missing_named_argument(name: &str, callee: Callee<'_>) -> String {
    format!("Missing named argument \"{name}\"{}", callee.for_suffix())
}

pub fn unexpected_keyword_argument(name: &str, callee: Callee<'_>) -> String {
    format!(
        "Unexpected keyword argument \"{name}\"{}",
        callee.for_suffix()
    )
}

pub fn multiple_values_for_argument(name: &str, callee: Callee<'_>) -> String {
    match callee {
        Callee::Anonymous => {
            format!("Function gets multiple values for keyword argument \"{name}\"")
        }
        named => format!("{named} gets multiple values for keyword argument \"{name}\""),
    }
}

/// `argument_types` are already spelled; mypy says "type" or "types" by their count.
pub fn no_overload_variant(callee: Callee<'_>, argument_types: &[String]) -> String {
    let name = match callee {
        Callee::Anonymous => String::new(),
        named => format!(" of {named}"),
    };
    let plural = if argument_types.len() == 1 { "" } else { "s" };
    let quoted: Vec<String> = argument_types.iter().map(|t| format!("\"{t}\"")).collect();
    format!(
        "No overload variant{name} matches argument type{plural} {}",
        quoted.join(", ")
    )
}

pub const POSSIBLE_OVERLOAD_VARIANTS: &str = "Possible overload variants:";

/// `def __init__(self) -> int`.
pub fn must_return_none(method: &str) -> String {
    format!("The return type of \"{method}\" must be None")
}

/// `def __new__(cls) -> int` in `class C`.
pub fn incompatible_new_return(returned: &str, class: &str) -> String {
    format!(
        "Incompatible return type for \"__new__\" (returns \"{returned}\", but must return a subtype of \"{class}\")"
    )
}

/// `def __new__(cls) -> C | None`.
pub fn new_must_return_instance(returned: &str) -> String {
    format!("\"__new__\" must return a class instance (got \"{returned}\")")
}

pub const SINGLE_OVERLOAD: &str = "Single overload definition, multiple required";
pub const OVERLOAD_WITHOUT_IMPLEMENTATION: &str =
    "An overloaded function outside a stub file must have an implementation";
pub const OVERLOAD_ABSTRACT_MIX: &str =
    "Overloaded method has both abstract and non-abstract variants";
pub const OVERLOAD_FLIP_NOTE: &str = "Flipping the order of overloads will fix this error";

/// `@staticmethod` or `@classmethod` on some overloads (or the implementation) only.
pub fn overload_inconsistent_decorator(decorator: &str) -> String {
    format!(
        "Overload does not consistently use the \"@{decorator}\" decorator on all function signatures."
    )
}

pub fn overloads_overlap(first: usize, second: usize) -> String {
    format!(
        "Overloaded function signatures {first} and {second} overlap with incompatible return types"
    )
}

pub fn overload_never_matched(earlier: usize, later: usize) -> String {
    format!(
        "Overloaded function signature {later} will never be matched: signature {earlier}'s parameter type(s) are the same or broader"
    )
}

pub fn overload_implementation_parameters(index: usize) -> String {
    format!(
        "Overloaded function implementation does not accept all possible parameters of signature {index}"
    )
}

pub fn overload_implementation_return(index: usize) -> String {
    format!("Overloaded function implementation cannot produce return type of signature {index}")
}

pub fn not_callable(spelled: &str) -> String {
    format!("\"{spelled}\" not callable")
}

pub fn does_not_return_a_value(callee: Callee<'_>) -> String {
    match callee {
        Callee::Anonymous => "Function does not return a value (it only ever returns None)".into(),
        named => format!("{named} does not return a value (it only ever returns None)"),
    }
}

pub fn incompatible_assignment(expression: &str, variable: &str) -> String {
    format!(
        "Incompatible types in assignment (expression has type {}, variable has type {})",
        quote_type(expression),
        quote_type(variable)
    )
}

/// mypy counts list items from 0.
pub fn incompatible_default(parameter: &str, default: &str, declared: &str) -> String {
    format!(
        "Incompatible default for parameter \"{parameter}\" (default has type \"{default}\", parameter has type \"{declared}\")"
    )
}

pub const IMPLICIT_OPTIONAL_NOTE: &str = "PEP 484 prohibits implicit Optional. Accordingly, mypy has changed its default to no_implicit_optional=True";
pub const IMPLICIT_OPTIONAL_UPGRADE_NOTE: &str = "Use https://github.com/hauntsaninja/no_implicit_optional to automatically upgrade your codebase";

pub fn incompatible_list_item(index: usize, got: &str, expected: &str) -> String {
    format!("List item {index} has incompatible type \"{got}\"; expected \"{expected}\"")
}

/// A set or tuple display's item, numbered from 1 like call arguments (`<set>`, `<tuple>`).
pub fn incompatible_display_argument(
    container: &str,
    number: usize,
    got: &str,
    expected: &str,
) -> String {
    format!(
        "Argument {number} to <{container}> has incompatible type \"{got}\"; expected \"{expected}\""
    )
}

pub const EXPECTED_ITERABLE_VARIADIC: &str = "Expected iterable as variadic argument";

pub fn incompatible_dict_entry(
    index: usize,
    got_key: &str,
    got_value: &str,
    expected_key: &str,
    expected_value: &str,
) -> String {
    format!(
        "Dict entry {index} has incompatible type \"{got_key}\": \"{got_value}\"; expected \"{expected_key}\": \"{expected_value}\""
    )
}

pub fn incompatible_return_value(got: &str, expected: &str) -> String {
    format!(
        "Incompatible return value type (got {}, expected {})",
        quote_type(got),
        quote_type(expected)
    )
}

pub const CANNOT_INFER_LAMBDA: &str = "Cannot infer type of lambda";
pub const RETURN_IN_NORETURN: &str = "Return statement in function which does not return";
pub const IMPLICIT_RETURN_IN_NORETURN: &str = "Implicit return in function which does not return";
pub const GENERATOR_RETURN_TYPE: &str =
    "The return type of a generator function should be \"Generator\" or one of its supertypes";
pub const REVEAL_IN_UNCHECKED: &str = "'reveal_type' always outputs 'Any' in unchecked functions";

/// `kind` is `yield` or `yield from`.
pub fn incompatible_yield(kind: &str, actual: &str, expected: &str) -> String {
    format!(
        "Incompatible types in \"{kind}\" (actual type \"{actual}\", expected type \"{expected}\")"
    )
}

pub const RETURN_VALUE_EXPECTED: &str = "Return value expected";
pub const NO_RETURN_VALUE_EXPECTED: &str = "No return value expected";
pub const MISSING_RETURN_STATEMENT: &str = "Missing return statement";

pub fn name_not_defined(name: &str) -> String {
    format!("Name \"{name}\" is not defined")
}

/// The `typing` names whose absence mypy explains with an import hint (its
/// `TYPES_FOR_UNIMPORTED_HINTS`); other names get no hint.
const TYPING_NAMES_WITH_HINTS: &[&str] = &[
    "Any", "Callable", "Dict", "Iterable", "Iterator", "List", "Optional", "Set", "Tuple",
    "TypeVar", "Union", "cast",
];

/// The note after `Name "X" is not defined` when `X` is one of the `typing` names mypy
/// hints at. mypy matches them ignoring case, and suggests the name as `typing` spells it.
pub fn forgotten_import_note(name: &str) -> Option<String> {
    let known = TYPING_NAMES_WITH_HINTS
        .iter()
        .find(|known| known.eq_ignore_ascii_case(name))?;
    Some(format!(
        "Did you forget to import it from \"typing\"? (Suggestion: \"from typing import {known}\")"
    ))
}

pub fn has_no_attribute(spelled_owner: &str, attribute: &str) -> String {
    format!("{spelled_owner} has no attribute \"{attribute}\"")
}

pub fn union_item_has_no_attribute(item: &str, union: &str, attribute: &str) -> String {
    format!("Item \"{item}\" of \"{union}\" has no attribute \"{attribute}\"")
}

pub fn unsupported_operand_types(operator: &str, left: &str, right: &str) -> String {
    format!("Unsupported operand types for {operator} (\"{left}\" and \"{right}\")")
}

pub fn unsupported_left_operand(operator: &str, left: &str) -> String {
    format!("Unsupported left operand type for {operator} (\"{left}\")")
}

pub fn unsupported_unary_operand(operator: &str, operand: &str) -> String {
    format!("Unsupported operand type for {operator} (\"{operand}\")")
}

pub fn value_not_indexable(spelled: &str) -> String {
    format!("Value of type \"{spelled}\" is not indexable")
}

pub fn invalid_index_type(got: &str, expected: &str) -> String {
    format!("Invalid index type \"{got}\" for \"{expected}\"")
}

pub fn need_type_annotation(name: &str, hint: Option<&str>) -> String {
    match hint {
        Some(hint) => {
            format!("Need type annotation for \"{name}\" (hint: \"{name}: {hint} = ...\")")
        }
        None => format!("Need type annotation for \"{name}\""),
    }
}

pub fn too_many_values_to_unpack(expected: usize, provided: usize) -> String {
    format!("Too many values to unpack ({expected} expected, {provided} provided)")
}

pub fn need_more_values_to_unpack(expected: usize, provided: usize) -> String {
    format!(
        "Need more than {provided} value{} to unpack ({expected} expected)",
        if provided == 1 { "" } else { "s" }
    )
}

pub const EXCEPTION_MUST_DERIVE: &str = "Exception must be derived from BaseException";
pub const EXCEPTION_TYPE_MUST_DERIVE: &str =
    "Exception type must be derived from BaseException (or be a tuple of exception classes)";
pub const ASSERTION_ALWAYS_TRUE: &str = "Assertion is always true, perhaps remove parentheses?";

pub fn read_deleted_variable(name: &str) -> String {
    format!("Trying to read deleted variable \"{name}\"")
}

pub fn type_var_value(var: &str, callee: Callee<'_>, value: &str) -> String {
    match callee {
        Callee::Anonymous => format!("Value of type variable \"{var}\" cannot be \"{value}\""),
        named => format!("Value of type variable \"{var}\" of {named} cannot be \"{value}\""),
    }
}

pub fn typed_dict_item_type(key: &str, got: &str, want: &str) -> String {
    format!(
        "Incompatible types (expression has type \"{got}\", TypedDict item \"{key}\" has type \"{want}\")"
    )
}

/// `Missing key "a"` or `Missing keys ("a", "b")`.
pub fn typed_dict_missing_keys(keys: &[&str], typed_dict: &str) -> String {
    format!("Missing {} for TypedDict \"{typed_dict}\"", key_list(keys))
}

/// `Extra key "a"` or `Extra keys ("a", "b")`.
pub fn typed_dict_extra_keys(keys: &[&str], typed_dict: &str) -> String {
    format!("Extra {} for TypedDict \"{typed_dict}\"", key_list(keys))
}

fn key_list(keys: &[&str]) -> String {
    match keys {
        [key] => format!("key \"{key}\""),
        keys => {
            let quoted: Vec<String> = keys.iter().map(|key| format!("\"{key}\"")).collect();
            format!("keys ({})", quoted.join(", "))
        }
    }
}

pub fn typed_dict_no_key(typed_dict: &str, key: &str) -> String {
    format!("TypedDict \"{typed_dict}\" has no key \"{key}\"")
}

pub fn typed_dict_value(key: &str, got: &str, want: &str) -> String {
    format!("Value of \"{key}\" has incompatible type \"{got}\"; expected \"{want}\"")
}

/// A method given a key that is not a string literal (`td.pop(name)`).
pub const TYPED_DICT_KEY_NOT_LITERAL: &str = "Expected TypedDict key to be string literal";

/// `td.pop("title")` or `del td["title"]` for a required key.
pub fn typed_dict_key_cannot_be_deleted(key: &str, typed_dict: &str) -> String {
    format!("Key \"{key}\" of TypedDict \"{typed_dict}\" cannot be deleted")
}

/// `td.update({...})` given keys the TypedDict lacks: `Unexpected TypedDict key "a"` when
/// it knows none of them, else `Expected TypedDict key "b" but found keys ("a", "b")`.
pub fn typed_dict_unexpected_keys(known: &[&str], found: &[&str]) -> String {
    match known {
        [] => format!("Unexpected TypedDict {}", key_list(found)),
        known => format!(
            "Expected TypedDict {} but found {}",
            key_list(known),
            key_list(found)
        ),
    }
}

pub fn typed_dict_key_literal_required(keys: &[&str]) -> String {
    let keys: Vec<String> = keys.iter().map(|key| format!("\"{key}\"")).collect();
    format!(
        "TypedDict key must be a string literal; expected one of ({})",
        keys.join(", ")
    )
}

pub const FINAL_REDEFINITION: &str = "Cannot redefine an existing name as final";

pub fn final_reassigned(name: &str) -> String {
    format!("Cannot assign to final name \"{name}\"")
}

pub fn already_defined(name: &str, line: u32) -> String {
    format!("Name \"{name}\" already defined on line {line}")
}

pub const UNPACKING_A_STRING: &str = "Unpacking a string is disallowed";

pub fn revealed_type(spelled: &str) -> String {
    format!("Revealed type is \"{spelled}\"")
}

pub fn invariant_note(class: &str) -> String {
    format!(
        "\"{class}\" is invariant -- see https://mypy.readthedocs.io/en/stable/common_issues.html#variance"
    )
}

pub fn consider_covariant(alternative: &str, detail: &str) -> String {
    format!("Consider using \"{alternative}\" instead, which is covariant{detail}")
}

pub const ANNOTATION_UNCHECKED_NOTE: &str = "By default the bodies of untyped functions are not checked, consider using --check-untyped-defs";
pub const FUNCTION_TYPE_EXPECTED: &str = "Function is missing a type annotation";
pub const RETURN_TYPE_EXPECTED: &str = "Function is missing a return type annotation";
pub const PARAM_TYPE_EXPECTED: &str =
    "Function is missing a type annotation for one or more parameters";
pub const USE_NONE_RETURN_NOTE: &str = "Use \"-> None\" if function does not return a value";

pub fn returning_any(declared: &str) -> String {
    format!("Returning Any from function declared to return \"{declared}\"")
}

pub fn module_not_found(module: &str) -> String {
    format!("Cannot find implementation or library stub for module named \"{module}\"")
}

pub fn library_stubs_not_installed(module: &str) -> String {
    format!("Library stubs not installed for \"{module}\"")
}

pub fn install_stubs_hint(distribution: &str) -> String {
    format!("Hint: \"python3 -m pip install {distribution}\"")
}

pub fn untyped_module_skipped(module: &str) -> String {
    format!(
        "Skipping analyzing \"{module}\": module is installed, but missing library stubs or py.typed marker"
    )
}

pub const MISSING_IMPORTS_NOTE: &str =
    "See https://mypy.readthedocs.io/en/stable/running_mypy.html#missing-imports";

pub fn not_explicitly_exported(module: &str, name: &str) -> String {
    format!("Module \"{module}\" does not explicitly export attribute \"{name}\"")
}

pub fn value_must_be_used(ty: &str) -> String {
    format!("Value of type \"{ty}\" must be used")
}

pub const MISSING_AWAIT_NOTE: &str = "Are you missing an await?";

pub const POSSIBLE_MISSING_AWAIT: &str = "Maybe you forgot to use \"await\"?";
pub const AWAIT_OUTSIDE_FUNCTION: &str = "\"await\" outside function";
pub const AWAIT_OUTSIDE_COROUTINE: &str = "\"await\" outside coroutine (\"async def\")";

pub fn module_has_no_attribute(module: &str, name: &str) -> String {
    format!("Module \"{module}\" has no attribute \"{name}\"")
}

/// `"f"` overridden under the same name, else `"g" of supertype "Base"`.
fn override_target(name: &str, name_in_supertype: &str, supertype: &str) -> String {
    let target = format!("supertype \"{supertype}\"");
    if name_in_supertype == name {
        target
    } else {
        format!("\"{name_in_supertype}\" of {target}")
    }
}

pub fn return_type_incompatible_with_supertype(
    name: &str,
    supertype: &str,
    override_type: &str,
    original_type: &str,
) -> String {
    format!(
        "Return type \"{override_type}\" of \"{name}\" incompatible with return type \"{original_type}\" in {}",
        override_target(name, name, supertype)
    )
}

pub fn argument_incompatible_with_supertype(
    number: usize,
    name: &str,
    supertype: &str,
    original_type: &str,
) -> String {
    format!(
        "Argument {number} of \"{name}\" is incompatible with {}; supertype defines the argument type as \"{original_type}\"",
        override_target(name, name, supertype)
    )
}

pub const LISKOV_NOTE: &str = "This violates the Liskov substitution principle";
pub const INCOMPATIBLE_OVERRIDES_NOTE: &str =
    "See https://mypy.readthedocs.io/en/stable/common_issues.html#incompatible-overrides";

/// The notes after an `__eq__` whose argument is narrower than `object`'s.
pub fn eq_example_notes(class: &str) -> Vec<String> {
    vec![
        "It is recommended for \"__eq__\" to work with arbitrary objects, for example:".to_owned(),
        "    def __eq__(self, other: object) -> bool:".to_owned(),
        format!("        if not isinstance(other, {class}):"),
        "            return NotImplemented".to_owned(),
        format!("        return <logic to compare two {class} instances>"),
    ]
}

pub fn signature_incompatible_with_supertype(name: &str, supertype: &str) -> String {
    format!(
        "Signature of \"{name}\" incompatible with {}",
        override_target(name, name, supertype)
    )
}

pub const OVERRIDE_SUPERCLASS_NOTE: &str = "     Superclass:";
pub const OVERRIDE_SUBCLASS_NOTE: &str = "     Subclass:";
/// How far the signatures under `Superclass:` and `Subclass:` are indented.
pub const OVERRIDE_SIGNATURE_INDENT: &str = "         ";

pub fn incompatible_assignment_to_base(expression: &str, base: &str, declared: &str) -> String {
    format!(
        "Incompatible types in assignment (expression has type \"{expression}\", base class \"{base}\" defined the type as \"{declared}\")"
    )
}

pub fn cannot_instantiate_abstract_class(class: &str, attributes: &[&str]) -> String {
    let quoted: Vec<String> = attributes.iter().map(|a| format!("\"{a}\"")).collect();
    let listed = match quoted.as_slice() {
        [one] => one.clone(),
        [first @ .., last] if quoted.len() <= 5 => format!("{} and {last}", first.join(", ")),
        _ => format!(
            "{}, ... and {} ({} methods suppressed)",
            quoted[..2].join(", "),
            quoted[quoted.len() - 1],
            quoted.len() - 3
        ),
    };
    let plural = if attributes.len() == 1 { "" } else { "s" };
    format!(
        "Cannot instantiate abstract class \"{class}\" with abstract attribute{plural} {listed}"
    )
}

/// The note under a function that does not fit a callback protocol.
pub fn callback_protocol_call_note(protocol: &str, call: &str) -> String {
    format!("\"{protocol}.__call__\" has type \"{call}\"")
}

pub fn cannot_instantiate_protocol(class: &str) -> String {
    format!("Cannot instantiate protocol class \"{class}\"")
}

pub fn only_concrete_class(expected: &str) -> String {
    format!("Only concrete class can be given where \"{expected}\" is expected")
}

pub fn only_concrete_class_assignment(declared: &str) -> String {
    format!("Can only assign concrete classes to a variable of type \"{declared}\"")
}

pub const READ_ONLY_PROPERTY_OVERRIDE: &str =
    "Cannot override writeable attribute with read-only property";

pub const DATACLASS_FIELD_ORDER: &str =
    "Attributes without a default cannot follow attributes with one";
pub const NON_FROZEN_FROM_FROZEN: &str =
    "Non-frozen dataclass cannot inherit from a frozen dataclass";
pub const FROZEN_FROM_NON_FROZEN: &str =
    "Frozen dataclass cannot inherit from a non-frozen dataclass";

pub fn custom_order_method(name: &str) -> String {
    format!("You may not have a custom \"{name}\" method when \"order\" is True")
}

pub const ENUM_MEMBER_ANNOTATED: &str = "Enum members must be left unannotated";
pub const ENUM_MEMBER_ANNOTATED_NOTE: &str =
    "See https://typing.readthedocs.io/en/latest/spec/enums.html#defining-members";

pub fn enum_member_reused(name: &str, enum_name: &str) -> String {
    format!("Attempted to reuse member name \"{name}\" in Enum definition \"{enum_name}\"")
}

pub fn extend_enum_with_members(base: &str) -> String {
    format!("Cannot extend enum with existing members: \"{base}\"")
}

pub const NAMEDTUPLE_INVALID_STATEMENT: &str =
    "Invalid statement in NamedTuple definition; expected \"field_name: field_type [= default]\"";

pub fn named_tuple_underscore_field(name: &str) -> String {
    format!("NamedTuple field name cannot start with an underscore: {name}")
}

pub const NAMEDTUPLE_FIELD_ORDER: &str =
    "Non-default NamedTuple fields cannot follow default fields";

/// Assigning a member of an enum (or another final name).
pub fn assign_to_final(name: &str) -> String {
    format!("Cannot assign to final attribute \"{name}\"")
}

/// `x: Final[int]` with no value (outside a class body whose `__init__` assigns it).
pub const FINAL_WITHOUT_VALUE: &str = "Final name must be initialized with a value";

/// A class statement naming a `@final` class among its bases.
pub fn inherits_final_class(base: &str) -> String {
    format!("Cannot inherit from final class \"{base}\"")
}

/// A subclass redefining what a base declared final (an attribute or a method).
pub fn final_overridden(name: &str, base: &str) -> String {
    format!(
        "Cannot override final attribute \"{name}\" (previously declared in base class \"{base}\")"
    )
}

/// A type alias subscripted with more or fewer arguments than it has parameters.
pub fn alias_argument_count(expected: usize, given: usize) -> String {
    format!("Bad number of arguments for type alias, expected {expected}, given {given}")
}

/// Assigning a field of a frozen dataclass or a named tuple.
pub fn read_only_property(name: &str, class: &str) -> String {
    format!("Property \"{name}\" defined in \"{class}\" is read-only")
}

pub fn instance_only_attribute(name: &str) -> String {
    format!("Cannot access instance-only attribute \"{name}\" on class object")
}

pub fn undefined_in_superclass(name: &str) -> String {
    format!("\"{name}\" undefined in superclass")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn argument_messages_match_mypy() {
        assert_eq!(
            incompatible_argument(
                ArgumentLabel::Position(1),
                Callee::Function("hello"),
                "int",
                "str"
            ),
            "Argument 1 to \"hello\" has incompatible type \"int\"; expected \"str\""
        );
        assert_eq!(
            incompatible_argument(
                ArgumentLabel::Position(1),
                Callee::Method {
                    name: "append",
                    class: "list"
                },
                "int",
                "str"
            ),
            "Argument 1 to \"append\" of \"list\" has incompatible type \"int\"; expected \"str\""
        );
        assert_eq!(
            incompatible_argument(
                ArgumentLabel::Keyword("factor"),
                Callee::Anonymous,
                "float",
                "int"
            ),
            "Argument \"factor\" has incompatible type \"float\"; expected \"int\""
        );
        assert_eq!(
            missing_positional_arguments(&["x", "y"], Callee::Function("move")),
            "Missing positional arguments \"x\", \"y\" in call to \"move\""
        );
        assert_eq!(too_few_arguments(Callee::Anonymous), "Too few arguments");
    }
}
