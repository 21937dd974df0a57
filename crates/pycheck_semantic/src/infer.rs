//! The checker: walks statements in order with a flow-sensitive environment, infers every
//! expression (with the expected type as context where there is one) and records
//! diagnostics. Expressions live in `expressions`, calls in `calls`.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use pycheck_diagnostics::{Diagnostic, ErrorCode, codes, messages};
use pycheck_syntax::ast::{self, Ranged, Stmt};
use pycheck_syntax::{TextRange, TextSize};

use crate::annotations::{TypeVarScope, resolve_annotation};
use crate::bodies::{BodyKey, BodyText, OuterVar, Snippet, Surroundings, check_body, relocated};
use crate::db::{CheckFlags, Db, File};
use crate::index::{nested_blocks, target_names};
use crate::relate::{is_assignable, join};
use crate::symbols::{
    ClassInfo, FunctionDef, builtin_instance, class_info, has_decorator, lookup_global,
    module_member, signature_of,
};
use crate::types::{ClassId, SpecialForm, Type};

/// The type of one expression evaluated at module level of `file`, with no diagnostics.
/// Used by declaration queries (a global's first assignment, a base class, a decorator).
pub fn infer_standalone_expression(db: &dyn Db, file: File, expr: &ast::Expr) -> Type {
    let mut checker = Checker::new(db, file);
    checker.silence += 1;
    checker.infer(expr, None)
}

/// The type module-level `name` gets from the statement that first binds it (an
/// assignment, possibly unpacking, a `for` loop, a `with ... as`), with no diagnostics.
pub fn infer_declared_by(db: &dyn Db, file: File, stmt: &Stmt, name: &str) -> Option<Type> {
    let mut checker = Checker::new(db, file);
    checker.silence += 1;
    checker.declaring = true;
    match stmt {
        Stmt::Assign(assign) => {
            let value = checker.infer(&assign.value, None);
            for target in &assign.targets {
                checker.assign_to(target, &value, &assign.value);
            }
        }
        Stmt::For(stmt_for) => {
            let iterable = checker.infer(&stmt_for.iter, None);
            let item = checker.iteration_item_type(&iterable, stmt_for.iter.range());
            checker.assign_to(&stmt_for.target, &item, &stmt_for.iter);
        }
        Stmt::With(with) => {
            for item in &with.items {
                checker.check_with_item(item, false);
            }
        }
        _ => return None,
    }
    let var = checker.scopes[0].vars.get(name)?;
    Some(var.declared.clone())
}

/// What each `self.x = value` of `method` (of `class`) assigns, `x` by `x`.
pub fn attribute_assignments(
    db: &dyn Db,
    class: Arc<ClassInfo>,
    method: &FunctionDef<'_>,
    range: TextRange,
) -> BTreeMap<String, Type> {
    let Some(receiver) = method
        .args
        .posonlyargs
        .iter()
        .chain(&method.args.args)
        .next()
    else {
        return BTreeMap::new();
    };
    let mut checker = Checker::new(db, class.id.file);
    checker.silence += 1;
    checker.attribute_probe = Some((receiver.def.arg.to_string(), BTreeMap::new()));
    let mut scope = Scope::new(ScopeKind::Class);
    scope.class = Some(class);
    checker.scopes.push(scope);
    checker.check_function_def(method, range);
    checker
        .attribute_probe
        .map(|(_, found)| found)
        .unwrap_or_default()
}

pub(crate) struct Probe {
    pub offset: TextSize,
    /// Only the expression with exactly this range, when set.
    pub exact: Option<TextRange>,
    pub found: Option<(TextRange, Type)>,
}

/// The innermost expression at `offset` and its type. Bodies of unannotated functions
/// are looked into too: an editor asks about them as about any other code.
pub(crate) fn expression_type_at(
    db: &dyn Db,
    file: File,
    offset: TextSize,
) -> Option<(TextRange, Type)> {
    probe(
        db,
        file,
        Probe {
            offset,
            exact: None,
            found: None,
        },
    )
}

/// The type of the expression that spans exactly `range`.
pub(crate) fn expression_type_of(db: &dyn Db, file: File, range: TextRange) -> Option<Type> {
    let probed = probe(
        db,
        file,
        Probe {
            offset: range.start(),
            exact: Some(range),
            found: None,
        },
    );
    probed.map(|(_, ty)| ty)
}

/// What `types_of` found.
#[derive(Debug, Default)]
pub(crate) struct CollectedTypes {
    pub expressions: HashMap<TextRange, Type>,
    /// The return type inferred for each function without a return annotation (and not
    /// a generator or a coroutine), by where its definition ends.
    pub returns: HashMap<TextSize, Type>,
}

/// The types of the expressions spanning exactly `ranges`, and what the functions
/// without a return annotation return, in one pass over the file.
pub(crate) fn types_of(db: &dyn Db, file: File, ranges: HashSet<TextRange>) -> CollectedTypes {
    let parsed = crate::parse::parsed_module(db, file);
    let mut checker = Checker::new(db, file);
    checker.flags.check_untyped_defs = true;
    checker.collected_types = Some((ranges, HashMap::new()));
    checker.collected_returns = Some(HashMap::new());
    checker.check_block(parsed.body());
    let returns = checker.collected_returns.take().unwrap_or_default();
    CollectedTypes {
        expressions: checker
            .collected_types
            .map(|(_, found)| found)
            .unwrap_or_default(),
        returns: returns
            .into_iter()
            .map(|(end, types)| (end, join_all(db, types)))
            .collect(),
    }
}

/// The join of `types`; `Any` if one of them is.
fn join_all(db: &dyn Db, types: Vec<Type>) -> Type {
    let mut types = types.into_iter();
    let Some(first) = types.next() else {
        return Type::None;
    };
    types.fold(first, |joined, ty| match joined.is_any() || ty.is_any() {
        true => Type::Any,
        false => join(db, &joined, &ty),
    })
}

fn probe(db: &dyn Db, file: File, probe: Probe) -> Option<(TextRange, Type)> {
    let parsed = crate::parse::parsed_module(db, file);
    let mut checker = Checker::new(db, file);
    checker.flags.check_untyped_defs = true;
    checker.probe = Some(probe);
    checker.check_block(parsed.body());
    checker.probe?.found
}

/// Checks the module-level code and every annotated function body of `file`.
pub fn check_module(db: &dyn Db, file: File, body: &[Stmt]) -> Vec<Diagnostic> {
    let mut checker = Checker::new(db, file);
    checker.bodies_apart = true;
    checker.check_block(body);
    checker.finish_scope_partials(body);
    checker.diagnostics
}

#[derive(Debug, Clone)]
pub(crate) struct Var {
    pub declared: Type,
    /// The narrowed type at this point of the flow; always assignable to `declared`.
    pub current: Type,
    /// `x = []` waits for `x.append(...)` to learn its item type, and `x = None` for the
    /// next assignment, as mypy's partial types do.
    pub partial: Option<PartialCollection>,
    /// `del x` ran: reading `x` now is an error until it is assigned again.
    pub deleted: bool,
    /// Where an annotation declared it; a second annotation is a redefinition.
    pub annotated_at: Option<TextRange>,
    /// Declared `Final`: assigning it again is an error.
    pub is_final: bool,
    /// A bare `Final` with a literal value: the literal, used where one is expected.
    pub final_literal: Option<Type>,
    /// First bound (without annotation) in another branch of the statement being checked,
    /// and not yet on this path: as in mypy, `None` assigned here widens it to optional.
    pub bound_elsewhere: bool,
}

