//! What an editor asks about a position: where a name is defined, what a file declares,
//! what may be typed next. Answers are files and byte ranges; the language server turns
//! them into its protocol's terms.

use std::collections::BTreeSet;

use pycheck_syntax::ast::{self, Ranged, Stmt};
use pycheck_syntax::{TextRange, TextSize};

use crate::db::{Db, File, Project};
use crate::index::{Declaration, StmtPath, module_index, nested_blocks};
use crate::infer::expression_type_of;
use crate::parse::parsed_module;
use crate::symbols::{all_params, ancestors, builtins_file, class_info, resolve_module_by_name};
use crate::types::{ClassId, Type};

/// A place in a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub file: File,
    /// The whole declaration (a `def` with its body, an assignment).
    pub range: TextRange,
    /// The declared name itself, where the cursor should land.
    pub name_range: TextRange,
}

/// What kind of thing a symbol or completion is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymbolKind {
    Class,
    Function,
    Method,
    Variable,
    Module,
}

/// A declaration in a file's outline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentSymbol {
    pub name: String,
    pub kind: SymbolKind,
    pub range: TextRange,
    pub name_range: TextRange,
    pub children: Vec<DocumentSymbol>,
}

/// A name that may be typed at a position.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Completion {
    pub label: String,
    pub kind: CompletionKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CompletionKind {
    Class,
    Function,
    Variable,
    Module,
    Keyword,
}

/// The outline of `file`: classes with their methods and class-level names, functions,
/// module-level variables.
pub fn document_symbols(db: &dyn Db, file: File) -> Vec<DocumentSymbol> {
    let text = file.text(db);
    outline(text, parsed_module(db, file).body(), false)
}

fn outline(text: &str, body: &[Stmt], in_class: bool) -> Vec<DocumentSymbol> {
    let mut symbols = Vec::new();
    for stmt in body {
        match stmt {
            Stmt::ClassDef(class) => symbols.push(DocumentSymbol {
                name: class.name.to_string(),
                kind: SymbolKind::Class,
                range: class.range,
                name_range: name_after_keyword(text, class.range, "class", class.name.as_str()),
                children: outline(text, &class.body, true),
            }),
            Stmt::FunctionDef(_) | Stmt::AsyncFunctionDef(_) => {
                let (name, range) = match stmt {
                    Stmt::FunctionDef(def) => (def.name.as_str(), def.range),
                    Stmt::AsyncFunctionDef(def) => (def.name.as_str(), def.range),
                    _ => unreachable!("matched above"),
                };
                symbols.push(DocumentSymbol {
                    name: name.to_owned(),
                    kind: if in_class {
                        SymbolKind::Method
                    } else {
                        SymbolKind::Function
                    },
                    range,
                    name_range: name_after_keyword(text, range, "def", name),
                    children: Vec::new(),
                });
            }
            Stmt::Assign(assign) => {
                for target in &assign.targets {
                    push_variables(&mut symbols, target, assign.range);
                }
            }
            Stmt::AnnAssign(assign) => push_variables(&mut symbols, &assign.target, assign.range),
            other => {
                for block in nested_blocks(other) {
                    symbols.extend(outline(text, block, in_class));
                }
            }
        }
    }
    symbols
}

fn push_variables(symbols: &mut Vec<DocumentSymbol>, target: &ast::Expr, range: TextRange) {
    match target {
        ast::Expr::Name(name) if !symbols.iter().any(|s| s.name == name.id.as_str()) => {
            symbols.push(DocumentSymbol {
                name: name.id.to_string(),
                kind: SymbolKind::Variable,
                range,
                name_range: name.range,
                children: Vec::new(),
            });
        }
        ast::Expr::Tuple(tuple) => {
            for element in &tuple.elts {
                push_variables(symbols, element, range);
            }
        }
        ast::Expr::List(list) => {
            for element in &list.elts {
                push_variables(symbols, element, range);
            }
        }
        _ => {}
    }
}

