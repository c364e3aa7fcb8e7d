import type { OpenDocuments } from './open-documents';
import type { RecoveryStore } from './recovery-store';

/**
 * When the page hangs and the window must close: every document main holds
 * (the last autosave it received, even one whose file write failed) is
 * written to the recovery area, where the next start offers it. True when
 * all of them were written; false when there was nothing or a write failed,
 * so the question to the secretary never claims more than is on disk.
 */
export async function writeRecoveryCopies(
  documents: OpenDocuments,
  recovery: RecoveryStore,
  context: { appVersion: string; now: () => Date },
): Promise<boolean> {
  const open = documents.all();
  if (open.length === 0) return false;
  let allWritten = true;
  for (const entry of open) {
    const text = entry.document.fileText({
      appVersion: context.appVersion,
      savedAt: context.now().toISOString(),
    });
    const written = text.ok ? await recovery.write(entry.recoveryId, text.value) : text;
    allWritten &&= written.ok;
  }
  return allWritten;
}
