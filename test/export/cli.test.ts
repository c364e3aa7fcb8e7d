/** The command line as a user runs it: a subprocess, real files, exit codes and messages. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { runReferat } from '../support/cli';
import { requireTools } from '../support/require-tool';
import { loadSeedFixture, SEED_FIXTURE_PATH } from '../support/seed';

const referat = runReferat;

const documentXml = (path: string) =>
  strFromU8(unzipSync(readFileSync(path))['word/document.xml'] ?? new Uint8Array());

describe('npx referat export', () => {
  it('exports the public version through the package bin and exits 0', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'referat-cli-')), 'seed.docx');
    const result = await referat(['export', SEED_FIXTURE_PATH, '--out', out, '--public'], true);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(out);
    const xml = documentXml(out);
    expect(xml).toContain('Punkt 4: Lukket');
    expect(xml).toContain('Status på Nyt Fokus');
  }, 60_000);

  it('exports the internal version without --public', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'referat-cli-')), 'intern.docx');
    expect((await referat(['export', SEED_FIXTURE_PATH, '--out', out])).code).toBe(0);
    expect(documentXml(out)).toContain('Lukket punkt');
  }, 60_000);

  it.each([
    ['a file that is not a meeting', 'ikke json', /^«bad\.referat» er ikke en Referat-mødefil/],
    [
      'a cut-off file',
      '{"format":"referat","schemaVersion":1,"meeting":{',
      /^«bad\.referat» er ufuldstændig/,
    ],
  ])(
    'refuses %s with one Danish line, exit 1 and no output file',
    async (_, content, message) => {
      const dir = mkdtempSync(join(tmpdir(), 'referat-cli-'));
      writeFileSync(join(dir, 'bad.referat'), content);
      const result = await referat([
        'export',
        join(dir, 'bad.referat'),
        '--out',
        join(dir, 'out.docx'),
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(readdirSync(dir)).toEqual(['bad.referat']);
    },
    60_000,
  );

  it('refuses a missing file and a malformed command line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-cli-'));
    const missing = await referat([
      'export',
      join(dir, 'væk.referat'),
      '--out',
      join(dir, 'x.docx'),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/«væk\.referat» findes ikke/);
    const usage = await referat(['export', SEED_FIXTURE_PATH]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--out/);
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  }, 60_000);
});

describe('npx referat export, format by extension', () => {
  it.each(['m.txt', 'm.doc', 'referat', 'm.pdf.bak'])(
    'refuses --out %s with one Danish line, exit 2 and no file',
    async (name) => {
      const dir = mkdtempSync(join(tmpdir(), 'referat-cli-'));
      const result = await referat(['export', SEED_FIXTURE_PATH, '--out', join(dir, name)]);
      expect(result.code).toBe(2);
      expect(result.stderr.trim()).toMatch(
        new RegExp(`^«${name.replace(/\./g, '\\.')}» har en ukendt filtype: .*\\.docx.*\\.pdf`),
      );
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(readdirSync(dir)).toEqual([]);
    },
    60_000,
  );

  describe.runIf(requireTools('pdftotext', 'pdfinfo'))('to PDF', () => {
    const text = (path: string) => execFileSync('pdftotext', [path, '-']).toString('utf8');
    const closed = loadSeedFixture().items.find((item) => item.closed);

    it('writes a tagged PDF for .pdf (any case); the public one hides closed items', async () => {
      expect(closed).toBeDefined();
      const dir = mkdtempSync(join(tmpdir(), 'referat-cli-'));
      const out = join(dir, 'Direktionen.PDF');
      const result = await referat(['export', SEED_FIXTURE_PATH, '--out', out, '--public']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(out);
      expect(readFileSync(out).subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
      expect(execFileSync('pdfinfo', [out]).toString()).toMatch(/^Tagged:\s+yes$/m);
      const publicText = text(out);
      expect(publicText).toContain('Punkt 4: Lukket');
      expect(publicText).toContain('Status på Nyt Fokus');
      expect(publicText).not.toContain(closed?.title);
      expect(readdirSync(dir)).toEqual(['Direktionen.PDF']);
    }, 60_000);

    it('writes the internal version without --public', async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'referat-cli-')), 'intern.pdf');
      expect((await referat(['export', SEED_FIXTURE_PATH, '--out', out])).code).toBe(0);
      expect(text(out)).toContain('Lukket punkt');
      expect(text(out)).toContain(closed?.title);
    }, 60_000);
  });
});