/// The range of `name` in `def name` / `class name` within `range` (the syntax tree does
/// not keep identifiers' positions).
pub(crate) fn name_after_keyword(
    text: &str,
    range: TextRange,
    keyword: &str,
    name: &str,
) -> TextRange {
    let start = usize::from(range.start());
    let end = usize::from(range.end()).min(text.len());
    let Some(source) = text.get(start..end) else {
        return range;
    };
    let mut search_from = 0;
    while let Some(found) = source[search_from..].find(keyword) {
        let after_keyword = search_from + found + keyword.len();
        let rest = &source[after_keyword..];
        let trimmed = rest.trim_start();
        if trimmed.starts_with(name)
            && !trimmed[name.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
        {
            let at = start + after_keyword + (rest.len() - trimmed.len());
            return TextRange::at(TextSize::from(at as u32), TextSize::from(name.len() as u32));
        }
        search_from = after_keyword;
    }
    range
}

/// Where the name or attribute at `offset` in `file` is defined.
pub fn definition(db: &dyn Db, file: File, offset: TextSize) -> Option<Location> {
    let body = parsed_module(db, file).body();
    let found = innermost_reference(body, offset)?;
    match found {
        Reference::Name { name, scopes } => {
            for scope in scopes.iter().rev() {
                if let Some(location) = local_binding(db, file, scope, &name) {
                    return Some(location);
                }
            }
            global_definition(db, file, &name, 0)
        }
        Reference::Attribute { receiver, attr } => {
            let receiver_type = expression_type_of(db, file, receiver)?;
            member_definition(db, &receiver_type, &attr)
        }
        Reference::Import { module, name } => match name {
            Some(name) => imported_definition(db, &module, &name, 0),
            None => module_location(db, &module),
        },
    }
}

/// Where the class of the value at `offset` is defined (for `x`, the class of `x`'s type).
pub fn type_definition(db: &dyn Db, file: File, offset: TextSize) -> Option<Location> {
    let (_, ty) = crate::infer::expression_type_at(db, file, offset)?;
    let class = match ty {
        Type::Instance(instance) => instance.class,
        Type::ClassObject(class) => class,
        _ => return None,
    };
    let path = crate::symbols::class_path(db, &class)?;
    let name = class.qualname.rsplit('.').next().unwrap_or(&class.qualname);
    statement_location(db, class.file, &path, name)
}

/// The signatures of the call whose parentheses hold `offset`, for an editor's hint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureHelp {
    /// One per overload.
    pub signatures: Vec<SignatureLabel>,
    /// The parameter the cursor is at, counting from 0.
    pub active_parameter: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureLabel {
    /// As mypy spells a definition: `def greet(punctuation: str = ...) -> str`.
    pub label: String,
    /// Each parameter's byte range in `label`.
    pub parameters: Vec<(usize, usize)>,
    /// Each parameter's name, for keyword arguments.
    pub names: Vec<String>,
}

pub fn signature_help(db: &dyn Db, file: File, offset: TextSize) -> Option<SignatureHelp> {
    let body = parsed_module(db, file).body();
    let call = innermost_call(body, offset)?;
    let callee = expression_type_of(db, file, call.func.range())?;
    let signatures: Vec<crate::types::Signature> = match callee {
        Type::Callable(signature) => vec![(*signature).clone()],
        Type::Overloaded(signatures) => signatures.to_vec(),
        Type::ClassObject(class) => {
            let instance = class_info(db, &class).self_instance();
            let (member, _) = crate::symbols::lookup_member(db, &instance, "__init__")?;
            let crate::symbols::Member::Method { ty, .. } = member else {
                return None;
            };
            match crate::relate::bind_method(&ty) {
                Type::Callable(signature) => vec![(*signature).clone()],
                Type::Overloaded(signatures) => signatures.to_vec(),
                _ => return None,
            }
        }
        _ => return None,
    };
    let labels: Vec<SignatureLabel> = signatures.iter().map(signature_label).collect();
    // Positional arguments before the cursor, or the keyword being written.
    let keyword = call
        .keywords
        .iter()
        .find(|keyword| keyword.range.contains_inclusive(offset))
        .and_then(|keyword| keyword.arg.as_ref().map(|arg| arg.to_string()));
    let active_parameter = match keyword {
        Some(name) => labels
            .first()
            .and_then(|label| label.names.iter().position(|n| *n == name))
            .unwrap_or(0),
        None => call
            .args
            .iter()
            .filter(|arg| arg.range().end() < offset)
            .count(),
    };
    Some(SignatureHelp {
        signatures: labels,
        active_parameter,
    })
}

fn signature_label(signature: &crate::types::Signature) -> SignatureLabel {
    let name = signature.name.as_deref().unwrap_or("");
    let mut label = format!("def {name}(");
    let mut parameters = Vec::new();
    let mut names = Vec::new();
    let mut star_written = false;
    for (index, param) in signature.params.iter().enumerate() {
        if index > 0 {
            label.push_str(", ");
        }
        let default = if param.has_default { " = ..." } else { "" };
        let text = match param.kind {
            crate::types::ParamKind::VarPositional => {
                star_written = true;
                format!("*{}: {}", param.name, param.ty)
            }
            crate::types::ParamKind::VarKeyword => format!("**{}: {}", param.name, param.ty),
            crate::types::ParamKind::KeywordOnly if !star_written => {
                star_written = true;
                label.push_str("*, ");
                format!("{}: {}{default}", param.name, param.ty)
            }
            _ => format!("{}: {}{default}", param.name, param.ty),
        };
        parameters.push((label.len(), label.len() + text.len()));
        names.push(param.name.to_string());
        label.push_str(&text);
    }
    label.push_str(&format!(") -> {}", signature.ret));
    SignatureLabel {
        label,
        parameters,
        names,
    }
}

/// The innermost call whose argument list (between its parentheses) holds `offset`.
fn innermost_call(body: &[Stmt], offset: TextSize) -> Option<ast::ExprCall> {
    let mut found: Option<ast::ExprCall> = None;
    fn visit_statements(body: &[Stmt], offset: TextSize, found: &mut Option<ast::ExprCall>) {
        for stmt in body {
            if !stmt.range().contains_inclusive(offset) {
                continue;
            }
            visit_expressions(stmt, &mut |expr| visit_expression(expr, offset, found));
            for block in nested_blocks(stmt) {
                visit_statements(block, offset, found);
            }
            match stmt {
                Stmt::FunctionDef(def) => visit_statements(&def.body, offset, found),
                Stmt::AsyncFunctionDef(def) => visit_statements(&def.body, offset, found),
                Stmt::ClassDef(class) => visit_statements(&class.body, offset, found),
                _ => {}
            }
        }
    }
    fn visit_expression(expr: &ast::Expr, offset: TextSize, found: &mut Option<ast::ExprCall>) {
        if !expr.range().contains_inclusive(offset) {
            return;
        }
        if let ast::Expr::Call(call) = expr
            && call.func.range().end() < offset
            && offset < call.range.end()
        {
            *found = Some(call.clone());
        }
        for child in child_expressions(expr) {
            visit_expression(child, offset, found);
        }
    }
    visit_statements(body, offset, &mut found);
    found
}

/// A type shown in the editor where code does not spell it: after a variable's name, or
/// after the parameters of a function without a return annotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InlayHint {
    /// Right after the name, or right after the `)` closing the parameters.
    pub offset: TextSize,
    /// `: list[int]`, ` -> str`.
    pub label: String,
}

/// Which inlay hints an editor asked for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct InlayHintKinds {
    /// Variables assigned without an annotation (`x = value` with a plain name), where the
    /// value does not already say it (a literal, or a call of the class itself).
    pub variable_types: bool,
    /// Functions without a return annotation (not generators or coroutines): the join of
    /// what they return.
    pub return_types: bool,
}