impl Var {
    pub fn new(declared: Type, current: Type) -> Var {
        Var {
            declared,
            current,
            partial: None,
            deleted: false,
            annotated_at: None,
            is_final: false,
            final_literal: None,
            bound_elsewhere: false,
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct PartialCollection {
    /// `list`, `dict`, `set`, or `None`.
    pub class: &'static str,
    pub range: TextRange,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    Module,
    Function,
    Class,
}

pub(crate) struct Scope {
    pub kind: ScopeKind,
    pub vars: HashMap<String, Var>,
    /// Names bound anywhere in this function: a read before the binding is not a global.
    pub locals: HashSet<String>,
    /// Names declared `global` in this function.
    pub globals: HashSet<String>,
    /// Names declared `nonlocal` in this function.
    pub nonlocals: HashSet<String>,
    /// Where the function's own body assigns each name (statement starts).
    pub assigned_at: HashMap<String, Vec<TextSize>>,
    /// For a nested function: where its definition ends in the enclosing body.
    pub defined_at: Option<TextSize>,
    /// The declared return type, when the function has a return annotation.
    pub return_type: Option<Type>,
    /// For a generator with a return annotation: what it yields, is sent, returns.
    pub generator: Option<GeneratorTypes>,
    pub is_generator: bool,
    pub class: Option<Arc<ClassInfo>>,
    /// A function's parameters annotated `Any` and never assigned in its body.
    pub any_parameters: Option<HashSet<String>>,
    /// A function's PEP 695 type parameters, for annotations in its body.
    pub type_params: Vec<Arc<crate::types::TypeVar>>,
    /// A function's name (`__init__` may give final attributes their value).
    pub function_name: Option<Arc<str>>,
    /// An `async def` (where `await` may be used).
    pub is_async: bool,
}

impl Scope {
    pub(crate) fn new_of(kind: ScopeKind) -> Self {
        Self::new(kind)
    }

    fn new(kind: ScopeKind) -> Self {
        Scope {
            kind,
            vars: HashMap::new(),
            locals: HashSet::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            assigned_at: HashMap::new(),
            defined_at: None,
            return_type: None,
            generator: None,
            is_generator: false,
            class: None,
            any_parameters: None,
            type_params: Vec::new(),
            function_name: None,
            is_async: false,
        }
    }
}

/// The variables of one scope at one point of the flow.
pub(crate) type Env = HashMap<String, Var>;

#[derive(Debug, Clone)]
pub(crate) struct GeneratorTypes {
    pub yields: Type,
    pub sent: Type,
    pub returns: Type,
}

#[derive(Default)]
pub(crate) struct LoopFrame {
    pub breaks: Vec<Env>,
    pub continues: Vec<Env>,
}

pub(crate) struct Checker<'db> {
    pub db: &'db dyn Db,
    pub file: File,
    pub diagnostics: Vec<Diagnostic>,
    pub scopes: Vec<Scope>,
    /// While positive, diagnostics are dropped: trial inference (overloads) and queries.
    pub silence: u32,
    /// How many `if TYPE_CHECKING:` blocks enclose the code being checked: functions
    /// defined there never run, and mypy lets their bodies be empty.
    type_checking_only: u32,
    /// For each enclosing loop, the environments at its `break`s and `continue`s.
    pub loop_frames: Vec<LoopFrame>,
    /// Calls whose callee is declared to return `None`: the callee's name and class.
    pub none_returning_calls: HashMap<TextRange, (Arc<str>, Option<Arc<str>>)>,
    /// Set when a call just completed a partial collection type.
    pub partial_completed: bool,
    /// The attribute just inferred when it is a TypedDict method read per key, with the
    /// TypedDict's class, for the call around it.
    pub typed_dict_method: Option<(TextRange, crate::types::ClassId)>,
    /// How many comprehensions enclose the expression being inferred.
    pub comprehension_depth: u32,
    /// Displays being tried against each member of an expected union: one level at a time,
    /// so nested displays do not multiply the trials.
    pub display_trials: u32,
    /// Names bound by `:=` inside comprehensions, to re-bind in the enclosing scope.
    pub comprehension_walrus: Vec<(String, Type)>,
    /// For hovers and navigation: the position asked about, and the innermost expression
    /// found there.
    pub probe: Option<Probe>,
    /// For `attribute_assignments`: the receiver's name and what `receiver.x = ...`
    /// assigns, first assignment of each attribute.
    pub attribute_probe: Option<(String, BTreeMap<String, Type>)>,
    /// Working out a module-level declaration: the flow, not the declaration query,
    /// decides the types of names assigned.
    pub declaring: bool,
    pub flags: CheckFlags,
    /// For `types_of`: the expressions wanted, and the types found for them so far.
    pub collected_types: Option<(HashSet<TextRange>, HashMap<TextRange, Type>)>,
    /// For `types_of`: what each function without a return annotation returns, by where
    /// its definition ends (`None` for a bare `return` or for falling off the end).
    pub collected_returns: Option<HashMap<TextSize, Vec<Type>>>,
    /// Module-level functions and methods are checked by `bodies::check_body`, one query
    /// each, so that an edit in one of them leaves the others' results memoized.
    pub bodies_apart: bool,
    /// Checking one body alone: the text its syntax tree's ranges point into.
    pub body_source: Option<BodyText>,
    /// In a body checked alone, diagnostics whose message names the line of an offset:
    /// (index in `diagnostics`, name, offset).
    pub line_references: Vec<(usize, String, TextSize)>,
    /// Partial module-level collections read from a function (they stay as they are).
    pub partials_read: Vec<String>,
}

impl<'db> Checker<'db> {
    pub fn new(db: &'db dyn Db, file: File) -> Self {
        Checker {
            db,
            file,
            flags: CheckFlags::of(db, file),
            collected_types: None,
            collected_returns: None,
            diagnostics: Vec::new(),
            scopes: vec![Scope::new(ScopeKind::Module)],
            silence: 0,
            type_checking_only: 0,
            loop_frames: Vec::new(),
            none_returning_calls: HashMap::new(),
            partial_completed: false,
            typed_dict_method: None,
            comprehension_depth: 0,
            display_trials: 0,
            comprehension_walrus: Vec::new(),
            probe: None,
            attribute_probe: None,
            declaring: false,
            bodies_apart: false,
            body_source: None,
            line_references: Vec::new(),
            partials_read: Vec::new(),
        }
    }

    /// A checker for one function alone, in the surroundings its definition sees.
    pub(crate) fn for_body(
        db: &'db dyn Db,
        file: File,
        source: BodyText,
        surroundings: &Surroundings,
        class: Option<Arc<ClassInfo>>,
    ) -> Self {
        let mut checker = Checker::new(db, file);
        checker.body_source = Some(source);
        checker.scopes[0].vars = inner_vars(&surroundings.module_vars);
        if let Some(class) = class {
            let mut scope = Scope::new(ScopeKind::Class);
            scope.class = Some(class);
            scope.vars = inner_vars(&surroundings.class_vars);
            checker.scopes.push(scope);
        }
        checker
    }

    /// The source text of `range`, a range of the syntax tree being checked.
    fn text_of(&self, range: TextRange) -> Option<&str> {
        match &self.body_source {
            Some(body) => body.get(range),
            None => self
                .file
                .text(self.db)
                .get(usize::from(range.start())..usize::from(range.end())),
        }
    }

    /// Hands a module-level function or method to its own query. `false` when it has to
    /// be checked in place (nested deeper, a stub, a definition sharing its line).
    fn check_body_apart(&mut self, def: &FunctionDef<'_>, stmt: &Stmt) -> bool {
        // Under `if TYPE_CHECKING:` the body is checked in place, where that is known.
        if !self.bodies_apart
            || self.silence > 0
            || self.type_checking_only > 0
            || self.file.is_stub(self.db)
        {
            return false;
        }
        if !def.is_annotated() && !self.flags.check_untyped_defs {
            // Its body is not checked: nothing to memoize.
            return false;
        }
        let class = match self.scopes.as_slice() {
            [_] => None,
            [_, scope] if scope.kind == ScopeKind::Class => match &scope.class {
                Some(class) => Some(class.clone()),
                None => return false,
            },
            _ => return false,
        };
        let text = self.file.text(self.db);
        let Some(snippet) = Snippet::of(text, stmt, def.decorators) else {
            return false;
        };
        // Only the variables the definition's text names: a change to any other leaves
        // the key, and so the memoized result, as it was.
        let named = identifiers(&snippet.source);
        let surroundings = Surroundings {
            module_vars: outer_vars(&self.scopes[0], &named),
            class_vars: match class {
                Some(_) => outer_vars(&self.scopes[1], &named),
                None => Vec::new(),
            },
            class: class.as_ref().map(|c| c.id.clone()),
        };
        let parsed = crate::parse::parsed_module(self.db, self.file);
        let key = BodyKey::new(
            self.db,
            self.file,
            snippet.body_source(parsed, stmt),
            Arc::new(surroundings),
        );
        let Some(checked) = check_body(self.db, key) else {
            return false;
        };
        if let Some(class) = class {
            // Later statements of the class body (`@name.setter`) see the method.
            let signature = signature_of(self.db, self.file, def, Some(&class));
            let ty = Type::Callable(Arc::new(signature));
            self.declare(def.name, ty.clone(), ty);
        }
        for name in &checked.partials_read {
            if let Some(var) = self.scopes[0].vars.get_mut(name) {
                var.partial = None;
            }
        }
        self.diagnostics
            .extend(relocated(checked, &snippet, self.file.text(self.db)));
        true
    }

    pub fn report(&mut self, code: ErrorCode, range: TextRange, message: String) {
        if self.silence == 0 {
            self.diagnostics
                .push(Diagnostic::error(code, range, message));
        }
    }

    pub fn report_with_notes(
        &mut self,
        code: ErrorCode,
        range: TextRange,
        message: String,
        notes: Vec<String>,
    ) {
        if self.silence == 0 {
            let mut diagnostic = Diagnostic::error(code, range, message);
            diagnostic.notes = notes;
            self.diagnostics.push(diagnostic);
        }
    }

    pub fn note(&mut self, range: TextRange, message: String) {
        if self.silence == 0 {
            self.diagnostics.push(Diagnostic::note(range, message));
        }
    }

    /// Runs `f` with diagnostics dropped, returning its result and whether it reported any.
    pub fn trial<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> (T, bool) {
        let before = self.diagnostics.len();
        let silence = self.silence;
        // Count trial errors even when already silent, by recording into a scratch list.
        self.silence = 0;
        let saved = std::mem::take(&mut self.diagnostics);
        let result = f(self);
        let failed = self.diagnostics.iter().any(Diagnostic::is_error);
        self.diagnostics = saved;
        self.silence = silence;
        debug_assert_eq!(self.diagnostics.len(), before);
        (result, failed)
    }

    fn scope(&mut self) -> &mut Scope {
        self.scopes
            .last_mut()
            .expect("the module scope is never popped")
    }

    pub fn in_class_scope(&self) -> Option<Arc<ClassInfo>> {
        self.scopes
            .last()
            .filter(|s| s.kind == ScopeKind::Class)
            .and_then(|s| s.class.clone())
    }

    // ----- names -----

    /// The type a name has here, or `None` if nothing defines it.
    pub fn lookup_name(&mut self, name: &str) -> Option<Type> {
        let innermost = self.scopes.len() - 1;
        for (depth, scope) in self.scopes.iter().enumerate().rev() {
            // Class bodies are not visible from the methods inside them.
            if scope.kind == ScopeKind::Class && depth != innermost {
                continue;
            }
            if scope.globals.contains(name) {
                // What this function has assigned or narrowed the global to.
                if let Some(var) = scope.vars.get(name) {
                    return Some(var.current.clone());
                }
                break;
            }
            if scope.nonlocals.contains(name) {
                continue;
            }
            if let Some(var) = scope.vars.get(name) {
                if var.deleted {
                    return Some(Type::Never);
                }
                // A partial `x = []` read from another scope stays `list[Any]` for good,
                // silently, as mypy does.
                if depth != innermost && var.partial.as_ref().is_some_and(|p| p.class != "None") {
                    let current = var.current.clone();
                    if let Some(var) = self.scopes[depth].vars.get_mut(name) {
                        var.partial = None;
                    }
                    if depth == 0 {
                        self.partials_read.push(name.to_owned());
                    }
                    return Some(current);
                }
                // From a nested function, an outer variable keeps its narrowed type only
                // if nothing assigns it after the nested function is defined.
                if depth != innermost
                    && let Some(defined_at) =
                        self.scopes[depth + 1..].iter().find_map(|s| s.defined_at)
                    && scope
                        .assigned_at
                        .get(name)
                        .is_some_and(|offsets| offsets.iter().any(|&o| o > defined_at))
                {
                    return Some(var.declared.clone());
                }
                return Some(var.current.clone());
            }
            if scope.locals.contains(name) {
                // Bound later in this function (or in a loop): not knowable here.
                return Some(Type::Any);
            }
            if scope.kind == ScopeKind::Module {
                break;
            }
        }
        match name {
            "reveal_type" => return Some(Type::SpecialForm(SpecialForm::Any)),
            // Every module has these.
            "__name__" | "__file__" | "__qualname__" | "__package__" => {
                return Some(builtin_instance(self.db, "str", vec![]));
            }
            "__debug__" => return Some(builtin_instance(self.db, "bool", vec![])),
            "__doc__" => {
                return Some(Type::union([
                    builtin_instance(self.db, "str", vec![]),
                    Type::None,
                ]));
            }
            "__spec__" | "__loader__" | "__path__" | "__builtins__" | "__annotations__"
            | "__dict__" => {
                return Some(Type::Any);
            }
            _ => {}
        }
        lookup_global(self.db, self.file, name)
    }

    /// The scope a write to `name` binds in: the module for `global`, the enclosing
    /// function that has it for `nonlocal`, else the current one.
    fn binding_scope(&self, name: &str) -> usize {
        let current = self.scopes.len() - 1;
        let scope = &self.scopes[current];
        if scope.globals.contains(name) {
            return 0;
        }
        if scope.nonlocals.contains(name) {
            let enclosing = (1..current).rev().find(|&i| {
                self.scopes[i].kind == ScopeKind::Function && self.scopes[i].vars.contains_key(name)
            });
            return enclosing.unwrap_or(current);
        }
        current
    }

    /// The declared type of `a.b.c` by looking the attributes up (no narrowing).
    fn attribute_chain_type(&mut self, key: &str) -> Option<Type> {
        let mut parts = key.split('.');
        let mut ty = self.lookup_name(parts.next()?)?;
        for part in parts {
            ty = self.member_of(&ty, part)?;
        }
        Some(ty)
    }

    /// Whether `name` was deleted with `del` and not assigned since.
    pub fn is_deleted(&self, name: &str) -> bool {
        self.scopes
            .last()
            .and_then(|s| s.vars.get(name))
            .is_some_and(|var| var.deleted)
    }

    /// The variable a write to `name` targets, if it is declared already.
    /// The literal a bare-`Final` name holds (`RETRIES: Final = 3`), seen from here.
    pub fn final_literal(&mut self, name: &str) -> Option<Type> {
        for scope in self.scopes.iter().rev() {
            if let Some(var) = scope.vars.get(name) {
                return var.final_literal.clone();
            }
        }
        crate::annotations::module_final_literal(self.db, self.file, name)
    }

    fn writable_var(&mut self, name: &str) -> Option<&mut Var> {
        let current = self.scopes.len() - 1;
        if self.scopes[current].globals.contains(name)
            && self.scopes[current].vars.contains_key(name)
        {
            return self.scopes[current].vars.get_mut(name);
        }
        let index = self.binding_scope(name);
        self.scopes[index].vars.get_mut(name)
    }

    /// A function's view of a module variable it declares `global`: its own flow of the
    /// variable's declared type, narrowed by what the function assigns and tests (the
    /// module's flow is not touched). `None` where the global's type is not settled.
    fn global_flow_var(&mut self, name: &str) -> Option<Var> {
        let current = self.scopes.len() - 1;
        if current == 0 || !self.scopes[current].globals.contains(name) {
            return None;
        }
        let declared = lookup_global(self.db, self.file, name)
            .filter(|ty| *ty != Type::None && !ty.is_any())?;
        Some(Var::new(declared.clone(), declared))
    }

    /// Declares `name` in the current scope with type `ty`.
    pub fn declare_local(&mut self, name: &str, ty: Type) {
        self.declare(name, ty.clone(), ty);
    }

    fn declare(&mut self, name: &str, declared: Type, current: Type) {
        let index = self.binding_scope(name);
        self.scopes[index]
            .vars
            .insert(name.to_owned(), Var::new(declared, current));
    }

    /// The type a module-level variable was declared with, if this is module scope and it
    /// is one; keeps the flow view consistent with what other functions see.
    fn module_declared_type(&mut self, name: &str) -> Option<Type> {
        if self.scopes.len() == 1 && !self.declaring {
            lookup_global(self.db, self.file, name)
        } else {
            None
        }
    }

    // ----- statements -----

    /// Checks statements in order; returns whether control can reach the end. Statements
    /// after one that cannot complete are unreachable and, as in mypy, not checked.
    pub fn check_block(&mut self, body: &[Stmt]) -> bool {
        for (index, stmt) in body.iter().enumerate() {
            self.check_overloads_at(body, index);
            if !self.check_stmt(stmt) {
                return false;
            }
            self.declare_local_overloads(body, index);
        }
        true
    }

    fn check_stmt(&mut self, stmt: &Stmt) -> bool {
        crate::stack::ensure_stack();
        match stmt {
            Stmt::Expr(expr) => {
                let ty = self.infer(&expr.value, None);
                if let Type::Instance(instance) = &ty
                    && instance.class.name() == "Coroutine"
                    && Some(&instance.class)
                        == crate::symbols::typing_class(self.db, "Coroutine").as_ref()
                {
                    self.report_with_notes(
                        codes::UNUSED_COROUTINE,
                        expr.range,
                        messages::value_must_be_used(&ty.to_string()),
                        vec![messages::MISSING_AWAIT_NOTE.to_owned()],
                    );
                }
                return ty != Type::Never;
            }
            Stmt::Assign(assign) => self.check_assign(assign),
            Stmt::AnnAssign(assign) => self.check_ann_assign(assign),
            Stmt::AugAssign(assign) => self.check_aug_assign(assign),
            Stmt::Return(ret) => {
                self.check_return(ret);
                return false;
            }
            Stmt::Raise(raise) => {
                if let Some(exc) = &raise.exc {
                    self.check_raised(exc, false);
                }
                if let Some(cause) = &raise.cause {
                    self.check_raised(cause, true);
                }
                return false;
            }
            Stmt::If(stmt_if) => return self.check_if(stmt_if),
            Stmt::While(stmt_while) => return self.check_while(stmt_while),
            Stmt::For(stmt_for) => {
                return self.check_for(
                    &stmt_for.target,
                    &stmt_for.iter,
                    &stmt_for.body,
                    &stmt_for.orelse,
                );
            }
            Stmt::AsyncFor(stmt_for) => {
                let iterable = self.infer(&stmt_for.iter, None);
                match self.async_item_type(&iterable) {
                    Some(item) => self.assign_to(&stmt_for.target, &item, &stmt_for.iter),
                    None => self.bind_target_to_any(&stmt_for.target),
                }
                return self.check_for_body(&stmt_for.body, &stmt_for.orelse);
            }
            Stmt::Break(_) => {
                let env = self.snapshot();
                if let Some(frame) = self.loop_frames.last_mut() {
                    frame.breaks.push(env);
                }
                return false;
            }
            Stmt::Continue(_) => {
                let env = self.snapshot();
                if let Some(frame) = self.loop_frames.last_mut() {
                    frame.continues.push(env);
                }
                return false;
            }
            Stmt::With(with) => {
                for item in &with.items {
                    self.check_with_item(item, false);
                }
                return self.check_block(&with.body);
            }
            Stmt::AsyncWith(with) => {
                for item in &with.items {
                    self.check_with_item(item, true);
                }
                return self.check_block(&with.body);
            }
            Stmt::Try(stmt_try) => {
                return self.check_try(
                    &stmt_try.body,
                    &stmt_try.handlers,
                    &stmt_try.orelse,
                    &stmt_try.finalbody,
                );
            }
            Stmt::TryStar(stmt_try) => {
                return self.check_try(
                    &stmt_try.body,
                    &stmt_try.handlers,
                    &stmt_try.orelse,
                    &stmt_try.finalbody,
                );
            }
            Stmt::Assert(assert) => {
                if matches!(assert.test.as_ref(), ast::Expr::Tuple(t) if !t.elts.is_empty()) {
                    self.report(
                        codes::MISC,
                        assert.range,
                        messages::ASSERTION_ALWAYS_TRUE.to_owned(),
                    );
                }
                self.infer(&assert.test, None);
                if let Some(msg) = &assert.msg {
                    self.infer(msg, None);
                }
                // `assert sys.platform == "win32"` on another platform: what follows is
                // unreachable, as after `assert False`.
                if is_false_constant(&assert.test)
                    || crate::reachability::static_truth(self.db, &assert.test) == Some(false)
                {
                    return false;
                }
                let (then_narrowing, _) = self.narrowings(&assert.test);
                self.apply_narrowing(&then_narrowing);
            }
            Stmt::Delete(delete) => {
                // `del a, b` is a tuple of targets to mypy.
                let within_tuple = delete.targets.len() > 1;
                for target in &delete.targets {
                    self.delete(target, within_tuple);
                }
            }
            Stmt::FunctionDef(_) | Stmt::AsyncFunctionDef(_) => {
                if let Some(def) = FunctionDef::of(stmt)
                    && !self.check_body_apart(&def, stmt)
                {
                    self.check_function_def(&def, stmt.range());
                }
            }
            Stmt::ClassDef(class) => self.check_class_def(class),
            Stmt::Import(import) => {
                if self.scopes.len() > 1 {
                    for alias in &import.names {
                        let (bound, module) = match &alias.asname {
                            Some(asname) => (asname.as_str(), alias.name.as_str()),
                            None => {
                                let top = alias.name.split('.').next().unwrap_or_default();
                                (top, top)
                            }
                        };
                        let ty = crate::symbols::module_type(self.db, module);
                        self.declare(bound, ty.clone(), ty);
                    }
                }
            }
            Stmt::ImportFrom(import) => {
                if self.scopes.len() > 1 {
                    let package = crate::index::package_of_file(self.db, self.file);
                    let level = import.level.map_or(0, |l| l.to_u32());
                    let module =
                        crate::index::absolute_module(&package, level, import.module.as_deref());
                    for alias in &import.names {
                        let bound = alias.asname.as_ref().unwrap_or(&alias.name).as_str();
                        let ty = module_member(self.db, &module, alias.name.as_str())
                            .unwrap_or(Type::Any);
                        self.declare(bound, ty.clone(), ty);
                    }
                }
            }
            Stmt::Global(global) => {
                for name in &global.names {
                    self.scope().globals.insert(name.to_string());
                }
            }
            Stmt::Nonlocal(nonlocal) => {
                for name in &nonlocal.names {
                    self.scope().nonlocals.insert(name.to_string());
                }
            }
            Stmt::TypeAlias(alias) => self.declare_type_alias(alias),
            Stmt::Pass(_) => {}
            Stmt::Match(stmt_match) => {
                let subject_type = self.infer(&stmt_match.subject, None);
                let subject = self.narrowable(&stmt_match.subject).map(|(name, _)| name);
                // What the subject can still be when a case is tried.
                let mut remaining = subject_type;
                let before = self.snapshot();
                let mut outcomes = Vec::new();
                for case in &stmt_match.cases {
                    let after = self.snapshot();
                    self.restore_keeping_declarations(before.clone(), &after);
                    let (matched, rest) = self.pattern_types(&case.pattern, &remaining);
                    if let Some(subject) = &subject
                        && !remaining.is_any()
                    {
                        self.apply_narrowing(&[(subject.clone(), matched.clone())]);
                    }
                    let mut bound = Vec::new();
                    self.pattern_bindings(&case.pattern, &remaining, &mut bound);
                    for name in pattern_names(&case.pattern) {
                        let ty = bound
                            .iter()
                            .find(|(bound_name, _)| *bound_name == name)
                            .map_or(Type::Any, |(_, ty)| ty.clone());
                        match self.writable_var(name).map(|var| var.declared.clone()) {
                            Some(declared) if !declared.is_any() => {
                                let current = narrow_declared(&declared, &ty);
                                self.declare(name, declared, current);
                            }
                            _ => self.declare(name, ty.clone(), ty),
                        }
                    }
                    // A case nothing left can match is unreachable, as in mypy.
                    if matched == Type::Never && !remaining.is_any() {
                        continue;
                    }
                    if let Some(guard) = &case.guard {
                        // The body runs only where the guard held.
                        self.infer(guard, None);
                        let (narrowing, _) = self.narrowings(guard);
                        self.apply_narrowing(&narrowing);
                    } else {
                        remaining = rest;
                    }
                    if self.check_block(&case.body) {
                        outcomes.push(self.snapshot());
                    }
                }
                // A catch-all case, or cases that leave nothing of the subject's type,
                // cover every value.
                let exhaustive = remaining == Type::Never
                    || stmt_match
                        .cases
                        .iter()
                        .any(|case| case.guard.is_none() && is_irrefutable(&case.pattern));
                if !exhaustive {
                    let after = self.snapshot();
                    self.restore_keeping_declarations(before, &after);
                    outcomes.push(self.snapshot());
                }
                let mut outcomes = outcomes.into_iter();
                match outcomes.next() {
                    Some(first) => {
                        self.restore(first);
                        for other in outcomes {
                            self.merge_into_current(&other);
                        }
                    }
                    None => return false,
                }
            }
        }
        true
    }

    /// What a `case` pattern leaves of a subject of type `subject`: (when it matches,
    /// when it does not). Patterns pycheck does not narrow by match or fail either way.
    pub(crate) fn pattern_types(&mut self, pattern: &ast::Pattern, subject: &Type) -> (Type, Type) {
        let unknown = || (subject.clone(), subject.clone());
        if subject.is_any() {
            return unknown();
        }
        match pattern {
            ast::Pattern::MatchAs(p) => match &p.pattern {
                Some(inner) => self.pattern_types(inner, subject),
                None => (subject.clone(), Type::Never),
            },
            ast::Pattern::MatchOr(p) => {
                let mut rest = subject.clone();
                let mut matched = Vec::new();
                for alternative in &p.patterns {
                    let (this, left) = self.pattern_types(alternative, &rest);
                    matched.push(this);
                    rest = left;
                }
                // In the subject's order, as mypy writes the narrowed union.
                let members = subject.members();
                let position = |ty: &Type| members.iter().position(|m| m == ty);
                let mut matched: Vec<Type> =
                    matched.iter().flat_map(|m| m.members().to_vec()).collect();
                matched.sort_by_key(|ty| position(ty).unwrap_or(usize::MAX));
                (Type::union(matched), rest)
            }
            ast::Pattern::MatchSingleton(p) if p.value == ast::Constant::None => {
                let only_none = match subject.members().contains(&Type::None) {
                    true => Type::None,
                    false => Type::Never,
                };
                (only_none, crate::expressions::without_none(subject))
            }
            ast::Pattern::MatchValue(p) if self.enum_member_literal(&p.value).is_some() => {
                let Some(member) = self.enum_member_literal(&p.value) else {
                    return unknown();
                };
                let expanded = crate::synthesized::expand_enum(self.db, subject);
                if !expanded.members().contains(&member) {
                    return unknown();
                }
                let rest =
                    Type::union(expanded.members().iter().filter(|m| **m != member).cloned());
                (member, rest)
            }
            ast::Pattern::MatchValue(p) => {
                match crate::annotations::literal_of_expression(self.db, &p.value) {
                    Some(literal)
                        if subject
                            .members()
                            .iter()
                            .any(|m| matches!(m, Type::Literal(_))) =>
                    {
                        let kept: Vec<Type> = subject
                            .members()
                            .iter()
                            .filter(|member| match member {
                                Type::Literal(_) => **member == literal,
                                other => is_assignable(self.db, &literal, other),
                            })
                            .cloned()
                            .collect();
                        let rest = subject.members().iter().filter(|m| **m != literal).cloned();
                        (Type::union(kept), Type::union(rest))
                    }
                    _ => unknown(),
                }
            }
            ast::Pattern::MatchClass(p) => {
                let class_type = self.trial(|c| c.infer(&p.cls, None)).0;
                let Some(classes) = crate::expressions::isinstance_classes(&class_type) else {
                    return unknown();
                };
                let (passes, fails) =
                    crate::expressions::split_by_classes(self.db, subject, &classes);
                // Sub-patterns may still fail on a value of the class.
                let whole_class = p.patterns.iter().chain(&p.kwd_patterns).all(is_irrefutable);
                (passes, if whole_class { fails } else { subject.clone() })
            }
            ast::Pattern::MatchSequence(p) => self.sequence_pattern_types(&p.patterns, subject),
            ast::Pattern::MatchMapping(p) => self.mapping_pattern_types(p, subject),
            _ => unknown(),
        }
    }

    /// The names a pattern binds to the subject itself (`case int() as n`, `case n`), with
    /// the type they get there.
    pub(crate) fn pattern_bindings<'p>(
        &mut self,
        pattern: &'p ast::Pattern,
        subject: &Type,
        bound: &mut Vec<(&'p str, Type)>,
    ) {
        match pattern {
            ast::Pattern::MatchAs(p) => {
                let ty = match &p.pattern {
                    Some(inner) => {
                        self.pattern_bindings(inner, subject, bound);
                        self.pattern_types(inner, subject).0
                    }
                    None => subject.clone(),
                };
                if let Some(name) = &p.name {
                    bound.push((name.as_str(), ty));
                }
            }
            ast::Pattern::MatchOr(p) => {
                for alternative in &p.patterns {
                    self.pattern_bindings(alternative, subject, bound);
                }
            }
            ast::Pattern::MatchSequence(p) => {
                self.sequence_pattern_bindings(&p.patterns, subject, bound)
            }
            ast::Pattern::MatchMapping(p) => self.mapping_pattern_bindings(p, subject, bound),
            ast::Pattern::MatchClass(p) => {
                // Keyword sub-patterns see the attribute's type.
                let (instance, _) = self.pattern_types(pattern, subject);
                for (name, sub) in p.kwd_attrs.iter().zip(&p.kwd_patterns) {
                    let attribute = self
                        .trial(|c| c.member_of(&instance, name.as_str()))
                        .0
                        .unwrap_or(Type::Any);
                    self.pattern_bindings(sub, &attribute, bound);
                }
            }
            _ => {}
        }
    }

    /// What a generator annotated `-> ret` yields, accepts and returns; `None` if `ret`
    /// is not `Generator` or one of its supertypes.
    fn generator_types(&self, ret: &Type) -> Option<GeneratorTypes> {
        let any = || GeneratorTypes {
            yields: Type::Any,
            sent: Type::Any,
            returns: Type::Any,
        };
        let Type::Instance(instance) = ret else {
            return ret.is_any().then(any);
        };
        match instance.class.name() {
            "Generator" => Some(GeneratorTypes {
                yields: instance.args.first().cloned().unwrap_or(Type::Any),
                sent: instance.args.get(1).cloned().unwrap_or(Type::Any),
                returns: instance.args.get(2).cloned().unwrap_or(Type::Any),
            }),
            "Iterator" | "Iterable" => Some(GeneratorTypes {
                yields: instance.args.first().cloned().unwrap_or(Type::Any),
                sent: Type::None,
                returns: Type::None,
            }),
            "object" => Some(any()),
            _ => None,
        }
    }

    /// What `async for` over `iterable` binds: what awaiting its iterator's `__anext__`
    /// gives; `None` when it has no `__aiter__`.
    pub fn async_item_type(&mut self, iterable: &Type) -> Option<Type> {
        if iterable.is_any() {
            return Some(Type::Any);
        }
        let next = self
            .call_dunder(iterable, "__aiter__", &[])
            .and_then(|iterator| self.call_dunder(&iterator, "__anext__", &[]))?;
        Some(self.awaited_type(&next))
    }

    /// What `await value` gives: the result of the generator its `__await__` returns
    /// (`Coroutine[Any, Any, int]` gives `int`); `Any` where that is unknown.
    pub fn awaited_type(&mut self, value: &Type) -> Type {
        match value {
            Type::Union(members) => {
                let members = members.clone();
                Type::union(members.iter().map(|member| self.awaited_type(member)))
            }
            Type::Instance(_) => match self.call_dunder(value, "__await__", &[]) {
                Some(Type::Instance(generator)) => {
                    crate::symbols::typing_class(self.db, "Generator")
                        .and_then(|class| {
                            crate::relate::map_to_ancestor(self.db, &generator, &class)
                        })
                        .and_then(|mapped| mapped.args.get(2).cloned())
                        .unwrap_or(Type::Any)
                }
                _ => Type::Any,
            },
            _ => Type::Any,
        }
    }

    /// The generator types of the innermost function, if it is an annotated generator.
    pub fn current_generator(&self) -> Option<GeneratorTypes> {
        self.scopes
            .iter()
            .rev()
            .find(|s| s.kind == ScopeKind::Function)
            .and_then(|s| s.generator.clone())
    }

    /// `raise value` (or `from value` when `is_cause`): an exception instance or class,
    /// and after `from` also `None`.
    fn check_raised(&mut self, value: &ast::Expr, is_cause: bool) {
        let ty = self.infer(value, None);
        if !self.is_exception(&ty, is_cause) {
            self.report(
                codes::MISC,
                value.range(),
                messages::EXCEPTION_MUST_DERIVE.to_owned(),
            );
        }
    }

    fn derives_from_base_exception(&self, class: &ClassId) -> bool {
        let ancestors = crate::symbols::ancestors(self.db, class);
        ancestors.iter().any(|a| {
            a.class.name() == "BaseException" && Some(&a.class) == self.base_exception().as_ref()
        }) || ancestors
            .iter()
            .any(|a| class_info(self.db, &a.class).has_unknown_base)
    }

    fn base_exception(&self) -> Option<ClassId> {
        crate::symbols::builtin_class(self.db, "BaseException")
    }

    fn is_exception(&self, ty: &Type, allows_none: bool) -> bool {
        match ty {
            Type::None => allows_none,
            Type::Instance(instance) => self.derives_from_base_exception(&instance.class),
            Type::ClassObject(_) => self.is_exception_class(ty),
            Type::Union(members) => members.iter().all(|m| self.is_exception(m, allows_none)),
            Type::Never | Type::Any | Type::TypeVar(_) | Type::SpecialForm(_) => true,
            _ => false,
        }
    }

    /// Whether an `except` clause may name `ty`: an exception class or a tuple of them.
    fn is_exception_class(&self, ty: &Type) -> bool {
        match ty {
            Type::ClassObject(class) => self.derives_from_base_exception(class),
            Type::Tuple(items) => items.iter().all(|item| self.is_exception_class(item)),
            Type::Instance(instance) => matches!(instance.class.name(), "type" | "tuple"),
            Type::Union(members) => members.iter().all(|m| self.is_exception_class(m)),
            Type::Any | Type::Never | Type::SpecialForm(_) => true,
            _ => false,
        }
    }

    /// `del name`, `del container[key]`, `del obj.attr`.
    /// `del target`; `within_tuple` for an item of `del a, b` (or `[a, b]`).
    fn delete(&mut self, target: &ast::Expr, within_tuple: bool) {
        match target {
            ast::Expr::Name(name) => {
                self.infer(target, None);
                if let Some(var) = self.writable_var(name.id.as_str()) {
                    var.deleted = true;
                }
            }
            ast::Expr::Tuple(ast::ExprTuple { elts, .. })
            | ast::Expr::List(ast::ExprList { elts, .. }) => {
                for element in elts {
                    self.delete(element, true);
                }
            }
            ast::Expr::Subscript(subscript) => {
                let container = self.infer(&subscript.value, None);
                if let Some(class) = self.typed_dict_of(&container) {
                    // mypy reads the items of a tuple of targets rather than deleting
                    // them, so a required key goes unnoticed there.
                    match within_tuple {
                        true => {
                            self.typed_dict_subscript(&class, &subscript.slice);
                        }
                        false => self.typed_dict_delete(&class, &subscript.slice),
                    }
                    return;
                }
                let method = self.member_or_report(&container, "__delitem__", subscript.range);
                let args = [crate::calls::CallArg {
                    kind: crate::calls::ArgKind::Positional,
                    value: crate::calls::ArgValue::Expr(&subscript.slice),
                    range: subscript.slice.range(),
                }];
                self.call_type(&method, &args, subscript.range, None);
            }
            other => {
                self.infer(other, None);
            }
        }
    }

    fn check_assign(&mut self, assign: &ast::StmtAssign) {
        let context = match assign.targets.as_slice() {
            [target] => self.declared_type_of_target(target),
            _ => None,
        };
        let value_type = match context {
            Some(_) if self.is_stub_initializer(&assign.value) => Type::Any,
            _ => self.infer_value(&assign.value, context.as_ref()),
        };
        for target in &assign.targets {
            self.assign_to(target, &value_type, &assign.value);
        }
    }

    /// `...`, which initializes a variable of any declared type in a stub, as in mypy.
    fn is_stub_initializer(&self, value: &ast::Expr) -> bool {
        matches!(value, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Ellipsis))
            && self.file.is_stub(self.db)
    }

    fn check_ann_assign(&mut self, assign: &ast::StmtAnnAssign) {
        let scope = self.type_var_scope();
        let declared = resolve_annotation(self.db, self.file, &assign.annotation, &scope);
        // A type variable in a local annotation is one the enclosing body binds.
        let declared = match self.scopes.len() {
            1 => declared,
            _ => declared.rigidified(),
        };
        let is_final = is_final_annotation(self.db, self.file, &assign.annotation);
        let declared = match (assign.annotation.as_ref(), &assign.value) {
            // A bare `Final` takes the value's type.
            (ast::Expr::Name(_) | ast::Expr::Attribute(_), Some(value)) if is_final => {
                self.trial(|c| c.infer(value, None)).0
            }
            _ => declared,
        };
        if let ast::Expr::Name(name) = assign.target.as_ref()
            && is_final
            && self.writable_var(name.id.as_str()).is_some()
        {
            self.report(
                codes::MISC,
                assign.range,
                messages::FINAL_REDEFINITION.to_owned(),
            );
            if let Some(value) = &assign.value {
                self.infer_value(value, None);
            }
            return;
        }
        // A final name needs its value where it is declared; a class body's may get it in
        // `__init__` (see `finals`), and a stub's never has one.
        if is_final
            && assign.value.is_none()
            && matches!(assign.target.as_ref(), ast::Expr::Name(_))
            && self.in_class_scope().is_none()
            && !self.file.is_stub(self.db)
        {
            self.report(
                codes::MISC,
                assign.range,
                messages::FINAL_WITHOUT_VALUE.to_owned(),
            );
        }
        if let ast::Expr::Name(name) = assign.target.as_ref()
            && self.reports_final_reassignment(name.id.as_str(), assign.range)
        {
            if let Some(value) = &assign.value {
                self.infer_value(value, None);
            }
            return;
        }
        let declared = match declared {
            // `X: TypeAlias = ...` and friends: the value is a type, not checked as a value.
            Type::SpecialForm(_) => Type::Any,
            other => other,
        };
        match assign.target.as_ref() {
            ast::Expr::Name(name) => {
                if let Some(first) = self
                    .writable_var(name.id.as_str())
                    .and_then(|var| var.annotated_at)
                {
                    let line = match &self.body_source {
                        Some(body) => body.line(first.start()),
                        None => {
                            let text = self.file.text(self.db);
                            pycheck_syntax::LineIndex::new(text)
                                .line_col(first.start(), text)
                                .line
                        }
                    };
                    let message = messages::already_defined(name.id.as_str(), line);
                    if self.body_source.is_some() && self.silence == 0 {
                        let index = self.diagnostics.len();
                        self.line_references
                            .push((index, name.id.to_string(), first.start()));
                    }
                    self.report(codes::NO_REDEF, assign.range, message);
                    if let Some(value) = &assign.value {
                        self.infer_value(value, None);
                    }
                    return;
                }
                let mut current = declared.clone();
                if let Some(value) = assign
                    .value
                    .as_deref()
                    .filter(|v| !self.is_stub_initializer(v))
                {
                    let value_type = self.infer_value(value, Some(&declared));
                    if !is_assignable(self.db, &value_type, &declared) {
                        self.report_incompatible_assignment(value.range(), &value_type, &declared);
                    } else {
                        self.check_concrete_class_assignment(value, &value_type, &declared);
                        current = declared.clone();
                    }
                }
                self.declare(name.id.as_str(), declared, current);
                let final_literal = assign.value.as_deref().and_then(|value| {
                    crate::annotations::bare_final_literal(
                        self.db,
                        self.file,
                        &assign.annotation,
                        value,
                    )
                });
                if let Some(var) = self.writable_var(name.id.as_str()) {
                    var.annotated_at = Some(assign.range);
                    var.is_final = is_final;
                    var.final_literal = final_literal;
                }
            }
            // `self.x: Final = value` declares the final attribute: not an assignment to it.
            ast::Expr::Attribute(_) if is_final => {
                if let Some(value) = &assign.value {
                    let value_type = self.infer_value(value, Some(&declared));
                    if !is_assignable(self.db, &value_type, &declared) {
                        self.report_incompatible_assignment(value.range(), &value_type, &declared);
                    }
                } else {
                    self.report(
                        codes::MISC,
                        assign.range,
                        messages::FINAL_WITHOUT_VALUE.to_owned(),
                    );
                }
            }
            target => {
                if let Some(value) = &assign.value {
                    let value_type = match self.is_stub_initializer(value) {
                        true => Type::Any,
                        false => self.infer_value(value, Some(&declared)),
                    };
                    self.assign_to(target, &value_type, value);
                } else {
                    self.infer(target, None);
                }
            }
        }
    }

    fn check_aug_assign(&mut self, assign: &ast::StmtAugAssign) {
        let target_type = self.infer(&assign.target, None);
        let result = self.infer_augmented(&target_type, assign.op, &assign.value, assign.range);
        if let ast::Expr::Attribute(attribute) = assign.target.as_ref() {
            let owner = self.trial(|c| c.infer(&attribute.value, None)).0;
            let name = attribute.attr.as_str();
            let range = assign.target.range();
            if self.reports_final_attribute_assignment(&owner, name, range) {
                return;
            }
            if self.check_property_assignment(&owner, name, &result, &assign.value, range) {
                return;
            }
        }
        match assign.target.as_ref() {
            ast::Expr::Name(name) => {
                if self.reports_final_reassignment(name.id.as_str(), assign.range) {
                    return;
                }
                let Some(var) = self.writable_var(name.id.as_str()) else {
                    return;
                };
                let declared = var.declared.clone();
                if is_assignable(self.db, &result, &declared) {
                    if let Some(var) = self.writable_var(name.id.as_str()) {
                        var.current = narrow_declared(&declared, &result);
                    }
                } else {
                    self.report_incompatible_assignment(assign.value.range(), &result, &declared);
                }
            }
            ast::Expr::Attribute(_) if !is_assignable(self.db, &result, &target_type) => {
                self.report_incompatible_assignment(assign.value.range(), &result, &target_type);
            }
            ast::Expr::Subscript(subscript) => {
                let container = self.trial(|c| c.infer(&subscript.value, None)).0;
                self.check_setitem(&container, subscript, &result, &assign.value);
            }
            _ => {}
        }
    }

    pub fn report_incompatible_assignment(
        &mut self,
        range: TextRange,
        got: &Type,
        declared: &Type,
    ) {
        let message = messages::incompatible_assignment(&got.to_string(), &declared.to_string());
        let notes = crate::mismatch::mismatch_notes(self.db, got, declared);
        self.report_with_notes(codes::ASSIGNMENT, range, message, notes);
    }

    /// Whether `target` is `receiver.x` while `attribute_assignments` records what the
    /// method assigns to its receiver.
    fn assigns_probed_attribute(&self, target: &ast::Expr) -> bool {
        let Some((receiver, _)) = &self.attribute_probe else {
            return false;
        };
        matches!(target, ast::Expr::Attribute(attribute)
            if matches!(attribute.value.as_ref(), ast::Expr::Name(n) if n.id.as_str() == receiver.as_str()))
    }

    /// The type a plain assignment to `target` must have, if it is already declared.
    fn declared_type_of_target(&mut self, target: &ast::Expr) -> Option<Type> {
        match target {
            ast::Expr::Name(name) => {
                let name = name.id.as_str();
                if let Some(var) = self.writable_var(name) {
                    return (var.partial.is_none()).then(|| var.declared.clone());
                }
                None
            }
            // While working out what a method assigns to `self`, asking for the declared
            // type of `self.x` would ask for that very answer.
            ast::Expr::Attribute(_) if self.assigns_probed_attribute(target) => None,
            ast::Expr::Attribute(_) => {
                let ty = self.trial(|c| c.infer(target, None)).0;
                (!ty.is_any()).then_some(ty)
            }
            ast::Expr::Subscript(subscript) => {
                let (container, key) = self
                    .trial(|c| {
                        (
                            c.infer(&subscript.value, None),
                            c.infer(&subscript.slice, None),
                        )
                    })
                    .0;
                if let Some(class) = self.typed_dict_of(&container) {
                    return self.typed_dict_key_type(&class, &subscript.slice, &key);
                }
                let signatures: Vec<crate::types::Signature> =
                    match self.member_of(&container, "__setitem__")? {
                        Type::Callable(signature) => vec![(*signature).clone()],
                        Type::Overloaded(signatures) => signatures.to_vec(),
                        _ => return None,
                    };
                signatures
                    .iter()
                    .find(|s| {
                        s.params
                            .first()
                            .is_some_and(|p| is_assignable(self.db, &key, &p.ty))
                    })
                    .and_then(|s| s.params.get(1))
                    .map(|p| p.ty.clone())
                    .filter(|ty| !ty.is_any())
            }
            _ => None,
        }
    }

    /// Binds `target` to a value of type `value_type` (the value is `value`, for positions).
    pub fn assign_to(&mut self, target: &ast::Expr, value_type: &Type, value: &ast::Expr) {
        match target {
            ast::Expr::Name(name) => self.assign_name(name.id.as_str(), value_type, value),
            ast::Expr::Tuple(ast::ExprTuple { elts, .. })
            | ast::Expr::List(ast::ExprList { elts, .. }) => {
                self.assign_unpacked(elts, value_type, value)
            }
            ast::Expr::Starred(starred) => {
                let list = builtin_instance(self.db, "list", vec![value_type.clone()]);
                self.assign_to(&starred.value, &list, value);
            }
            ast::Expr::Attribute(attribute) => {
                if self.assigns_probed_attribute(target)
                    && let Some((_, found)) = &mut self.attribute_probe
                {
                    found
                        .entry(attribute.attr.to_string())
                        .or_insert_with(|| value_type.clone());
                    // Working out what the method assigns: looking up the attribute's
                    // declared type now would ask for this very answer (a cycle that
                    // makes every such attribute Any).
                    return;
                }
                let owner = self.infer(&attribute.value, None);
                if let Type::ClassObject(class) = &owner
                    && crate::synthesized::enum_info(self.db, class)
                        .is_some_and(|info| info.member(attribute.attr.as_str()).is_some())
                {
                    let message = messages::assign_to_final(attribute.attr.as_str());
                    self.report(codes::MISC, target.range(), message);
                    return;
                }
                if self.reports_final_attribute_assignment(
                    &owner,
                    attribute.attr.as_str(),
                    target.range(),
                ) {
                    return;
                }
                if let Type::Instance(instance) = &owner
                    && let Some(frozen) = crate::synthesized::frozen_field_owner(
                        self.db,
                        &instance.class,
                        attribute.attr.as_str(),
                    )
                    .or_else(|| {
                        crate::synthesized::named_tuple_field_owner(
                            self.db,
                            &instance.class,
                            attribute.attr.as_str(),
                        )
                    })
                {
                    let message =
                        messages::read_only_property(attribute.attr.as_str(), frozen.name());
                    self.report(codes::MISC, target.range(), message);
                    return;
                }
                if self.check_property_assignment(
                    &owner,
                    attribute.attr.as_str(),
                    value_type,
                    value,
                    target.range(),
                ) {
                    return;
                }
                let declared = self.attribute_declared_type(&owner, attribute.attr.as_str());
                if let Some(declared) = &declared
                    && !is_assignable(self.db, value_type, declared)
                {
                    self.report_incompatible_assignment(value.range(), value_type, declared);
                    return;
                }
                // Reading `self.x` right after assigning it gives what was assigned.
                if let (Some(key), Some(declared)) =
                    (crate::expressions::member_key(target), declared)
                {
                    let current = narrow_declared(&declared, value_type);
                    self.scope().vars.insert(key, Var::new(declared, current));
                }
            }
            ast::Expr::Subscript(subscript) => self.assign_subscript(subscript, value_type, value),
            _ => {}
        }
    }

    fn assign_name(&mut self, name: &str, value_type: &Type, value: &ast::Expr) {
        // `_` is the conventional "don't care": mypy lets it take any value, each time.
        if name == "_" {
            self.declare(name, Type::Any, Type::Any);
            return;
        }
        if self.reports_final_reassignment(name, value.range()) {
            return;
        }
        let current = self.scopes.len() - 1;
        if !self.scopes[current].vars.contains_key(name)
            && let Some(var) = self.global_flow_var(name)
        {
            self.scopes[current].vars.insert(name.to_owned(), var);
        }
        // A new value for `x` says nothing about the old `x.attr` or `x[0]`.
        let (attributes, items) = (format!("{name}."), format!("{name}["));
        self.scope()
            .vars
            .retain(|key, _| !key.starts_with(&attributes) && !key.starts_with(&items));
        if self.partial_class(name) == Some("None") && *value_type != Type::None {
            // The next assignment of something else after `x = None` decides the type.
            let declared = Type::union([value_type.clone(), Type::None]);
            if let Some(var) = self.writable_var(name) {
                var.declared = declared;
                var.current = value_type.clone();
                var.partial = None;
            }
            return;
        }
        // `x = []` then `x = [1]` (later, or in another branch): the new value decides.
        if let Some(class) = self.partial_class(name)
            && class != "None"
            && let Type::Instance(instance) = value_type
            && instance.class.name() == class
            && !instance.args.contains(&Type::Never)
            && empty_collection(value, value_type).is_none()
        {
            self.complete_partial(name, value_type.clone());
            return;
        }
        // A name an import binds holds the module: anything else assigned to it is an
        // error, and the name keeps the module (`except ImportError: json = None`).
        if self.scopes.len() == 1
            && self.comprehension_depth == 0
            && self.writable_var(name).is_none()
            && matches!(
                crate::index::module_index(self.db, self.file).get(name),
                Some(crate::index::Declaration::Module(_))
            )
            && let Some(module @ Type::Module(_)) =
                crate::symbols::lookup_global(self.db, self.file, name)
        {
            if !matches!(value_type, Type::Module(_) | Type::Any) {
                self.report_incompatible_assignment(value.range(), value_type, &module);
            }
            return;
        }
        if let Some(var) = self.writable_var(name) {
            let bound_elsewhere = std::mem::take(&mut var.bound_elsewhere);
            // (An imported module is no variable: `json = None` is then an error.)
            if bound_elsewhere
                && *value_type == Type::None
                && !var.declared.is_any()
                && !matches!(var.declared, Type::Module(_))
            {
                var.declared = Type::union([var.declared.clone(), Type::None]);
                var.current = Type::None;
                return;
            }
            let declared = var.declared.clone();
            if is_assignable(self.db, value_type, &declared) {
                if let Some(var) = self.writable_var(name) {
                    var.deleted = false;
                    var.current = narrow_assigned(&declared, value_type);
                }
            } else {
                self.report_incompatible_assignment(value.range(), value_type, &declared);
            }
            return;
        }
        if let Some(partial) = empty_collection(value, value_type) {
            let declared = builtin_instance(
                self.db,
                partial,
                vec![Type::Any; if partial == "dict" { 2 } else { 1 }],
            );
            self.declare(name, declared.clone(), declared);
            if let Some(var) = self.writable_var(name) {
                var.partial = Some(PartialCollection {
                    class: partial,
                    range: value.range(),
                });
            }
            return;
        }
        if let Type::Instance(instance) = value_type
            && !instance.args.is_empty()
            && instance.args.iter().all(|arg| *arg == Type::Never)
        {
            // `q = deque()`: unlike the builtin collections, other generic classes get no
            // partial type, so the item type must be annotated (and is Any meanwhile).
            self.report(
                codes::VAR_ANNOTATED,
                value.range(),
                messages::need_type_annotation(name, None),
            );
            let declared =
                Type::instance(instance.class.clone(), vec![Type::Any; instance.args.len()]);
            self.declare(name, declared.clone(), declared);
            return;
        }
        let declared = match self.module_declared_type(name) {
            Some(declared) => declared,
            // `x = None` gets its real type from the next assignment (mypy's partial None).
            None if *value_type == Type::None => {
                self.declare(name, Type::None, Type::None);
                if let Some(var) = self.writable_var(name) {
                    var.partial = Some(PartialCollection {
                        class: "None",
                        range: value.range(),
                    });
                }
                return;
            }
            None => value_type.clone(),
        };
        let current = if declared.is_any() {
            declared.clone()
        } else {
            value_type.clone()
        };
        self.declare(name, declared, current);
    }

    fn assign_unpacked(&mut self, targets: &[ast::Expr], value_type: &Type, value: &ast::Expr) {
        let named = crate::synthesized::named_tuple_as_tuple(self.db, value_type);
        let value_type = named.as_ref().unwrap_or(value_type);
        // A union of tuples as long as the targets (`sys.exc_info()`): each target takes
        // the union of what the members have at its place.
        if let Type::Union(members) = value_type
            && !targets.iter().any(|t| matches!(t, ast::Expr::Starred(_)))
            && let Some(columns) = members
                .iter()
                .map(|member| match member {
                    Type::Tuple(items) if items.len() == targets.len() => Some(items.clone()),
                    _ => None,
                })
                .collect::<Option<Vec<_>>>()
        {
            let combined: Vec<Type> = (0..targets.len())
                .map(|at| Type::union(columns.iter().map(|items| items[at].clone())))
                .collect();
            return self.assign_unpacked(targets, &Type::Tuple(combined.into()), value);
        }
        let star = targets
            .iter()
            .position(|t| matches!(t, ast::Expr::Starred(_)));
        match value_type {
            Type::Tuple(items) => {
                let fits = match star {
                    None => items.len() == targets.len(),
                    Some(_) => items.len() + 1 >= targets.len(),
                };
                if !fits {
                    let plain_targets = targets.len() - usize::from(star.is_some());
                    let message = if items.len() > targets.len() {
                        messages::too_many_values_to_unpack(plain_targets, items.len())
                    } else {
                        messages::need_more_values_to_unpack(plain_targets, items.len())
                    };
                    self.report(codes::MISC, value.range(), message);
                    for target in targets {
                        self.assign_to(target, &Type::Any, value);
                    }
                    return;
                }
                match star {
                    None => {
                        for (target, item) in targets.iter().zip(items.iter()) {
                            self.assign_to(target, item, value);
                        }
                    }
                    Some(star) => {
                        let after = targets.len() - star - 1;
                        for (target, item) in targets[..star].iter().zip(items.iter()) {
                            self.assign_to(target, item, value);
                        }
                        let middle = &items[star..items.len() - after];
                        let joined = middle.iter().cloned().reduce(|a, b| join(self.db, &a, &b));
                        if let ast::Expr::Starred(starred) = &targets[star] {
                            match joined {
                                Some(item) => {
                                    let list = builtin_instance(self.db, "list", vec![item]);
                                    self.assign_to(&starred.value, &list, value);
                                }
                                // Nothing left for the starred name: its item type is unknown.
                                None => self.assign_empty_star(&starred.value, value),
                            }
                        }
                        for (target, item) in targets[star + 1..]
                            .iter()
                            .zip(items[items.len() - after..].iter())
                        {
                            self.assign_to(target, item, value);
                        }
                    }
                }
            }
            // A union of tuples of the right length (`for family, kind, *_, address in
            // getaddrinfo(...)`): each target gets the union of its items, as mypy
            // unpacks each member on its own; other members give every target their item.
            Type::Union(members)
                if star.is_none()
                    && members.iter().any(|m| self.fixed_items(m).is_some())
                    && members.iter().all(|m| {
                        self.fixed_items(m)
                            .is_none_or(|items| items.len() == targets.len())
                    }) =>
            {
                let mut per_target: Vec<Vec<Type>> = vec![Vec::new(); targets.len()];
                for member in members.iter() {
                    match self.fixed_items(member) {
                        Some(items) => {
                            for (slot, item) in per_target.iter_mut().zip(items.iter()) {
                                slot.push(item.clone());
                            }
                        }
                        None => {
                            let item = self
                                .unpacked_item_type(targets, star, member, value)
                                .unwrap_or(Type::Any);
                            for slot in per_target.iter_mut() {
                                slot.push(item.clone());
                            }
                        }
                    }
                }
                for (target, items) in targets.iter().zip(per_target) {
                    let item = self.without_subclass_members(Type::union(items));
                    self.assign_to(target, &item, value);
                }
            }
            _ => {
                let item = match self.unpacked_item_type(targets, star, value_type, value) {
                    Some(item) => item,
                    None => {
                        let spelled = value_type.to_string();
                        self.report(
                            codes::MISC,
                            value.range(),
                            format!("\"{spelled}\" object is not iterable"),
                        );
                        Type::Any
                    }
                };
                for target in targets {
                    match target {
                        ast::Expr::Starred(starred) => {
                            let list = builtin_instance(self.db, "list", vec![item.clone()]);
                            self.assign_to(&starred.value, &list, value);
                        }
                        _ => self.assign_to(target, &item, value),
                    }
                }
            }
        }
    }

    /// A union without the members that are instances of a subclass of another member
    /// (`int | bool` is `int`, a literal goes into its class), as mypy simplifies the
    /// union of what each member of an unpacked union gives a target. Promotions
    /// (`bool` to `float`) do not count.
    fn without_subclass_members(&self, union: Type) -> Type {
        let Type::Union(members) = &union else {
            return union;
        };
        let class_of = |ty: &Type| match ty {
            Type::Instance(instance) => Some(instance.class.clone()),
            Type::Literal(literal) => match literal.fallback() {
                Type::Instance(instance) => Some(instance.class.clone()),
                _ => None,
            },
            _ => None,
        };
        let within = |inner: &Type, outer: &Type| {
            let (Some(inner_class), Type::Instance(outer_instance)) = (class_of(inner), outer)
            else {
                return false;
            };
            crate::symbols::ancestors(self.db, &inner_class)
                .iter()
                .any(|ancestor| ancestor.class == outer_instance.class)
                && is_assignable(self.db, inner, outer)
                && !is_assignable(self.db, outer, inner)
        };
        let kept: Vec<Type> = members
            .iter()
            .filter(|m| !members.iter().any(|other| within(m, other)))
            .cloned()
            .collect();
        Type::union(kept)
    }

    /// The items of a tuple or named tuple, whose length is known.
    fn fixed_items(&self, ty: &Type) -> Option<Arc<[Type]>> {
        match crate::synthesized::named_tuple_as_tuple(self.db, ty).unwrap_or_else(|| ty.clone()) {
            Type::Tuple(items) => Some(items),
            _ => None,
        }
    }

    /// The type of each item when unpacking a value of unknown length; `None` if it
    /// cannot be iterated. Unpacking a `str` is reported (only a literal of exactly the
    /// right length passes), as mypy does.
    fn unpacked_item_type(
        &mut self,
        targets: &[ast::Expr],
        star: Option<usize>,
        value_type: &Type,
        value: &ast::Expr,
    ) -> Option<Type> {
        if let Type::Instance(instance) = value_type
            && instance.class.name() == "str"
            && crate::symbols::builtin_class(self.db, "str").as_ref() == Some(&instance.class)
        {
            let literal_fits = matches!(
                value,
                ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(text), .. })
                    if star.is_none() && text.chars().count() == targets.len()
            );
            if !literal_fits {
                self.report(
                    codes::STR_UNPACK,
                    value.range(),
                    messages::UNPACKING_A_STRING.to_owned(),
                );
            }
            return Some(value_type.clone());
        }
        match value_type {
            Type::Union(members) => {
                let items: Option<Vec<Type>> = members
                    .iter()
                    .map(|member| self.unpacked_item_type(targets, star, member, value))
                    .collect();
                items.map(Type::union)
            }
            Type::Any => Some(Type::Any),
            other => {
                let (item, failed) = self.trial(|c| c.iteration_item_type(other, value.range()));
                (!failed).then_some(item)
            }
        }
    }

    /// `a, *rest = (1,)`: `rest` is an empty list of unknown item type.
    fn assign_empty_star(&mut self, target: &ast::Expr, value: &ast::Expr) {
        if let ast::Expr::Name(name) = target
            && self.writable_var(name.id.as_str()).is_none()
        {
            let message = messages::need_type_annotation(name.id.as_str(), Some("list[<type>]"));
            self.report(codes::VAR_ANNOTATED, value.range(), message);
            let list = builtin_instance(self.db, "list", vec![Type::Any]);
            self.declare(name.id.as_str(), list.clone(), list);
            return;
        }
        let list = builtin_instance(self.db, "list", vec![Type::Never]);
        self.assign_to(target, &list, value);
    }

    fn assign_subscript(
        &mut self,
        subscript: &ast::ExprSubscript,
        value_type: &Type,
        value: &ast::Expr,
    ) {
        // What a test said of `x[0]` no longer holds once an item of `x` is set.
        let base = match subscript.value.as_ref() {
            ast::Expr::Name(name) => Some(name.id.to_string()),
            other => crate::expressions::member_key(other),
        };
        if let Some(base) = base {
            let items = format!("{base}[");
            self.scope().vars.retain(|key, _| !key.starts_with(&items));
        }
        // Completing a partial `d = {}` by `d[k] = v`.
        if let ast::Expr::Name(name) = subscript.value.as_ref()
            && self
                .writable_var(name.id.as_str())
                .is_some_and(|var| var.partial.as_ref().is_some_and(|p| p.class == "dict"))
        {
            let key = self.infer(&subscript.slice, None);
            let completed = builtin_instance(self.db, "dict", vec![key, value_type.clone()]);
            self.complete_partial(name.id.as_str(), completed);
            return;
        }
        let container = self.infer(&subscript.value, None);
        self.check_setitem(&container, subscript, value_type, value);
    }

    /// The collection class of `name` if it is a partial `[]` / `{}` / `set()` still.
    pub fn partial_class(&mut self, name: &str) -> Option<&'static str> {
        self.writable_var(name)
            .and_then(|var| var.partial.as_ref().map(|p| p.class))
    }

    pub fn complete_partial(&mut self, name: &str, completed: Type) {
        if let Some(var) = self.writable_var(name) {
            var.declared = completed.clone();
            var.current = completed;
            var.partial = None;
        }
    }

    /// Reports partial collections left without an item type at the end of a scope.
    /// `body` is the scope's own code: a partial name that a nested function or lambda
    /// reads (even an unchecked one) is left alone, as mypy leaves it.
    pub fn finish_scope_partials(&mut self, body: &[Stmt]) {
        let nested = nested_definition_ranges(body);
        let used_in_nested = |name: &str| {
            nested
                .iter()
                .any(|&range| self.text_of(range).is_some_and(|t| mentions(t, name)))
        };
        let mut pending: Vec<(String, PartialCollection)> = self
            .scopes
            .last()
            .expect("the module scope is never popped")
            .vars
            .iter()
            .filter(|(name, _)| !used_in_nested(name))
            .filter_map(|(name, var)| var.partial.clone().map(|p| (name.clone(), p)))
            .filter(|(_, partial)| partial.class != "None")
            .collect();
        pending.sort_by_key(|(_, p)| p.range.start());
        for (name, partial) in pending {
            let hint = match partial.class {
                "dict" => "dict[<type>, <type>]",
                "set" => "set[<type>]",
                _ => "list[<type>]",
            };
            self.report(
                codes::VAR_ANNOTATED,
                partial.range,
                messages::need_type_annotation(&name, Some(hint)),
            );
        }
    }

    fn bind_target_to_any(&mut self, target: &ast::Expr) {
        for name in target_names(target) {
            if self.writable_var(name).is_none() {
                self.declare(name, Type::Any, Type::Any);
            }
        }
    }

    /// `type Name = ...` binds `Name` to an alias object; its value is read lazily, where
    /// an annotation names it.
    fn declare_type_alias(&mut self, alias: &ast::StmtTypeAlias) {
        let ast::Expr::Name(name) = alias.name.as_ref() else {
            return;
        };
        let alias_object = crate::symbols::typing_class(self.db, "TypeAliasType")
            .map_or(Type::Any, |class| Type::instance(class, vec![]));
        self.declare_local(name.id.as_str(), alias_object);
    }

    /// Reports an assignment to a name declared `Final` (at `range`, the statement or
    /// value mypy points at); `true` when it did.
    fn reports_final_reassignment(&mut self, name: &str, range: TextRange) -> bool {
        if !self.writable_var(name).is_some_and(|var| var.is_final) {
            return false;
        }
        self.report(codes::MISC, range, messages::final_reassigned(name));
        true
    }

    /// Records for `types_of` that the function of scope `index` returns `ty` here.
    fn collect_return(&mut self, index: Option<usize>, ty: &Type) {
        let Some(end) = index.and_then(|i| self.scopes[i].defined_at) else {
            return;
        };
        if let Some(returns) = &mut self.collected_returns
            && let Some(types) = returns.get_mut(&end)
        {
            types.push(ty.clone());
        }
    }

    fn check_return(&mut self, ret: &ast::StmtReturn) {
        let scope_index = self
            .scopes
            .iter()
            .rposition(|s| s.kind == ScopeKind::Function);
        let (expected, is_generator) = match scope_index {
            Some(i) => {
                let scope = &self.scopes[i];
                match (&scope.generator, scope.is_generator) {
                    // A generator's `return value` is its Generator's third type.
                    (Some(generator), _) => (Some(generator.returns.clone()), false),
                    (None, is_generator) => (scope.return_type.clone(), is_generator),
                }
            }
            None => (None, false),
        };
        if expected == Some(Type::Never) {
            self.report(
                codes::MISC,
                ret.range,
                messages::RETURN_IN_NORETURN.to_owned(),
            );
            if let Some(value) = &ret.value {
                self.infer(value, None);
            }
            return;
        }
        let Some(value) = &ret.value else {
            self.collect_return(scope_index, &Type::None);
            if let Some(expected) = expected
                && !is_generator
                && !is_assignable(self.db, &Type::None, &expected)
                && expected != Type::Never
            {
                self.report(
                    codes::RETURN_VALUE,
                    ret.range,
                    messages::RETURN_VALUE_EXPECTED.to_owned(),
                );
            }
            return;
        };
        let value_type = self.infer(value, expected.as_ref().filter(|_| !is_generator));
        self.collect_return(scope_index, &value_type);
        let Some(expected) = expected else { return };
        if is_generator {
            return;
        }
        if value_type.is_any() {
            let declared_any_or_object = expected.is_any()
                || matches!(&expected, Type::Instance(i) if i.class.name() == "object");
            // pycheck's own `Any` also stands for "not understood yet"; only a value that
            // is `Any` because the code says so may be reported.
            if self.flags.warn_return_any
                && !declared_any_or_object
                && self.is_declared_any_parameter(value)
            {
                self.report(
                    codes::NO_ANY_RETURN,
                    ret.range,
                    messages::returning_any(&expected.to_string()),
                );
            }
            return;
        }
        if expected == Type::None && value_type != Type::None && !value_type.is_any() {
            self.report(
                codes::RETURN_VALUE,
                value.range(),
                messages::NO_RETURN_VALUE_EXPECTED.to_owned(),
            );
        } else if !is_assignable(self.db, &value_type, &expected) {
            let message =
                messages::incompatible_return_value(&value_type.to_string(), &expected.to_string());
            self.report(codes::RETURN_VALUE, value.range(), message);
        }
    }

    fn check_if(&mut self, stmt_if: &ast::StmtIf) -> bool {
        match crate::reachability::static_truth(self.db, &stmt_if.test) {
            Some(true) if is_type_checking_test(&stmt_if.test) => {
                self.type_checking_only += 1;
                let falls = self.check_block(&stmt_if.body);
                self.type_checking_only -= 1;
                return falls;
            }
            Some(true) => return self.check_block(&stmt_if.body),
            Some(false) => return self.check_block(&stmt_if.orelse),
            None => {}
        }
        self.infer(&stmt_if.test, None);
        let (then_narrowing, else_narrowing) = self.narrowings(&stmt_if.test);
        // A branch where the condition leaves a variable no possible value cannot run
        // (the last `elif` of an exhaustive chain): mypy neither checks it nor lets it
        // fall through.
        let impossible = |narrowing: &crate::expressions::Narrowing| {
            narrowing.iter().any(|(_, ty)| *ty == Type::Never)
        };
        let before = self.snapshot();
        self.apply_narrowing(&then_narrowing);
        let then_falls = !is_false_constant(&stmt_if.test)
            && !impossible(&then_narrowing)
            && self.check_block(&stmt_if.body);
        let after_then = self.snapshot();
        self.restore_for_sibling_branch(before, &after_then);
        self.apply_narrowing(&else_narrowing);
        let else_falls = !is_true_constant(&stmt_if.test)
            && !impossible(&else_narrowing)
            && self.check_block(&stmt_if.orelse);
        let after_else = self.snapshot();
        let falls = self.join_branches(then_falls, after_then, else_falls, after_else);
        self.end_sibling_branches();
        falls
    }

    /// The environment after a two-way branch; whether control gets past it.
    fn join_branches(
        &mut self,
        then_falls: bool,
        after_then: Env,
        else_falls: bool,
        after_else: Env,
    ) -> bool {
        match (then_falls, else_falls) {
            (true, true) => self.merge(after_then, after_else),
            (true, false) => self.restore(after_then),
            (false, true) => self.restore(after_else),
            (false, false) => {
                self.restore(after_else);
                return false;
            }
        }
        true
    }

    fn check_while(&mut self, stmt_while: &ast::StmtWhile) -> bool {
        self.widen_assigned_in(&stmt_while.body);
        self.carry_loop_types(&stmt_while.body);
        self.infer(&stmt_while.test, None);
        let (then_narrowing, else_narrowing) = self.narrowings(&stmt_while.test);
        let always_true = is_true_constant(&stmt_while.test)
            || crate::reachability::static_truth(self.db, &stmt_while.test) == Some(true);
        let before = self.snapshot();
        self.apply_narrowing(&then_narrowing);
        let (head, mut exits) = self.run_loop_body(&stmt_while.body, before);
        self.restore(head.clone());
        if !always_true {
            self.apply_narrowing(&else_narrowing);
            if self.check_block(&stmt_while.orelse) {
                exits.push(self.snapshot());
            }
        }
        self.continue_after(exits, head)
    }

    fn check_for(
        &mut self,
        target: &ast::Expr,
        iter: &ast::Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> bool {
        let iterable = self.infer(iter, None);
        let item = self.iteration_item_type(&iterable, iter.range());
        self.widen_assigned_in(body);
        self.assign_to(target, &item, iter);
        self.carry_loop_types(body);
        self.check_for_body(body, orelse)
    }

    fn check_for_body(&mut self, body: &[Stmt], orelse: &[Stmt]) -> bool {
        let before = self.snapshot();
        let (head, mut exits) = self.run_loop_body(body, before);
        self.restore(head.clone());
        if self.check_block(orelse) {
            exits.push(self.snapshot());
        }
        self.continue_after(exits, head)
    }

    /// Checks a loop body once. Returns the environment at the loop's head (where the
    /// condition is tested again: the start, the end of the body, every `continue`) and
    /// the environments at its `break`s.
    fn run_loop_body(&mut self, body: &[Stmt], start: Env) -> (Env, Vec<Env>) {
        self.loop_frames.push(LoopFrame::default());
        let falls = self.check_block(body);
        let end = self.snapshot();
        let frame = self.loop_frames.pop().unwrap_or_default();
        self.restore_keeping_declarations(start, &end);
        if falls {
            self.merge_into_current(&end);
        }
        for env in &frame.continues {
            self.merge_into_current(env);
        }
        (self.snapshot(), frame.breaks)
    }

    /// Control continues after a loop from any of `exits`; none means it never does.
    fn continue_after(&mut self, exits: Vec<Env>, head: Env) -> bool {
        let mut exits = exits.into_iter();
        let Some(first) = exits.next() else {
            self.restore(head);
            return false;
        };
        self.restore_keeping_declarations(first, &head);
        for env in exits {
            self.merge_into_current(&env);
        }
        true
    }

    pub fn check_with_item(&mut self, item: &ast::WithItem, is_async: bool) {
        let manager = self.infer(&item.context_expr, None);
        // A manager without the methods is reported as mypy looks them up: `__enter__`,
        // then `__exit__` (`__aenter__` and `__aexit__` for `async with`).
        if !manager.is_any() && manager != Type::Never {
            let methods = if is_async {
                ["__aenter__", "__aexit__"]
            } else {
                ["__enter__", "__exit__"]
            };
            for method in methods {
                self.member_or_report(&manager, method, item.context_expr.range());
            }
        }
        let Some(target) = &item.optional_vars else {
            return;
        };
        let entered = if is_async {
            match self.call_dunder(&manager, "__aenter__", &[]) {
                Some(awaitable) => self.awaited_type(&awaitable),
                None => Type::Any,
            }
        } else {
            self.call_dunder(&manager, "__enter__", &[])
                .unwrap_or(Type::Any)
        };
        self.assign_to(target, &entered, &item.context_expr);
    }

    fn check_try(
        &mut self,
        body: &[Stmt],
        handlers: &[ast::ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> bool {
        let before = self.snapshot();
        let body_completes = self.check_block(body);
        let after_body = self.snapshot();
        let body_falls = body_completes && self.check_block(orelse);
        let mut outcomes = Vec::new();
        if body_falls {
            outcomes.push(self.snapshot());
        }
        for handler in handlers {
            let ast::ExceptHandler::ExceptHandler(handler) = handler;
            let after = self.snapshot();
            self.restore_for_sibling_branch(before.clone(), &after);
            self.widen_to_try_states(body, &before, &after_body);
            let exception = match &handler.type_ {
                Some(ty) => {
                    let class_type = self.infer(ty, None);
                    if !self.is_exception_class(&class_type) {
                        let message = messages::EXCEPTION_TYPE_MUST_DERIVE.to_owned();
                        self.report(codes::MISC, ty.range(), message);
                    }
                    exception_instance(&class_type)
                }
                None => Type::Any,
            };
            if let Some(name) = &handler.name {
                self.declare(name.as_str(), exception.clone(), exception);
            }
            let falls = self.check_block(&handler.body);
            // Python unbinds the name when the handler ends.
            if let Some(name) = &handler.name
                && let Some(var) = self.writable_var(name.as_str())
            {
                var.deleted = true;
            }
            if falls {
                outcomes.push(self.snapshot());
            }
        }
        let falls = !outcomes.is_empty();
        let mut outcomes = outcomes.into_iter();
        if let Some(first) = outcomes.next() {
            self.restore(first);
            for other in outcomes {
                self.merge_into_current(&other);
            }
        }
        self.end_sibling_branches();
        if finalbody.is_empty() {
            return falls;
        }
        // `finally` also runs when the body or a handler stopped anywhere: it is checked
        // (and reported) with what every variable they assign may hold then, and the
        // code after the statement continues from a silent pass over the normal exits.
        let normal = self.snapshot();
        self.restore_keeping_declarations(before, &normal);
        self.widen_assigned_in(body);
        self.widen_assigned_in(orelse);
        for handler in handlers {
            let ast::ExceptHandler::ExceptHandler(handler) = handler;
            self.widen_assigned_in(&handler.body);
        }
        let abnormal_falls = self.check_block(finalbody);
        if !falls {
            return false;
        }
        self.restore(normal);
        self.silence += 1;
        let finally_falls = self.check_block(finalbody);
        self.silence -= 1;
        abnormal_falls && finally_falls
    }

    pub(crate) fn check_function_def(&mut self, def: &FunctionDef<'_>, range: TextRange) {
        for decorator in def.decorators {
            if crate::decorators::is_modelled(decorator) {
                self.infer(decorator, None);
            }
        }
        let owner = self.in_class_scope();
        let name = def.name;
        let signature = signature_of(self.db, self.file, def, owner.as_deref());
        self.check_defaults(def, &signature);
        if let Some(class) = owner.as_deref() {
            self.check_constructor_return(def, &signature, class, range);
        }
        let function_type = Type::Callable(Arc::new(signature));
        let decorated = self.apply_decorators(def.decorators, function_type.clone());
        // Later statements of the same body (a class body too: `@name.setter`) see it.
        if self.scopes.len() > 1 {
            self.declare(name, decorated.clone(), decorated);
        }
        if self.file.is_stub(self.db) {
            return;
        }
        self.check_missing_annotations(def, range, owner.is_some());
        if !def.is_annotated() && !self.flags.check_untyped_defs {
            // mypy does not check the body, but still answers reveal_type there.
            for call in reveal_type_calls(def.body) {
                self.note(call, messages::revealed_type("Any"));
                self.note(call, messages::REVEAL_IN_UNCHECKED.to_owned());
            }
            if self.silence == 0 {
                for annotated in annotated_assignments(def.body) {
                    let mut note = Diagnostic::note(annotated, messages::ANNOTATION_UNCHECKED_NOTE);
                    note.code = Some(codes::ANNOTATION_UNCHECKED);
                    self.diagnostics.push(note);
                }
            }
            return;
        }
        let Type::Callable(signature) = function_type else {
            return;
        };
        let mut scope = Scope::new(ScopeKind::Function);
        scope.is_async = def.is_async;
        scope.locals = local_names(def.body);
        scope.assigned_at = assignment_offsets(def.body);
        scope.defined_at = Some(range.end());
        for param in def
            .args
            .posonlyargs
            .iter()
            .chain(&def.args.args)
            .chain(&def.args.kwonlyargs)
        {
            scope.locals.insert(param.def.arg.to_string());
        }
        for param in signature.params.iter() {
            // Inside the function, `*args: P.args` is some tuple and `**kwargs: P.kwargs`
            // some dictionary of what the caller passed.
            let ty = match &param.ty {
                Type::ParamSpecArgs(_) => builtin_instance(self.db, "tuple", vec![Type::Any]),
                Type::ParamSpecKwargs(_) => builtin_instance(
                    self.db,
                    "dict",
                    vec![builtin_instance(self.db, "str", vec![]), Type::Any],
                ),
                // Inside the body its type variables are fixed.
                ty => ty.rigidified(),
            };
            scope
                .vars
                .insert(param.name.to_string(), Var::new(ty.clone(), ty));
        }
        scope.any_parameters = Some(
            def.args
                .posonlyargs
                .iter()
                .chain(&def.args.args)
                .chain(&def.args.kwonlyargs)
                .map(|a| &a.def)
                .filter(|param| param.annotation.as_deref().is_some_and(is_any_annotation))
                .map(|param| param.arg.to_string())
                .filter(|name| !scope.assigned_at.contains_key(name))
                .collect(),
        );
        scope.is_generator = contains_yield(def.body);
        if scope.is_generator && def.returns.is_some() && !def.is_async {
            scope.generator = self.generator_types(&signature.ret);
            if scope.generator.is_none() {
                self.report(
                    codes::MISC,
                    range,
                    messages::GENERATOR_RETURN_TYPE.to_owned(),
                );
            }
        }
        scope.return_type = def.returns.map(|_| match &signature.ret {
            // A type guard's body returns a plain `bool`.
            Type::TypeGuard(_) => builtin_instance(self.db, "bool", vec![]),
            // An `async def` returns what its coroutine gives when awaited.
            Type::Instance(coroutine)
                if def.is_async && !scope.is_generator && coroutine.class.name() == "Coroutine" =>
            {
                coroutine.args.get(2).cloned().unwrap_or(Type::Any)
            }
            ret => ret.clone(),
        });
        scope.class = owner.clone();
        scope.function_name = Some(name.into());
        scope.type_params =
            crate::symbols::declared_type_params(self.db, self.file, def.type_params);
        let return_type = scope.return_type.clone();
        let is_generator = scope.is_generator;
        self.scopes.push(scope);
        let saved_loops = std::mem::take(&mut self.loop_frames);
        let collects_returns = def.returns.is_none() && !is_generator && !def.is_async;
        if collects_returns && let Some(returns) = &mut self.collected_returns {
            returns.insert(range.end(), Vec::new());
        }
        let falls_through = self.check_block(def.body);
        if collects_returns && falls_through {
            self.collect_return(Some(self.scopes.len() - 1), &Type::None);
        }
        self.loop_frames = saved_loops;
        self.finish_scope_partials(def.body);
        self.scopes.pop();

        let Some(expected) = return_type else { return };
        if !falls_through || is_generator {
            return;
        }
        if expected == Type::Any {
            return;
        }
        let message = if expected == Type::Never {
            messages::IMPLICIT_RETURN_IN_NORETURN
        } else {
            messages::MISSING_RETURN_STATEMENT
        };
        if is_trivial_body(def.body) {
            // A stub-like body may stand for `return None` where None is allowed.
            if is_assignable(self.db, &Type::None, &expected) {
                return;
            }
            let exempt = self.type_checking_only > 0
                || owner.as_ref().is_some_and(|class| class.is_protocol)
                || has_decorator(self.db, self.file, def.decorators, "abstractmethod")
                || has_decorator(self.db, self.file, def.decorators, "overload");
            if !exempt {
                self.report(codes::EMPTY_BODY, range, message.to_owned());
            }
        } else if expected == Type::Never {
            self.report(codes::MISC, range, message.to_owned());
        } else if expected != Type::None {
            self.report(codes::RETURN, range, message.to_owned());
        }
    }

    /// Whether `value` is a parameter of the enclosing function annotated `Any`.
    fn is_declared_any_parameter(&self, value: &ast::Expr) -> bool {
        let ast::Expr::Name(name) = value else {
            return false;
        };
        self.scopes
            .last()
            .and_then(|scope| scope.any_parameters.as_ref())
            .is_some_and(|names| names.contains(name.id.as_str()))
    }

    /// `disallow_untyped_defs` / `disallow_incomplete_defs`: what annotations are missing,
    /// judged as mypy judges it (a method's `self`/`cls` needs none).
    fn check_missing_annotations(
        &mut self,
        def: &FunctionDef<'_>,
        range: TextRange,
        is_method: bool,
    ) {
        let flags = self.flags;
        let is_static =
            is_method && has_decorator(self.db, self.file, def.decorators, "staticmethod");
        let mut params: Vec<&ast::Arg> = crate::symbols::all_params(def.args).collect();
        // For "only a receiver", mypy looks at the first parameter's name in any function;
        // the positional-only parameters of most special methods have none.
        let first_is_receiver_name = params.len() == 1
            && matches!(params[0].arg.as_str(), "self" | "cls")
            && !(is_method && POSITIONAL_ONLY_SPECIAL_METHODS.contains(&def.name));
        let takes_receiver = is_method && !is_static && !params.is_empty();
        let receiver = takes_receiver.then(|| params.remove(0));
        let has_any_annotation = def.is_annotated();
        if !(flags.disallow_untyped_defs || (flags.disallow_incomplete_defs && has_any_annotation))
        {
            return;
        }
        if !has_any_annotation {
            if !flags.disallow_untyped_defs {
                return;
            }
            let no_parameters = params.is_empty() && receiver.is_none();
            if no_parameters || first_is_receiver_name {
                let mut diagnostic =
                    Diagnostic::error(codes::NO_UNTYPED_DEF, range, messages::RETURN_TYPE_EXPECTED);
                if !has_value_return(def.body) && !contains_yield(def.body) {
                    diagnostic
                        .notes
                        .push(messages::USE_NONE_RETURN_NOTE.to_owned());
                }
                if self.silence == 0 {
                    self.diagnostics.push(diagnostic);
                }
            } else {
                self.report(
                    codes::NO_UNTYPED_DEF,
                    range,
                    messages::FUNCTION_TYPE_EXPECTED.to_owned(),
                );
            }
            return;
        }
        // An annotated `__init__` returns None without saying so (PEP 484).
        if def.returns.is_none() && def.name != "__init__" {
            self.report(
                codes::NO_UNTYPED_DEF,
                range,
                messages::RETURN_TYPE_EXPECTED.to_owned(),
            );
        }
        if params.iter().any(|param| param.annotation.is_none()) {
            self.report(
                codes::NO_UNTYPED_DEF,
                range,
                messages::PARAM_TYPE_EXPECTED.to_owned(),
            );
        }
    }

    /// Each default must fit its parameter's annotation (`def f(x: int = None)` is an
    /// error: implicit Optional is gone).
    fn check_defaults(&mut self, def: &FunctionDef<'_>, signature: &crate::types::Signature) {
        let with_defaults = def
            .args
            .posonlyargs
            .iter()
            .chain(&def.args.args)
            .chain(&def.args.kwonlyargs);
        for arg in with_defaults {
            let Some(default) = arg.default.as_deref() else {
                continue;
            };
            // `= ...` stands for "some default" in overloads and stub-like bodies.
            let is_ellipsis = matches!(
                default,
                ast::Expr::Constant(ast::ExprConstant {
                    value: ast::Constant::Ellipsis,
                    ..
                })
            );
            if is_ellipsis
                && (is_trivial_body(def.body)
                    || has_decorator(self.db, self.file, def.decorators, "overload"))
            {
                continue;
            }
            let param = signature
                .params
                .iter()
                .find(|p| p.name.as_ref() == arg.def.arg.as_str());
            let expected = match param {
                Some(param) if arg.def.annotation.is_some() => param.ty.clone(),
                _ => {
                    self.infer(default, None);
                    continue;
                }
            };
            let ty = self.infer(default, Some(&expected));
            if is_assignable(self.db, &ty, &expected) {
                continue;
            }
            let message = messages::incompatible_default(
                arg.def.arg.as_str(),
                &ty.to_string(),
                &expected.to_string(),
            );
            let notes = if ty == Type::None {
                vec![
                    messages::IMPLICIT_OPTIONAL_NOTE.to_owned(),
                    messages::IMPLICIT_OPTIONAL_UPGRADE_NOTE.to_owned(),
                ]
            } else {
                Vec::new()
            };
            self.report_with_notes(codes::ASSIGNMENT, default.range(), message, notes);
        }
    }

    fn check_class_def(&mut self, class: &ast::StmtClassDef) {
        for base in &class.bases {
            self.infer(base, None);
        }
        for decorator in &class.decorator_list {
            self.infer(decorator, None);
        }
        let qualname: Option<Arc<str>> =
            match self.scopes.iter().all(|s| s.kind != ScopeKind::Function) {
                true => {
                    // The innermost enclosing class already carries the outer names.
                    let enclosing = self.scopes.iter().rev().find_map(|s| {
                        s.class
                            .as_ref()
                            .filter(|_| s.kind == ScopeKind::Class)
                            .map(|c| c.id.qualname.to_string())
                    });
                    let mut parts: Vec<String> = enclosing.into_iter().collect();
                    parts.push(class.name.to_string());
                    Some(parts.join(".").into())
                }
                // Classes inside functions are not indexed yet: their instances are `Any`.
                false => None,
            };
        let info = qualname.map(|qualname| {
            class_info(
                self.db,
                &ClassId {
                    file: self.file,
                    qualname,
                },
            )
        });
        if self.scopes.len() > 1 {
            let ty = info
                .as_ref()
                .map_or(Type::Any, |info| Type::ClassObject(info.id.clone()));
            self.declare(class.name.as_str(), ty.clone(), ty);
        }
        if let Some(info) = &info {
            for range in crate::synthesized::fields_out_of_order(self.db, &info.id) {
                self.report(
                    codes::MISC,
                    range,
                    messages::DATACLASS_FIELD_ORDER.to_owned(),
                );
            }
            for (range, message) in
                crate::synthesized::dataclass_declaration_errors(self.db, &info.id)
            {
                self.report(codes::MISC, range, message);
            }
            for (range, message, notes) in
                crate::synthesized::enum_declaration_errors(self.db, &info.id)
            {
                self.report_with_notes(codes::MISC, range, message, notes);
            }
            for (range, message) in
                crate::synthesized::named_tuple_declaration_errors(self.db, &info.id)
            {
                self.report(codes::MISC, range, message);
            }
            for (range, message) in
                crate::finals::final_class_errors(self.db, &info.id, class, class.range)
            {
                self.report(codes::MISC, range, message);
            }
            for range in crate::synthesized::named_tuple_fields_out_of_order(self.db, &info.id) {
                self.report(
                    codes::MISC,
                    range,
                    messages::NAMEDTUPLE_FIELD_ORDER.to_owned(),
                );
            }
        }
        let mut scope = Scope::new(ScopeKind::Class);
        scope.class = info;
        self.scopes.push(scope);
        self.check_block(&class.body);
        self.settle_inherited_partials();
        self.finish_scope_partials(&class.body);
        self.check_class_overrides(class);
        self.scopes.pop();
    }

    pub fn type_var_scope(&self) -> TypeVarScope {
        let class = self.scopes.iter().rev().find_map(|s| s.class.clone());
        let mut class_params = class.map(|c| c.type_params.clone()).unwrap_or_default();
        for scope in &self.scopes {
            class_params.extend(scope.type_params.iter().cloned());
        }
        TypeVarScope {
            class_params,
            self_type: None,
        }
    }

    // ----- flow -----

    pub fn snapshot(&self) -> HashMap<String, Var> {
        self.scopes
            .last()
            .map(|s| s.vars.clone())
            .unwrap_or_default()
    }

    pub fn restore(&mut self, vars: HashMap<String, Var>) {
        self.scope().vars = vars;
    }

    /// Back to `before`, but keeping variables first declared in `after` (declared, not
    /// narrowed): a variable's declaration holds for the whole function.
    pub fn restore_keeping_declarations(
        &mut self,
        before: HashMap<String, Var>,
        after: &HashMap<String, Var>,
    ) {
        self.restore_declaring(before, after, false);
    }

    /// `restore_keeping_declarations` for the `else` of an `if` or the handlers of a
    /// `try`, where mypy lets `None` widen a variable first bound in the other branch.
    fn restore_for_sibling_branch(
        &mut self,
        before: HashMap<String, Var>,
        after: &HashMap<String, Var>,
    ) {
        self.restore_declaring(before, after, true);
    }

    /// The end of the statement whose branches `restore_for_sibling_branch` started.
    fn end_sibling_branches(&mut self) {
        for var in self.scope().vars.values_mut() {
            var.bound_elsewhere = false;
        }
    }

    fn restore_declaring(
        &mut self,
        mut before: HashMap<String, Var>,
        after: &HashMap<String, Var>,
        sibling_branch: bool,
    ) {
        for (name, var) in after {
            // An item narrowed in one branch (`args[0]`) is not declared in the others.
            if name.ends_with(']') {
                continue;
            }
            before.entry(name.clone()).or_insert_with(|| Var {
                partial: var.partial.clone(),
                bound_elsewhere: sibling_branch && var.annotated_at.is_none() && !var.is_final,
                ..Var::new(var.declared.clone(), var.declared.clone())
            });
            if let Some(existing) = before.get_mut(name)
                && existing.partial.is_some()
                && var.partial.is_none()
            {
                existing.declared = var.declared.clone();
                existing.current = var.declared.clone();
                existing.partial = None;
            }
        }
        self.restore(before);
    }

    fn merge(&mut self, a: HashMap<String, Var>, b: HashMap<String, Var>) {
        self.restore(a);
        self.merge_into_current(&b);
    }

    /// Joins another path's environment into the current one at a merge point.
    fn merge_into_current(&mut self, other: &HashMap<String, Var>) {
        let db = self.db;
        let vars = &mut self.scope().vars;
        for (name, var) in vars.iter_mut() {
            if let Some(theirs) = other.get(name) {
                if var.partial.is_some() && theirs.partial.is_none() {
                    var.declared = theirs.declared.clone();
                    var.partial = None;
                }
                var.bound_elsewhere &= theirs.bound_elsewhere;
                // One branch widened the declaration (`None` where another bound it).
                if theirs.declared != var.declared
                    && is_assignable(db, &var.declared, &theirs.declared)
                {
                    var.declared = theirs.declared.clone();
                }
                if theirs.current != var.current {
                    let merged = Type::union([var.current.clone(), theirs.current.clone()]);
                    var.current = settle_merged(db, merged, &var.declared);
                }
            }
        }
        // An item at a constant index (`args[0]`) stays narrowed only where every
        // branch narrowed it.
        vars.retain(|name, _| !name.ends_with(']') || other.contains_key(name));
        for (name, var) in other {
            if !name.ends_with(']') {
                vars.entry(name.clone()).or_insert_with(|| var.clone());
            }
        }
    }

    /// A loop's body also runs after itself: a silent first pass finds the types the
    /// body leaves behind (completing `x = None` / `x = []` declarations too), and they
    /// join the types at the loop's start. Nested loops beyond a few levels skip the pass
    /// so the work stays linear.
    fn carry_loop_types(&mut self, body: &[Stmt]) {
        const MAX_PREPASS_DEPTH: usize = 3;
        if self.loop_frames.len() >= MAX_PREPASS_DEPTH {
            return;
        }
        let start = self.snapshot();
        let (end, _) = self.trial(|checker| {
            checker.loop_frames.push(LoopFrame::default());
            checker.check_block(body);
            checker.loop_frames.pop();
            checker.snapshot()
        });
        self.restore(start);
        let mut end = end;
        // Variables first bound inside the body are not bound at the loop's start.
        end.retain(|name, _| {
            self.scopes
                .last()
                .is_some_and(|s| s.vars.contains_key(name))
        });
        self.merge_into_current(&end);
    }

    /// In an `except` handler, a variable the `try` body assigns holds what it held
    /// before the body or what the body left in it (mypy takes every state the body
    /// passes through; the two ends cover the common `x = f(x)`).
    fn widen_to_try_states(&mut self, body: &[Stmt], before: &Env, after_body: &Env) {
        let db = self.db;
        let names = local_names(body);
        for (name, var) in self.scope().vars.iter_mut() {
            if !names.contains(name) {
                continue;
            }
            var.current = match (before.get(name), after_body.get(name)) {
                (Some(start), Some(end)) => settle_merged(
                    db,
                    Type::union([start.current.clone(), end.current.clone()]),
                    &var.declared,
                ),
                _ => var.declared.clone(),
            };
        }
    }

    /// Before a loop body runs again, variables it assigns may hold any declared value.
    fn widen_assigned_in(&mut self, body: &[Stmt]) {
        let names = local_names(body);
        for (name, var) in self.scope().vars.iter_mut() {
            if names.contains(name) {
                var.current = var.declared.clone();
            }
        }
    }

    pub fn apply_narrowing(&mut self, narrowing: &[(String, Type)]) {
        for (name, ty) in narrowing {
            let ty = &crate::synthesized::contract_enum_literals(self.db, ty.clone());
            if let Some(var) = self.scope().vars.get_mut(name) {
                var.current = ty.clone();
            } else if name.ends_with(']') {
                // An item at a constant index (`args[-1]`): nothing declares it.
                self.scope()
                    .vars
                    .insert(name.clone(), Var::new(ty.clone(), ty.clone()));
            } else if name.contains('.') {
                // An attribute chain: its declared type is the attribute's own (or what
                // the condition says, for one that `hasattr` just vouched for).
                let declared = self
                    .attribute_chain_type(name)
                    .unwrap_or_else(|| ty.clone());
                self.scope()
                    .vars
                    .insert(name.clone(), Var::new(declared, ty.clone()));
            } else if let Some(mut global) = self.global_flow_var(name) {
                global.current = ty.clone();
                self.scope().vars.insert(name.clone(), global);
            } else if let Some(current) = self.lookup_name(name) {
                // A narrowed parameter or outer variable: shadow it in this scope's flow.
                let _ = current;
                self.scope()
                    .vars
                    .insert(name.clone(), Var::new(ty.clone(), ty.clone()));
            }
        }
    }
}

/// The type of a variable where paths meet: the union of what each path had, spelled in
/// the declared type's member order, and the declared type itself once the union covers
/// it (or holds `Any`).
fn settle_merged(db: &dyn Db, merged: Type, declared: &Type) -> Type {
    // Every member of an enum, one branch each, is the enum again.
    let merged = crate::synthesized::contract_enum_literals(db, merged);
    // A branch that made the variable `Any` keeps it `Any` after the join (mypy keeps
    // `int | Any`; plain `Any` reports no less than that and never more).
    if !declared.is_any() && merged.members().iter().any(Type::is_any) {
        return Type::Any;
    }
    if declared.is_any() || !is_assignable(db, &merged, declared) {
        return declared.clone();
    }
    if declared
        .members()
        .iter()
        .all(|member| merged.members().contains(member))
    {
        return declared.clone();
    }
    in_declared_order(&merged, declared)
}

/// After assigning `value` to a variable declared `declared`, the variable's narrowed type:
/// a union narrows to what was assigned (as mypy does), anything else stays declared.
pub fn narrow_declared(declared: &Type, value: &Type) -> Type {
    match declared {
        // An `Any` value makes the variable `Any` until the next assignment, as in mypy.
        Type::Union(_) if value.is_any() => Type::Any,
        Type::Union(_) if *value != Type::Never => in_declared_order(value, declared),
        _ => declared.clone(),
    }
}

/// After a plain assignment (not the declaration), a variable holds what was assigned,
/// whatever it was declared as (`x: Sequence[int]` then `x = [1]` is a `list[int]`), as
/// mypy narrows it.
fn narrow_assigned(declared: &Type, value: &Type) -> Type {
    match (declared, value) {
        (Type::Union(_), _) => narrow_declared(declared, value),
        (_, Type::Any | Type::Never) | (Type::Any, _) => declared.clone(),
        _ => value.clone(),
    }
}

/// `ty`'s union members in the order `declared` lists them (others after).
fn in_declared_order(ty: &Type, declared: &Type) -> Type {
    // A literal stands where its class does (`Literal[True]` where `bool` was).
    let order = |member: &Type| {
        let fallback = match member {
            Type::Literal(literal) => Some(Type::instance(literal.class.clone(), vec![])),
            _ => None,
        };
        declared
            .members()
            .iter()
            .position(|d| d == member || Some(d) == fallback.as_ref())
            .unwrap_or(usize::MAX)
    };
    let mut members = ty.members().to_vec();
    members.sort_by_key(order);
    Type::union(members)
}

/// `[]`, `{}`, `set()`, `list()`, `dict()` with nothing to infer an item type from.
fn empty_collection(value: &ast::Expr, value_type: &Type) -> Option<&'static str> {
    let Type::Instance(instance) = value_type else {
        return None;
    };
    if !instance.args.iter().all(|a| *a == Type::Never) || instance.args.is_empty() {
        return None;
    }
    // `[]`, `{}`, `set()`, and any other call that returns an empty builtin collection
    // (`sorted([])`) leave the item type open.
    let _ = value;
    match instance.class.name() {
        "list" => Some("list"),
        "dict" => Some("dict"),
        "set" => Some("set"),
        _ => None,
    }
}

/// The instance an `except` clause binds for the class (or tuple of classes) it names.
fn exception_instance(class_type: &Type) -> Type {
    match class_type {
        Type::ClassObject(class) => Type::instance(class.clone(), vec![]),
        Type::Tuple(items) => Type::union(items.iter().map(exception_instance)),
        _ => Type::Any,
    }
}

fn is_true_constant(expr: &ast::Expr) -> bool {
    matches!(expr, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Bool(true)))
        || matches!(expr, ast::Expr::Constant(c) if matches!(&c.value, ast::Constant::Int(i) if i.to_string() != "0"))
}

