#!/usr/bin/env node
// The `referat` command (package.json "bin"). It runs the TypeScript
// sources through tsx's API, so it works right after `npm install` in a
// fresh clone, with no build step.
import { tsImport } from 'tsx/esm/api';

const { runCli } = await tsImport('./main.ts', import.meta.url);
process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
