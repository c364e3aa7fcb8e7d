/**
 * The Word import's channels: the open dialog (.docx only, a path the user
 * chose), the preview with any template, and "Opret møde". Main keeps the
 * read document by an id until the meeting is created or the preview
 * cancelled; the page never sends a path. Nothing is created before "Opret
 * møde", and an unreadable file is one Danish line (describe-error.ts).
 */
import { recogniseAgenda, type RecogniseContext } from '../../../shared/import/recognise';
import type { IpcResponse, OpenedMeeting } from '../../../shared/ipc/contract';
import { baseName } from '../../../shared/ipc/describe-error';
import { err, ok, type Result } from '../../../shared/ipc/result';
import { createId, type Meeting } from '../../../shared/model/meeting';
import { BUILT_IN_TEMPLATES } from '../../../shared/template/built-in/index';
import type { Template } from '../../../shared/template/schema';
import { readWordFile, type WordHtml } from './read-word';
import type { ReadWordBytes } from './word-reader';

/** What the import needs from the outside world. */
export interface ImportDeps {
  /** The open dialog for a Word file; null when cancelled. */
  chooseWordFile(): Promise<string | null>;
  /** Today and the user's defaults, for what the document does not say. */
  context(): RecogniseContext;
  /** Holds a new meeting as an unnamed document (as 'meeting:create' does) and names it to the page. */
  hold(meeting: Meeting): OpenedMeeting;
  /** The templates to choose from. */
  templates?: readonly Template[];
  /** Where mammoth runs: a worker in the app (see word-reader.ts); in this thread when not given. */
  readWordBytes?: ReadWordBytes;
}

/** The handlers of the 'agenda:import-*' channels. */
export interface ImportHandlers {
  'agenda:import-dialog': () => Promise<Result<IpcResponse<'agenda:import-dialog'>>>;
  'agenda:import-preview': (request: {
    importId: string;
    templateId: string;
  }) => Promise<Result<IpcResponse<'agenda:import-preview'>>>;
  'agenda:import-create': (request: {
    importId: string;
    templateId: string;
  }) => Promise<Result<IpcResponse<'agenda:import-create'>>>;
  'agenda:import-cancel': (request: { importId: string }) => Promise<Result<null>>;
}

/**
 * The template that reads the document best: items found by its own heading
 * pattern first, then the most filled sections, then the least text
 * without a place. Ties go to the earlier template (the list's order).
 */
export function bestTemplate(
  word: WordHtml,
  templates: readonly Template[],
  context: RecogniseContext,
): Template {
  let best: { template: Template; score: number } | null = null;
  for (const template of templates) {
    const { report } = recogniseAgenda(word.html, template, context);
    const filled = report.items.reduce((sum, item) => sum + item.filled.length, 0);
    const score =
      (report.itemsFoundBy === 'pattern' ? 1_000_000 : 0) +
      (report.date ? 1_000 : 0) +
      filled * 10 -
      report.unplaced.length;
    if (!best || score > best.score) best = { template, score };
  }
  return (best?.template ?? templates[0]) as Template;
}

/** Creates the import handlers; the pending documents live as long as main does. */
export function createImportHandlers(deps: ImportDeps): ImportHandlers {
  const templates = deps.templates ?? BUILT_IN_TEMPLATES;
  const pending = new Map<string, WordHtml>();
  const gone = () =>
    Promise.resolve(err<never>({ code: 'invalid-request', detail: 'no such import' }));
  const templateById = (id: string) => templates.find((template) => template.id === id);

  return {
    'agenda:import-dialog': async () => {
      const path = await deps.chooseWordFile();
      if (path === null) return ok(null);
      const word = await readWordFile(path, deps.readWordBytes);
      if (!word.ok) return word;
      const importId = createId();
      // One import at a time is what the dialog shows; older ones are dropped.
      pending.clear();
      pending.set(importId, word.value);
      const template = bestTemplate(word.value, templates, deps.context());
      const { report } = recogniseAgenda(
        word.value.html,
        template,
        deps.context(),
        word.value.messages,
      );
      return ok({
        importId,
        fileName: baseName(path),
        templateId: template.id,
        templates: templates.map(({ id, name }) => ({ id, name })),
        report,
      });
    },
    'agenda:import-preview': ({ importId, templateId }) => {
      const word = pending.get(importId);
      const template = templateById(templateId);
      if (!word || !template) return gone();
      const { report } = recogniseAgenda(word.html, template, deps.context(), word.messages);
      return Promise.resolve(ok(report));
    },
    'agenda:import-create': ({ importId, templateId }) => {
      const word = pending.get(importId);
      const template = templateById(templateId);
      if (!word || !template) return gone();
      pending.delete(importId);
      const { meeting } = recogniseAgenda(word.html, template, deps.context(), word.messages);
      return Promise.resolve(ok(deps.hold(meeting)));
    },
    'agenda:import-cancel': ({ importId }) => {
      pending.delete(importId);
      return Promise.resolve(ok(null));
    },
  };
}