fn is_false_constant(expr: &ast::Expr) -> bool {
    matches!(expr, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Bool(false)))
}

/// A body of only `pass`, `...` and a docstring.
pub(crate) fn is_trivial_body(body: &[Stmt]) -> bool {
    body.iter().all(|stmt| match stmt {
        Stmt::Pass(_) => true,
        Stmt::Expr(expr) => matches!(
            expr.value.as_ref(),
            ast::Expr::Constant(ast::ExprConstant {
                value: ast::Constant::Ellipsis | ast::Constant::Str(_),
                ..
            })
        ),
        Stmt::Raise(raise) => raise.exc.as_deref().is_some_and(|exc| {
            let name = match exc {
                ast::Expr::Call(call) => call.func.as_ref(),
                other => other,
            };
            matches!(name, ast::Expr::Name(n) if n.id.as_str() == "NotImplementedError")
        }),
        _ => false,
    })
}

/// Where a function body assigns each name (the starts of the statements), not looking
/// into nested functions or classes.
fn assignment_offsets(body: &[Stmt]) -> HashMap<String, Vec<TextSize>> {
    let mut offsets: HashMap<String, Vec<TextSize>> = HashMap::new();
    for stmt in body {
        if matches!(
            stmt,
            Stmt::FunctionDef(_) | Stmt::AsyncFunctionDef(_) | Stmt::ClassDef(_)
        ) {
            continue;
        }
        for name in local_names(std::slice::from_ref(stmt)) {
            offsets.entry(name).or_default().push(stmt.range().start());
        }
    }
    offsets
}

