#!/usr/bin/env node
/**
 * The `referat` command as it ships (package.json "bin"): `npm run build`
 * bundles this file into out/main/cli.js, so an installed `referat` starts
 * as plain JavaScript with no TypeScript compiled at run time (tens of
 * milliseconds instead of ~0.5 s with tsx).
 */
import { resolve } from 'node:path';
import { runCli } from './main';

// Bundled, this file runs from out/main/; the PDF's fonts stay in resources/fonts.
const fontDir = resolve(import.meta.dirname, '../../resources/fonts');

process.exitCode = await runCli(
  process.argv.slice(2),
  {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  },
  { fontDir },
);
