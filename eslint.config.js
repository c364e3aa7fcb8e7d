// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'worker_threads'];

/** The renderer's zone rules plus: files under `files` may not import the folders `above`. */
function rendererLayer(files, above, extra) {
  const patterns = [
    {
      group: [...nodeBuiltins, 'electron', 'electron-store'],
      message: 'The renderer talks to the system only through window.referat.',
    },
    { group: ['**/electron/**'], message: 'The renderer cannot import main-process code.' },
    {
      group: above.flatMap((folder) => [`../${folder}/*`, `../../${folder}/*`, `../${folder}`]),
      message: `This renderer layer may not import from ${above.join(', ')} (layers point one way).`,
    },
    ...(extra ? [extra] : []),
  ];
  return [{ files: [files], rules: { 'no-restricted-imports': ['error', { patterns }] } }];
}

export default tseslint.config(
  {
    ignores: [
      'out/',
      'dist/',
      'node_modules/',
      'test-artifacts/',
      'bench/results/',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: [
          './tsconfig.shared.json',
          './tsconfig.electron.json',
          './tsconfig.renderer.json',
          './tsconfig.test.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Raw Electron IPC only in the one wrapper each side: everything else
      // goes through the typed contract in shared/ipc.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportSpecifier[imported.name=/^(ipcRenderer|contextBridge)$/]',
          message: 'Only electron/preload may use ipcRenderer/contextBridge.',
        },
        {
          selector: "ImportSpecifier[imported.name='ipcMain']",
          message: 'Only electron/main/ipc/register-ipc.ts may use ipcMain.',
        },
      ],
    },
  },
  {
    // shared/ is pure: no Node, no Electron, no DOM, no React.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: nodeBuiltins,
              message: 'shared/ is pure code: pass values in instead of using Node.',
            },
            {
              group: ['electron', 'react', 'react-dom', 'lexical', '@lexical/*'],
              message: 'shared/ must not depend on Electron, React or Lexical.',
            },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ cannot import from other zones.',
            },
          ],
        },
      ],
    },
  },
  {
    // The renderer reaches Node and Electron only through window.referat.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...nodeBuiltins, 'electron', 'electron-store'],
              message: 'The renderer talks to the system only through window.referat.',
            },
            { group: ['**/electron/**'], message: 'The renderer cannot import main-process code.' },
          ],
        },
      ],
    },
  },
  // Renderer layers point one way: common ← rich-text ← editor ← app (start
  // sits beside editor). A folder never imports from a folder above it, so
  // each can be read and changed alone.
  ...rendererLayer('renderer/src/common/**', ['rich-text', 'editor', 'start', 'app']),
  ...rendererLayer('renderer/src/rich-text/**', ['editor', 'start', 'app']),
  ...rendererLayer('renderer/src/editor/**', ['start', 'app']),
  ...rendererLayer('renderer/src/start/**', ['editor', 'app']),
  ...rendererLayer('renderer/src/editor/state/**', ['rich-text', 'start', 'app'], {
    // Document state is plain data and logic: no views in it.
    group: ['../*.tsx', '../**/*.tsx', '../focus-restored', '../deletions'],
    message: 'editor/state holds data and logic only; views import it, not the other way.',
  }),
  {
    // The CLI launcher (package.json "bin") is plain JavaScript that Node runs
    // directly; it is in no TypeScript project, so it is linted without types.
    files: ['electron/cli/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['electron/main/ipc/register-ipc.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    rules: {
      'no-restricted-syntax': 'off',
      // vi.fn() mocks and playwright handles are loosely typed by design.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