/// Names a function body binds (assignments, loops, imports, defs, `with ... as`), not
/// descending into nested functions or classes.
pub fn local_names(body: &[Stmt]) -> HashSet<String> {
    let mut names = HashSet::new();
    fn walk(body: &[Stmt], names: &mut HashSet<String>) {
        for stmt in body {
            names.extend(names_bound_by(stmt));
            for block in nested_blocks(stmt) {
                walk(block, names);
            }
        }
    }
    walk(body, &mut names);
    names
}

/// The names one statement binds itself, not those of the statements nested in it.
fn names_bound_by(stmt: &Stmt) -> Vec<String> {
    fn owned<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
        names.into_iter().map(str::to_owned).collect()
    }
    let with_targets = |items: &[ast::WithItem]| {
        owned(
            items
                .iter()
                .filter_map(|item| item.optional_vars.as_deref())
                .flat_map(target_names),
        )
    };
    let handler_names = |handlers: &[ast::ExceptHandler]| {
        handlers
            .iter()
            .filter_map(|handler| {
                let ast::ExceptHandler::ExceptHandler(handler) = handler;
                handler.name.as_ref().map(|name| name.to_string())
            })
            .collect()
    };
    match stmt {
        Stmt::Assign(s) => owned(s.targets.iter().flat_map(target_names)),
        Stmt::AnnAssign(s) => owned(target_names(&s.target)),
        Stmt::AugAssign(s) => owned(target_names(&s.target)),
        Stmt::For(s) => owned(target_names(&s.target)),
        Stmt::AsyncFor(s) => owned(target_names(&s.target)),
        Stmt::With(s) => with_targets(&s.items),
        Stmt::AsyncWith(s) => with_targets(&s.items),
        Stmt::Try(s) => handler_names(&s.handlers),
        Stmt::TryStar(s) => handler_names(&s.handlers),
        Stmt::FunctionDef(s) => vec![s.name.to_string()],
        Stmt::AsyncFunctionDef(s) => vec![s.name.to_string()],
        Stmt::ClassDef(s) => vec![s.name.to_string()],
        Stmt::TypeAlias(s) => owned(target_names(&s.name)),
        Stmt::Import(s) => s
            .names
            .iter()
            .map(|alias| {
                alias.asname.as_ref().map_or_else(
                    || alias.name.split('.').next().unwrap_or_default().to_owned(),
                    |name| name.to_string(),
                )
            })
            .collect(),
        Stmt::ImportFrom(s) => s
            .names
            .iter()
            .map(|alias| alias.asname.as_ref().unwrap_or(&alias.name).to_string())
            .collect(),
        Stmt::Match(s) => owned(s.cases.iter().flat_map(|case| pattern_names(&case.pattern))),
        _ => Vec::new(),
    }
}

