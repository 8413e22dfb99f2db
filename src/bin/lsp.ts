#!/usr/bin/env node
// The factlint-lsp binary: the language server over stdio (the same as `factlint --lsp`).
// Unbundled ES modules: a long-running server does not need the CLI's start-up tricks.
import { startServer } from '../lsp/server.js';
import { version } from '../version.js';

startServer(process.stdin, process.stdout, version());
