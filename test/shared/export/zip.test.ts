import { crc32 as nodeCrc32, deflateRawSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, JAVASCRIPT_COMPRESSION, zipFiles } from '../../../shared/export/docx/zip';

const files: [string, Uint8Array][] = [
  ['[Content_Types].xml', new TextEncoder().encode('<Types/>')],
  ['word/document.xml', new TextEncoder().encode('<w:document>æøå 😀 </w:document>'.repeat(5000))],
  ['word/tom.xml', new Uint8Array(0)],
];
const native = {
  deflateRaw: (d: Uint8Array) => deflateRawSync(d),
  crc32: (d: Uint8Array) => nodeCrc32(d),
};

describe('the .docx zip writer', () => {
  it('computes zip’s CRC-32 as zlib does', () => {
    for (const [, data] of files) expect(crc32(data)).toBe(nodeCrc32(data));
  });

  it.each([
    ['JavaScript', JAVASCRIPT_COMPRESSION],
    ['native zlib', native],
  ])('writes a zip another reader unpacks to the same files, in order (%s)', (_, compression) => {
    const zip = zipFiles(files, compression);
    // fflate checks each entry's size, not its CRC: read those from the local headers.
    const view = new DataView(zip.buffer, zip.byteOffset);
    let at = 0;
    for (const [, data] of files) {
      expect(view.getUint32(at, true)).toBe(0x04034b50);
      expect(view.getUint32(at + 14, true)).toBe(nodeCrc32(data));
      at += 30 + view.getUint16(at + 26, true) + view.getUint32(at + 18, true);
    }
    const read = unzipSync(zip);
    expect(Object.keys(read)).toEqual(files.map(([path]) => path));
    for (const [path, data] of files)
      expect(strFromU8(read[path] ?? new Uint8Array([1]))).toBe(strFromU8(data));
    expect(zip.length).toBeLessThan(files.reduce((sum, [, d]) => sum + d.length, 0) / 10);
  });

  it('gives the same bytes for the same files', () => {
    expect(zipFiles(files, native)).toEqual(zipFiles(files, native));
  });
});