/// The inlay hints of `kinds` in `range`. Nothing is shown where the type is `Any`.
pub fn inlay_hints(
    db: &dyn Db,
    file: File,
    range: TextRange,
    kinds: InlayHintKinds,
) -> Vec<InlayHint> {
    #[derive(Default)]
    struct Wanted {
        /// (the variable's name, the value).
        assignments: Vec<(TextRange, TextRange)>,
        /// (where the parameters close, where the definition ends).
        functions: Vec<(TextSize, TextSize)>,
    }
    fn collect(
        text: &str,
        body: &[Stmt],
        range: TextRange,
        kinds: InlayHintKinds,
        found: &mut Wanted,
    ) {
        for stmt in body {
            if stmt.range().intersect(range).is_none() {
                continue;
            }
            match stmt {
                Stmt::Assign(assign) => {
                    if let [ast::Expr::Name(name)] = assign.targets.as_slice()
                        && kinds.variable_types
                        && !states_its_type(&assign.value)
                    {
                        found.assignments.push((name.range, assign.value.range()));
                    }
                }
                Stmt::FunctionDef(def) => {
                    if kinds.return_types
                        && def.returns.is_none()
                        && let Some(close) = parameters_end(text, &def.args)
                        && range.contains_inclusive(close)
                    {
                        found.functions.push((close, def.range.end()));
                    }
                    collect(text, &def.body, range, kinds, found)
                }
                Stmt::AsyncFunctionDef(def) => collect(text, &def.body, range, kinds, found),
                Stmt::ClassDef(class) => collect(text, &class.body, range, kinds, found),
                _ => {}
            }
            for block in nested_blocks(stmt) {
                collect(text, block, range, kinds, found);
            }
        }
    }
    let mut wanted = Wanted::default();
    let text = file.text(db);
    collect(
        text,
        parsed_module(db, file).body(),
        range,
        kinds,
        &mut wanted,
    );
    if wanted.assignments.is_empty() && wanted.functions.is_empty() {
        return Vec::new();
    }
    let ranges = wanted.assignments.iter().map(|(_, value)| *value).collect();
    let types = crate::infer::types_of(db, file, ranges);
    let variables = wanted.assignments.into_iter().filter_map(|(name, value)| {
        let ty = types.expressions.get(&value)?;
        (!ty.is_any()).then(|| InlayHint {
            offset: name.end(),
            label: format!(": {ty}"),
        })
    });
    let returns = wanted.functions.into_iter().filter_map(|(close, end)| {
        let ty = types.returns.get(&end)?;
        (!ty.is_any()).then(|| InlayHint {
            offset: close,
            label: format!(" -> {ty}"),
        })
    });
    let mut hints: Vec<InlayHint> = variables.chain(returns).collect();
    hints.sort_by_key(|hint| hint.offset);
    hints
}

/// Right after the `)` that closes a definition's parameters.
fn parameters_end(text: &str, args: &ast::Arguments) -> Option<TextSize> {
    let end = usize::from(args.range.end());
    let is_empty = args.posonlyargs.is_empty()
        && args.args.is_empty()
        && args.kwonlyargs.is_empty()
        && args.vararg.is_none()
        && args.kwarg.is_none();
    if is_empty {
        // The range of no parameters spans the parentheses.
        return (text.get(..end)?.ends_with(')')).then_some(args.range.end());
    }
    // After the last parameter: a trailing comma, blanks and comments, then `)`.
    let mut rest = text.get(end..)?.char_indices().peekable();
    while let Some((at, c)) = rest.next() {
        match c {
            ')' => return TextSize::try_from(end + at + 1).ok(),
            ',' | ' ' | '\t' | '\n' | '\r' | '\\' => {}
            '#' => while rest.next_if(|&(_, c)| c != '\n').is_some() {},
            _ => return None,
        }
    }
    None
}

/// A literal, or a call of a class by its own name: the type is already on the line.
fn states_its_type(value: &ast::Expr) -> bool {
    match value {
        ast::Expr::Constant(_) => true,
        ast::Expr::Call(call) => matches!(
            call.func.as_ref(),
            ast::Expr::Name(callee) if callee.id.chars().next().is_some_and(char::is_uppercase)
        ),
        _ => false,
    }
}

/// Every place in `files` that refers to what the name at `offset` in `file` refers to,
/// the definition itself included when `include_declaration` is set. Candidates are the
/// occurrences of the name as a word; each is kept if its definition is the same.
pub fn references(
    db: &dyn Db,
    files: &[File],
    file: File,
    offset: TextSize,
    include_declaration: bool,
) -> Vec<(File, TextRange)> {
    let Some(target) = definition(db, file, offset) else {
        return Vec::new();
    };
    let target_text = target.file.text(db);
    let Some(name) = target_text
        .get(usize::from(target.name_range.start())..usize::from(target.name_range.end()))
    else {
        return Vec::new();
    };
    // `self.name = ...` is found as the attribute; the name is its last part.
    let name = name.rsplit('.').next().unwrap_or(name).to_owned();
    if name.is_empty() {
        return Vec::new();
    }
    let mut found = Vec::new();
    for candidate_file in files {
        let text = candidate_file.text(db);
        for (at, _) in text.match_indices(name.as_str()) {
            let before = text[..at].chars().next_back();
            let after = text[at + name.len()..].chars().next();
            let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
            if is_word(before) || is_word(after) {
                continue;
            }
            let range = TextRange::at(TextSize::from(at as u32), TextSize::from(name.len() as u32));
            let is_declaration =
                *candidate_file == target.file && target.name_range.contains_range(range);
            if is_declaration {
                if include_declaration {
                    found.push((*candidate_file, range));
                }
                continue;
            }
            let Some(location) = definition(db, *candidate_file, range.start()) else {
                continue;
            };
            if location.file == target.file && location.name_range == target.name_range {
                found.push((*candidate_file, range));
            }
        }
    }
    found
}

/// What a hover shows: the expression's type (a function as its definition line) and,
/// for a function or class, its docstring.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoverInfo {
    pub range: TextRange,
    pub type_text: String,
    pub docstring: Option<String>,
}

