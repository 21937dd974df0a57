//! `pycheck server`: the language server, speaking LSP over stdio with `tower-lsp`.
//!
//! It is a host of the same engine as the command line: one salsa database holds the open
//! documents (open buffers override the disk), and every check is `check_file` (through
//! `pycheck_driver::check_file_isolated`, so a panic costs one document its diagnostics,
//! never the session), so an editor shows exactly what `pycheck` prints. Work runs on
//! blocking threads with a clone of the database; an edit cancels checks of older text
//! (salsa's cancellation).
//!
//! Invariant: this crate only translates. Positions become byte offsets (UTF-16 columns
//! on the wire), engine diagnostics become LSP diagnostics; nothing here checks code.
//!
//! Crates: `tower-lsp` (the protocol and dispatch) on `tokio`; the framing on stdio is
//! checked first in `transport`, so that a malformed message does not end the session.

mod convert;
mod transport;

use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Mutex};

use pycheck_driver::check_file_isolated;
use pycheck_driver::{CheckOptions, ImportSettings, ModuleLoader, Typeshed, TypeshedSetting};
use pycheck_semantic::imports::imported_modules;
use pycheck_semantic::{File, RootDatabase, navigation};
use pycheck_syntax::TextSize;
use salsa::Setter;
use tower_lsp::jsonrpc::Result;
use tower_lsp::lsp_types::request::{GotoTypeDefinitionParams, GotoTypeDefinitionResponse};
use tower_lsp::lsp_types::{
    CompletionOptions, CompletionParams, CompletionResponse, DiagnosticOptions,
    DiagnosticServerCapabilities, DidChangeTextDocumentParams, DidChangeWatchedFilesParams,
    DidChangeWatchedFilesRegistrationOptions, DidCloseTextDocumentParams,
    DidOpenTextDocumentParams, DocumentDiagnosticParams, DocumentDiagnosticReport,
    DocumentDiagnosticReportResult, DocumentSymbolParams, DocumentSymbolResponse, FileChangeType,
    FileSystemWatcher, FullDocumentDiagnosticReport, GlobPattern, GotoDefinitionParams,
    GotoDefinitionResponse, Hover, HoverContents, HoverParams, HoverProviderCapability,
    InitializeParams, InitializeResult, InitializedParams, Location, MarkupContent, MarkupKind,
    MessageType, OneOf, Registration, RelatedFullDocumentDiagnosticReport, ServerCapabilities,
    ServerInfo, SignatureHelp, SignatureHelpOptions, SignatureHelpParams, SymbolInformation,
    TextDocumentPositionParams, TextDocumentSyncCapability, TextDocumentSyncKind,
    TypeDefinitionProviderCapability, Url, WorkDoneProgressOptions, WorkspaceSymbolParams,
};
use tower_lsp::lsp_types::{
    InlayHint, InlayHintKind, InlayHintLabel, InlayHintParams, ReferenceParams,
};
use tower_lsp::{Client, LanguageServer, LspService};

/// Stack for checker threads, as in the command line: accepted code can nest deeply.
const WORKER_STACK_BYTES: usize = 256 * 1024 * 1024;

/// The largest document the server checks and answers requests on. A larger one is kept
/// (its edits are applied) but not parsed or checked: it gets one warning diagnostic
/// saying so, and requests on it get empty answers. Checking takes memory and time in
/// proportion to the text (about 100 MB and a few seconds a megabyte).
pub const MAX_CHECKED_DOCUMENT_BYTES: usize = 4 << 20;

/// Whether `text` is over the size the server checks.
fn too_large(text: &str) -> bool {
    text.len() > MAX_CHECKED_DOCUMENT_BYTES
}

/// The one diagnostic of a document too large to check.
fn too_large_diagnostic(bytes: usize) -> tower_lsp::lsp_types::Diagnostic {
    let mib = |bytes: usize| bytes as f64 / f64::from(1 << 20);
    tower_lsp::lsp_types::Diagnostic {
        severity: Some(tower_lsp::lsp_types::DiagnosticSeverity::WARNING),
        source: Some("pycheck".to_owned()),
        message: format!(
            "Not checked: this file has {:.1} MiB, more than the {:.0} MiB the language server \
             checks; hover, symbols and completion are off for it",
            mib(bytes),
            mib(MAX_CHECKED_DOCUMENT_BYTES),
        ),
        ..tower_lsp::lsp_types::Diagnostic::default()
    }
}

struct Document {
    file: File,
    version: i32,
}

