import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { logoDataUrl, MAX_LOGO_BYTES, readLogoBytes } from '../../../shared/template/logo-image';

/**
 * A logo file the secretary chose, as the data URL the template stores, or
 * what is wrong with it in Danish. At most one byte past the limit is read,
 * so choosing a huge file by mistake costs nothing.
 */
export async function readLogoFile(path: string): Promise<{ image: string } | { problem: string }> {
  const name = basename(path);
  let bytes: Uint8Array;
  try {
    const file = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(MAX_LOGO_BYTES + 1);
      const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
      bytes = buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } catch {
    return { problem: `«${name}» kan ikke læses. Findes filen stadig, og har du adgang til den?` };
  }
  if (bytes.length > MAX_LOGO_BYTES)
    return {
      problem: `«${name}» fylder over ${MAX_LOGO_BYTES / 1024} kB; et logo må højst fylde ${MAX_LOGO_BYTES / 1024} kB`,
    };
  const logo = readLogoBytes(bytes);
  if (typeof logo === 'string') return { problem: `«${name}»: ${logo}` };
  return { image: logoDataUrl(logo) };
}
