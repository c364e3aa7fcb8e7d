/**
 * Builds the typing benchmark's peer page (bench/peer/: Lexical alone) with
 * the same Vite and React plugin as the app's renderer, into
 * out/bench-peer/, and serves it on 127.0.0.1. Bench only: electron-builder
 * packs out/main, out/preload and out/renderer's files, and the bench
 * deletes this folder when it is done.
 */
import { promises as fs } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'out/bench-peer');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Builds the peer and serves it; `close` stops the server and removes the build. */
export async function servePeer(): Promise<{ url: string; close: () => Promise<void> }> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(ROOT, 'bench/peer'),
    base: './',
    plugins: [react()],
    build: { outDir: OUT, emptyOutDir: true },
  });
  const server = createServer((request, response) => {
    const path = normalize(join(OUT, (request.url ?? '/').split('?')[0]!));
    if (!path.startsWith(OUT)) return response.writeHead(404).end();
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
      await fs.rm(OUT, { recursive: true, force: true });
    },
  };
}
