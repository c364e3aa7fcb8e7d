/**
 * Where the words of a plain field are drawn, so a mark can be painted
 * under one: px from the field's content box, scrolled as the field is.
 * One-line inputs are measured with a canvas in the input's own font; a
 * textarea wraps, so its text is laid out once in a hidden copy of the
 * same width and font and the words' boxes read from there.
 */
import type { WordToken } from '../../../shared/spelling/words';

/** A text field the checker marks. */
export type PlainField = HTMLInputElement | HTMLTextAreaElement;

/** A word's box inside the field's content box. */
export interface WordBox {
  x: number;
  top: number;
  width: number;
  height: number;
}

let canvas: CanvasRenderingContext2D | null = null;

function lineHeightOf(style: CSSStyleDeclaration): number {
  const fontSize = parseFloat(style.fontSize);
  return style.lineHeight === 'normal' ? fontSize * 1.2 : parseFloat(style.lineHeight);
}

function inputBoxes(input: HTMLInputElement, tokens: WordToken[]): WordBox[] {
  canvas ??= document.createElement('canvas').getContext('2d');
  if (!canvas) return [];
  const context = canvas;
  const style = getComputedStyle(input);
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  context.letterSpacing = style.letterSpacing === 'normal' ? '0px' : style.letterSpacing;
  const contentHeight =
    input.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
  const height = lineHeightOf(style);
  // One line, centred vertically in the content box.
  const top = (contentHeight - height) / 2;
  return tokens.map((token) => ({
    x: context.measureText(input.value.slice(0, token.start)).width - input.scrollLeft,
    top,
    width: context.measureText(token.word).width,
    height,
  }));
}

const COPIED = [
  'fontStyle',
  'fontWeight',
  'fontSize',
  'fontFamily',
  'letterSpacing',
  'wordSpacing',
  'lineHeight',
  'textTransform',
  'tabSize',
] as const;

function textareaBoxes(area: HTMLTextAreaElement, tokens: WordToken[]): WordBox[] {
  const style = getComputedStyle(area);
  const copy = document.createElement('div');
  for (const property of COPIED) copy.style[property] = style[property];
  Object.assign(copy.style, {
    position: 'absolute',
    visibility: 'hidden',
    left: '-10000px',
    top: '0',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'break-word',
    boxSizing: 'content-box',
    padding: '0',
    border: '0',
    width: `${area.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)}px`,
  });
  const spans: HTMLSpanElement[] = [];
  let at = 0;
  for (const token of tokens) {
    copy.append(area.value.slice(at, token.start));
    const span = document.createElement('span');
    span.textContent = token.word;
    copy.append(span);
    spans.push(span);
    at = token.end;
  }
  copy.append(`${area.value.slice(at)}\u200b`);
  document.body.append(copy);
  const boxes = spans.map((span) => ({
    x: span.offsetLeft - area.scrollLeft,
    top: span.offsetTop - area.scrollTop,
    width: span.offsetWidth,
    height: span.offsetHeight,
  }));
  copy.remove();
  return boxes;
}

/** The boxes of `tokens` in `field`, in order. */
export function wordBoxes(field: PlainField, tokens: WordToken[]): WordBox[] {
  if (tokens.length === 0) return [];
  return field instanceof HTMLInputElement
    ? inputBoxes(field, tokens)
    : textareaBoxes(field, tokens);
}
