import type PDFDocument from 'pdfkit';
import type { DocumentOutputInternals, PageOutputInternals } from 'pdfkit';

/**
 * How pdfkit writes a file, and what this module changes (the bytes stay
 * the same): every `_write` (an object's header, its dictionary, "stream",
 * each xref line…, ~90,000 of them for a 300-page referat) becomes a
 * Uint8Array of its own, pushed through a Node stream and collected chunk
 * by chunk; every operator a page gets (`addContent`, pdfkit's own
 * `markContent`, `save`, `lineTo`…) becomes a Uint8Array too, joined at the
 * page's end. On a cold export that was a tenth of the time and much of the
 * garbage collection. Here the text is kept as strings and turned into
 * bytes once: the file's when it ends, a page's content when the page ends.
 */

/** One byte per character, as pdfkit writes a string (its `fromBinaryString`: the low byte). */
function latin1(text: string, out: Uint8Array, offset: number): void {
  for (let i = 0; i < text.length; i++) out[offset + i] = text.charCodeAt(i) & 0xff;
}

/**
 * The document's bytes, resolved once `doc.end()` has written them all
 * (instead of pdfkit/output's `toBytes`): call before anything is written.
 */
export function collectBytes(doc: PDFDocument): Promise<Uint8Array> {
  const internals = doc as unknown as DocumentOutputInternals;
  // In order: what the constructor wrote (the header, still in the stream's buffer),
  // then runs of text (each `_write` one line) and binary streams.
  const parts: (string[] | Uint8Array)[] = [];
  const head = internals.read();
  if (head) parts.push(head);
  let lines: string[] = [];
  parts.push(lines);
  internals._write = (data) => {
    if (data instanceof Uint8Array) {
      parts.push(data);
      lines = [];
      parts.push(lines);
      internals._offset += data.length;
    } else {
      const line = `${data}\n`;
      lines.push(line);
      internals._offset += line.length;
    }
  };
  return new Promise((resolve, reject) => {
    internals.once('error', reject);
    // pdfkit ends its stream when the file is complete (the trailer written).
    internals.once('end', () => {
      const bytes = new Uint8Array(internals._offset);
      let offset = 0;
      for (const part of parts) {
        if (part instanceof Uint8Array) {
          bytes.set(part, offset);
          offset += part.length;
        } else {
          const text = part.join('');
          latin1(text, bytes, offset);
          offset += text.length;
        }
      }
      resolve(bytes);
    });
    internals.resume();
  });
}

/**
 * Keeps the current page's operators as strings until the page ends, then
 * writes them to its content stream as one chunk: the same bytes as one
 * chunk per operator (each is followed by a newline either way). Call
 * right after `addPage`.
 */
export function bufferPageContent(doc: PDFDocument): void {
  const page = doc.page as unknown as PageOutputInternals;
  const operators: string[] = [];
  page.write = (chunk) => {
    operators.push(chunk);
  };
  const end = page.end.bind(page);
  page.end = () => {
    if (operators.length > 0) page.content.write(operators.join('\n'));
    end();
  };
}
