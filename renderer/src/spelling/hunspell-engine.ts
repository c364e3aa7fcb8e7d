/**
 * Hunspell, compiled to WebAssembly by hunspell-asm, behind two calls:
 * `spell` and `suggest`. We call Hunspell's C API ourselves instead of
 * hunspell-asm's `loadModule` wrapper, whose CommonJS interop (calling
 * `import * as` namespaces) does not survive bundling; the compiled engine
 * is the part of the package we rely on.
 */
import createModule, { type HunspellRuntime } from 'hunspell-asm/dist/esm/lib/browser/hunspell.js';

/** A loaded dictionary. */
export interface HunspellEngine {
  /** True when the dictionary accepts `word`. */
  spell(word: string): boolean;
  /** Adds `word` with the endings of the dictionary word `model` (Hunspell_add_with_affix). */
  addWithAffix(word: string, model: string): void;
  /** Hunspell's suggestions for a misspelled word, best first. */
  suggest(word: string): string[];
  /** Bytes of WebAssembly memory in use (the dictionary lives there). */
  memoryBytes(): number;
}

/** Starts the Emscripten runtime. Its module object is a thenable that must not be awaited. */
function startRuntime(): Promise<{ runtime: HunspellRuntime }> {
  return new Promise((resolve, reject) => {
    const options = {
      // Wrapped: resolving with the module itself would call its `then` forever.
      onRuntimeInitialized: () => resolve({ runtime }),
      onAbort: (reason: unknown) => reject(new Error(`Hunspell stopped: ${String(reason)}`)),
      // The engine prints nothing useful; keep the console for real problems.
      print: () => undefined,
      printErr: () => undefined,
    };
    const runtime = createModule(options);
  });
}

/** Loads Hunspell with a dictionary's .aff and .dic bytes. */
export async function loadHunspell(aff: Uint8Array, dic: Uint8Array): Promise<HunspellEngine> {
  const { runtime } = await startRuntime();
  const { cwrap, allocateUTF8, UTF8ToString, getValue, _malloc, _free, FS } = runtime;
  const create = cwrap('Hunspell_create', 'number', ['number', 'number']);
  const spell = cwrap('Hunspell_spell', 'number', ['number', 'number']);
  const suggest = cwrap('Hunspell_suggest', 'number', ['number', 'number', 'number']);
  const freeList = cwrap('Hunspell_free_list', null, ['number', 'number', 'number']);
  const addWithAffix = cwrap('Hunspell_add_with_affix', 'number', ['number', 'number', 'number']);

  FS.mkdir('/dictionary');
  FS.writeFile('/dictionary/da.aff', aff);
  FS.writeFile('/dictionary/da.dic', dic);
  const affPath = allocateUTF8('/dictionary/da.aff');
  const dicPath = allocateUTF8('/dictionary/da.dic');
  const handle = create(affPath, dicPath);
  _free(affPath);
  _free(dicPath);
  // Hunspell has read the files into its own tables: free the copies.
  FS.unlink('/dictionary/da.aff');
  FS.unlink('/dictionary/da.dic');
  if (!handle) throw new Error('Hunspell could not read the dictionary');

  /** Runs `run` with `text` as a C string (NFC, as the dictionary is written). */
  const withString = <T>(text: string, run: (pointer: number) => T): T => {
    const pointer = allocateUTF8(text.normalize('NFC'));
    try {
      return run(pointer);
    } finally {
      _free(pointer);
    }
  };

  return {
    spell: (word) => withString(word, (pointer) => spell(handle, pointer) !== 0),
    addWithAffix: (word, model) =>
      withString(word, (wordPointer) =>
        withString(model, (modelPointer) => void addWithAffix(handle, wordPointer, modelPointer)),
      ),
    suggest: (word) =>
      withString(word, (pointer) => {
        const listPointer = _malloc(4);
        try {
          const count = suggest(handle, listPointer, pointer);
          const list = getValue(listPointer, '*');
          const words = Array.from({ length: count }, (_, index) =>
            UTF8ToString(getValue(list + index * 4, '*')),
          );
          freeList(handle, listPointer, count);
          return words;
        } finally {
          _free(listPointer);
        }
      }),
    memoryBytes: () => runtime.HEAP8.buffer.byteLength,
  };
}