struct State {
    db: RootDatabase,
    documents: HashMap<Url, Document>,
    /// What the workspace's configuration file asks for.
    options: CheckOptions,
    /// Where the configuration is looked for.
    root: Option<std::path::PathBuf>,
    /// The inlay hints the client switched on with `initializationOptions: {"inlayHints":
    /// {"variableTypes": true, "functionReturnTypes": true}}`; none by default.
    hint_kinds: navigation::InlayHintKinds,
    /// The client registers file watchers on request (dynamic registration).
    watch_files: bool,
    /// The engine's diagnostics last checked for each document (salsa's memo).
    last_checked: HashMap<Url, Arc<[pycheck_diagnostics::Diagnostic]>>,
    /// What was last published for each document.
    last_published: HashMap<Url, Vec<tower_lsp::lsp_types::Diagnostic>>,
    /// Per document, a copy completed with a placeholder name for completion requests.
    completion_files: HashMap<Url, File>,
    /// The open documents' modules and everything they import, loaded from disk.
    loader: ModuleLoader,
}

impl Default for State {
    fn default() -> Self {
        State {
            db: RootDatabase::default(),
            documents: HashMap::new(),
            options: CheckOptions::default(),
            root: None,
            hint_kinds: navigation::InlayHintKinds::default(),
            watch_files: false,
            last_checked: HashMap::new(),
            last_published: HashMap::new(),
            completion_files: HashMap::new(),
            loader: ModuleLoader::new(ImportSettings::default()),
        }
    }
}

/// An open document as a republish pass sees it: its file, its version, and the
/// engine's diagnostics last checked for it.
type OpenDocument = (
    Url,
    File,
    i32,
    Option<Arc<[pycheck_diagnostics::Diagnostic]>>,
);

struct Backend {
    client: Client,
    log_level: LogLevel,
    state: Arc<Mutex<State>>,
}

impl Backend {
    /// After an edit of `edited`: the other open documents whose diagnostics changed
    /// (they may import it) are published again, found in one pass on a blocking thread.
    /// Unchanged ones are recognised by salsa handing back the same memo, so nothing is
    /// converted or sent for them.
    async fn republish_others(&self, edited: &Url) {
        let (snapshot, documents) = {
            let state = self.lock();
            let documents: Vec<OpenDocument> = state
                .documents
                .iter()
                .filter(|(uri, document)| {
                    *uri != edited && !too_large(document.file.text(&state.db))
                })
                .map(|(uri, document)| {
                    let last = state.last_checked.get(uri).cloned();
                    (uri.clone(), document.file, document.version, last)
                })
                .collect();
            (state.db.clone(), documents)
        };
        let changed = tokio::task::spawn_blocking(move || {
            std::panic::catch_unwind(AssertUnwindSafe(|| {
                salsa::Cancelled::catch(AssertUnwindSafe(|| {
                    let mut changed = Vec::new();
                    for (uri, file, version, last) in documents {
                        // A panic costs this document only: it gets an internal error.
                        let (diagnostics, _) = check_file_isolated(&snapshot, file);
                        if last
                            .as_ref()
                            .is_some_and(|last| Arc::ptr_eq(last, &diagnostics))
                        {
                            continue;
                        }
                        let text = file.text(&snapshot);
                        let converted = convert::diagnostics(text, &diagnostics);
                        changed.push((uri, version, diagnostics, converted));
                    }
                    changed
                }))
            }))
        })
        .await;
        // Cancelled: a newer edit is on its way and republishes in turn.
        let Ok(Ok(Ok(changed))) = changed else {
            return;
        };
        for (uri, version, diagnostics, converted) in changed {
            {
                let mut state = self.lock();
                state.last_checked.insert(uri.clone(), diagnostics);
                if state.last_published.get(&uri) == Some(&converted) {
                    continue;
                }
                state.last_published.insert(uri.clone(), converted.clone());
            }
            self.client
                .publish_diagnostics(uri, converted, Some(version))
                .await;
        }
    }