/// `case _:` and `case name:` match anything.
fn is_irrefutable(pattern: &ast::Pattern) -> bool {
    match pattern {
        ast::Pattern::MatchAs(p) => p.pattern.as_deref().is_none_or(is_irrefutable),
        ast::Pattern::MatchOr(p) => p.patterns.iter().any(is_irrefutable),
        _ => false,
    }
}

fn pattern_names(pattern: &ast::Pattern) -> Vec<&str> {
    let mut names = Vec::new();
    fn walk<'a>(pattern: &'a ast::Pattern, names: &mut Vec<&'a str>) {
        match pattern {
            ast::Pattern::MatchAs(p) => {
                if let Some(name) = &p.name {
                    names.push(name.as_str());
                }
                if let Some(inner) = &p.pattern {
                    walk(inner, names);
                }
            }
            ast::Pattern::MatchStar(p) => {
                if let Some(name) = &p.name {
                    names.push(name.as_str());
                }
            }
            ast::Pattern::MatchSequence(p) => p.patterns.iter().for_each(|p| walk(p, names)),
            ast::Pattern::MatchOr(p) => p.patterns.iter().for_each(|p| walk(p, names)),
            ast::Pattern::MatchMapping(p) => {
                p.patterns.iter().for_each(|p| walk(p, names));
                if let Some(rest) = &p.rest {
                    names.push(rest.as_str());
                }
            }
            ast::Pattern::MatchClass(p) => {
                p.patterns.iter().for_each(|p| walk(p, names));
                p.kwd_patterns.iter().for_each(|p| walk(p, names));
            }
            _ => {}
        }
    }
    walk(pattern, &mut names);
    names
}

