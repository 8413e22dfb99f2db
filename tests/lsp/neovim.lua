-- Driven by neovim.test.ts: attach the factlint language server to the current buffer, wait for
-- its diagnostics, write them as JSON to $FACTLINT_TEST_RESULT and quit. Works on Neovim 0.7
-- (vim.lsp.start_client + buf_attach_client) and later (vim.lsp.start).
local buf = vim.api.nvim_get_current_buf()
local config = {
  name = 'factlint',
  cmd = { os.getenv('FACTLINT_TEST_NODE'), os.getenv('FACTLINT_TEST_SERVER'), '--lsp' },
  root_dir = os.getenv('FACTLINT_TEST_ROOT'),
}
local id
if vim.lsp.start then
  id = vim.lsp.start(config)
else
  id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(buf, id)
end
local arrived = vim.wait(tonumber(os.getenv('FACTLINT_TEST_WAIT_MS')), function()
  return #vim.diagnostic.get(buf) > 0
end, 50)
local out = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = (d.user_data and d.user_data.lsp) or {}
  table.insert(out, {
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    severity = d.severity, source = d.source, message = d.message,
    code = d.code or lsp.code,
  })
end
vim.fn.writefile({ vim.fn.json_encode({ arrived = arrived, diagnostics = out }) }, os.getenv('FACTLINT_TEST_RESULT'))
vim.lsp.stop_client(id)
vim.wait(10000, function() return vim.lsp.get_client_by_id(id) == nil end, 50)
vim.cmd('qall!')
