/**
 * Spellchecking for the plain fields (titles, names, Mødested, Bilag
 * titles, short text sections). The Custom Highlight API cannot reach the
 * text inside an <input> or <textarea>, so each misspelled word gets a wavy
 * line painted as a background layer of the field itself, placed under the
 * word by measuring the text in the field's own font (field-geometry.ts).
 * Nothing is added to the DOM or to React's tree, and the value is never
 * touched; `aria-invalid="spelling"` tells assistive technology. Ctrl+. and
 * the context menu offer the suggestions, as in the rich text.
 *
 * Fields opt out with the standard `spellcheck="false"` attribute.
 */
import { wordsToCheck, type WordToken } from '../../../shared/spelling/words';
import { wordBoxes, type PlainField } from './field-geometry';
import { hasTime, whenIdle, type IdleDeadline } from './idle';
import { showSpellingMenu } from './menu/show-menu';
import { registerSpellingField, type Misspelling } from './misspelling';
import { spelling } from './spelling-service';

/** A wavy red line, 4 px per wave, drawn to whatever width the layer has. */
const SQUIGGLE =
  "url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E%3Cdefs%3E%3Cpattern id='w' width='4' height='3' patternUnits='userSpaceOnUse'%3E%3Cpath d='M0 2.5 2 .5 4 2.5' fill='none' stroke='%23c00' stroke-width='1'/%3E%3C/pattern%3E%3C/defs%3E%3Crect width='100%25' height='3' fill='url(%23w)'/%3E%3C/svg%3E\")";

const BACKGROUND_PROPERTIES = [
  'background-image',
  'background-position',
  'background-size',
  'background-repeat',
  'background-origin',
  'background-clip',
];

/** True for a text field the checker looks at: a text input or a textarea. */
export function isCheckedInput(element: unknown): element is PlainField {
  const field =
    element instanceof HTMLTextAreaElement ||
    (element instanceof HTMLInputElement && (element.type === 'text' || element.type === 'search'))
      ? element
      : null;
  return (
    field !== null &&
    !field.readOnly &&
    !field.disabled &&
    field.getAttribute('spellcheck') !== 'false'
  );
}

interface FieldState {
  value: string;
  flagged: WordToken[];
  /** The painted background, to skip repainting the same marks. */
  painted: string;
}

/** A running watcher: call it to stop; `refresh` looks at the page's fields again. */
export type PlainFieldWatcher = (() => void) & { refresh: () => void };

