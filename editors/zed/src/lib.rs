//! The Zed extension that runs `pycheck server` for Python files. Zed starts a language
//! server only through an extension, and the extension only says which program to run:
//! every feature comes from the server.

use zed_extension_api::{self as zed, LanguageServerId, Result, settings::LspSettings};

struct PycheckExtension;

impl zed::Extension for PycheckExtension {
    fn new() -> Self {
        PycheckExtension
    }

    fn language_server_command(
        &mut self,
        language_server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        // `lsp.pycheck.binary` in Zed's settings wins over `pycheck` on the PATH of the
        // project's shell.
        let binary = LspSettings::for_worktree(language_server_id.as_ref(), worktree)
            .ok()
            .and_then(|settings| settings.binary);
        let configured_path = binary.as_ref().and_then(|binary| binary.path.clone());
        let Some(command) = configured_path.or_else(|| worktree.which("pycheck")) else {
            return Err(
                "pycheck is not on PATH: install it (`cargo install --locked --path .` \
                        in pycheck's repository) or set lsp.pycheck.binary.path"
                    .into(),
            );
        };
        let args = binary
            .as_ref()
            .and_then(|binary| binary.arguments.clone())
            .unwrap_or_else(|| vec!["server".into()]);
        let env = binary
            .and_then(|binary| binary.env)
            .map(|env| env.into_iter().collect())
            .unwrap_or_default();
        Ok(zed::Command { command, args, env })
    }

    fn language_server_initialization_options(
        &mut self,
        language_server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<zed::serde_json::Value>> {
        Ok(
            LspSettings::for_worktree(language_server_id.as_ref(), worktree)
                .ok()
                .and_then(|settings| settings.initialization_options),
        )
    }
}

zed::register_extension!(PycheckExtension);
