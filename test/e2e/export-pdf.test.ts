/**
 * The PDF export through the UI: the File menu's commands ask for a file
 * name, the real export handler writes the PDF, and the page says where it
 * went. The public version hides the closed item, as the Word export does.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSeedCopy } from '../support/renderer-harness';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';

describe.runIf(requireTools('chromium', 'pdftotext'))('Eksportér PDF…', () => {
  const suite = useBrowserSuite();

  it('exports the public and the internal PDF from the File menu', async () => {
    const app = await suite.open();
    await openSeedCopy(app);
    // The meeting is open: its title is shown and its commands are enabled.
    await app.page.getByText('Status på Nyt Fokus').first().waitFor();
    const folder = join(app.dataDir, 'ud');
    mkdirSync(folder);

    app.dialogs.export.push(join(folder, 'offentlig.pdf'));
    await app.emit('app:command', { command: 'file.exportPublicPdf' });
    await app.page.getByRole('status').getByText('Eksporteret til «offentlig.pdf».').waitFor();
    expect(app.dialogs.suggestedNames.at(-1)).toBe('Direktionen 2018-01-29 (offentlig).pdf');

    app.dialogs.export.push(join(folder, 'intern.pdf'));
    await app.emit('app:command', { command: 'file.exportPdf' });
    await app.page.getByRole('status').getByText('Eksporteret til «intern.pdf».').waitFor();
    expect(app.dialogs.suggestedNames.at(-1)).toBe('Direktionen 2018-01-29.pdf');

    expect(readdirSync(folder).sort()).toEqual(['intern.pdf', 'offentlig.pdf']);
    const text = (name: string) =>
      execFileSync('pdftotext', [join(folder, name), '-']).toString('utf8');
    expect(readFileSync(join(folder, 'offentlig.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(text('offentlig.pdf')).toContain('Punkt 4: Lukket');
    expect(text('offentlig.pdf')).not.toContain('Lukket punkt');
    expect(text('intern.pdf')).toContain('Lukket punkt');
    expect(app.pageErrors).toEqual([]);
  }, 60_000);
});