pub fn hover(db: &dyn Db, file: File, offset: TextSize) -> Option<HoverInfo> {
    let (range, ty) = crate::infer::expression_type_at(db, file, offset)?;
    let type_text = match &ty {
        Type::Callable(signature) if signature.name.is_some() => signature.display_as_def(),
        Type::Overloaded(signatures) => signatures
            .iter()
            .map(|signature| signature.display_as_def())
            .collect::<Vec<_>>()
            .join("\n"),
        other => other.to_string(),
    };
    let docstring = definition(db, file, offset).and_then(|location| {
        let body = parsed_module(db, location.file).body();
        let stmt = statement_at(body, location.range)?;
        docstring_of(stmt)
    });
    Some(HoverInfo {
        range,
        type_text,
        docstring,
    })
}

/// The statement (at any depth) spanning exactly `range`.
fn statement_at(body: &[Stmt], range: TextRange) -> Option<&Stmt> {
    for stmt in body {
        if stmt.range() == range {
            return Some(stmt);
        }
        if !stmt.range().contains_range(range) {
            continue;
        }
        let inner: Vec<&[Stmt]> = match stmt {
            Stmt::FunctionDef(def) => vec![&def.body],
            Stmt::AsyncFunctionDef(def) => vec![&def.body],
            Stmt::ClassDef(class) => vec![&class.body],
            other => nested_blocks(other),
        };
        for block in inner {
            if let Some(found) = statement_at(block, range) {
                return Some(found);
            }
        }
    }
    None
}

/// A `def`'s or `class`'s docstring, with its indentation removed as `inspect.cleandoc`
/// removes it.
fn docstring_of(stmt: &Stmt) -> Option<String> {
    let body = match stmt {
        Stmt::FunctionDef(def) => &def.body,
        Stmt::AsyncFunctionDef(def) => &def.body,
        Stmt::ClassDef(class) => &class.body,
        _ => return None,
    };
    let Some(Stmt::Expr(first)) = body.first() else {
        return None;
    };
    let ast::Expr::Constant(ast::ExprConstant {
        value: ast::Constant::Str(text),
        ..
    }) = first.value.as_ref()
    else {
        return None;
    };
    let mut lines = text.lines();
    let first_line = lines.next().unwrap_or_default().trim().to_owned();
    let rest: Vec<&str> = lines.collect();
    let indent = rest
        .iter()
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.len() - line.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut cleaned = vec![first_line];
    cleaned.extend(
        rest.iter()
            .map(|line| line.get(indent..).unwrap_or("").trim_end().to_owned()),
    );
    while cleaned.last().is_some_and(|line| line.is_empty()) {
        cleaned.pop();
    }
    while cleaned.first().is_some_and(|line| line.is_empty()) {
        cleaned.remove(0);
    }
    (!cleaned.is_empty()).then(|| cleaned.join("\n"))
}

/// Imports followed from one module to the next before giving up (cycles).
const MAX_IMPORT_HOPS: usize = 16;

fn global_definition(db: &dyn Db, file: File, name: &str, hops: usize) -> Option<Location> {
    if let Some(declaration) = module_index(db, file).get(name) {
        return declaration_location(db, file, declaration, name, hops);
    }
    let builtins = builtins_file(db)?;
    if builtins == file || !crate::symbols::is_builtin_name(db, builtins, name) {
        return None;
    }
    let declaration = module_index(db, builtins).get(name)?;
    declaration_location(db, builtins, declaration, name, hops)
}

fn imported_definition(db: &dyn Db, module: &str, name: &str, hops: usize) -> Option<Location> {
    if hops > MAX_IMPORT_HOPS {
        return None;
    }
    if let Some(file) = resolve_module_by_name(db, module)
        && let Some(declaration) = module_index(db, file).get(name)
    {
        return declaration_location(db, file, declaration, name, hops + 1);
    }
    module_location(db, &format!("{module}.{name}"))
}

fn module_location(db: &dyn Db, module: &str) -> Option<Location> {
    let file = resolve_module_by_name(db, module)?;
    let start = TextRange::empty(TextSize::from(0));
    Some(Location {
        file,
        range: start,
        name_range: start,
    })
}

fn declaration_location(
    db: &dyn Db,
    file: File,
    declaration: &Declaration,
    name: &str,
    hops: usize,
) -> Option<Location> {
    let path = match declaration {
        Declaration::Class(path) => path.clone(),
        Declaration::Function(paths) => paths.first()?.clone(),
        Declaration::Variable {
            annotation,
            first_assignment,
            ..
        } => annotation.clone().or_else(|| first_assignment.clone())?,
        Declaration::InstanceAttribute(path) => path.clone(),
        Declaration::Module(module) => return module_location(db, module),
        Declaration::ImportedName { module, name } => {
            return imported_definition(db, module, name, hops);
        }
    };
    statement_location(db, file, &path, name)
}

fn statement_location(db: &dyn Db, file: File, path: &StmtPath, name: &str) -> Option<Location> {
    let stmt = path.resolve(parsed_module(db, file).body())?;
    let text = file.text(db);
    let name_range = match stmt {
        Stmt::ClassDef(class) => name_after_keyword(text, class.range, "class", name),
        Stmt::FunctionDef(def) => name_after_keyword(text, def.range, "def", name),
        Stmt::AsyncFunctionDef(def) => name_after_keyword(text, def.range, "def", name),
        other => assigned_name_range(other, name).unwrap_or(other.range()),
    };
    Some(Location {
        file,
        range: stmt.range(),
        name_range,
    })
}

/// Where `stmt` assigns `name` (a plain name or `self.name`).
fn assigned_name_range(stmt: &Stmt, name: &str) -> Option<TextRange> {
    let targets: Vec<&ast::Expr> = match stmt {
        Stmt::Assign(assign) => assign.targets.iter().collect(),
        Stmt::AnnAssign(assign) => vec![assign.target.as_ref()],
        Stmt::AugAssign(assign) => vec![assign.target.as_ref()],
        _ => return None,
    };
    targets
        .into_iter()
        .find_map(|target| target_range(target, name))
}