    /// Checks `uri` on a blocking thread and publishes the result. A check cancelled by
    /// a newer edit of this document is dropped (that edit publishes); one cancelled by
    /// any other change (another document opened or edited) runs again.
    async fn publish(&self, uri: Url) {
        loop {
            // Take what the check needs under the lock, before any `.await`.
            let taken = {
                let mut state = self.lock();
                let Some(document) = state.documents.get(&uri) else {
                    return;
                };
                let (file, version) = (document.file, document.version);
                let size = file.text(&state.db).len();
                if size > MAX_CHECKED_DOCUMENT_BYTES {
                    let diagnostics = vec![too_large_diagnostic(size)];
                    state.last_checked.remove(&uri);
                    state
                        .last_published
                        .insert(uri.clone(), diagnostics.clone());
                    Err((diagnostics, version))
                } else {
                    Ok((state.db.clone(), file, version))
                }
            };
            let (snapshot, file, version) = match taken {
                Ok(taken) => taken,
                Err((diagnostics, version)) => {
                    self.client
                        .publish_diagnostics(uri, diagnostics, Some(version))
                        .await;
                    return;
                }
            };
            let checked = tokio::task::spawn_blocking(move || {
                std::panic::catch_unwind(AssertUnwindSafe(|| {
                    salsa::Cancelled::catch(AssertUnwindSafe(|| {
                        let text = file.text(&snapshot).clone();
                        let (diagnostics, _) = check_file_isolated(&snapshot, file);
                        let converted = convert::diagnostics(&text, &diagnostics);
                        (diagnostics, converted)
                    }))
                }))
            })
            .await;
            match checked {
                Ok(Ok(Ok((checked, diagnostics)))) => {
                    {
                        let mut state = self.lock();
                        state.last_checked.insert(uri.clone(), checked);
                        state
                            .last_published
                            .insert(uri.clone(), diagnostics.clone());
                    }
                    log(
                        self.log_level,
                        LogLevel::Debug,
                        format_args!(
                            "{} diagnostics for {uri} version {version}",
                            diagnostics.len()
                        ),
                    );
                    self.client
                        .publish_diagnostics(uri, diagnostics, Some(version))
                        .await;
                    return;
                }
                Ok(Ok(Err(_cancelled))) => {
                    let current = self.lock().documents.get(&uri).map(|d| d.version);
                    if current != Some(version) {
                        return;
                    }
                }
                _ => {
                    let message =
                        format!("pycheck: checking {uri} failed unexpectedly; please report it");
                    log(self.log_level, LogLevel::Error, &message);
                    self.client.log_message(MessageType::ERROR, message).await;
                    return;
                }
            }
        }
    }

