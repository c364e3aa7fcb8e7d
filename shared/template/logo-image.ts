/**
 * The template's logo: a PNG or JPEG stored in the template as a data URL.
 * Its type is read from the bytes (a renamed file or a wrong prefix is
 * refused) and its pixel size from the image's own header (PNG IHDR, JPEG
 * SOFn), so the exports can give it the right height for its width
 * without an image library. Pure: runs in main, the renderer and the tests.
 */

/** The most a logo may weigh, decoded: it is copied into every meeting file using the template. */
export const MAX_LOGO_BYTES = 1024 * 1024;

/** A readable logo. */
export interface LogoImage {
  type: 'png' | 'jpg';
  /** Pixels. */
  width: number;
  height: number;
  bytes: Uint8Array;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Each character code's value in base64, 255 for none (a table: a 1 MB logo is 1.4 M characters). */
const BASE64_VALUE = new Uint8Array(128).fill(255);
for (let i = 0; i < BASE64.length; i++) BASE64_VALUE[BASE64.charCodeAt(i)] = i;

/** The bytes of standard base64 (padding optional), or null when it is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  let length = text.length;
  while (length > 0 && text.charCodeAt(length - 1) === 0x3d) length--;
  if (length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (let i = 0; i < length; i++) {
    const value = BASE64_VALUE[text.charCodeAt(i)] ?? 255;
    if (value === 255) return null;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

/** Standard base64 of `bytes` (for a data URL made in main from a file). */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out += BASE64[(n >> 18) & 63]! + BASE64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? BASE64[n & 63]! : '=';
  }
  return out;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const uint32 = (bytes: Uint8Array, at: number) =>
  ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
const uint16 = (bytes: Uint8Array, at: number) => (bytes[at]! << 8) | bytes[at + 1]!;

/** A PNG's size from its first chunk, which the format requires to be IHDR. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24) return null;
  const ihdr = String.fromCharCode(...bytes.subarray(12, 16));
  if (ihdr !== 'IHDR') return null;
  return { width: uint32(bytes, 16), height: uint32(bytes, 20) };
}

/**
 * A JPEG's size from its first start-of-frame segment (SOF0–SOF15 but DHT,
 * JPG and DAC, which share the marker range), walking the segments from SOI.
 */
function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    // Fill bytes before a marker.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    // Markers without a length: TEM, RSTn.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    // End of image or start of scan before any frame: no size to read.
    if (marker === 0xd9 || marker === 0xda) return null;
    const length = uint16(bytes, at + 2);
    if (length < 2) return null;
    const isFrame =
      marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (at + 9 > bytes.length) return null;
      return { height: uint16(bytes, at + 5), width: uint16(bytes, at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

/** What is wrong with a logo's bytes, in Danish, or the logo. */
export function readLogoBytes(bytes: Uint8Array): LogoImage | string {
  if (bytes.length > MAX_LOGO_BYTES)
    return `Logoet fylder ${Math.ceil(bytes.length / 1024)} kB; højst ${MAX_LOGO_BYTES / 1024} kB er tilladt`;
  let type: LogoImage['type'];
  let size: { width: number; height: number } | null;
  if (PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    type = 'png';
    size = pngSize(bytes);
  } else if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    type = 'jpg';
    size = jpegSize(bytes);
  } else {
    return 'Logoet skal være et PNG- eller JPEG-billede';
  }
  if (!size || size.width < 1 || size.height < 1 || size.width > 65535 || size.height > 65535)
    return 'Logoets størrelse kan ikke læses; billedet er måske beskadiget';
  return { type, ...size, bytes };
}

const DATA_URL = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]*={0,2})$/;

/**
 * The last data URL read and its result: the template editor validates the
 * draft on every keystroke, and the exports read the same logo again, so a
 * large logo is decoded once, not each time.
 */
let lastRead: { dataUrl: string; result: LogoImage | string } | null = null;

/** The logo in a data URL, or what is wrong with it in Danish. */
export function readLogo(dataUrl: string): LogoImage | string {
  if (lastRead?.dataUrl === dataUrl) return lastRead.result;
  const result = decodeLogo(dataUrl);
  lastRead = { dataUrl, result };
  return result;
}

function decodeLogo(dataUrl: string): LogoImage | string {
  const match = DATA_URL.exec(dataUrl);
  if (!match) return 'Logoet skal være et PNG- eller JPEG-billede (data:image/png;base64,…)';
  // A rough bound before decoding, so a huge string is not decoded only to be refused.
  if (match[2]!.length > ((MAX_LOGO_BYTES + 2) / 3) * 4 + 4)
    return `Logoet fylder over ${MAX_LOGO_BYTES / 1024} kB; højst ${MAX_LOGO_BYTES / 1024} kB er tilladt`;
  const bytes = decodeBase64(match[2]!);
  if (!bytes) return 'Logoet er ikke gyldigt base64';
  const logo = readLogoBytes(bytes);
  if (typeof logo === 'string') return logo;
  const declared = match[1] === 'png' ? 'png' : 'jpg';
  if (declared !== logo.type)
    return `Logoet er angivet som ${match[1]!.toUpperCase()}, men er et ${logo.type === 'png' ? 'PNG' : 'JPEG'}-billede`;
  return logo;
}

/** `bytes` as the data URL a template stores. */
export function logoDataUrl(logo: Pick<LogoImage, 'type' | 'bytes'>): string {
  return `data:image/${logo.type === 'png' ? 'png' : 'jpeg'};base64,${encodeBase64(logo.bytes)}`;
}

/** The longest data URL a logo of MAX_LOGO_BYTES can be (base64 and its prefix). */
export const LOGO_DATA_URL_MAX =
  Math.ceil(MAX_LOGO_BYTES / 3) * 4 + 'data:image/jpeg;base64,'.length;
