/**
 * The sizes a meeting may have, shared by every path that reads or writes
 * one: opening a file, the IPC contract, and saving. One set of numbers, so
 * the app can never write a file it would then refuse to open.
 */
export const LIMITS = {
  /** Bytes of a `.referat` file (UTF-8). Real meetings are a few MB; 290 pages are ~2 MB. */
  fileBytes: 64 * 1024 * 1024,
  /** Agenda items in one meeting (municipal agendas have tens; a year's worth is a few hundred). */
  items: 2000,
  /** Participants in one meeting. */
  participants: 500,
  /** Decisions on one item. */
  decisionsPerItem: 500,
  /** Bilag on one item. */
  attachmentsPerItem: 1000,
  /** Protokolbemærkninger on one decision (one per member or group is the most a body has). */
  protocolNotesPerDecision: 200,
  /** Characters of one protokolbemærkning: a short statement, at most a few paragraphs. */
  protocolNoteChars: 20000,
} as const;

/** UTF-8 length of `text` in bytes, without allocating an encoded copy. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one 4-byte code point.
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
