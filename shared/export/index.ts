import { Packer } from 'docx';
import type { Meeting } from '../model/meeting';
import { buildBlocks } from './build-blocks';
import { createDocument } from './docx/document';
import { contentsPageNumbers } from './layout/contents-pages';
import type { ExportOptions } from './options';

export type { ExportOptions, ExportVersion } from './options';

/**
 * The Word export: a meeting → the bytes of a .docx, pure (no I/O). The
 * contents list is a real Word TOC field pre-filled with each item's page,
 * computed by the export's own pagination, so it is right on first open in
 * Word and in viewers that never update fields.
 */
export async function exportMeetingToDocx(
  meeting: Meeting,
  options: ExportOptions,
): Promise<Uint8Array> {
  const blocks = buildBlocks(meeting, options);
  const pages = contentsPageNumbers(blocks);
  const document = createDocument(meeting, options, blocks, pages);
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