fn target_range(target: &ast::Expr, name: &str) -> Option<TextRange> {
    match target {
        ast::Expr::Name(n) if n.id.as_str() == name => Some(n.range),
        ast::Expr::Attribute(a) if a.attr.as_str() == name => Some(a.range),
        ast::Expr::Tuple(t) => t.elts.iter().find_map(|e| target_range(e, name)),
        ast::Expr::List(l) => l.elts.iter().find_map(|e| target_range(e, name)),
        ast::Expr::Starred(s) => target_range(&s.value, name),
        _ => None,
    }
}

fn member_definition(db: &dyn Db, owner: &Type, name: &str) -> Option<Location> {
    let class = match owner {
        Type::Module(module) => return imported_definition(db, module, name, 0),
        Type::Instance(instance) => instance.class.clone(),
        Type::ClassObject(class) => class.clone(),
        _ => return None,
    };
    let mut classes = vec![class.clone()];
    classes.extend(ancestors(db, &class).iter().map(|base| base.class.clone()));
    classes
        .iter()
        .find_map(|class| class_member_location(db, class, name))
}

fn class_member_location(db: &dyn Db, class: &ClassId, name: &str) -> Option<Location> {
    let info = class_info(db, class);
    let declaration = info.members.get(name)?;
    declaration_location(db, class.file, declaration, name, 0)
}

/// What the cursor is on.
enum Reference {
    /// A name, with the function and class bodies around it (innermost last).
    Name {
        name: String,
        scopes: Vec<LocalScope>,
    },
    Attribute {
        receiver: TextRange,
        attr: String,
    },
    /// A module name or a name in an import statement.
    Import {
        module: String,
        name: Option<String>,
    },
}

/// A function around the cursor: its parameters and body.
#[derive(Clone)]
struct LocalScope {
    parameters: Vec<(String, TextRange)>,
    body: Vec<Stmt>,
}

fn innermost_reference(body: &[Stmt], offset: TextSize) -> Option<Reference> {
    let mut scopes = Vec::new();
    find_in_statements(body, offset, &mut scopes)
}

fn find_in_statements(
    body: &[Stmt],
    offset: TextSize,
    scopes: &mut Vec<LocalScope>,
) -> Option<Reference> {
    let stmt = body
        .iter()
        .find(|stmt| stmt.range().contains_inclusive(offset))?;
    match stmt {
        Stmt::FunctionDef(_) | Stmt::AsyncFunctionDef(_) => {
            let (args, function_body, decorators, returns) = match stmt {
                Stmt::FunctionDef(def) => (&def.args, &def.body, &def.decorator_list, &def.returns),
                Stmt::AsyncFunctionDef(def) => {
                    (&def.args, &def.body, &def.decorator_list, &def.returns)
                }
                _ => unreachable!("matched above"),
            };
            // Decorators, annotations and defaults belong to the enclosing scope.
            let outer_expressions = decorators
                .iter()
                .chain(returns.as_deref())
                .chain(all_params(args).filter_map(|arg| arg.annotation.as_deref()));
            for expr in outer_expressions {
                if expr.range().contains_inclusive(offset) {
                    return find_in_expression(expr, offset, scopes);
                }
            }
            scopes.push(LocalScope {
                parameters: all_params(args)
                    .map(|arg| (arg.arg.to_string(), arg.range))
                    .collect(),
                body: function_body.clone(),
            });
            find_in_statements(function_body, offset, scopes)
        }
        Stmt::ClassDef(class) => {
            for expr in class.bases.iter().chain(&class.decorator_list) {
                if expr.range().contains_inclusive(offset) {
                    return find_in_expression(expr, offset, scopes);
                }
            }
            find_in_statements(&class.body, offset, scopes)
        }
        Stmt::Import(import) => {
            let alias = import
                .names
                .iter()
                .find(|alias| alias.range.contains_inclusive(offset))?;
            Some(Reference::Import {
                module: alias.name.to_string(),
                name: None,
            })
        }
        Stmt::ImportFrom(import) => {
            // Relative imports are resolved by the caller's module; only absolute ones here.
            let module = import.module.as_ref()?.to_string();
            if import.level.is_some_and(|level| level.to_u32() > 0) {
                return None;
            }
            let alias = import
                .names
                .iter()
                .find(|alias| alias.range.contains_inclusive(offset));
            Some(Reference::Import {
                module,
                name: alias.map(|alias| alias.name.to_string()),
            })
        }
        other => {
            for block in nested_blocks(other) {
                if block
                    .iter()
                    .any(|stmt| stmt.range().contains_inclusive(offset))
                {
                    return find_in_statements(block, offset, scopes);
                }
            }
            let mut found = None;
            visit_expressions(other, &mut |expr| {
                if found.is_none() && expr.range().contains_inclusive(offset) {
                    found = find_in_expression(expr, offset, scopes);
                }
            });
            found
        }
    }
}

/// The expressions directly in a simple statement (or a compound statement's header).
fn visit_expressions<'a>(stmt: &'a Stmt, visit: &mut impl FnMut(&'a ast::Expr)) {
    match stmt {
        Stmt::Expr(s) => visit(&s.value),
        Stmt::Return(s) => s.value.iter().for_each(|e| visit(e)),
        Stmt::Assign(s) => {
            s.targets.iter().for_each(&mut *visit);
            visit(&s.value);
        }
        Stmt::AnnAssign(s) => {
            visit(&s.target);
            visit(&s.annotation);
            s.value.iter().for_each(|e| visit(e));
        }
        Stmt::AugAssign(s) => {
            visit(&s.target);
            visit(&s.value);
        }
        Stmt::If(s) => visit(&s.test),
        Stmt::While(s) => visit(&s.test),
        Stmt::For(s) => {
            visit(&s.target);
            visit(&s.iter);
        }
        Stmt::AsyncFor(s) => {
            visit(&s.target);
            visit(&s.iter);
        }
        Stmt::With(s) => s.items.iter().for_each(|item| {
            visit(&item.context_expr);
            item.optional_vars.iter().for_each(|e| visit(e));
        }),
        Stmt::AsyncWith(s) => s.items.iter().for_each(|item| {
            visit(&item.context_expr);
            item.optional_vars.iter().for_each(|e| visit(e));
        }),
        Stmt::Raise(s) => {
            s.exc.iter().for_each(|e| visit(e));
            s.cause.iter().for_each(|e| visit(e));
        }
        Stmt::Assert(s) => {
            visit(&s.test);
            s.msg.iter().for_each(|e| visit(e));
        }
        Stmt::Delete(s) => s.targets.iter().for_each(visit),
        Stmt::Match(s) => visit(&s.subject),
        _ => {}
    }
}

