-- pycheck for Neovim 0.11 and newer: put these lines in your init.lua.
-- For Neovim 0.7 to 0.10, use pycheck-legacy.lua instead.

vim.lsp.config("pycheck", {
  -- A name on PATH or an absolute path; `cargo install` puts pycheck in ~/.cargo/bin.
  cmd = { "pycheck", "server" },
  filetypes = { "python" },
  -- One server per project: the nearest directory above the file holding one of these.
  root_markers = { "pyproject.toml", "mypy.ini", ".mypy.ini", "setup.cfg", ".git" },
})
vim.lsp.enable("pycheck")
