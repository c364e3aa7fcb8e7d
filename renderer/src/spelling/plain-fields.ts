/**
 * Spellchecking for the plain one-line fields (titles, names, Mødested,
 * Bilag titles). The Custom Highlight API cannot reach the text inside an
 * <input>, so each misspelled word gets a wavy line painted as a background
 * layer of the input itself, placed under the word by measuring the text
 * with the input's own font (canvas measureText) and its scroll position.
 * Nothing is added to the DOM or to React's tree, and the value is never
 * touched; `aria-invalid="spelling"` tells assistive technology. Ctrl+. and
 * the context menu offer the suggestions, as in the rich text.
 *
 * Fields opt out with the standard `spellcheck="false"` attribute.
 */
import { wordsToCheck, type WordToken } from '../../../shared/spelling/words';
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

/** True for a one-line text input the checker looks at. */
export function isCheckedInput(element: unknown): element is HTMLInputElement {
  return (
    element instanceof HTMLInputElement &&
    (element.type === 'text' || element.type === 'search') &&
    !element.readOnly &&
    !element.disabled &&
    element.getAttribute('spellcheck') !== 'false'
  );
}

interface FieldState {
  value: string;
  flagged: WordToken[];
  /** The painted background, to skip repainting the same marks. */
  painted: string;
}

let canvas: CanvasRenderingContext2D | null = null;

function measurer(input: HTMLInputElement): CanvasRenderingContext2D | null {
  canvas ??= document.createElement('canvas').getContext('2d');
  if (!canvas) return null;
  const style = getComputedStyle(input);
  canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  canvas.letterSpacing = style.letterSpacing === 'normal' ? '0px' : style.letterSpacing;
  return canvas;
}

/** Where a word is drawn, in px from the input's content box, scrolled as the input is. */
function wordBox(
  input: HTMLInputElement,
  token: WordToken,
  context: CanvasRenderingContext2D,
): { x: number; width: number } {
  const x = context.measureText(input.value.slice(0, token.start)).width - input.scrollLeft;
  return { x, width: context.measureText(token.word).width };
}

/** A running watcher: call it to stop; `refresh` looks at the page's fields again. */
export type PlainFieldWatcher = (() => void) & { refresh: () => void };

/** Starts watching the page's plain fields; call the result to stop it and clear the marks. */
export function watchPlainFields(): PlainFieldWatcher {
  const states = new WeakMap<HTMLInputElement, FieldState>();
  const marked = new Set<HTMLInputElement>();
  /** Fields typed in since the caret last moved: the word at the caret is spared. */
  const typing = new WeakSet<HTMLInputElement>();
  const queue = new Set<HTMLInputElement>();
  let cancelIdle: (() => void) | null = null;

  const clear = (input: HTMLInputElement) => {
    if (!marked.has(input)) return;
    for (const property of BACKGROUND_PROPERTIES) input.style.removeProperty(property);
    if (input.getAttribute('aria-invalid') === 'spelling') input.removeAttribute('aria-invalid');
    input.removeAttribute('data-misspelled');
    marked.delete(input);
    const state = states.get(input);
    if (state) state.painted = '';
  };

  const paint = (input: HTMLInputElement) => {
    const state = states.get(input);
    if (!state || state.flagged.length === 0 || !input.isConnected) return clear(input);
    const context = measurer(input);
    if (!context) return;
    const style = getComputedStyle(input);
    const contentHeight =
      input.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    const fontSize = parseFloat(style.fontSize);
    const lineHeight =
      style.lineHeight === 'normal' ? fontSize * 1.2 : parseFloat(style.lineHeight);
    // Just under the text's baseline, inside the content box.
    const y = Math.min(contentHeight - 3, (contentHeight + lineHeight) / 2 - 3);
    const boxes = state.flagged.map((token) => wordBox(input, token, context));
    const painted = boxes.map((box) => `${box.x} ${box.width}`).join(',') + `@${y}`;
    if (painted === state.painted) return;
    state.painted = painted;
    const layers = (value: (box: { x: number; width: number }) => string, last: string) =>
      [...boxes.map(value), last].join(', ');
    // The last layer carries the input's own background colour, unclipped.
    input.style.setProperty(
      'background-image',
      layers(() => SQUIGGLE, 'none'),
    );
    input.style.setProperty(
      'background-position',
      layers((box) => `${box.x}px ${y}px`, '0 0'),
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
  const flaggedIn = (input: HTMLInputElement, spareCaret: boolean): WordToken[] | null => {
    const tokens = wordsToCheck(input.value);
    const unknown = tokens.filter((token) => spelling.isFlagged(token) === undefined);
    if (unknown.length) {
      spelling.client.request(unknown.map((token) => token.key));
      return null;
    }
    const caret = spareCaret ? input.selectionStart : null;
    return tokens.filter(
      (token) =>
        spelling.isFlagged(token) === true &&
        !(caret !== null && token.start <= caret && caret <= token.end),
    );
  };

  const check = (input: HTMLInputElement) => {
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

  const enqueue = (inputs: Iterable<HTMLInputElement>) => {
    for (const input of inputs) queue.add(input);
    schedule();
  };

  const enqueueAll = () => {
    for (const input of marked) if (!input.isConnected) clear(input);
    enqueue([...document.querySelectorAll('input')].filter(isCheckedInput));
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

  const misspelling = (input: HTMLInputElement, token: WordToken): Misspelling => {
    const start = input.selectionStart ?? 0;
    const end = input.selectionEnd ?? start;
    return {
      word: token.word,
      rect: () => {
        const context = measurer(input);
        const box = input.getBoundingClientRect();
        if (!context) return box;
        const style = getComputedStyle(input);
        const left =
          box.left +
          input.clientLeft +
          parseFloat(style.paddingLeft) +
          wordBox(input, token, context).x;
        return new DOMRect(left, box.top, wordBox(input, token, context).width, box.height);
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
    const context = measurer(input);
    const flagged = flaggedIn(input, false);
    if (!context || !flagged) return;
    const style = getComputedStyle(input);
    const x =
      event.clientX -
      input.getBoundingClientRect().left -
      input.clientLeft -
      parseFloat(style.paddingLeft);
    const token = flagged.find((candidate) => {
      const box = wordBox(input, candidate, context);
      return x >= box.x && x <= box.x + box.width;
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
  const unsubscribeAnswers = spelling.client.onAnswered(enqueueAll);
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