fn find_in_expression(
    expr: &ast::Expr,
    offset: TextSize,
    scopes: &mut [LocalScope],
) -> Option<Reference> {
    match expr {
        ast::Expr::Name(name) => Some(Reference::Name {
            name: name.id.to_string(),
            scopes: scopes.to_vec(),
        }),
        ast::Expr::Attribute(attribute) => {
            if attribute.value.range().contains_inclusive(offset) {
                return find_in_expression(&attribute.value, offset, scopes);
            }
            Some(Reference::Attribute {
                receiver: attribute.value.range(),
                attr: attribute.attr.to_string(),
            })
        }
        other => {
            let mut found = None;
            for child in child_expressions(other) {
                if found.is_none() && child.range().contains_inclusive(offset) {
                    found = find_in_expression(child, offset, scopes);
                }
            }
            found
        }
    }
}

/// The direct sub-expressions of `expr` (enough of them to find names in).
fn child_expressions(expr: &ast::Expr) -> Vec<&ast::Expr> {
    use ast::Expr;
    match expr {
        Expr::BoolOp(e) => e.values.iter().collect(),
        Expr::NamedExpr(e) => vec![&e.target, &e.value],
        Expr::BinOp(e) => vec![&e.left, &e.right],
        Expr::UnaryOp(e) => vec![&e.operand],
        Expr::Lambda(e) => vec![&e.body],
        Expr::IfExp(e) => vec![&e.test, &e.body, &e.orelse],
        Expr::Dict(e) => e.keys.iter().flatten().chain(&e.values).collect(),
        Expr::Set(e) => e.elts.iter().collect(),
        Expr::ListComp(e) => std::iter::once(e.elt.as_ref())
            .chain(e.generators.iter().flat_map(|g| {
                std::iter::once(&g.target)
                    .chain(std::iter::once(&g.iter))
                    .chain(&g.ifs)
            }))
            .collect(),
        Expr::SetComp(e) => std::iter::once(e.elt.as_ref())
            .chain(e.generators.iter().flat_map(|g| {
                std::iter::once(&g.target)
                    .chain(std::iter::once(&g.iter))
                    .chain(&g.ifs)
            }))
            .collect(),
        Expr::GeneratorExp(e) => std::iter::once(e.elt.as_ref())
            .chain(e.generators.iter().flat_map(|g| {
                std::iter::once(&g.target)
                    .chain(std::iter::once(&g.iter))
                    .chain(&g.ifs)
            }))
            .collect(),
        Expr::DictComp(e) => [e.key.as_ref(), e.value.as_ref()]
            .into_iter()
            .chain(e.generators.iter().flat_map(|g| {
                std::iter::once(&g.target)
                    .chain(std::iter::once(&g.iter))
                    .chain(&g.ifs)
            }))
            .collect(),
        Expr::Await(e) => vec![&e.value],
        Expr::Attribute(e) => vec![&e.value],
        Expr::Yield(e) => e.value.iter().map(|v| v.as_ref()).collect(),
        Expr::YieldFrom(e) => vec![&e.value],
        Expr::Compare(e) => std::iter::once(e.left.as_ref())
            .chain(&e.comparators)
            .collect(),
        Expr::Call(e) => std::iter::once(e.func.as_ref())
            .chain(&e.args)
            .chain(e.keywords.iter().map(|k| &k.value))
            .collect(),
        Expr::FormattedValue(e) => vec![&e.value],
        Expr::JoinedStr(e) => e.values.iter().collect(),
        Expr::Subscript(e) => vec![&e.value, &e.slice],
        Expr::Starred(e) => vec![&e.value],
        Expr::List(e) => e.elts.iter().collect(),
        Expr::Tuple(e) => e.elts.iter().collect(),
        Expr::Slice(e) => [&e.lower, &e.upper, &e.step]
            .into_iter()
            .flatten()
            .map(|b| b.as_ref())
            .collect(),
        _ => Vec::new(),
    }
}

/// The first binding of `name` in a function: a parameter, else the first statement that
/// assigns it (a nested `def`/`class` of that name included).
fn local_binding(db: &dyn Db, file: File, scope: &LocalScope, name: &str) -> Option<Location> {
    if let Some((_, range)) = scope.parameters.iter().find(|(n, _)| n == name) {
        return Some(Location {
            file,
            range: *range,
            name_range: *range,
        });
    }
    let text = file.text(db);
    first_binding(text, &scope.body, name).map(|(range, name_range)| Location {
        file,
        range,
        name_range,
    })
}

fn first_binding(text: &str, body: &[Stmt], name: &str) -> Option<(TextRange, TextRange)> {
    for stmt in body {
        let found = match stmt {
            Stmt::FunctionDef(def) if def.name.as_str() == name => {
                Some((def.range, name_after_keyword(text, def.range, "def", name)))
            }
            Stmt::AsyncFunctionDef(def) if def.name.as_str() == name => {
                Some((def.range, name_after_keyword(text, def.range, "def", name)))
            }
            Stmt::ClassDef(class) if class.name.as_str() == name => Some((
                class.range,
                name_after_keyword(text, class.range, "class", name),
            )),
            Stmt::For(s) => target_range(&s.target, name).map(|r| (s.range, r)),
            Stmt::With(s) => s
                .items
                .iter()
                .find_map(|item| target_range(item.optional_vars.as_deref()?, name))
                .map(|r| (s.range, r)),
            Stmt::Import(_) | Stmt::ImportFrom(_) => None,
            other => assigned_name_range(other, name)
                .filter(|_| !matches!(other, Stmt::AugAssign(_)))
                .map(|r| (other.range(), r)),
        };
        if found.is_some() {
            return found;
        }
        for block in nested_blocks(stmt) {
            if let Some(found) = first_binding(text, block, name) {
                return Some(found);
            }
        }
    }
    None
}

