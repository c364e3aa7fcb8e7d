/**
 * The spellchecker's state for the whole page: whether it is on, which
 * words are accepted beyond the dictionary (personal dictionary, the open
 * meeting's names and ignored words), and the worker client. The rich-text
 * plugin and the plain-field marks read from here and re-check when it
 * changes; the app feeds it through the hooks in use-spelling.ts.
 */
import {
  acceptedWords,
  isAccepted,
  type AcceptedSources,
} from '../../../shared/spelling/accepted-words';
import type { WordToken } from '../../../shared/spelling/words';
import { SpellClient } from './spell-client';

/** Writes a new word list somewhere durable (settings, the meeting). */
type SaveWords = (words: string[]) => void;

/** The page's one spellchecker. */
export class SpellingService {
  readonly client: SpellClient;
  private enabled = false;
  private sources: AcceptedSources = { personal: [], ignored: [], names: [] };
  private accepted: ReadonlySet<string> = new Set();
  private savePersonal: SaveWords | null = null;
  private saveIgnored: SaveWords | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(client = new SpellClient()) {
    this.client = client;
  }

  /** True while spelling is switched on in the settings (and the engine has not failed). */
  isEnabled(): boolean {
    return this.enabled && this.client.engineState.kind !== 'failed';
  }

  /**
   * Whether a word is flagged: true or false, or undefined while the worker
   * has not answered yet (the caller asks with `client.request`).
   */
  isFlagged(token: WordToken): boolean | undefined {
    const wrong = this.client.verdict(token.key);
    if (wrong === undefined) return undefined;
    return wrong && !isAccepted(token.word, this.accepted);
  }

  /** Runs `listener` when what is flagged may have changed (switched, words accepted). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** From the settings: on or off, the personal dictionary, and how to save it. */
  setSettings(enabled: boolean, personal: readonly string[], save: SaveWords | null): void {
    this.savePersonal = save;
    if (enabled === this.enabled && sameWords(personal, this.sources.personal)) return;
    this.enabled = enabled;
    // Turned off: the worker's ~20 MB go too; it restarts when turned on again.
    if (!enabled) this.client.dispose();
    this.update({ ...this.sources, personal });
  }

  /** From the open meeting: its names, its ignored words, and how to save those. */
  setMeeting(names: readonly string[], ignored: readonly string[], save: SaveWords | null): void {
    this.saveIgnored = save;
    if (sameWords(names, this.sources.names) && sameWords(ignored, this.sources.ignored)) return;
    this.update({ ...this.sources, names, ignored });
  }

  /** "Tilføj til ordbog": accepted everywhere from now on, kept in the settings. */
  addToDictionary(word: string): void {
    if (this.sources.personal.includes(word)) return;
    const personal = [...this.sources.personal, word];
    this.update({ ...this.sources, personal });
    this.savePersonal?.(personal);
  }

  /** "Ignorér": accepted in this meeting, kept in the meeting. */
  ignore(word: string): void {
    if (this.sources.ignored.includes(word)) return;
    const ignored = [...this.sources.ignored, word];
    this.update({ ...this.sources, ignored });
    this.saveIgnored?.(ignored);
  }

  private update(sources: AcceptedSources): void {
    this.sources = sources;
    this.accepted = acceptedWords(sources);
    for (const listener of [...this.listeners]) listener();
  }
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, index) => word === b[index]);
}

/** The page's spellchecker. */
export const spelling = new SpellingService();
