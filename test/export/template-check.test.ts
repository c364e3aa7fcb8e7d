/** `referat template check` as IT runs it: a subprocess, real files, exit codes and Danish lines. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInTemplate } from '../../shared/template/built-in/index';
import { serializeTemplateFile } from '../../shared/template/file';
import { runReferat } from '../support/cli';
import { BAD_TEMPLATES, plainTemplate, templateFileText } from '../support/bad-templates';

const referat = runReferat;

const lines = (text: string) => text.trim().split('\n');

/** Writes `text` as a template file in a fresh folder; returns its path. */
function templateFile(text: string, name = 'skabelon.referat-skabelon'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'referat-skabelon-')), name);
  writeFileSync(path, text);
  return path;
}

describe('referat template check', () => {
  it('accepts a valid template: exit 0, its name and a summary', async () => {
    const udvalg = builtInTemplate('udvalg');
    if (!udvalg) throw new Error('no udvalg template');
    const result = await referat([
      'template',
      'check',
      templateFile(serializeTemplateFile(udvalg)),
    ]);
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual([
      '«skabelon.referat-skabelon» er en gyldig skabelon: «Fagudvalg» (id udvalg).',
      '6 afsnit, 2 felter, indholdsfortegnelse, hvert punkt på egen side.',
    ]);
    expect(result.stderr).toBe('');
  }, 60_000);

  it('accepts a template with an unknown field but warns about it', async () => {
    const t = plainTemplate('byraad');
    Object.assign(t.item, { overskrift: 'Nr. {nr}' });
    const result = await referat(['template', 'check', templateFile(templateFileText(t))]);
    expect(result.code).toBe(0);
    expect(lines(result.stderr)).toEqual([
      'Advarsel: Ukendt felt «punkt › overskrift» ignoreres (stavefejl, eller fra en nyere version?)',
    ]);
  }, 60_000);

  it('refuses each bad template with exit 1 and a Danish line naming where', async () => {
    const results = await Promise.all(
      BAD_TEMPLATES.map(({ template }) =>
        referat(['template', 'check', templateFile(templateFileText(template))]),
      ),
    );
    results.forEach((result, i) => {
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(lines(result.stderr)).toEqual([
        '«skabelon.referat-skabelon» er ikke en gyldig skabelon:',
        BAD_TEMPLATES[i]?.problem,
      ]);
    });
  }, 120_000);

  it('prints every problem on its own line', async () => {
    const t = plainTemplate('direktionen');
    t.name = ' ';
    t.document.title = 'REFERAT {organ} {dato:kort}';
    t.sections.push({ ...t.sections[0]!, label: 'Baggrund igen' });
    const result = await referat(['template', 'check', templateFile(templateFileText(t))]);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      '«skabelon.referat-skabelon» er ikke en gyldig skabelon:',
      'name: Skabelonens navn må ikke være tom',
      "afsnit › nr. 6 › id: Id «baggrund» bruges både af afsnittet «Baggrund» og afsnittet «Baggrund igen»; id'er skal være forskellige",
      'dokument › title: Titlen bruger {dato:kort}, som ikke findes. Mulige: {dato:lang}',
    ]);
  }, 60_000);

  it('refuses a file that is not a template, and one that is not there, with exit 1', async () => {
    const [notJson, meeting, missing] = await Promise.all([
      referat(['template', 'check', templateFile('ikke json')]),
      referat(['template', 'check', templateFile('{"format":"referat","schemaVersion":2}')]),
      referat(['template', 'check', join(tmpdir(), 'findes-ikke.referat-skabelon')]),
    ]);
    expect([notJson.code, meeting.code, missing.code]).toEqual([1, 1, 1]);
    expect(lines(notJson.stderr)[1]).toBe('Filen er ikke gyldig JSON.');
    expect(lines(meeting.stderr)[1]).toBe('Filen er en mødefil (.referat), ikke en skabelon.');
    expect(lines(missing.stderr)).toEqual(['«findes-ikke.referat-skabelon» findes ikke.']);
  }, 60_000);

  it.each([
    [['template']],
    [['template', 'check']],
    [['template', 'check', 'a.referat-skabelon', 'b.referat-skabelon']],
    [['template', 'tjek', 'a.referat-skabelon']],
    [['template', 'check', '--strict', 'a.referat-skabelon']],
  ])(
    'exits 2 on a malformed command line: %j',
    async (args) => {
      const result = await referat(args);
      expect(result.code).toBe(2);
      expect(lines(result.stderr)).toHaveLength(1);
      expect(result.stderr).toContain('Brug: referat template check <skabelon.referat-skabelon>');
    },
    60_000,
  );
});