/// The source ranges of the functions and classes nested (at any depth of compound
/// statements) in `body`.
fn nested_definition_ranges(body: &[Stmt]) -> Vec<TextRange> {
    let mut ranges = Vec::new();
    for stmt in body {
        match stmt {
            Stmt::FunctionDef(_) | Stmt::AsyncFunctionDef(_) | Stmt::ClassDef(_) => {
                ranges.push(stmt.range())
            }
            other => {
                for block in crate::index::nested_blocks(other) {
                    ranges.extend(nested_definition_ranges(block));
                }
            }
        }
    }
    ranges
}

/// The variables of `scope` named in `named`, position-free and in name order.
fn outer_vars(scope: &Scope, named: &HashSet<&str>) -> Vec<(String, OuterVar)> {
    let mut vars: Vec<(String, OuterVar)> = scope
        .vars
        .iter()
        .filter(|(name, _)| named.contains(name.as_str()))
        .map(|(name, var)| {
            let outer = OuterVar {
                declared: var.declared.clone(),
                current: var.current.clone(),
                deleted: var.deleted,
                is_final: var.is_final,
                final_literal: var.final_literal.clone(),
                partial: var.partial.as_ref().map(|p| p.class),
            };
            (name.clone(), outer)
        })
        .collect();
    vars.sort_by(|a, b| a.0.cmp(&b.0));
    vars
}

