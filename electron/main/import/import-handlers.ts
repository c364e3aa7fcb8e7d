/**
 * The Word import's channels: the open dialog (.docx only, a path the user
 * chose), the preview with any template of the library, and "Opret møde".
 * Main keeps the read document (parsed once, see readAgendaDocument) and
 * the templates it offered by an id until the meeting is created or the
 * preview cancelled; the page never sends a path, and names templates only
 * by the library keys main offered. Nothing is created before "Opret møde",
 * and an unreadable file is one Danish line (describe-error.ts).
 */
import {
  readAgendaDocument,
  recogniseDocument,
  type AgendaDocument,
  type RecogniseContext,
} from '../../../shared/import/recognise';
import { bestFittingTemplate } from '../../../shared/import/template-fit';
import type { IpcResponse, OpenedMeeting, TemplateLibrary } from '../../../shared/ipc/contract';
import { baseName } from '../../../shared/ipc/describe-error';
import { err, ok, type Result } from '../../../shared/ipc/result';
import { createId, type Meeting } from '../../../shared/model/meeting';
import type { Template } from '../../../shared/template/schema';
import { readWordFile } from './read-word';
import type { ReadWordBytes } from './word-reader';

/** What the import needs from the outside world. */
export interface ImportDeps {
  /** The open dialog for a Word file; null when cancelled. */
  chooseWordFile(): Promise<string | null>;
  /** Today and the user's defaults, for what the document does not say. */
  context(): RecogniseContext;
  /** Holds a new meeting as an unnamed document (as 'meeting:create' does) and names it to the page. */
  hold(meeting: Meeting): OpenedMeeting;
  /** The template library (templates/template-library.ts), listed afresh for every import. */
  library: { list(): Promise<TemplateLibrary> };
  /** Where mammoth runs: a worker in the app (see word-reader.ts); in this thread when not given. */
  readWordBytes?: ReadWordBytes;
}

type Offered = NonNullable<IpcResponse<'agenda:import-dialog'>>['templates'][number];

/** A read dagsorden waiting for "Opret møde", with the templates it was offered. */
interface PendingImport {
  document: AgendaDocument;
  messages: string[];
  templates: ReadonlyMap<string, Template>;
}

/** The handlers of the 'agenda:import-*' channels. */
export interface ImportHandlers {
  'agenda:import-dialog': () => Promise<Result<IpcResponse<'agenda:import-dialog'>>>;
  'agenda:import-preview': (request: {
    importId: string;
    templateKey: string;
  }) => Promise<Result<IpcResponse<'agenda:import-preview'>>>;
  'agenda:import-create': (request: {
    importId: string;
    templateKey: string;
  }) => Promise<Result<IpcResponse<'agenda:import-create'>>>;
  'agenda:import-cancel': (request: { importId: string }) => Promise<Result<null>>;
}

/** The library's usable templates, in its order (built-in, the municipality's, the user's). */
function usableTemplates(library: TemplateLibrary): (Offered & { template: Template })[] {
  return library.entries.flatMap(({ key, name, source, template }) =>
    template ? [{ key, name, source, template }] : [],
  );
}

/** Creates the import handlers; the pending documents live as long as main does. */
export function createImportHandlers(deps: ImportDeps): ImportHandlers {
  const pending = new Map<string, PendingImport>();
  const gone = (what: string) =>
    Promise.resolve(err<never>({ code: 'invalid-request', detail: what }));
  /** The import and the template it offered under `templateKey`, or why not. */
  const lookUp = (importId: string, templateKey: string) => {
    const entry = pending.get(importId);
    const template = entry?.templates.get(templateKey);
    return entry && template ? { entry, template } : null;
  };

  return {
    'agenda:import-dialog': async () => {
      const path = await deps.chooseWordFile();
      if (path === null) return ok(null);
      const [word, library] = await Promise.all([
        readWordFile(path, deps.readWordBytes),
        deps.library.list(),
      ]);
      if (!word.ok) return word;
      const templates = usableTemplates(library);
      const document = readAgendaDocument(word.value.html);
      const best =
        templates[
          bestFittingTemplate(
            document,
            templates.map((t) => t.template),
          )
        ];
      // The built-ins are always in the library; no template at all is a broken build.
      if (!best) return err({ code: 'internal', detail: 'no template to import with' });
      const importId = createId();
      // One import at a time is what the dialog shows; older ones are dropped.
      pending.clear();
      pending.set(importId, {
        document,
        messages: word.value.messages,
        templates: new Map(templates.map(({ key, template }) => [key, template])),
      });
      const { report } = recogniseDocument(
        document,
        best.template,
        deps.context(),
        word.value.messages,
      );
      return ok({
        importId,
        fileName: baseName(path),
        templateKey: best.key,
        templates: templates.map(({ key, name, source }) => ({ key, name, source })),
        report,
      });
    },
    'agenda:import-preview': ({ importId, templateKey }) => {
      const found = lookUp(importId, templateKey);
      if (!found) return gone(`no import ${importId} with template ${templateKey}`);
      const { entry, template } = found;
      const { report } = recogniseDocument(
        entry.document,
        template,
        deps.context(),
        entry.messages,
      );
      return Promise.resolve(ok(report));
    },
    'agenda:import-create': ({ importId, templateKey }) => {
      const found = lookUp(importId, templateKey);
      if (!found) return gone(`no import ${importId} with template ${templateKey}`);
      const { entry, template } = found;
      pending.delete(importId);
      const { meeting } = recogniseDocument(
        entry.document,
        template,
        deps.context(),
        entry.messages,
      );
      return Promise.resolve(ok(deps.hold(meeting)));
    },
    'agenda:import-cancel': ({ importId }) => {
      pending.delete(importId);
      return Promise.resolve(ok(null));
    },
  };
}
