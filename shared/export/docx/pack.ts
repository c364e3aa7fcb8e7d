import { Packer, type Document } from 'docx';
import { unzipSync } from 'fflate/browser';
import { JAVASCRIPT_COMPRESSION, zipFiles, type Compression } from './zip';

/** A package part written as text, in place of docx's own. */
export interface PackagePart {
  path: string;
  data: string;
}

/**
 * The .docx bytes: docx's package with `parts` (the body and the
 * numbering, written as text) in place of its own.
 *
 * docx packs the package with those parts empty, which is small and quick
 * to zip and unzip again; the parts are then zipped together by ./zip.ts,
 * in docx's order ([Content_Types].xml first). Deflating the 2–3 MB of
 * text is most of the zip's cost, which `compression` decides.
 */
export async function packDocx(
  document: Document,
  parts: PackagePart[],
  compression: Compression = JAVASCRIPT_COMPRESSION,
): Promise<Uint8Array> {
  const scaffold = await Packer.toArrayBuffer(
    document,
    false,
    parts.map(({ path }) => ({ path, data: '' })),
  );
  const files = unzipSync(new Uint8Array(scaffold));
  const encoder = new TextEncoder();
  for (const { path, data } of parts) files[path] = encoder.encode(data);
  return zipFiles(Object.entries(files), compression);
}
