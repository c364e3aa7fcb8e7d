/**
 * Builds the typing benchmark's peer page (bench/peer/: Lexical alone) with
 * the same Vite and React plugin as the app's renderer, into a temp
 * folder (never out/, which the installers pack), and serves it on
 * 127.0.0.1. Bench only.
 */
import { promises as fs, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Builds the peer and serves it; `close` stops the server and removes the build. */
export async function servePeer(): Promise<{ url: string; close: () => Promise<void> }> {
  const out = mkdtempSync(join(tmpdir(), 'referat-bench-peer-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(ROOT, 'bench/peer'),
    base: './',
    plugins: [react()],
    build: { outDir: out, emptyOutDir: true },
  });
  const server = createServer((request, response) => {
    const path = normalize(join(out, (request.url ?? '/').split('?')[0]!));
    if (!path.startsWith(out)) return response.writeHead(404).end();
    fs.readFile(path).then(
      (body) =>
        response
          .writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' })
          .end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/index.html`,
    close: async () => {
      await new Promise((done) => server.close(() => done(undefined)));
      await fs.rm(out, { recursive: true, force: true });
    },
  };
}
