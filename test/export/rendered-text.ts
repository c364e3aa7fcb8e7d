/**
 * A rendered document's text read as one string without whitespace, so a
 * heading or a field line is found wherever pdftotext broke its lines, and
 * each found place can be traced to its page. Footers ("Side 3 af 12") are
 * left out.
 */
import type { RenderedPages } from './libreoffice';

/** Text without any whitespace: how texts are compared here. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/** A rendered document as squeezed text with page boundaries. */
export class RenderedText {
  readonly text: string;
  private readonly pageStarts: number[] = [];

  constructor(pages: RenderedPages) {
    let text = '';
    for (const page of pages) {
      this.pageStarts.push(text.length);
      text += squeeze(page.replace(/^\s*Side \d+ af \d+\s*$/gm, ''));
    }
    this.text = text;
  }

  /** The 1-based page of a position in `text`. */
  pageAt(position: number): number {
    let page = 0;
    while (page + 1 < this.pageStarts.length && (this.pageStarts[page + 1] ?? 0) <= position) {
      page++;
    }
    return page + 1;
  }

  /** Where `needle` (squeezed) is first found at or after `from`, or -1. */
  find(needle: string, from = 0): number {
    return this.text.indexOf(squeeze(needle), from);
  }

  /** True when `needle` (squeezed) occurs anywhere. */
  has(needle: string): boolean {
    return this.find(needle) >= 0;
  }

  /**
   * The contents list, read in order from its title: each entry's page
   * number — the digits after its text and leader dots, before the next
   * entry, a group label or `following` (the text printed after the list) —
   * and where `following` starts. Null where an entry is missing.
   */
  contents(
    title: string,
    entries: string[],
    following: string,
  ): { numbers: (number | null)[]; end: number } {
    let cursor = this.find(title);
    if (cursor < 0) return { numbers: entries.map(() => null), end: 0 };
    const found = entries.map((entry) => {
      const at = this.find(entry, cursor);
      if (at < 0) return null;
      cursor = at + squeeze(entry).length;
      return { start: at, end: cursor };
    });
    const end = this.find(following, cursor);
    const numbers = found.map((entry, i) => {
      if (!entry) return null;
      const next = found.slice(i + 1).find((later) => later !== null)?.start ?? end;
      const match = /^\.*(\d+)/.exec(this.text.slice(entry.end, next < 0 ? undefined : next));
      return match ? Number(match[1]) : null;
    });
    return { numbers, end };
  }

  /** Each heading found in order from `from`: where it starts and on which page (null when missing). */
  headings(texts: string[], from = 0): { at: number; page: number | null }[] {
    let cursor = from;
    return texts.map((heading) => {
      const at = this.find(heading, cursor);
      if (at < 0) return { at: -1, page: null };
      cursor = at + squeeze(heading).length;
      return { at, page: this.pageAt(at) };
    });
  }
}