    /// Runs `query` on `uri`'s file against a snapshot of the database, on a blocking
    /// thread: a panic is caught and answered with an error, an edit that supersedes the
    /// snapshot with "content modified". Unknown documents, and those too large to
    /// check, get `None`.
    async fn query<T: Send + 'static>(
        &self,
        uri: &Url,
        query: impl FnOnce(&RootDatabase, File) -> Option<T> + Send + 'static,
    ) -> Result<Option<T>> {
        let (snapshot, file) = {
            let state = self.lock();
            let Some(document) = state.documents.get(uri) else {
                return Ok(None);
            };
            if too_large(document.file.text(&state.db)) {
                return Ok(None);
            }
            (state.db.clone(), document.file)
        };
        let answered = tokio::task::spawn_blocking(move || {
            std::panic::catch_unwind(AssertUnwindSafe(|| {
                salsa::Cancelled::catch(AssertUnwindSafe(|| query(&snapshot, file)))
            }))
        })
        .await;
        match answered {
            Ok(Ok(Ok(answer))) => Ok(answer),
            Ok(Ok(Err(_cancelled))) => Err(content_modified()),
            _ => {
                let message =
                    format!("pycheck: a request on {uri} failed unexpectedly; please report it");
                self.client.log_message(MessageType::ERROR, message).await;
                Err(tower_lsp::jsonrpc::Error::internal_error())
            }
        }
    }

    /// Where `find` says the thing at a position is, as an LSP location.
    async fn locate(
        &self,
        at: TextDocumentPositionParams,
        find: fn(&dyn pycheck_semantic::Db, File, TextSize) -> Option<navigation::Location>,
    ) -> Result<Option<Location>> {
        let position = at.position;
        let found = self
            .query(&at.text_document.uri, move |db, file| {
                let text = file.text(db);
                let offset = TextSize::from(convert::offset(text, position) as u32);
                let target = find(db, file, offset)?;
                let target_text = target.file.text(db);
                let index = pycheck_syntax::LineIndex::new(target_text);
                let range = convert::range(target_text, &index, target.name_range);
                Some((target.file.path(db).clone(), target_text.clone(), range))
            })
            .await?;
        Ok(found.and_then(|(path, text, range)| {
            document_uri(&path, &text).map(|uri| Location::new(uri, range))
        }))
    }

    /// Says which standard library the server checks against, in the words of
    /// `pycheck --verbose`: in the client's log and, at `--log-level info`, on stderr.
    async fn announce_standard_library(&self, origin: &str) {
        let message = format!("pycheck: standard library stubs: {origin}");
        log(self.log_level, LogLevel::Info, &message);
        self.client.log_message(MessageType::INFO, message).await;
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[tower_lsp::async_trait]
impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let mut problems = Vec::new();
        let root = params
            .root_uri
            .as_ref()
            .and_then(|uri| uri.to_file_path().ok())
            .or_else(|| std::env::current_dir().ok());
        // Chosen once, before any document is opened, as the command line chooses it
        // (this may start an interpreter and reads the stubs: no lock is held).
        let mut options = workspace_options(root.as_deref(), &mut problems);
        load_standard_library(&mut options, &mut problems);
        let origin = options.typeshed.origin.clone();
        {
            let mut state = self.lock();
            let state = &mut *state;
            state.db = RootDatabase::with_typeshed(&options.typeshed);
            state.options = options;
            state.root = root;
            state.loader = ModuleLoader::new(state.options.imports.clone());
            // Every stub, not only those imports reach: completion looks into modules
            // the document is still importing.
            state.loader.read_standard_library(&mut state.db);
            state.options.apply_to(&mut state.db, std::iter::empty());
            // Imports are searched in every workspace folder, as in the working directory.
            let folders = params
                .workspace_folders
                .iter()
                .flatten()
                .map(|f| f.uri.clone());
            for uri in folders.chain(params.root_uri.clone()) {
                if let Ok(path) = uri.to_file_path() {
                    state.loader.add_root(&path);
                }
            }
            let hint_switch = |name: &str| {
                params
                    .initialization_options
                    .as_ref()
                    .and_then(|options| options.pointer(&format!("/inlayHints/{name}")))
                    .and_then(serde_json::Value::as_bool)
                    .unwrap_or(false)
            };
            state.hint_kinds = navigation::InlayHintKinds {
                variable_types: hint_switch("variableTypes"),
                return_types: hint_switch("functionReturnTypes"),
            };
            state.watch_files = params
                .capabilities
                .workspace
                .as_ref()
                .and_then(|w| w.did_change_watched_files)
                .and_then(|w| w.dynamic_registration)
                .unwrap_or(false);
        }
        for problem in problems {
            log(self.log_level, LogLevel::Warn, &problem);
            self.client.log_message(MessageType::WARNING, problem).await;
        }
        self.announce_standard_library(&origin).await;
        log(
            self.log_level,
            LogLevel::Info,
            format_args!(
                "initialized for {:?}",
                params.root_uri.as_ref().map(Url::as_str)
            ),
        );
        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                text_document_sync: Some(TextDocumentSyncCapability::Kind(
                    TextDocumentSyncKind::INCREMENTAL,
                )),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                definition_provider: Some(OneOf::Left(true)),
                signature_help_provider: Some(SignatureHelpOptions {
                    trigger_characters: Some(vec!["(".into(), ",".into()]),
                    ..SignatureHelpOptions::default()
                }),
                inlay_hint_provider: Some(OneOf::Left(true)),
                references_provider: Some(OneOf::Left(true)),
                type_definition_provider: Some(TypeDefinitionProviderCapability::Simple(true)),
                workspace_symbol_provider: Some(OneOf::Left(true)),
                document_symbol_provider: Some(OneOf::Left(true)),
                completion_provider: Some(CompletionOptions {
                    trigger_characters: Some(vec![".".into()]),
                    ..CompletionOptions::default()
                }),
                diagnostic_provider: Some(DiagnosticServerCapabilities::Options(
                    DiagnosticOptions {
                        identifier: Some("pycheck".into()),
                        inter_file_dependencies: true,
                        workspace_diagnostics: false,
                        work_done_progress_options: WorkDoneProgressOptions::default(),
                    },
                )),
                ..ServerCapabilities::default()
            },
            server_info: Some(ServerInfo {
                name: "pycheck".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        self.client
            .log_message(MessageType::INFO, "pycheck language server started")
            .await;
        if !self.lock().watch_files {
            return;
        }
        let watchers = [
            "**/*.py",
            "**/*.pyi",
            "**/pyproject.toml",
            "**/mypy.ini",
            "**/.mypy.ini",
            "**/setup.cfg",
        ]
        .iter()
        .map(|pattern| FileSystemWatcher {
            glob_pattern: GlobPattern::String((*pattern).into()),
            kind: None,
        })
        .collect();
        let registration = Registration {
            id: "pycheck-watched-files".into(),
            method: "workspace/didChangeWatchedFiles".into(),
            register_options: serde_json::to_value(DidChangeWatchedFilesRegistrationOptions {
                watchers,
            })
            .ok(),
        };
        if let Err(error) = self.client.register_capability(vec![registration]).await {
            let message = format!("pycheck: cannot watch files: {error}");
            self.client.log_message(MessageType::WARNING, message).await;
        }
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let mut problems = Vec::new();
        let config_changed = params.changes.iter().any(|event| {
            event
                .uri
                .to_file_path()
                .ok()
                .and_then(|path| path.file_name().map(|n| n.to_string_lossy().into_owned()))
                .is_some_and(|name| CONFIG_FILES.contains(&name.as_str()))
        });
        // The new configuration, with the standard library chosen again only if what
        // decides the choice changed; read before taking the lock, since choosing may
        // start an interpreter and read every stub.
        let mut new_stdlib = None;
        let new_options = if config_changed {
            let (root, previous) = {
                let state = self.lock();
                (state.root.clone(), state.options.clone())
            };
            let mut options = workspace_options(root.as_deref(), &mut problems);
            if chooses_alike(&previous, &options) {
                options.typeshed = previous.typeshed.clone();
                options.imports.site_packages = previous.imports.site_packages.clone();
            } else {
                load_standard_library(&mut options, &mut problems);
                if options.typeshed.origin != previous.typeshed.origin {
                    new_stdlib = Some(options.typeshed.origin.clone());
                }
            }
            Some(options)
        } else {
            None
        };
        let open: Vec<Url> = {
            let mut state = self.lock();
            let state = &mut *state;
            if let Some(options) = new_options {
                if new_stdlib.is_some() {
                    state.db.set_typeshed(&options.typeshed);
                    state.loader.read_standard_library(&mut state.db);
                }
                state.options = options;
                state.loader.update_settings(state.options.imports.clone());
            }
            let open_paths: Vec<std::path::PathBuf> = state
                .documents
                .keys()
                .filter_map(|uri| uri.to_file_path().ok())
                .collect();
            for event in params.changes {
                let Ok(path) = event.uri.to_file_path() else {
                    continue;
                };
                // An open buffer wins over the disk until it is closed.
                if open_paths.contains(&path) {
                    continue;
                }
                if event.typ == FileChangeType::DELETED {
                    state.loader.remove_file(&path);
                } else if let Some(file) = state.loader.file_at(&path) {
                    if let Some(text) = pycheck_driver::read_source_text(&path) {
                        file.set_text(&mut state.db).to(text);
                    }
                } else {
                    // A new file may be what an import was missing.
                    state.loader.forget_missing();
                }
            }
            state.loader.follow_imports(&mut state.db);
            let modules = state.loader.module_names();
            state.options.apply_to(&mut state.db, modules);
            state.documents.keys().cloned().collect()
        };
        for problem in problems {
            log(self.log_level, LogLevel::Warn, &problem);
            self.client.log_message(MessageType::WARNING, problem).await;
        }
        if let Some(origin) = new_stdlib {
            self.announce_standard_library(&origin).await;
        }
        for uri in open {
            self.publish(uri).await;
        }
    }

    async fn diagnostic(
        &self,
        params: DocumentDiagnosticParams,
    ) -> Result<DocumentDiagnosticReportResult> {
        let size = {
            let state = self.lock();
            let document = state.documents.get(&params.text_document.uri);
            document.map_or(0, |document| document.file.text(&state.db).len())
        };
        let items = if size > MAX_CHECKED_DOCUMENT_BYTES {
            vec![too_large_diagnostic(size)]
        } else {
            self.query(&params.text_document.uri, |db, file| {
                let text = file.text(db);
                Some(convert::diagnostics(text, &check_file_isolated(db, file).0))
            })
            .await?
            .unwrap_or_default()
        };
        Ok(DocumentDiagnosticReportResult::Report(
            DocumentDiagnosticReport::Full(RelatedFullDocumentDiagnosticReport {
                related_documents: None,
                full_document_diagnostic_report: FullDocumentDiagnosticReport {
                    result_id: None,
                    items,
                },
            }),
        ))
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let document = params.text_document;
        {
            let mut state = self.lock();
            let state = &mut *state;
            let path = document.uri.to_file_path().ok();
            let known = state
                .documents
                .get(&document.uri)
                .map(|d| d.file)
                .or_else(|| path.as_deref().and_then(|path| state.loader.file_at(path)));
            let file = match known {
                // The open buffer overrides what was read from disk.
                Some(file) => {
                    file.set_text(&mut state.db).to(document.text);
                    file
                }
                None => {
                    let display = path
                        .as_ref()
                        .map_or_else(|| document.uri.to_string(), |p| p.display().to_string());
                    let file = state.db.add_file(display, document.text);
                    if let Some(path) = path.as_deref() {
                        let module = pycheck_driver::module_name_for(path);
                        state.loader.add_source(path, module.as_deref(), file);
                    }
                    file
                }
            };
            // A document too large to check is not parsed for its imports either.
            if !too_large(file.text(&state.db)) {
                state.loader.follow_imports_of(&mut state.db, vec![file]);
                let modules = state.loader.module_names();
                state.options.apply_to(&mut state.db, modules);
            }
            state.documents.insert(
                document.uri.clone(),
                Document {
                    file,
                    version: document.version,
                },
            );
        }
        self.publish(document.uri).await;
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        {
            let mut state = self.lock();
            let state = &mut *state;
            let Some(document) = state.documents.get_mut(&uri) else {
                return;
            };
            let mut text = document.file.text(&state.db).clone();
            for change in params.content_changes {
                match change.range {
                    Some(range) => {
                        let start = convert::offset(&text, range.start);
                        let end = convert::offset(&text, range.end).max(start);
                        text.replace_range(start..end, &change.text);
                    }
                    None => text = change.text,
                }
            }
            document.version = params.text_document.version;
            let file = document.file;
            let large = too_large(&text);
            // A document too large to check is not parsed for its imports.
            let imports_before = (!too_large(file.text(&state.db)))
                .then(|| imported_modules(&state.db, file).clone());
            file.set_text(&mut state.db).to(text);
            // Only an edit that changes the imports can need more modules.
            if !large && imports_before.as_ref() != Some(imported_modules(&state.db, file)) {
                state.loader.follow_imports_of(&mut state.db, vec![file]);
                let modules = state.loader.module_names();
                state.options.apply_to(&mut state.db, modules);
            }
        }
        self.publish(uri.clone()).await;
        self.republish_others(&uri).await;
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let uri = params.text_document_position_params.text_document.uri;
        let position = params.text_document_position_params.position;
        let found = self
            .query(&uri, move |db, file| {
                let text = file.text(db).clone();
                let offset = TextSize::from(convert::offset(&text, position) as u32);
                let info = navigation::hover(db, file, offset)?;
                let index = pycheck_syntax::LineIndex::new(&text);
                Some((convert::range(&text, &index, info.range), info))
            })
            .await?;
        Ok(found.map(|(range, info)| {
            let mut value = format!("```python\n{}\n```", info.type_text);
            if let Some(docstring) = info.docstring {
                value.push_str("\n\n");
                value.push_str(&docstring);
            }
            Hover {
                contents: HoverContents::Markup(MarkupContent {
                    kind: MarkupKind::Markdown,
                    value,
                }),
                range: Some(range),
            }
        }))
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        let found = self
            .locate(params.text_document_position_params, navigation::definition)
            .await?;
        Ok(found.map(GotoDefinitionResponse::Scalar))
    }

    async fn goto_type_definition(
        &self,
        params: GotoTypeDefinitionParams,
    ) -> Result<Option<GotoTypeDefinitionResponse>> {
        let found = self
            .locate(
                params.text_document_position_params,
                navigation::type_definition,
            )
            .await?;
        Ok(found.map(GotoTypeDefinitionResponse::Scalar))
    }

    async fn signature_help(&self, params: SignatureHelpParams) -> Result<Option<SignatureHelp>> {
        let uri = params.text_document_position_params.text_document.uri;
        let position = params.text_document_position_params.position;
        self.query(&uri, move |db, file| {
            let text = file.text(db);
            let offset = TextSize::from(convert::offset(text, position) as u32);
            let help = navigation::signature_help(db, file, offset)?;
            Some(convert::signature_help(help))
        })
        .await
    }

    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        let kinds = self.lock().hint_kinds;
        if kinds == navigation::InlayHintKinds::default() {
            return Ok(Some(Vec::new()));
        }
        let range = params.range;
        self.query(&params.text_document.uri, move |db, file| {
            let text = file.text(db);
            let start = TextSize::from(convert::offset(text, range.start) as u32);
            let end = TextSize::from(convert::offset(text, range.end) as u32);
            let index = pycheck_syntax::LineIndex::new(text);
            let hints = navigation::inlay_hints(
                db,
                file,
                pycheck_syntax::TextRange::new(start, end),
                kinds,
            );
            Some(
                hints
                    .into_iter()
                    .map(|hint| InlayHint {
                        position: convert::position(text, &index, hint.offset),
                        label: InlayHintLabel::String(hint.label),
                        kind: Some(InlayHintKind::TYPE),
                        text_edits: None,
                        tooltip: None,
                        padding_left: None,
                        padding_right: None,
                        data: None,
                    })
                    .collect(),
            )
        })
        .await
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let uri = params.text_document_position.text_document.uri;
        let position = params.text_document_position.position;
        let include_declaration = params.context.include_declaration;
        let files = self.lock().loader.project_files();
        let found = self
            .query(&uri, move |db, file| {
                let text = file.text(db);
                let offset = TextSize::from(convert::offset(text, position) as u32);
                let files: Vec<File> = files
                    .into_iter()
                    .filter(|file| !too_large(file.text(db)))
                    .collect();
                let found = navigation::references(db, &files, file, offset, include_declaration);
                Some(
                    found
                        .into_iter()
                        .filter_map(|(file, range)| {
                            let text = file.text(db);
                            let index = pycheck_syntax::LineIndex::new(text);
                            let uri = document_uri(file.path(db), text)?;
                            Some(Location::new(uri, convert::range(text, &index, range)))
                        })
                        .collect::<Vec<_>>(),
                )
            })
            .await?;
        Ok(found)
    }

    async fn symbol(
        &self,
        params: WorkspaceSymbolParams,
    ) -> Result<Option<Vec<SymbolInformation>>> {
        let (snapshot, files) = {
            let state = self.lock();
            (state.db.clone(), state.loader.project_files())
        };
        let wanted = params.query.to_lowercase();
        let found = tokio::task::spawn_blocking(move || {
            std::panic::catch_unwind(AssertUnwindSafe(|| {
                salsa::Cancelled::catch(AssertUnwindSafe(|| {
                    let mut found = Vec::new();
                    for file in files {
                        let path = file.path(&snapshot).clone();
                        let text = file.text(&snapshot).clone();
                        if too_large(&text) {
                            continue;
                        }
                        let Some(uri) = document_uri(&path, &text) else {
                            continue;
                        };
                        let index = pycheck_syntax::LineIndex::new(&text);
                        let symbols = navigation::document_symbols(&snapshot, file);
                        convert::matching_symbols(
                            &text, &index, &uri, &symbols, None, &wanted, &mut found,
                        );
                    }
                    found.sort_by(|a, b| a.name.cmp(&b.name));
                    found
                }))
            }))
        })
        .await;
        match found {
            Ok(Ok(Ok(found))) => Ok(Some(found)),
            Ok(Ok(Err(_cancelled))) => Err(content_modified()),
            _ => Err(tower_lsp::jsonrpc::Error::internal_error()),
        }
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let symbols = self
            .query(&params.text_document.uri, |db, file| {
                let text = file.text(db);
                let index = pycheck_syntax::LineIndex::new(text);
                let symbols = navigation::document_symbols(db, file);
                Some(
                    symbols
                        .iter()
                        .map(|s| convert::symbol(text, &index, s))
                        .collect(),
                )
            })
            .await?;
        Ok(symbols.map(DocumentSymbolResponse::Nested))
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let uri = params.text_document_position.text_document.uri;
        let position = params.text_document_position.position;
        // The document being typed rarely parses (`x.`): complete a copy with a
        // placeholder name at the cursor, in a file of its own.
        let scratch = {
            let mut state = self.lock();
            let state = &mut *state;
            let Some(document) = state.documents.get(&uri) else {
                return Ok(None);
            };
            if too_large(document.file.text(&state.db)) {
                return Ok(None);
            }
            let text = document.file.text(&state.db).clone();
            let path = document.file.path(&state.db).clone();
            let offset = convert::offset(&text, position);
            // `f(na` is typed before its `)`: close what the line left open.
            let line_start = text[..offset].rfind('\n').map_or(0, |n| n + 1);
            let open_brackets = unclosed_brackets(&text[line_start..offset]);
            let mut patched = text;
            patched.insert_str(offset, &format!("{COMPLETION_PLACEHOLDER}{open_brackets}"));
            let scratch = *state
                .completion_files
                .entry(uri.clone())
                .or_insert_with(|| File::new(&state.db, path, String::new()));
            if scratch.text(&state.db) != &patched {
                scratch.set_text(&mut state.db).to(patched);
            }
            (scratch, offset)
        };
        let (scratch_file, offset) = scratch;
        let items = self
            .query(&uri, move |db, _| {
                let found =
                    navigation::completions(db, scratch_file, TextSize::from(offset as u32));
                Some(
                    found
                        .into_iter()
                        .map(convert::completion)
                        .collect::<Vec<_>>(),
                )
            })
            .await?;
        Ok(items.map(CompletionResponse::Array))
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        // The file stays known (others may import it), with the text on disk again; its
        // diagnostics leave the editor.
        {
            let mut state = self.lock();
            let state = &mut *state;
            state.last_published.remove(&params.text_document.uri);
            state.last_checked.remove(&params.text_document.uri);
            if let Some(document) = state.documents.remove(&params.text_document.uri)
                && let Ok(path) = params.text_document.uri.to_file_path()
                && let Some(text) = pycheck_driver::read_source_text(&path)
            {
                document.file.set_text(&mut state.db).to(text);
            }
        }
        self.client
            .publish_diagnostics(params.text_document.uri, Vec::new(), None)
            .await;
    }
}

