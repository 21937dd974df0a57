-- pycheck for Neovim 0.7 to 0.10, which have no vim.lsp.config / vim.lsp.enable.
--
-- Copy this file to ~/.config/nvim/lua/pycheck.lua and add to your init.lua:
--
--   require("pycheck").setup()
--
-- or, with options (all optional):
--
--   require("pycheck").setup({
--     cmd = { "/path/to/pycheck", "server" },
--     root_markers = { "pyproject.toml", ".git" },
--     on_attach = function(client, bufnr) end,
--   })
--
-- It starts one pycheck server per project root and attaches every Python buffer under
-- that root to it. Neovim 0.8 and newer do that bookkeeping in vim.lsp.start; 0.7 has
-- only vim.lsp.start_client, so for 0.7 this file keeps the clients itself.

local M = {}

-- One server per project: the nearest directory above the file holding one of these.
local DEFAULT_ROOT_MARKERS = { "pyproject.toml", "mypy.ini", ".mypy.ini", "setup.cfg", ".git" }

-- The nearest directory above `path` holding one of `markers`. vim.fs.find would do
-- this, but it is not in Neovim 0.7.
local function find_root(path, markers)
  local dir = vim.fn.fnamemodify(path, ":p:h")
  while true do
    for _, marker in ipairs(markers) do
      if vim.loop.fs_stat(dir .. "/" .. marker) then
        return dir
      end
    end
    local parent = vim.fn.fnamemodify(dir, ":h")
    if parent == dir then
      return nil
    end
    dir = parent
  end
end

function M.setup(opts)
  opts = opts or {}
  local markers = opts.root_markers or DEFAULT_ROOT_MARKERS
  -- Project root -> client id; used only on Neovim 0.7.
  local client_by_root = {}

  local group = vim.api.nvim_create_augroup("pycheck", { clear = true })
  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = "python",
    callback = function(event)
      local path = vim.api.nvim_buf_get_name(event.buf)
      local root = (path ~= "" and find_root(path, markers)) or vim.fn.getcwd()
      local config = {
        name = "pycheck",
        cmd = opts.cmd or { "pycheck", "server" },
        root_dir = root,
        init_options = opts.init_options,
        capabilities = opts.capabilities,
        on_attach = opts.on_attach,
      }
      if vim.lsp.start then
        vim.lsp.start(config, { bufnr = event.buf })
        return
      end
      local id = client_by_root[root]
      if id == nil or vim.lsp.get_client_by_id(id) == nil then
        id = vim.lsp.start_client(config)
        client_by_root[root] = id
      end
      if id ~= nil then
        vim.lsp.buf_attach_client(event.buf, id)
      end
    end,
  })
end

return M
