/**
 * Renders the app and document icons from their SVG sources in build/icons/
 * into every format the installers need:
 *
 * - `png/<n>x<n>.png` for Linux (AppImage/deb read the folder) and as the
 *   source of everything else;
 * - `.ico` for Windows: 16–48 px as classic 32-bit bitmaps, 256 px as PNG.
 *   NSIS's makensis refuses PNG-compressed entries below 256 px, and Explorer
 *   picks the bitmap sizes for small views;
 * - `.icns` for macOS: PNG entries from 16 to 1024 px (Retina variants).
 *
 * SVG rasterising uses @resvg/resvg-js (a prebuilt native renderer from npm:
 * no system libraries, no browser, deterministic output). The ICO and ICNS
 * containers are simple enough to write here, which saves two dependencies.
 *
 * Run with `npm run icons`; the outputs are committed so packaging needs
 * no extra step.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Sizes written as PNG files for Linux and used to build the other formats. */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
/** Sizes inside the Windows .ico. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 256] as const;
/** The .icns entry types and their pixel sizes (ic11–ic14 are the @2x variants). */
export const ICNS_ENTRIES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['icp6', 64],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024],
] as const;

/** A rendered square image: PNG bytes plus straight (non-premultiplied) RGBA pixels. */
export interface RenderedIcon {
  size: number;
  png: Buffer;
  rgba: Buffer;
}

/** Renders `svg` to a `size`×`size` image. */
export function renderSvg(svg: string, size: number): RenderedIcon {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();
  // resvg hands out premultiplied pixels; bitmaps in an .ico are straight alpha.
  const rgba = Buffer.from(image.pixels);
  for (let i = 0; i < rgba.length; i += 4) {
    const alpha = rgba[i + 3] ?? 0;
    if (alpha === 0 || alpha === 255) continue;
    for (let c = 0; c < 3; c++)
      rgba[i + c] = Math.min(255, Math.round(((rgba[i + c] ?? 0) * 255) / alpha));
  }
  return { size, png: image.asPng(), rgba };
}

/** A 32-bit BMP (DIB) entry as stored in an .ico: bottom-up BGRA rows plus a 1-bit AND mask. */
function dibEntry({ size, rgba }: RenderedIcon): Buffer {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour rows + mask rows, as ICO requires
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = ((size - 1 - y) * size + x) * 4;
      const to = (y * size + x) * 4;
      pixels[to] = rgba[from + 2] ?? 0;
      pixels[to + 1] = rgba[from + 1] ?? 0;
      pixels[to + 2] = rgba[from] ?? 0;
      pixels[to + 3] = rgba[from + 3] ?? 0;
    }
  }
  // All-zero mask: transparency comes from the alpha channel.
  const maskRowBytes = Math.ceil(size / 32) * 4;
  return Buffer.concat([header, pixels, Buffer.alloc(maskRowBytes * size)]);
}

/** Builds a Windows .ico from rendered images (256 px stored as PNG, smaller as bitmaps). */
export function encodeIco(images: readonly RenderedIcon[]): Buffer {
  const bodies = images.map((image) => (image.size >= 256 ? image.png : dibEntry(image)));
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2); // type 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((image, index) => {
    const entry = 6 + 16 * index;
    const body = bodies[index] ?? Buffer.alloc(0);
    header.writeUInt8(image.size >= 256 ? 0 : image.size, entry); // 0 means 256
    header.writeUInt8(image.size >= 256 ? 0 : image.size, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(body.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += body.length;
  });
  return Buffer.concat([header, ...bodies]);
}

/** Builds a macOS .icns from `[type, png]` entries. */
export function encodeIcns(entries: ReadonlyArray<readonly [string, Buffer]>): Buffer {
  const chunks = entries.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

/** Renders one SVG source to `<name>.ico`, `<name>.icns` and (optionally) a PNG folder. */
export function writeIconSet(svgPath: string, outDir: string, name: string, pngDir?: string): void {
  const svg = readFileSync(svgPath, 'utf8');
  const rendered = new Map(PNG_SIZES.map((size) => [size, renderSvg(svg, size)]));
  const at = (size: number): RenderedIcon => rendered.get(size as (typeof PNG_SIZES)[number])!;
  if (pngDir) {
    mkdirSync(pngDir, { recursive: true });
    for (const [size, image] of rendered)
      writeFileSync(join(pngDir, `${size}x${size}.png`), image.png);
  }
  writeFileSync(join(outDir, `${name}.ico`), encodeIco(ICO_SIZES.map(at)));
  writeFileSync(
    join(outDir, `${name}.icns`),
    encodeIcns(ICNS_ENTRIES.map(([type, size]) => [type, at(size).png] as const)),
  );
}

function main(): void {
  const iconsDir = resolve(import.meta.dirname, '../build/icons');
  writeIconSet(join(iconsDir, 'icon.svg'), iconsDir, 'icon', join(iconsDir, 'png'));
  writeIconSet(join(iconsDir, 'document.svg'), iconsDir, 'document');
  console.log(`Icons written to ${iconsDir}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
