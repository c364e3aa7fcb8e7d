/**
 * Reading a Word dagsorden (.docx) with mammoth, for the import in the app
 * and the CLI. Mammoth reads the document; the recogniser
 * (shared/import/recognise.ts) makes sense of its HTML. What mammoth cannot
 * read is told apart here by the file's first bytes, so the secretary gets
 * one clear Danish line (shared/ipc/describe-error.ts): an old .doc or an
 * encrypted file (both an OLE compound file), a damaged .docx (a zip that
 * does not open), or no Word file at all.
 */
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { WORD_STYLE_MAP } from '../../../shared/import/style-map';
import {
  err,
  fromFileProblem,
  ok,
  type IpcErrorCode,
  type Result,
} from '../../../shared/ipc/result';
import { readRegularFile } from '../fs/read-regular-file';

/** Mammoth's HTML of a document and what it could not read (Danish lines). */
export interface WordHtml {
  html: string;
  messages: string[];
}

/** A dagsorden is text: far below this; a larger file is refused before mammoth unpacks it. */
export const MAX_WORD_BYTES = 100 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** True when an OLE compound file holds an encrypted Office document (its "EncryptedPackage" stream). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  // Directory entry names are UTF-16LE; the name alone tells the two OLE kinds apart.
  const name = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name);
}

/** Why `bytes` are no readable .docx, judged by their first bytes; null when they look like one. */
export function classifyWordFile(bytes: Uint8Array): IpcErrorCode | null {
  if (startsWith(bytes, OLE))
    return isEncryptedPackage(bytes) ? 'word-encrypted' : 'word-old-format';
  return startsWith(bytes, ZIP) ? null : 'not-word';
}

/**
 * The text parts (XML) of a .docx unpack to at most this: thousands of
 * pages of text. A larger one is a zip bomb or no dagsorden, and is refused
 * before anything is unpacked: inflating it could exhaust memory in one
 * allocation, which even the worker's memory limit does not catch.
 */
export const MAX_UNPACKED_XML_BYTES = 64 * 1024 * 1024;

/** The unpacked size of the .docx's XML parts, as its zip directory declares them; null when it is no readable zip. */
function unpackedXmlBytes(bytes: Uint8Array): number | null {
  let total = 0;
  try {
    // The filter sees each entry's directory record and declines it: nothing is inflated.
    unzipSync(bytes, {
      filter: (file) => {
        if (/\.(xml|rels)$/i.test(file.name)) total += file.originalSize;
        return false;
      },
    });
  } catch {
    return null;
  }
  return total;
}

/** The HTML of a .docx's bytes, or why it cannot be read. */
export async function wordBytesToHtml(bytes: Uint8Array): Promise<Result<WordHtml>> {
  const problem = classifyWordFile(bytes);
  if (problem) return err({ code: problem });
  const unpacked = unpackedXmlBytes(bytes);
  if (unpacked === null) return err({ code: 'word-damaged', detail: 'not a readable zip' });
  if (unpacked > MAX_UNPACKED_XML_BYTES) {
    return err({ code: 'word-too-large', detail: `${unpacked} bytes of XML` });
  }
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: [...WORD_STYLE_MAP],
        // Images are not kept: an empty <img> marks the spot for "[billede udeladt]".
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    // Unknown styles are expected (every document has its own); only real losses are worth a line.
    const lost = result.messages.some((message) => message.type === 'error');
    return ok({
      html: result.value,
      messages: lost ? ['En del af dokumentet kunne ikke læses og er udeladt.'] : [],
    });
  } catch (error) {
    // A truncated zip, a zip without word/document.xml, malformed XML: all "damaged" to the secretary.
    return err({ code: 'word-damaged', detail: String(error) });
  }
}

/**
 * Reads the Word file the user chose at `path` with `read` (the app's
 * import reads and keeps it in a worker, see word-reader.ts); errors name
 * the file.
 */
export async function readWordFileWith<T>(
  path: string,
  read: (bytes: Uint8Array) => Promise<Result<T>>,
): Promise<Result<T>> {
  const file = await readRegularFile(path, MAX_WORD_BYTES);
  if (!file.ok) return err(fromFileProblem(file.problem, path));
  const result = await read(file.bytes);
  return result.ok ? result : err({ ...result.error, path });
}

/** Reads the Word file at `path` to HTML in this thread (the CLI); errors name the file. */
export function readWordFile(path: string): Promise<Result<WordHtml>> {
  return readWordFileWith(path, wordBytesToHtml);
}
