/**
 * Types for the part of hunspell-asm's Emscripten build that the worker
 * uses: the module factory and the C API of Hunspell (hunspell/hunspell.h)
 * called through `cwrap`. The package ships no types for this file.
 */
declare module 'hunspell-asm/dist/esm/lib/browser/hunspell.js' {
  /** The Emscripten runtime of Hunspell, once initialised. */
  export interface HunspellRuntime {
    cwrap: (
      name: string,
      returns: 'number' | null,
      args: 'number'[],
    ) => (...args: number[]) => number;
    allocateUTF8: (text: string) => number;
    UTF8ToString: (pointer: number) => string;
    getValue: (pointer: number, type: '*') => number;
    _malloc: (size: number) => number;
    _free: (pointer: number) => void;
    FS: {
      mkdir: (path: string) => void;
      writeFile: (path: string, data: Uint8Array) => void;
      unlink: (path: string) => void;
    };
    HEAP8: Int8Array;
  }
  /** Module overrides; the factory fills in the runtime on the same object. */
  export interface HunspellModuleOptions {
    onRuntimeInitialized?: () => void;
    onAbort?: (reason: unknown) => void;
    print?: (text: string) => void;
    printErr?: (text: string) => void;
  }
  const createModule: (options: HunspellModuleOptions) => HunspellRuntime;
  export default createModule;
}