/// Names that may be typed at `offset`: after `receiver.`, the receiver's attributes;
/// otherwise the names in scope there (locals, the module's names, builtins) and keywords,
/// those starting (in any case) with what is typed before the cursor. A document being typed often does
/// not parse (`x.` alone); hosts pass a copy with a placeholder name at the cursor.
pub fn completions(db: &dyn Db, file: File, offset: TextSize) -> Vec<Completion> {
    let text = file.text(db);
    let at = usize::from(offset).min(text.len());
    let before = &text[..at];
    let typed_prefix: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let word_start = at - typed_prefix.len();
    let mut found: BTreeSet<Completion> = BTreeSet::new();
    let line = &before[before.rfind('\n').map_or(0, |n| n + 1)..];
    if let Some(module_prefix) = import_context(line) {
        let typed = typed_prefix.to_lowercase();
        return module_completions(db, module_prefix)
            .into_iter()
            .filter(|c| c.label.to_lowercase().starts_with(&typed))
            .collect();
    }
    if before[..word_start].ends_with('.') {
        let body = parsed_module(db, file).body();
        let dot = TextSize::from((word_start - 1) as u32);
        if let Some(receiver) = receiver_before_dot(body, dot)
            && let Some(receiver) = expression_type_of(db, file, receiver)
        {
            found.extend(member_completions(db, &receiver));
        }
    } else {
        let body = parsed_module(db, file).body();
        let mut scopes = Vec::new();
        collect_scopes(body, offset, &mut scopes);
        for scope in &scopes {
            for (name, _) in &scope.parameters {
                found.insert(variable(name));
            }
            for name in bound_names(&scope.body) {
                found.insert(variable(&name));
            }
        }
        found.extend(scope_completions(db, file));
        if let Some(builtins) = builtins_file(db) {
            found.extend(scope_completions(db, builtins).into_iter().filter(|c| {
                !c.label.starts_with('_') && crate::symbols::is_builtin_name(db, builtins, &c.label)
            }));
        }
        found.extend(KEYWORDS.iter().map(|keyword| Completion {
            label: (*keyword).to_owned(),
            kind: CompletionKind::Keyword,
        }));
        found.extend(keyword_argument_completions(db, file, body, offset));
    }
    // Case-insensitive: typing `gre` offers `Greeter`.
    let typed = typed_prefix.to_lowercase();
    found
        .into_iter()
        .filter(|c| c.label.to_lowercase().starts_with(&typed))
        .collect()
}

/// The range of `x` in `x.name` where the `.` is at `dot`.
fn receiver_before_dot(body: &[Stmt], dot: TextSize) -> Option<TextRange> {
    let mut found = None;
    fn visit_statements(body: &[Stmt], dot: TextSize, found: &mut Option<TextRange>) {
        for stmt in body {
            if !stmt.range().contains_inclusive(dot) {
                continue;
            }
            visit_expressions(stmt, &mut |expr| visit_expression(expr, dot, found));
            for block in nested_blocks(stmt) {
                visit_statements(block, dot, found);
            }
            match stmt {
                Stmt::FunctionDef(def) => visit_statements(&def.body, dot, found),
                Stmt::AsyncFunctionDef(def) => visit_statements(&def.body, dot, found),
                Stmt::ClassDef(class) => visit_statements(&class.body, dot, found),
                _ => {}
            }
        }
    }
    fn visit_expression(expr: &ast::Expr, dot: TextSize, found: &mut Option<TextRange>) {
        if !expr.range().contains_inclusive(dot) {
            return;
        }
        if let ast::Expr::Attribute(attribute) = expr
            && attribute.value.range().end() <= dot
            && attribute.range.end() > dot
        {
            *found = Some(attribute.value.range());
        }
        match expr {
            ast::Expr::Attribute(attribute) => visit_expression(&attribute.value, dot, found),
            other => {
                for child in child_expressions(other) {
                    visit_expression(child, dot, found);
                }
            }
        }
    }
    visit_statements(body, dot, &mut found);
    found
}

/// In `import a.b` or `from a.b` (before its `import`) being typed: the dotted prefix
/// already typed before the current component (`a.` for `import a.b`, empty for
/// `import a`).
fn import_context(line: &str) -> Option<&str> {
    let trimmed = line.trim_start();
    let rest = trimmed
        .strip_prefix("import ")
        .or_else(|| trimmed.strip_prefix("from "))?;
    if rest.contains(" import") || rest.contains('(') {
        return None;
    }
    // `import a, b.c`: the module being typed is the last one.
    let current = rest.rsplit(',').next().unwrap_or(rest).trim_start();
    if current.contains(' ') {
        return None;
    }
    Some(match current.rfind('.') {
        Some(dot) => &current[..=dot],
        None => "",
    })
}

/// The next component of module names starting with `prefix` (`a.` gives `a`'s
/// submodules): the project's, installed ones already loaded, the bundled stubs and the
/// standard library's top-level modules.
fn module_completions(db: &dyn Db, prefix: &str) -> Vec<Completion> {
    let project = Project::get(db);
    let mut modules: Vec<String> = project
        .source_modules(db)
        .keys()
        .chain(project.stub_modules(db).keys())
        .cloned()
        .collect();
    modules.extend(crate::imports::stdlib_top_level_modules(db));
    let mut names: BTreeSet<String> = BTreeSet::new();
    for module in &modules {
        let Some(rest) = module.strip_prefix(prefix) else {
            continue;
        };
        let next = rest.split('.').next().unwrap_or(rest);
        if !next.is_empty() && !next.starts_with('_') {
            names.insert(next.to_owned());
        }
    }
    names
        .into_iter()
        .map(|label| Completion {
            label,
            kind: CompletionKind::Module,
        })
        .collect()
}

