#!/usr/bin/env node
// The `error-contract-sandbox` command: runs the compiled server, which `pnpm build` writes to dist/. A committed
// launcher rather than dist/main.js itself, so that installing the workspace can link the command before any build.
import '../dist/main.js';
