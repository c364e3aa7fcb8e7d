/**
 * The template library (skabelonbibliotek): the built-in templates, the
 * user's own `.referat-skabelon` files in `<userData>/skabeloner/`, and an
 * optional read-only folder IT sets for the whole municipality (the setting
 * `sharedTemplateFolder` or the switch `--skabelonmappe=<folder>`).
 *
 * Listing never throws: a file that is not a valid template is listed with
 * its Danish problems (so IT sees why their file is missing from the
 * chooser), a missing or unreadable shared folder becomes one Danish line.
 * Only the user folder is ever written, and only through the atomic writer.
 * Paths never come from the page: entries are named by keys
 * ("bruger:udvalg.referat-skabelon") that are looked up in a fresh listing.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { TemplateLibrary, TemplateLibraryEntry } from '../../../shared/ipc/contract';
import { builtInTemplate, BUILT_IN_TEMPLATES } from '../../../shared/template/built-in/index';
import {
  MAX_TEMPLATE_FILE_BYTES,
  readTemplateFile,
  serializeTemplateFile,
  TEMPLATE_FILE_EXTENSION,
} from '../../../shared/template/file';
import type { Template } from '../../../shared/template/schema';
import { readRegularFile } from '../fs/read-regular-file';
import { writeFileAtomic } from '../fs/atomic-write';

/** Where the library's files live; the shared folder is asked for on every listing (settings may change). */
export interface TemplateLibraryDeps {
  /** `<userData>/skabeloner`: created on the first write. */
  userFolder: string;
  /** The municipality's read-only folder, or null when none is set. */
  sharedFolder: () => string | null;
  /** True when the folder comes from `--skabelonmappe` and the setting cannot change it. */
  sharedFolderLocked?: () => boolean;
  /** The app's one atomic writer (a test may inject a failing one). */
  write?: (path: string, data: string) => Promise<void>;
  /**
   * Takes a deleted template's file away: the app hands it to the OS trash
   * (shell.trashItem), so "Slet skabelon" can be undone from there. Default:
   * the file is removed.
   */
  discard?: (path: string) => Promise<void>;
}

/** The name of the user folder inside the app's data folder. */
export const USER_TEMPLATE_FOLDER = 'skabeloner';

const SUFFIX = `.${TEMPLATE_FILE_EXTENSION}`;
/** More files than this in one folder are not read (a wrong folder, e.g. a whole network share). */
const MAX_FILES_PER_FOLDER = 200;

/** Key prefixes, in the order the chooser lists the sources. */
const PREFIX = { 'built-in': 'indbygget:', shared: 'faelles:', user: 'bruger:' } as const;

function isTemplateFileName(name: string): boolean {
  return name.toLowerCase().endsWith(SUFFIX) && !name.startsWith('.');
}

