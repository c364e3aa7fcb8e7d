/**
 * Stands in, in the main-process bundle, for three modules pdfkit and
 * fontkit import at load time for features the PDF export never uses
 * (see `PDFKIT_UNUSED` in electron.vite.config.ts): brotli (WOFF2 fonts;
 * ours are TrueType), AES (encrypted PDFs) and the Unicode line breaker
 * (pdfkit's own `text()` wrapping; the export sets every line itself).
 * Loading them cost a cold export about a tenth of a second: brotli's
 * dictionary alone is half of the PDF code's size, AES builds its tables.
 * Should one of them be reached after all, it fails loudly, not silently.
 */
function unused(): never {
  throw new Error('Referat: pdfkit feature not bundled (WOFF2 fonts, encryption or text())');
}

/** brotli/decompress.js and linebreak: their default export. */
export default unused;
/** @noble/ciphers/aes. */
export const cbc = unused;
export const ecb = unused;