/// What the configuration the command line would read at `root` asks for; its warnings
/// and errors go to `problems`.
fn workspace_options(root: Option<&std::path::Path>, problems: &mut Vec<String>) -> CheckOptions {
    let config = match root.and_then(pycheck_driver::find_config) {
        Some(path) => match pycheck_driver::load_config(&path) {
            Ok(config) => {
                problems.extend(config.warnings.iter().cloned());
                Some(config)
            }
            Err(error) => {
                problems.push(error.to_string());
                None
            }
        },
        None => None,
    };
    let mut options = CheckOptions::from_config(config.as_ref());
    // A relative typeshed directory is relative to the workspace, where the command line
    // would be run; its stubs then have paths an editor can open.
    if let (TypeshedSetting::Directory(directory), Some(root)) =
        (&mut options.typeshed_setting, root)
        && directory.is_relative()
    {
        *directory = root.join(&*directory);
    }
    options
}

/// Loads the standard library `options` ask for, as the command line does. A directory
/// that is not a typeshed does not stop the server: it is reported in `problems` and the
/// built-in stubs are used.
fn load_standard_library(options: &mut CheckOptions, problems: &mut Vec<String>) {
    if let Err(error) = options.load_typeshed() {
        problems.push(format!(
            "{error}; using {}",
            pycheck_semantic::typeshed::BUILTIN_ORIGIN
        ));
        options.typeshed = Arc::new(Typeshed::builtin());
    }
}