/** Starts watching the page's plain fields; call the result to stop it and clear the marks. */
export function watchPlainFields(): PlainFieldWatcher {
  const states = new WeakMap<PlainField, FieldState>();
  const marked = new Set<PlainField>();
  /** Fields typed in since the caret last moved: the word at the caret is spared. */
  const typing = new WeakSet<PlainField>();
  const queue = new Set<PlainField>();
  /** Fields waiting for the worker's answer about some of their words. */
  const waiting = new Set<PlainField>();
  let cancelIdle: (() => void) | null = null;

  const clear = (input: PlainField) => {
    if (!marked.has(input)) return;
    for (const property of BACKGROUND_PROPERTIES) input.style.removeProperty(property);
    if (input.getAttribute('aria-invalid') === 'spelling') input.removeAttribute('aria-invalid');
    input.removeAttribute('data-misspelled');
    marked.delete(input);
    const state = states.get(input);
    if (state) state.painted = '';
  };

  const paint = (input: PlainField) => {
    const state = states.get(input);
    if (!state || state.flagged.length === 0 || !input.isConnected) return clear(input);
    const style = getComputedStyle(input);
    const contentHeight =
      input.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    // Just under each word's baseline, inside the content box.
    const boxes = wordBoxes(input, state.flagged).map((box) => ({
      x: box.x,
      y: Math.min(contentHeight - 3, box.top + box.height - 3),
      width: box.width,
    }));
    const painted = boxes.map((box) => `${box.x} ${box.y} ${box.width}`).join(',');
    if (painted === state.painted) return;
    state.painted = painted;
    const layers = (
      value: (box: { x: number; y: number; width: number }) => string,
      last: string,
    ) => [...boxes.map(value), last].join(', ');
    // The last layer carries the field's own background colour, unclipped.
    input.style.setProperty(
      'background-image',
      layers(() => SQUIGGLE, 'none'),
    );
    input.style.setProperty(
      'background-position',
      layers((box) => `${box.x}px ${box.y}px`, '0 0'),
    );
    input.style.setProperty(
      'background-size',
      layers((box) => `${box.width}px 3px`, 'auto'),
    );
    input.style.setProperty('background-repeat', 'no-repeat');
    input.style.setProperty('background-origin', 'content-box');
    input.style.setProperty(
      'background-clip',
      layers(() => 'content-box', 'border-box'),
    );
    input.setAttribute('aria-invalid', 'spelling');
    // The flagged words, for tests (the rich text's are in the highlight's ranges).
    input.setAttribute('data-misspelled', state.flagged.map((token) => token.word).join(' '));
    marked.add(input);
  };

  /** Flagged words of the field now, or null while the worker has not answered. */
  const flaggedIn = (input: PlainField, spareCaret: boolean): WordToken[] | null => {
    const caret = spareCaret ? input.selectionStart : null;
    // The word being typed is neither asked about nor flagged until the caret leaves it.
    const tokens = wordsToCheck(input.value).filter(
      (token) => !(caret !== null && token.start <= caret && caret <= token.end),
    );
    const unknown = tokens.filter((token) => spelling.isFlagged(token) === undefined);
    if (unknown.length) {
      spelling.client.request(unknown.map((token) => token.key));
      waiting.add(input);
      return null;
    }
    return tokens.filter((token) => spelling.isFlagged(token) === true);
  };

  const check = (input: PlainField) => {
    if (!spelling.isEnabled() || !isCheckedInput(input) || !input.isConnected) return clear(input);
    const spare = typing.has(input) && document.activeElement === input;
    const flagged = flaggedIn(input, spare);
    if (flagged === null) return; // checked again when the worker answers
    states.set(input, { value: input.value, flagged, painted: states.get(input)?.painted ?? '' });
    paint(input);
  };

  const run = (deadline: IdleDeadline) => {
    cancelIdle = null;
    const started = performance.now();
    for (const input of queue) {
      if (!hasTime(deadline, started)) break;
      queue.delete(input);
      check(input);
    }
    if (queue.size) schedule();
  };

  function schedule() {
    cancelIdle ??= whenIdle(run);
  }

  const enqueue = (inputs: Iterable<PlainField>) => {
    for (const input of inputs) queue.add(input);
    schedule();
  };

  const enqueueAll = () => {
    for (const input of marked) if (!input.isConnected) clear(input);
    enqueue([...document.querySelectorAll('input, textarea')].filter(isCheckedInput));
  };

  const onInput = (event: Event) => {
    if (!isCheckedInput(event.target)) return;
    typing.add(event.target);
    enqueue([event.target]);
  };
  const onCaretMoved = (event: Event) => {
    if (!isCheckedInput(event.target) || !typing.has(event.target)) return;
    if (event instanceof KeyboardEvent && !/^(Arrow|Home|End|Page)/.test(event.key)) return;
    typing.delete(event.target);
    enqueue([event.target]);
  };
  const onScroll = (event: Event) => {
    if (isCheckedInput(event.target) && marked.has(event.target)) paint(event.target);
  };
  const onResize = () => {
    for (const input of marked) paint(input);
  };

  const misspelling = (input: PlainField, token: WordToken): Misspelling => {
    const start = input.selectionStart ?? 0;
    const end = input.selectionEnd ?? start;
    return {
      word: token.word,
      rect: () => {
        const field = input.getBoundingClientRect();
        const [box] = wordBoxes(input, [token]);
        if (!box) return field;
        const style = getComputedStyle(input);
        const left = field.left + input.clientLeft + parseFloat(style.paddingLeft) + box.x;
        const top = field.top + input.clientTop + parseFloat(style.paddingTop) + box.top;
        return new DOMRect(left, top, box.width, box.height);
      },
      replace: (text) => {
        input.focus();
        // Changed while the menu was open: leave it.
        if (input.value.slice(token.start, token.end) !== token.word) return;
        input.setSelectionRange(token.start, token.end);
        // As if typed: React's onChange sees it and Ctrl+Z undoes it.
        document.execCommand('insertText', false, text);
      },
      restoreFocus: () => {
        input.focus();
        input.setSelectionRange(start, end);
      },
    };
  };

  const onContextMenu = (event: MouseEvent) => {
    const input = event.target;
    if (!isCheckedInput(input) || !spelling.isEnabled()) return;
    const flagged = flaggedIn(input, false);
    if (!flagged) return;
    const style = getComputedStyle(input);
    const field = input.getBoundingClientRect();
    const x = event.clientX - field.left - input.clientLeft - parseFloat(style.paddingLeft);
    const y = event.clientY - field.top - input.clientTop - parseFloat(style.paddingTop);
    const boxes = wordBoxes(input, flagged);
    const token = flagged.find((_candidate, index) => {
      const box = boxes[index];
      return (
        box && x >= box.x && x <= box.x + box.width && y >= box.top && y <= box.top + box.height
      );
    });
    if (!token) return;
    event.preventDefault();
    showSpellingMenu(misspelling(input, token), { x: event.clientX, y: event.clientY });
  };

  const unregisterField = registerSpellingField({
    misspellingNear: (element) => {
      if (!isCheckedInput(element) || !spelling.isEnabled()) return undefined;
      const flagged = flaggedIn(element, false) ?? [];
      const caret = element.selectionStart ?? 0;
      // As in the rich text: at the caret, the one just before it, the next one.
      const token =
        flagged.find((candidate) => candidate.start <= caret && caret <= candidate.end) ??
        flagged.filter((candidate) => candidate.end < caret).at(-1) ??
        flagged[0];
      return token ? misspelling(element, token) : null;
    },
  });

  document.addEventListener('input', onInput, true);
  document.addEventListener('focusout', onCaretMoved, true);
  document.addEventListener('click', onCaretMoved, true);
  document.addEventListener('keyup', onCaretMoved, true);
  document.addEventListener('scroll', onScroll, true);
  document.addEventListener('contextmenu', onContextMenu);
  window.addEventListener('resize', onResize);
  const unsubscribeService = spelling.subscribe(enqueueAll);
  // Only the fields that asked are looked at again when answers arrive.
  const unsubscribeAnswers = spelling.client.onAnswered(() => {
    if (waiting.size === 0) return;
    const asked = [...waiting];
    waiting.clear();
    enqueue(asked);
  });
  enqueueAll();

  const stop = () => {
    cancelIdle?.();
    unsubscribeAnswers();
    unsubscribeService();
    unregisterField();
    document.removeEventListener('input', onInput, true);
    document.removeEventListener('focusout', onCaretMoved, true);
    document.removeEventListener('click', onCaretMoved, true);
    document.removeEventListener('keyup', onCaretMoved, true);
    document.removeEventListener('scroll', onScroll, true);
    document.removeEventListener('contextmenu', onContextMenu);
    window.removeEventListener('resize', onResize);
    for (const input of [...marked]) clear(input);
  };
  return Object.assign(stop, { refresh: enqueueAll });
}
