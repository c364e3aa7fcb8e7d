/**
 * A zip writer for the .docx package: deflated entries, UTF-8 names, no
 * zip64 (a referat is far below 4 GB), a fixed date so the same document
 * gives the same bytes. The compression is the caller's to give
 * ({@link Compression}): the command line passes Node's native zlib, which
 * on a cold start takes a fraction of the time of deflate in JavaScript.
 */
// The browser build: plain JavaScript, no worker_threads (whose createRequire clashes with the bundle's CommonJS shim).
import { deflateSync } from 'fflate/browser';

/** Raw DEFLATE (no zlib header) and zip's CRC-32. */
export interface Compression {
  deflateRaw(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as zip uses it (IEEE polynomial), in JavaScript. */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) {
    crc = (CRC_TABLE[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Compression in JavaScript (fflate at its default level, as docx zips), for callers without a native one. */
export const JAVASCRIPT_COMPRESSION: Compression = {
  deflateRaw: (data) => deflateSync(data),
  crc32,
};

// 1 January 1980, 00:00: the earliest time a zip entry can have.
const DOS_DATE = (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const DEFLATED = 8;

/** The zip file of `files` (path → bytes), in the given order. */
export function zipFiles(files: [string, Uint8Array][], compression: Compression): Uint8Array {
  const encoder = new TextEncoder();
  const entries = files.map(([path, data]) => ({
    name: encoder.encode(path),
    crc: compression.crc32(data),
    size: data.length,
    body: compression.deflateRaw(data),
  }));
  const localSize = entries.reduce((sum, e) => sum + 30 + e.name.length + e.body.length, 0);
  const centralSize = entries.reduce((sum, e) => sum + 46 + e.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (value: number) => {
    view.setUint16(at, value, true);
    at += 2;
  };
  const u32 = (value: number) => {
    view.setUint32(at, value, true);
    at += 4;
  };
  const bytes = (value: Uint8Array) => {
    out.set(value, at);
    at += value.length;
  };
  // The fields the local and the central header share, from "version needed" to the name's length.
  const shared = (e: (typeof entries)[number]) => {
    u16(20); // version needed: 2.0 (deflate)
    u16(UTF8_NAMES);
    u16(DEFLATED);
    u16(0); // time
    u16(DOS_DATE);
    u32(e.crc);
    u32(e.body.length);
    u32(e.size);
    u16(e.name.length);
  };
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(at);
    u32(0x04034b50);
    shared(e);
    u16(0); // extra field length
    bytes(e.name);
    bytes(e.body);
  }
  const centralStart = at;
  entries.forEach((e, i) => {
    u32(0x02014b50);
    u16(20); // version made by: zip 2.0, MS-DOS attributes
    shared(e);
    u16(0); // extra field length
    u16(0); // comment length
    u16(0); // disk number
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(offsets[i] as number);
    bytes(e.name);
  });
  const centralEnd = at;
  u32(0x06054b50);
  u16(0); // this disk
  u16(0); // the disk the central directory starts on
  u16(entries.length);
  u16(entries.length);
  u32(centralEnd - centralStart);
  u32(centralStart);
  u16(0); // comment length
  return out;
}