/// Inside a call's parentheses: `name=` for each parameter that can be passed by keyword.
fn keyword_argument_completions(
    db: &dyn Db,
    file: File,
    body: &[Stmt],
    offset: TextSize,
) -> Vec<Completion> {
    let Some(call) = innermost_call(body, offset) else {
        return Vec::new();
    };
    let Some(callee) = expression_type_of(db, file, call.func.range()) else {
        return Vec::new();
    };
    let signatures: Vec<crate::types::Signature> = match callee {
        Type::Callable(signature) => vec![(*signature).clone()],
        Type::Overloaded(signatures) => signatures.to_vec(),
        _ => return Vec::new(),
    };
    signatures
        .iter()
        .flat_map(|signature| signature.params.iter())
        .filter(|param| {
            matches!(
                param.kind,
                crate::types::ParamKind::PositionalOrKeyword | crate::types::ParamKind::KeywordOnly
            ) && !param.name.starts_with('_')
                && param.name.as_ref() != "self"
        })
        .map(|param| Completion {
            label: format!("{}=", param.name),
            kind: CompletionKind::Variable,
        })
        .collect()
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

fn variable(name: &str) -> Completion {
    Completion {
        label: name.to_owned(),
        kind: CompletionKind::Variable,
    }
}

fn collect_scopes(body: &[Stmt], offset: TextSize, scopes: &mut Vec<LocalScope>) {
    let Some(stmt) = body
        .iter()
        .find(|stmt| stmt.range().contains_inclusive(offset))
    else {
        return;
    };
    match stmt {
        Stmt::FunctionDef(def) => {
            scopes.push(LocalScope {
                parameters: all_params(&def.args)
                    .map(|a| (a.arg.to_string(), a.range))
                    .collect(),
                body: def.body.clone(),
            });
            collect_scopes(&def.body, offset, scopes);
        }
        Stmt::AsyncFunctionDef(def) => {
            scopes.push(LocalScope {
                parameters: all_params(&def.args)
                    .map(|a| (a.arg.to_string(), a.range))
                    .collect(),
                body: def.body.clone(),
            });
            collect_scopes(&def.body, offset, scopes);
        }
        Stmt::ClassDef(class) => collect_scopes(&class.body, offset, scopes),
        other => {
            for block in nested_blocks(other) {
                collect_scopes(block, offset, scopes);
            }
        }
    }
}

/// Names a function body binds (not inside nested functions).
fn bound_names(body: &[Stmt]) -> Vec<String> {
    let mut names = Vec::new();
    for stmt in body {
        match stmt {
            Stmt::FunctionDef(def) => names.push(def.name.to_string()),
            Stmt::AsyncFunctionDef(def) => names.push(def.name.to_string()),
            Stmt::ClassDef(class) => names.push(class.name.to_string()),
            Stmt::Assign(s) => s.targets.iter().for_each(|t| {
                names.extend(crate::index::target_names(t).into_iter().map(str::to_owned))
            }),
            Stmt::AnnAssign(s) => names.extend(
                crate::index::target_names(&s.target)
                    .into_iter()
                    .map(str::to_owned),
            ),
            Stmt::For(s) => names.extend(
                crate::index::target_names(&s.target)
                    .into_iter()
                    .map(str::to_owned),
            ),
            Stmt::Import(import) => names.extend(import.names.iter().map(|alias| {
                alias.asname.as_ref().map_or_else(
                    || alias.name.split('.').next().unwrap_or_default().to_owned(),
                    |n| n.to_string(),
                )
            })),
            Stmt::ImportFrom(import) => names.extend(
                import
                    .names
                    .iter()
                    .map(|alias| alias.asname.as_ref().unwrap_or(&alias.name).to_string()),
            ),
            _ => {}
        }
        if !matches!(
            stmt,
            Stmt::FunctionDef(_) | Stmt::AsyncFunctionDef(_) | Stmt::ClassDef(_)
        ) {
            for block in nested_blocks(stmt) {
                names.extend(bound_names(block));
            }
        }
    }
    names
}

/// The module-level names of `file`, by kind.
fn scope_completions(db: &dyn Db, file: File) -> Vec<Completion> {
    module_index(db, file)
        .symbols
        .iter()
        .map(|(name, declaration)| Completion {
            label: name.clone(),
            kind: completion_kind(declaration),
        })
        .collect()
}

fn completion_kind(declaration: &Declaration) -> CompletionKind {
    match declaration {
        Declaration::Class(_) => CompletionKind::Class,
        Declaration::Function(_) => CompletionKind::Function,
        Declaration::Module(_) => CompletionKind::Module,
        _ => CompletionKind::Variable,
    }
}

fn member_completions(db: &dyn Db, owner: &Type) -> Vec<Completion> {
    let class = match owner {
        Type::Module(module) => {
            let mut members: Vec<Completion> = resolve_module_by_name(db, module)
                .map(|file| scope_completions(db, file))
                .unwrap_or_default();
            let prefix = format!("{module}.");
            let project = Project::get(db);
            for name in project
                .source_modules(db)
                .keys()
                .chain(project.stub_modules(db).keys())
            {
                if let Some(rest) = name.strip_prefix(&prefix)
                    && !rest.contains('.')
                {
                    members.push(Completion {
                        label: rest.to_owned(),
                        kind: CompletionKind::Module,
                    });
                }
            }
            return members;
        }
        Type::Instance(instance) => instance.class.clone(),
        Type::ClassObject(class) => class.clone(),
        _ => return Vec::new(),
    };
    let mut members = Vec::new();
    let mut classes = vec![class.clone()];
    classes.extend(ancestors(db, &class).iter().map(|base| base.class.clone()));
    for class in classes {
        let info = class_info(db, &class);
        members.extend(
            info.members
                .symbols
                .iter()
                .map(|(name, declaration)| Completion {
                    label: name.clone(),
                    kind: completion_kind(declaration),
                }),
        );
    }
    members
}
