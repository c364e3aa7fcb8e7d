import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ICNS_ENTRIES, ICO_SIZES, PNG_SIZES, writeIconSet } from '../../scripts/generate-icons';
import { ROOT } from './builder-config';

const ICONS = join(ROOT, 'build/icons');
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8).equals(PNG_MAGIC)).toBe(true);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('generated icons', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'referat-icons-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('has a PNG of every size for Linux', () => {
    for (const size of PNG_SIZES) {
      expect(pngSize(readFileSync(join(ICONS, `png/${size}x${size}.png`)))).toEqual([size, size]);
    }
  });

  it.each(['icon', 'document'])('%s.ico holds bitmaps below 256 px and a 256 px PNG', (name) => {
    const ico = readFileSync(join(ICONS, `${name}.ico`));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([
      0,
      1,
      ICO_SIZES.length,
    ]);
    ICO_SIZES.forEach((size, index) => {
      const entry = 6 + 16 * index;
      expect(ico.readUInt8(entry) || 256).toBe(size);
      const body = ico.subarray(
        ico.readUInt32LE(entry + 12),
        ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8),
      );
      if (size === 256) {
        expect(pngSize(body)).toEqual([256, 256]);
      } else {
        // BITMAPINFOHEADER: 40 bytes, width, double height (colour + mask), 32 bpp.
        expect([body.readUInt32LE(0), body.readInt32LE(4), body.readInt32LE(8)]).toEqual([
          40,
          size,
          size * 2,
        ]);
        expect(body.readUInt16LE(14)).toBe(32);
        // A real picture: not fully transparent.
        const alpha = [...body.subarray(40, 40 + size * size * 4)].filter((_, i) => i % 4 === 3);
        expect(alpha.some((a) => a > 0)).toBe(true);
      }
    });
  });

  it.each(['icon', 'document'])('%s.icns lists every Retina size with PNG data', (name) => {
    const icns = readFileSync(join(ICONS, `${name}.icns`));
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found: Array<[string, number]> = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      const png = icns.subarray(at + 8, at + icns.readUInt32BE(at + 4));
      found.push([icns.toString('ascii', at, at + 4), pngSize(png)[0]]);
    }
    expect(found).toEqual(ICNS_ENTRIES.map(([type, size]) => [type, size]));
  });

  it('the committed icons are what the script renders from the SVG sources', () => {
    for (const name of ['icon', 'document']) {
      writeIconSet(join(ICONS, `${name}.svg`), scratch, name);
      for (const ext of ['ico', 'icns']) {
        const fresh = readFileSync(join(scratch, `${name}.${ext}`));
        expect(fresh.equals(readFileSync(join(ICONS, `${name}.${ext}`))), `${name}.${ext}`).toBe(
          true,
        );
      }
    }
  });
});