/// Whether two configurations choose the same standard library: the same setting and,
/// for the automatic choice, the same environment to look for an installed mypy in.
fn chooses_alike(before: &CheckOptions, after: &CheckOptions) -> bool {
    before.typeshed_setting == after.typeshed_setting
        && (after.typeshed_setting != TypeshedSetting::Auto
            || (before.imports.python_executable == after.imports.python_executable
                && before.imports.no_site_packages == after.imports.no_site_packages))
}

/// Files whose change changes the configuration.
const CONFIG_FILES: &[&str] = &["pyproject.toml", "mypy.ini", ".mypy.ini", "setup.cfg"];

/// The answer to a request whose snapshot an edit superseded.
fn content_modified() -> tower_lsp::jsonrpc::Error {
    tower_lsp::jsonrpc::Error {
        code: tower_lsp::jsonrpc::ErrorCode::ServerError(-32801),
        message: "content modified".into(),
        data: None,
    }
}

/// The closing brackets for those `line` opens and does not close, innermost first.
fn unclosed_brackets(line: &str) -> String {
    let mut open = Vec::new();
    for c in line.chars() {
        match c {
            '(' => open.push(')'),
            '[' => open.push(']'),
            '{' => open.push('}'),
            ')' | ']' | '}' => {
                open.pop();
            }
            _ => {}
        }
    }
    open.iter().rev().collect()
}

