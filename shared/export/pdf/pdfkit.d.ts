/**
 * The part of pdfkit 0.20's API the PDF export uses, typed here: pdfkit
 * ships no types, and @types/pdfkit describes an older API and pulls Node's
 * types into shared/. Checked against pdfkit's source (js/pdfkit.browser.mjs).
 */
declare module 'pdfkit' {
  /** Marked content on a page, to be added to a structure element. */
  export interface PDFStructureContent {
    readonly refs: unknown[];
  }

  /** A link annotation that a structure element (Link) refers to. */
  export interface PDFAnnotationReference {
    readonly annotationRef: unknown;
  }

  /** A structure element (H1, P, L, Table…) of the tagged PDF's logical structure. */
  export interface PDFStructureElement {
    add(child: PDFStructureElement | PDFStructureContent): this;
    /** Ends the element (and its children); it is written once its parent is attached. */
    end(): void;
  }

  /** Options of a structure element. */
  export interface StructureOptions {
    title?: string;
    lang?: string;
    alt?: string;
    actual?: string;
    /** For TH: Row, Column or Both. */
    scope?: 'Row' | 'Column' | 'Both';
  }

  /** An outline (bookmarks) node. */
  export interface PDFOutline {
    addItem(title: string, options?: { expanded?: boolean; pageNumber?: number }): PDFOutline;
  }

  /** Options of `new PDFDocument`. */
  export interface PDFDocumentOptions {
    pdfVersion?: '1.4' | '1.5' | '1.6' | '1.7';
    tagged?: boolean;
    subset?: 'PDF/UA';
    lang?: string;
    displayTitle?: boolean;
    autoFirstPage?: boolean;
    /** No default font: null keeps pdfkit from loading Helvetica's metrics (fonts are registered instead). */
    font?: null;
    info?: {
      Title?: string;
      Author?: string;
      Subject?: string;
      Keywords?: string;
      Creator?: string;
      Producer?: string;
      CreationDate?: Date;
      ModDate?: Date;
    };
  }

  /** Options of `text()`, as the export uses it: one run at a given baseline, no wrapping. */
  export interface TextOptions {
    lineBreak: false;
    baseline: 'alphabetic';
  }

  /** Options of an annotation (link, goTo) as the export passes them. */
  export interface AnnotationOptions {
    structParent?: PDFStructureElement;
    /** The annotation's alternate description (a PDF text string). */
    Contents?: string | object;
  }

  /**
   * Internals of pdfkit's embedded (TrueType) font that ./glyphs.ts encodes
   * text with, as its own `encode` does: the fontkit font, the subset, the
   * widths and ToUnicode entries of the glyphs used; its resource name and
   * object reference for the page.
   */
  export interface EmbeddedFontInternals {
    readonly id: string;
    ref(): unknown;
    /** The fontkit font. */
    readonly font: {
      glyphForCodePoint(codePoint: number): FontkitGlyph;
      layout(text: string): { glyphs: FontkitGlyph[] };
    };
    /** The subset being built: a glyph id → its id in the subset. */
    readonly subset: { includeGlyph(glyphId: number): number };
    /** Per subset glyph id: its advance width (1000 units per em), written to the font's widths. */
    readonly widths: (number | undefined)[];
    /** Per subset glyph id: the code points it stands for, written to the ToUnicode map. */
    readonly unicode: (number[] | undefined)[];
    /** 1000 / units per em. */
    readonly scale: number;
  }

  /** A fontkit glyph. */
  export interface FontkitGlyph {
    readonly id: number;
    readonly advanceWidth: number;
    readonly codePoints: number[];
  }

  /** The current page's internals ./text.ts needs: its height and its font resources. */
  export interface PageInternals {
    readonly height: number;
    readonly fonts: Record<string, unknown>;
  }

  /**
   * Internals of the document's output that ./output.ts takes over: its
   * `_write` (a line of text, or a stream's bytes), the byte count so far
   * (the cross-reference table's offsets), and its Node readable stream,
   * which holds what was written before and ends when the file is complete.
   */
  export interface DocumentOutputInternals {
    _write: (data: string | Uint8Array) => void;
    _offset: number;
    once(event: 'end', listener: () => void): void;
    once(event: 'error', listener: (error: unknown) => void): void;
    resume(): void;
    /** What is buffered in the stream (Node's `Readable.read()`), or null. */
    read(): Uint8Array | null;
  }

  /** Internals of a page that ./output.ts buffers: its operators, its end, its content stream. */
  export interface PageOutputInternals {
    write: (chunk: string) => void;
    end: () => void;
    readonly content: { write(chunk: string): void };
  }

  /** An image pdfkit has read (its pixel size), drawn with `image()`. */
  export interface PDFImage {
    readonly width: number;
    readonly height: number;
  }

  /** A PDF document being written; its bytes are read with `collectBytes` (./output.ts). */
  export default class PDFDocument {
    /** Internal: the font chosen by the last `font()` call. */
    readonly _font: EmbeddedFontInternals;
    /** Internal: the page being written. */
    readonly page: PageInternals;
    /** Appends operators to the current page's content stream. */
    addContent(operators: string): this;
    constructor(options?: PDFDocumentOptions);
    readonly outline: PDFOutline;
    addPage(options: { size: [number, number]; margin: number }): this;
    registerFont(name: string, source: Uint8Array): this;
    font(name: string): this;
    fontSize(size: number): this;
    fillColor(color: string): this;
    strokeColor(color: string): this;
    lineWidth(width: number): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    rect(x: number, y: number, width: number, height: number): this;
    circle(x: number, y: number, radius: number): this;
    fill(color?: string): this;
    stroke(color?: string): this;
    save(): this;
    restore(): this;
    text(text: string, x: number, y: number, options: TextOptions): this;
    /** A link annotation to a URL. */
    link(
      x: number,
      y: number,
      width: number,
      height: number,
      url: string,
      options?: AnnotationOptions,
    ): this;
    /** A link annotation to a named destination. */
    goTo(
      x: number,
      y: number,
      width: number,
      height: number,
      name: string,
      options?: AnnotationOptions,
    ): this;
    /** A named destination on the current page: 'XYZ' with left and top (in pdfkit's top-down y). */
    addNamedDestination(name: string, fit: 'XYZ', left: number, top: number, zoom: null): void;
    struct(type: string, options?: StructureOptions): PDFStructureElement;
    addStructure(element: PDFStructureElement): this;
    markContent(tag: 'Artifact', options: { type: 'Pagination' | 'Layout' }): this;
    /** An image (PNG or JPEG bytes) read once, to be drawn on several pages as one object. */
    openImage(source: Uint8Array): PDFImage;
    /** Draws an image with its top-left corner at (x, y), scaled to the size given. */
    image(image: PDFImage, x: number, y: number, options: { width: number; height: number }): this;
    markStructureContent(tag: string): PDFStructureContent;
    endMarkedContent(): this;
    end(): void;
  }
}

declare module 'pdfkit/output' {
  import type PDFDocument from 'pdfkit';
  /** pdfkit's own collector of a document's bytes (the tests compare ../output.ts with it); call before `doc.end()`. */
  export function toBytes(document: PDFDocument): Promise<Uint8Array>;
}
