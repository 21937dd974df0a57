-- Run by tests/neovim.rs as `nvim --headless -u tests/neovim/init.lua`: Neovim's own LSP
-- client, set up by the shipped configuration for this Neovim (editors/neovim/
-- nvim-0.11.lua from 0.11 on, pycheck-legacy.lua before), opens examples/hello.py, waits
-- for diagnostics, hovers a name, jumps to its definition, and writes what it saw to
-- $PYCHECK_NVIM_OUT. The configurations run unchanged: the test puts the pycheck under
-- test first on PATH. Every wait has a timeout; on any failure the reason goes to the
-- output file and Neovim exits with status 1.

local repo = assert(os.getenv("PYCHECK_REPO"), "PYCHECK_REPO is set")
local out_path = assert(os.getenv("PYCHECK_NVIM_OUT"), "PYCHECK_NVIM_OUT is set")
local WAIT_MS = tonumber(os.getenv("PYCHECK_NVIM_WAIT_MS") or "20000")
local POLL_MS = 20

local seen = {}

local function record(line)
  table.insert(seen, line)
end

local function write_seen()
  local file = assert(io.open(out_path, "w"))
  file:write(table.concat(seen, "\n"), "\n")
  file:close()
end

local function wait_until(what, condition)
  if not vim.wait(WAIT_MS, condition, POLL_MS) then
    error("timed out after " .. WAIT_MS .. " ms waiting for " .. what, 0)
  end
end

local function severity_name(severity)
  return string.lower(vim.diagnostic.severity[severity] or tostring(severity))
end

-- Diagnostics in mypy's --show-column-numbers form (1-based line and column), so they
-- read like the command line's output; the source and the range's end follow.
local function record_diagnostics(buf)
  local diagnostics = vim.diagnostic.get(buf)
  table.sort(diagnostics, function(a, b)
    if a.lnum ~= b.lnum then
      return a.lnum < b.lnum
    end
    return a.col < b.col
  end)
  local name = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(buf), ":t")
  for _, d in ipairs(diagnostics) do
    record(string.format(
      "%s:%d:%d: %s: %s  [%s] (source %s, ends %d:%d)",
      name,
      d.lnum + 1,
      d.col + 1,
      severity_name(d.severity),
      d.message,
      tostring(d.code),
      tostring(d.source),
      d.end_lnum + 1,
      d.end_col + 1
    ))
  end
end

-- The hover answer as the client received it: its range and its markdown, line by line.
local function record_hover(buf, client, line, col)
  vim.api.nvim_win_set_cursor(0, { line, col - 1 })
  local word = vim.fn.expand("<cword>")
  local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
  local responses, err = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, WAIT_MS)
  if responses == nil then
    error("hover request failed: " .. tostring(err), 0)
  end
  local answered = 0
  for _, response in pairs(responses) do
    answered = answered + 1
    if response.error ~= nil then
      error("hover answered with an error: " .. vim.inspect(response.error), 0)
    end
    local hover = response.result
    if hover == nil then
      record(string.format("hover %d:%d (%s): nothing", line, col, word))
    else
      local range = hover.range
      record(string.format(
        "hover %d:%d (%s): %s, range %d:%d-%d:%d",
        line,
        col,
        word,
        hover.contents.kind,
        range.start.line + 1,
        range.start.character + 1,
        range["end"].line + 1,
        range["end"].character + 1
      ))
      for _, text in ipairs(vim.split(hover.contents.value, "\n", { plain = true })) do
        record("  " .. text)
      end
    end
  end
  if answered ~= 1 then
    error("expected one hover answer, got " .. answered, 0)
  end
end

-- Go to definition as a user does it: the cursor must move.
local function record_definition(line, col)
  vim.api.nvim_win_set_cursor(0, { line, col - 1 })
  local word = vim.fn.expand("<cword>")
  vim.lsp.buf.definition()
  wait_until("the jump to the definition of " .. word, function()
    local cursor = vim.api.nvim_win_get_cursor(0)
    return cursor[1] ~= line or cursor[2] ~= col - 1
  end)
  local cursor = vim.api.nvim_win_get_cursor(0)
  record(string.format(
    "definition of %s at %d:%d: %s:%d:%d",
    word,
    line,
    col,
    vim.fn.fnamemodify(vim.api.nvim_buf_get_name(0), ":t"),
    cursor[1],
    cursor[2] + 1
  ))
end

local function clients_of(buf)
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = buf })
  end
  return vim.tbl_values(vim.lsp.buf_get_clients(buf))
end

local function scenario()
  if vim.fn.has("nvim-0.11") == 1 then
    dofile(repo .. "/editors/neovim/nvim-0.11.lua")
  else
    dofile(repo .. "/editors/neovim/pycheck-legacy.lua").setup()
  end
  vim.cmd("edit " .. vim.fn.fnameescape(repo .. "/examples/hello.py"))
  local buf = vim.api.nvim_get_current_buf()
  if vim.bo[buf].filetype ~= "python" then
    error("examples/hello.py has filetype '" .. vim.bo[buf].filetype .. "', not python", 0)
  end
  wait_until("pycheck to attach", function()
    return #clients_of(buf) == 1
  end)
  local client = clients_of(buf)[1]
  record("attached: " .. client.name)
  wait_until("diagnostics", function()
    return #vim.diagnostic.get(buf) > 0
  end)
  record_diagnostics(buf)
  -- `hello` in `print(hello(5))`.
  record_hover(buf, client, 6, 7)
  record_definition(6, 7)
end

vim.cmd("filetype on")
vim.api.nvim_create_autocmd("VimEnter", {
  once = true,
  callback = function()
    vim.schedule(function()
      local ok, failure = xpcall(scenario, debug.traceback)
      if not ok then
        record("FAILED: " .. tostring(failure))
      end
      write_seen()
      vim.cmd(ok and "qall!" or "cquit 1")
    end)
  end,
})