/// Typed at the cursor in the copy a completion request looks at.
const COMPLETION_PLACEHOLDER: &str = "__pycheck_completion__";

/// The URI an editor can open for `path`: the file itself (a real typeshed's stubs
/// included), or for a stub of the built-in typeshed-lite, which has no file, a
/// read-only copy written once per version under the system's temporary directory.
fn document_uri(path: &str, text: &str) -> Option<Url> {
    let on_disk = std::path::Path::new(path);
    if on_disk.is_absolute() {
        return Url::from_file_path(on_disk).ok();
    }
    let relative = path.strip_prefix("typeshed-lite/")?;
    let root = std::env::temp_dir().join(format!(
        "pycheck-{}-typeshed-lite",
        env!("CARGO_PKG_VERSION")
    ));
    let copy = root.join(relative);
    if std::fs::read_to_string(&copy).ok().as_deref() != Some(text) {
        std::fs::create_dir_all(copy.parent()?).ok()?;
        let _ = std::fs::remove_file(&copy);
        std::fs::write(&copy, text).ok()?;
        let mut permissions = std::fs::metadata(&copy).ok()?.permissions();
        permissions.set_readonly(true);
        std::fs::set_permissions(&copy, permissions).ok()?;
    }
    Url::from_file_path(copy).ok()
}