/// `outer_vars` back as a scope's variables.
fn inner_vars(outer: &[(String, OuterVar)]) -> HashMap<String, Var> {
    outer
        .iter()
        .map(|(name, outer)| {
            let mut var = Var::new(outer.declared.clone(), outer.current.clone());
            var.deleted = outer.deleted;
            var.is_final = outer.is_final;
            var.final_literal = outer.final_literal.clone();
            var.partial = outer.partial.map(|class| PartialCollection {
                class,
                range: TextRange::default(),
            });
            (name.clone(), var)
        })
        .collect()
}

/// Whether an annotation is `Final` or `Final[...]`.
/// `if TYPE_CHECKING:` (or `typing.TYPE_CHECKING`): true for the checker, false at run
/// time.
fn is_type_checking_test(test: &ast::Expr) -> bool {
    match test {
        ast::Expr::Name(name) => name.id.as_str() == "TYPE_CHECKING",
        ast::Expr::Attribute(attribute) => attribute.attr.as_str() == "TYPE_CHECKING",
        _ => false,
    }
}

pub(crate) fn is_final_annotation(db: &dyn Db, file: File, annotation: &ast::Expr) -> bool {
    let head = match annotation {
        ast::Expr::Subscript(subscript) => subscript.value.as_ref(),
        other => other,
    };
    matches!(head, ast::Expr::Name(_) | ast::Expr::Attribute(_))
        && infer_standalone_expression(db, file, head) == Type::SpecialForm(SpecialForm::Final)
}