/** A file name for a template id in the user folder, "-2", "-3" … when taken (never overwrites another). */
export function freeFileName(id: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = `${id}${n === 1 ? '' : `-${n}`}${SUFFIX}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** The `--skabelonmappe=<folder>` switch from a command line, or null. The last one wins. */
export function sharedFolderFromArgv(argv: readonly string[]): string | null {
  let found: string | null = null;
  for (const arg of argv) {
    const match = /^--skabelonmappe=(.*)$/s.exec(arg);
    if (match) found = (match[1] as string).trim().replace(/^"(.*)"$/s, '$1') || null;
  }
  return found;
}

type FolderListing = { names: string[]; problem: string | null };

async function listFolder(folder: string, missingIsFine: boolean): Promise<FolderListing> {
  try {
    const entries = await fs.readdir(folder, { withFileTypes: true });
    const names = entries
      .filter((entry) => !entry.isDirectory() && isTemplateFileName(entry.name))
      .map((entry) => entry.name)
      .sort((a, b) => a.localeCompare(b, 'da'));
    if (names.length > MAX_FILES_PER_FOLDER) {
      return {
        names: names.slice(0, MAX_FILES_PER_FOLDER),
        problem: `Mappen har ${names.length} skabeloner; kun de første ${MAX_FILES_PER_FOLDER} vises.`,
      };
    }
    return { names, problem: null };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && missingIsFine) return { names: [], problem: null };
    const why =
      code === 'ENOENT'
        ? 'findes ikke (er netværksdrevet tilsluttet?)'
        : code === 'EACCES' || code === 'EPERM'
          ? 'kan ikke læses: du har ikke adgang til den'
          : code === 'ENOTDIR'
            ? 'er ikke en mappe'
            : `kan ikke læses (${code ?? 'ukendt fejl'})`;
    return { names: [], problem: `Skabelonmappen «${folder}» ${why}.` };
  }
}

/** One file as a library entry: its template, or why it is not one. */
async function readEntry(
  folder: string,
  name: string,
  source: 'user' | 'shared',
): Promise<TemplateLibraryEntry> {
  const base = { key: `${PREFIX[source]}${name}`, source, fileName: name };
  const read = await readRegularFile(join(folder, name), MAX_TEMPLATE_FILE_BYTES);
  if (!read.ok) {
    const why =
      read.problem.code === 'too-large'
        ? 'Filen er for stor til at være en skabelon (over 1 MB).'
        : read.problem.code === 'permission-denied'
          ? 'Filen kan ikke læses: du har ikke adgang til den.'
          : `Filen kan ikke læses (${read.problem.code}).`;
    return { ...base, name, template: null, problems: [why], warnings: [] };
  }
  const result = readTemplateFile(read.bytes.toString('utf8'));
  return result.ok
    ? {
        ...base,
        name: result.template.name,
        template: result.template,
        problems: [],
        warnings: result.warnings,
      }
    : { ...base, name, template: null, problems: result.problems, warnings: [] };
}

/** The library over its folders; every method reads the folders afresh (IT may change files while the app runs). */
export class TemplateLibraryFolders {
  private readonly write: (path: string, data: string) => Promise<void>;

  constructor(private readonly deps: TemplateLibraryDeps) {
    this.write = deps.write ?? writeFileAtomic;
  }

  /** Built-ins first, then the municipality's, then the user's; invalid files included with their problems. */
  async list(): Promise<TemplateLibrary> {
    const shared = this.deps.sharedFolder();
    const [sharedListing, userListing] = await Promise.all([
      shared ? listFolder(shared, false) : Promise.resolve({ names: [], problem: null }),
      listFolder(this.deps.userFolder, true),
    ]);
    // Sorted by what the chooser shows: the template's name, in Danish order.
    const read = async (folder: string, names: string[], source: 'user' | 'shared') =>
      (await Promise.all(names.map((name) => readEntry(folder, name, source)))).sort((a, b) =>
        a.name.localeCompare(b.name, 'da'),
      );
    const entries: TemplateLibraryEntry[] = [
      ...BUILT_IN_TEMPLATES.map((template) => ({
        key: `${PREFIX['built-in']}${template.id}`,
        source: 'built-in' as const,
        fileName: null,
        name: template.name,
        template,
        problems: [],
        warnings: [],
      })),
      ...(shared ? await read(shared, sharedListing.names, 'shared') : []),
      ...(await read(this.deps.userFolder, userListing.names, 'user')),
    ];
    return {
      entries,
      userFolder: this.deps.userFolder,
      sharedFolder: shared,
      sharedFolderLocked: this.deps.sharedFolderLocked?.() ?? false,
      problems: [sharedListing.problem, userListing.problem].filter((p): p is string => !!p),
    };
  }

  /** The valid template behind `key`, or null (unknown key, or a file that is no longer valid). */
  async find(key: string): Promise<Template | null> {
    if (key.startsWith(PREFIX['built-in'])) {
      return builtInTemplate(key.slice(PREFIX['built-in'].length)) ?? null;
    }
    const entry = (await this.list()).entries.find((candidate) => candidate.key === key);
    return entry?.template ?? null;
  }

  /**
   * Writes `template` into the user folder: over the user file `replaceKey`
   * names (editing one's own template), else under a new file name from its
   * id. Built-in and shared templates are never written: saving one from the
   * editor makes a user copy. Returns the entry's key.
   */
  async save(template: Template, replaceKey: string | null): Promise<string> {
    const names = (await listFolder(this.deps.userFolder, true)).names;
    const replacing =
      replaceKey?.startsWith(PREFIX.user) && names.includes(replaceKey.slice(PREFIX.user.length))
        ? replaceKey.slice(PREFIX.user.length)
        : null;
    const name = replacing ?? freeFileName(template.id, names);
    await fs.mkdir(this.deps.userFolder, { recursive: true });
    await this.write(join(this.deps.userFolder, name), serializeTemplateFile(template));
    return `${PREFIX.user}${name}`;
  }

  /**
   * Import: reads the file the user chose, validates it, and copies the
   * template into the user folder (written in full by this version, under
   * a free name: an import never replaces a template already there).
   */
  async importFile(
    path: string,
  ): Promise<
    { ok: true; key: string; name: string; warnings: string[] } | { ok: false; problems: string[] }
  > {
    const entry = await readEntry(dirname(path), basename(path), 'user');
    if (!entry.template) return { ok: false, problems: entry.problems };
    const key = await this.save(entry.template, null);
    return { ok: true, key, name: entry.template.name, warnings: entry.warnings };
  }

  /**
   * "Slet skabelon": the user's own template `key` leaves the library (its
   * file goes to `discard`). Built-in and shared templates cannot be
   * deleted, and a key that names no file in the user folder deletes
   * nothing: false. Meetings keep their own copy of their template.
   */
  async remove(key: string): Promise<boolean> {
    if (!key.startsWith(PREFIX.user)) return false;
    const name = key.slice(PREFIX.user.length);
    // Only a name listed in the user folder: a key can never reach another path.
    if (!(await listFolder(this.deps.userFolder, true)).names.includes(name)) return false;
    const discard = this.deps.discard ?? ((path: string) => fs.rm(path));
    await discard(join(this.deps.userFolder, name));
    return true;
  }

  /** The file text of `key`'s template, as an export writes it (written in full, whatever the source). */
  async fileText(key: string): Promise<{ text: string; template: Template } | null> {
    const template = await this.find(key);
    return template ? { text: serializeTemplateFile(template), template } : null;
  }
}
