import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { PdfFonts } from '../../../shared/export/pdf/index';

/** The font files of each face, in the fonts folder (resources/fonts in the repository). */
export const PDF_FONT_FILES: Record<keyof PdfFonts, string> = {
  regular: 'Carlito-Regular.ttf',
  bold: 'Carlito-Bold.ttf',
  italic: 'Carlito-Italic.ttf',
  boldItalic: 'Carlito-BoldItalic.ttf',
};

/**
 * The repository's fonts folder, found from this source file: right for the
 * command line and tests (run from the sources) and for the app run from a
 * build (out/main/ is as deep as electron/main/export/ is not, so the built
 * app passes its own folder: see fontFolder in desktop-export.ts).
 */
export const SOURCE_FONT_DIR = resolve(import.meta.dirname, '../../../resources/fonts');

/** Reads Carlito's four faces for the PDF export from `dir`. */
export async function loadPdfFonts(dir: string = SOURCE_FONT_DIR): Promise<PdfFonts> {
  const entries = await Promise.all(
    Object.entries(PDF_FONT_FILES).map(
      async ([face, file]) => [face, new Uint8Array(await readFile(join(dir, file)))] as const,
    ),
  );
  return Object.fromEntries(entries) as PdfFonts;
}