/// How much the server writes to stderr (the client's log gets errors and warnings).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum LogLevel {
    Error,
    #[default]
    Warn,
    Info,
    Debug,
}

impl LogLevel {
    pub fn from_name(name: &str) -> Option<LogLevel> {
        Some(match name {
            "error" => LogLevel::Error,
            "warn" => LogLevel::Warn,
            "info" => LogLevel::Info,
            "debug" => LogLevel::Debug,
            _ => return None,
        })
    }
}

/// Writes one line to stderr if `level` is within what was asked for.
fn log(state_level: LogLevel, level: LogLevel, message: impl std::fmt::Display) {
    if level <= state_level {
        eprintln!("pycheck server [{level:?}]: {message}");
    }
}

/// Serves LSP on stdin/stdout until the client closes the connection (the input ends).
/// A malformed message is answered with its JSON-RPC error and does not end the session.
pub fn run(log_level: LogLevel) -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .thread_stack_size(WORKER_STACK_BYTES)
        .enable_all()
        .build()?;
    let served = runtime.block_on(async {
        let (service, socket) = LspService::new(|client| Backend {
            client,
            log_level,
            state: Arc::new(Mutex::new(State::default())),
        });
        let (input, output) = (tokio::io::stdin(), tokio::io::stdout());
        transport::serve(input, output, log_level, service, socket).await
    });
    // A read of stdin may still wait on its thread: the runtime does not wait for it.
    runtime.shutdown_background();
    served
}
