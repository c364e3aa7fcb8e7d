/**
 * The logo's type and pixel size read from its own bytes (PNG IHDR, JPEG
 * SOFn), and the template's limits on it, refused in Danish.
 */
import { describe, expect, it } from 'vitest';
import {
  decodeBase64,
  encodeBase64,
  logoDataUrl,
  MAX_LOGO_BYTES,
  readLogo,
  readLogoBytes,
} from '../../shared/template/logo-image';
import { builtInTemplate } from '../../shared/template/built-in/index';
import { templateProblems, templateSchema, type TemplateInput } from '../../shared/template/schema';
import { dataUrl, jpegHeader, solidPng } from '../support/images';

const withLogo = (logo: TemplateInput['logo']) => {
  const input = structuredClone(builtInTemplate('direktionen')) as TemplateInput;
  input.logo = logo;
  const result = templateSchema.safeParse(input);
  return result.success ? [] : templateProblems(result.error);
};

describe('the logo image', () => {
  it('reads a PNG’s size from its IHDR and a JPEG’s from its frame header', () => {
    expect(readLogoBytes(solidPng(120, 45))).toMatchObject({ type: 'png', width: 120, height: 45 });
    expect(readLogoBytes(jpegHeader(640, 480))).toMatchObject({
      type: 'jpg',
      width: 640,
      height: 480,
    });
    // A progressive JPEG's frame (SOF2) is a frame too; a Huffman table (C4, in the SOF range) is not.
    const dht = Buffer.from([0xff, 0xc4, 0x00, 0x04, 0x00, 0x00]);
    const progressive = jpegHeader(300, 200, 0xc2);
    const withTable = Buffer.concat([progressive.subarray(0, 2), dht, progressive.subarray(2)]);
    expect(readLogoBytes(withTable)).toMatchObject({ type: 'jpg', width: 300, height: 200 });
  });

  it('refuses in Danish what is not a PNG or JPEG, or whose size cannot be read', () => {
    expect(readLogoBytes(new TextEncoder().encode('GIF89a……'))).toBe(
      'Logoet skal være et PNG- eller JPEG-billede',
    );
    expect(readLogoBytes(solidPng(10, 10).subarray(0, 20))).toBe(
      'Logoets størrelse kan ikke læses; billedet er måske beskadiget',
    );
    // A JPEG that ends before any frame.
    expect(readLogoBytes(Buffer.from([0xff, 0xd8, 0xff, 0xd9]))).toBe(
      'Logoets størrelse kan ikke læses; billedet er måske beskadiget',
    );
    // The type is read from the bytes, not from the prefix.
    expect(readLogo(dataUrl(new TextEncoder().encode('not a picture')))).toBe(
      'Logoet skal være et PNG- eller JPEG-billede',
    );
    expect(readLogo(dataUrl(solidPng(4, 4), 'jpeg'))).toBe(
      'Logoet er angivet som JPEG, men er et PNG-billede',
    );
    expect(readLogo('data:image/gif;base64,R0lGODlh')).toMatch(
      /^Logoet skal være et PNG- eller JPEG/,
    );
    expect(readLogo('https://example.org/logo.png')).toMatch(
      /^Logoet skal være et PNG- eller JPEG/,
    );
    expect(readLogoBytes(new Uint8Array(MAX_LOGO_BYTES + 1))).toBe(
      'Logoet fylder 1025 kB; højst 1024 kB er tilladt',
    );
  });

  it('decodes and encodes base64 as Node does', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 255]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) % 256);
      const base64 = Buffer.from(bytes).toString('base64');
      expect(encodeBase64(bytes)).toBe(base64);
      expect(Buffer.from(decodeBase64(base64) ?? [])).toEqual(Buffer.from(bytes));
    }
    expect(decodeBase64('ab$d')).toBeNull();
    const png = solidPng(3, 2);
    expect(logoDataUrl({ type: 'png', bytes: png })).toBe(dataUrl(png));
  });
});

describe('the template’s logo', () => {
  it('is none by default, 3.5 cm wide at the right of the first page', () => {
    const input = structuredClone(builtInTemplate('direktionen')) as TemplateInput;
    delete input.logo;
    expect(templateSchema.parse(input).logo).toEqual({
      image: '',
      width: 3.5,
      placement: 'first-page',
      align: 'right',
    });
  });

  it('accepts a PNG or JPEG of 1–8 cm and refuses anything else in Danish', () => {
    expect(withLogo({ image: dataUrl(solidPng(40, 20)), width: 4 })).toEqual([]);
    expect(withLogo({ image: dataUrl(jpegHeader(40, 20), 'jpeg'), width: 8 })).toEqual([]);
    expect(withLogo({ image: dataUrl(solidPng(40, 20)), width: 0.5 })).toEqual([
      'logo › width: Logoet skal være mindst 1 cm bredt',
    ]);
    expect(withLogo({ image: dataUrl(solidPng(40, 20)), width: 9 })).toEqual([
      'logo › width: Logoet må højst være 8 cm bredt',
    ]);
    expect(withLogo({ image: dataUrl(Buffer.from('GIF89a')) })).toEqual([
      'logo › billede: Logoet skal være et PNG- eller JPEG-billede',
    ]);
    // Over 1 MB decoded: refused before it is decoded.
    const big = Buffer.concat([solidPng(1, 1), Buffer.alloc(MAX_LOGO_BYTES)]);
    expect(withLogo({ image: dataUrl(big) })).toEqual([
      'logo › billede: Logoet fylder over 1024 kB; højst 1024 kB er tilladt',
    ]);
    expect(withLogo({ image: '', placement: 'sometimes' as 'first-page' })).toEqual([
      'logo › placement: Logoets placering skal være "first-page" eller "every-page"',
    ]);
  });
});