/// The words of `text` that could be identifiers (strings and comments included).
fn identifiers(text: &str) -> HashSet<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|word| !word.is_empty())
        .collect()
}

/// Whether `name` occurs as a whole identifier in `text`.
fn mentions(text: &str, name: &str) -> bool {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
    })
}

/// The `reveal_type(...)` calls that are statements of `body` (at any nesting of
/// compound statements, not in nested functions).
/// Special methods whose parameters mypy makes positional-only (so nameless).
const POSITIONAL_ONLY_SPECIAL_METHODS: &[&str] = &[
    "__abs__",
    "__add__",
    "__and__",
    "__buffer__",
    "__complex__",
    "__contains__",
    "__del__",
    "__delattr__",
    "__delitem__",
    "__divmod__",
    "__enter__",
    "__eq__",
    "__exit__",
    "__float__",
    "__floordiv__",
    "__ge__",
    "__getattr__",
    "__getattribute__",
    "__getitem__",
    "__gt__",
    "__hex__",
    "__iadd__",
    "__iand__",
    "__idiv__",
    "__ifloordiv__",
    "__ilshift__",
    "__imatmul__",
    "__imod__",
    "__imul__",
    "__int__",
    "__invert__",
    "__ior__",
    "__ipow__",
    "__irshift__",
    "__isub__",
    "__iter__",
    "__itruediv__",
    "__ixor__",
    "__le__",
    "__len__",
    "__long__",
    "__lshift__",
    "__lt__",
    "__matmul__",
    "__mod__",
    "__mul__",
    "__ne__",
    "__neg__",
    "__oct__",
    "__or__",
    "__pos__",
    "__pow__",
    "__radd__",
    "__rand__",
    "__rdiv__",
    "__release_buffer__",
    "__repr__",
    "__reversed__",
    "__rfloordiv__",
    "__rlshift__",
    "__rmatmul__",
    "__rmod__",
    "__rmul__",
    "__ror__",
    "__rpow__",
    "__rrshift__",
    "__rshift__",
    "__rsub__",
    "__rtruediv__",
    "__rxor__",
    "__setitem__",
    "__str__",
    "__sub__",
    "__truediv__",
    "__xor__",
];

/// `Any` or `typing.Any` / `t.Any` written as an annotation.
fn is_any_annotation(annotation: &ast::Expr) -> bool {
    match annotation {
        ast::Expr::Name(name) => name.id.as_str() == "Any",
        ast::Expr::Attribute(attribute) => attribute.attr.as_str() == "Any",
        _ => false,
    }
}

/// Annotated assignments in an unchecked body, nested unannotated functions included.
fn annotated_assignments(body: &[Stmt]) -> Vec<TextRange> {
    let mut found = Vec::new();
    fn walk(body: &[Stmt], found: &mut Vec<TextRange>) {
        for stmt in body {
            match stmt {
                Stmt::AnnAssign(assign) => found.push(assign.range),
                Stmt::FunctionDef(_) | Stmt::AsyncFunctionDef(_) => {
                    if let Some(def) = FunctionDef::of(stmt)
                        && !def.is_annotated()
                    {
                        walk(def.body, found);
                    }
                }
                _ => {}
            }
            for block in nested_blocks(stmt) {
                walk(block, found);
            }
        }
    }
    walk(body, &mut found);
    found
}

fn reveal_type_calls(body: &[Stmt]) -> Vec<TextRange> {
    let mut calls = Vec::new();
    fn walk(body: &[Stmt], calls: &mut Vec<TextRange>) {
        for stmt in body {
            if let Stmt::Expr(expr) = stmt
                && let ast::Expr::Call(call) = expr.value.as_ref()
                && matches!(call.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "reveal_type")
            {
                calls.push(call.range);
            }
            for block in nested_blocks(stmt) {
                walk(block, calls);
            }
        }
    }
    walk(body, &mut calls);
    calls
}

/// Whether a function body is a generator's (a `yield` outside nested functions).
/// A `return` with a value other than `None` in the function itself (not nested ones).
fn has_value_return(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| {
        match stmt {
        Stmt::Return(ret) => ret.value.as_deref().is_some_and(|value| {
            !matches!(value, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::None))
        }),
        Stmt::FunctionDef(_) | Stmt::AsyncFunctionDef(_) | Stmt::ClassDef(_) => false,
        other => nested_blocks(other).into_iter().any(has_value_return),
    }
    })
}

pub(crate) fn contains_yield(body: &[Stmt]) -> bool {
    struct Finder(bool);
    impl Finder {
        fn stmt(&mut self, stmt: &Stmt) {
            if self.0 {
                return;
            }
            match stmt {
                Stmt::FunctionDef(_) | Stmt::AsyncFunctionDef(_) | Stmt::ClassDef(_) => {}
                Stmt::Expr(e) => self.expr(&e.value),
                Stmt::Assign(s) => self.expr(&s.value),
                Stmt::AnnAssign(s) => {
                    if let Some(v) = &s.value {
                        self.expr(v)
                    }
                }
                Stmt::AugAssign(s) => self.expr(&s.value),
                Stmt::Return(s) => {
                    if let Some(v) = &s.value {
                        self.expr(v)
                    }
                }
                Stmt::For(s) => s.body.iter().chain(&s.orelse).for_each(|s| self.stmt(s)),
                Stmt::AsyncFor(s) => s.body.iter().chain(&s.orelse).for_each(|s| self.stmt(s)),
                Stmt::While(s) => s.body.iter().chain(&s.orelse).for_each(|s| self.stmt(s)),
                Stmt::If(s) => s.body.iter().chain(&s.orelse).for_each(|s| self.stmt(s)),
                Stmt::With(s) => s.body.iter().for_each(|s| self.stmt(s)),
                Stmt::AsyncWith(s) => s.body.iter().for_each(|s| self.stmt(s)),
                Stmt::Try(s) => {
                    s.body
                        .iter()
                        .chain(&s.orelse)
                        .chain(&s.finalbody)
                        .for_each(|s| self.stmt(s));
                    for h in &s.handlers {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        h.body.iter().for_each(|s| self.stmt(s));
                    }
                }
                Stmt::Match(s) => s
                    .cases
                    .iter()
                    .flat_map(|c| &c.body)
                    .for_each(|s| self.stmt(s)),
                _ => {}
            }
        }
        fn expr(&mut self, expr: &ast::Expr) {
            match expr {
                ast::Expr::Yield(_) | ast::Expr::YieldFrom(_) => self.0 = true,
                ast::Expr::Await(a) => self.expr(&a.value),
                ast::Expr::NamedExpr(n) => self.expr(&n.value),
                ast::Expr::Call(c) => {
                    self.expr(&c.func);
                    c.args.iter().for_each(|a| self.expr(a));
                }
                _ => {}
            }
        }
    }
    let mut finder = Finder(false);
    body.iter().for_each(|s| finder.stmt(s));
    finder.0
}
