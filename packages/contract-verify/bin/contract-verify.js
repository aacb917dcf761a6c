#!/usr/bin/env node
// The `contract-verify` command: runs the compiled CLI, which `pnpm build` writes to dist/. A committed launcher
// rather than dist/cli.js itself, so that installing the workspace can link the command before any build.
import '../dist/cli.js';
