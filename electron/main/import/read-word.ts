/**
 * Reading a Word dagsorden (.docx) with mammoth, for the import in the app
 * and the CLI. Mammoth reads the document; the recogniser
 * (shared/import/recognise.ts) makes sense of its HTML. What mammoth cannot
 * read is told apart here by the file's first bytes, so the secretary gets
 * one clear Danish line: an old .doc or an encrypted file (both an OLE
 * compound file), a damaged .docx (a zip that does not open), or no Word
 * file at all.
 */
import mammoth from 'mammoth';
import { WORD_STYLE_MAP } from '../../../shared/import/style-map';

/** Mammoth's HTML of a document and its warnings (Danish where we can say what they mean). */
export interface WordHtml {
  html: string;
  messages: string[];
}

/** Why a file could not be read; `message` is the Danish line for the secretary. */
export class WordReadError extends Error {
  constructor(
    readonly reason: 'doc' | 'encrypted' | 'damaged' | 'not-word',
    message: string,
  ) {
    super(message);
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** True when an OLE compound file holds an encrypted Office document (its "EncryptedPackage" stream). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  // Directory entry names are UTF-16LE; finding the name is enough to tell the two OLE kinds apart.
  const name = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name);
}

/** What is wrong with a file that is not a readable .docx, judged by its bytes; null when it looks like one. */
export function classifyWordFile(bytes: Uint8Array): WordReadError | null {
  if (startsWith(bytes, OLE)) {
    return isEncryptedPackage(bytes)
      ? new WordReadError(
          'encrypted',
          'Filen er beskyttet med adgangskode. Åbn den i Word, fjern adgangskoden (Filer › Info › Beskyt dokument), gem den og prøv igen.',
        )
      : new WordReadError(
          'doc',
          'Filen er et ældre Word-dokument (.doc). Åbn den i Word, gem den som Word-dokument (.docx) og prøv igen.',
        );
  }
  if (!startsWith(bytes, ZIP)) {
    return new WordReadError(
      'not-word',
      'Filen er ikke et Word-dokument (.docx). Vælg dagsordenen som Word-fil.',
    );
  }
  return null;
}

const DAMAGED = new WordReadError(
  'damaged',
  'Word-filen er beskadiget og kan ikke læses. Åbn den i Word og gem den igen, eller bed om en ny kopi.',
);

/** The HTML of a .docx; throws a WordReadError with the Danish line when it cannot be read. */
export async function readWordHtml(bytes: Uint8Array): Promise<WordHtml> {
  const problem = classifyWordFile(bytes);
  if (problem) throw problem;
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: [...WORD_STYLE_MAP],
        // Images are not kept: an empty <img> marks the spot for "[billede udeladt]".
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        ignoreEmptyParagraphs: true,
      },
    );
  } catch {
    // A zip without word/document.xml, a truncated zip, malformed XML: all "damaged" to the secretary.
    throw DAMAGED;
  }
  // Unknown styles are expected (every document has its own); only real losses are worth a line.
  const messages = result.messages
    .filter((m) => m.type === 'error')
    .map(() => 'En del af dokumentet kunne ikke læses og er udeladt.');
  return { html: result.value, messages: [...new Set(messages)] };
}
