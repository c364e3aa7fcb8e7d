/**
 * The Word import's channels: the open dialog (.docx only, a path the user
 * chose), the preview with any template of the library, and "Opret møde".
 * The read document is held where it was read (the word worker in the app,
 * see word-reader.ts) with the templates it was offered, by an id, until
 * the meeting is created or the preview cancelled; the page never sends a
 * path, and names templates only by the library keys main offered. Nothing
 * is created before "Opret møde", and an unreadable file is one Danish line
 * (describe-error.ts).
 */
import type { RecogniseContext } from '../../../shared/import/recognise';
import type { IpcResponse, OpenedMeeting, TemplateLibrary } from '../../../shared/ipc/contract';
import { baseName } from '../../../shared/ipc/describe-error';
import { err, ok, type Result } from '../../../shared/ipc/result';
import { createId, type Meeting } from '../../../shared/model/meeting';
import type { Template } from '../../../shared/template/schema';
import { readWordFileWith } from './read-word';
import { openDagsordenHere, type OpenDagsorden, type ReadDagsorden } from './word-reader';

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
  /** Where the .docx is read and held: a worker in the app (see word-reader.ts); this thread when not given. */
  openDagsorden?: OpenDagsorden;
}

type Offered = NonNullable<IpcResponse<'agenda:import-dialog'>>['templates'][number];

/** A read dagsorden waiting for "Opret møde", with the templates it was offered. */
interface PendingImport {
  path: string;
  dagsorden: ReadDagsorden;
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

/**
 * The held document's answer, or an error value. A question fails only
 * when its worker ended under it (out of memory: a closed import is no
 * longer pending) or the recogniser failed on this document; either way the
 * file cannot be imported, which the secretary is told in the words for a
 * file too large or complex to import (nothing is created).
 */
async function answer<T>(path: string, question: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await question());
  } catch (error) {
    return err({ code: 'word-too-large', path, detail: String(error) });
  }
}

/** Creates the import handlers; the pending documents live as long as main does. */
export function createImportHandlers(deps: ImportDeps): ImportHandlers {
  const open = deps.openDagsorden ?? openDagsordenHere;
  const pending = new Map<string, PendingImport>();
  const forget = (importId: string) => {
    pending.get(importId)?.dagsorden.close();
    pending.delete(importId);
  };
  /** The document read with the template offered under `templateKey`; refused for anything else. */
  const readWith = <T>(
    importId: string,
    templateKey: string,
    part: (dagsorden: ReadDagsorden, template: Template) => Promise<T>,
  ): Promise<Result<T>> => {
    const entry = pending.get(importId);
    const template = entry?.templates.get(templateKey);
    if (!entry || !template) {
      return Promise.resolve(
        err({
          code: 'invalid-request',
          detail: `no import ${importId} with template ${templateKey}`,
        }),
      );
    }
    return answer(entry.path, () => part(entry.dagsorden, template));
  };
  const report = (importId: string, templateKey: string) =>
    readWith(importId, templateKey, (dagsorden, template) =>
      dagsorden.report(template, deps.context()),
    );

  return {
    'agenda:import-dialog': async () => {
      const path = await deps.chooseWordFile();
      if (path === null) return ok(null);
      const [read, library] = await Promise.all([
        readWordFileWith(path, open),
        deps.library.list(),
      ]);
      if (!read.ok) return read;
      const dagsorden = read.value;
      const templates = usableTemplates(library);
      const importId = createId();
      // One import at a time is what the dialog shows; older ones are let go.
      for (const id of [...pending.keys()]) forget(id);
      pending.set(importId, {
        path,
        dagsorden,
        templates: new Map(templates.map(({ key, template }) => [key, template])),
      });
      const best = await answer(path, () =>
        dagsorden.bestTemplate(templates.map((offered) => offered.template)),
      );
      const chosen = best.ok ? templates[best.value] : undefined;
      // The built-ins are always in the library: no template at all is a broken build.
      if (!chosen) {
        forget(importId);
        return best.ok ? err({ code: 'internal', detail: 'no template to import with' }) : best;
      }
      const first = await report(importId, chosen.key);
      if (!first.ok) {
        forget(importId);
        return first;
      }
      return ok({
        importId,
        fileName: baseName(path),
        templateKey: chosen.key,
        templates: templates.map(({ key, name, source }) => ({ key, name, source })),
        report: first.value,
      });
    },
    'agenda:import-preview': ({ importId, templateKey }) => report(importId, templateKey),
    'agenda:import-create': async ({ importId, templateKey }) => {
      const meeting = await readWith(importId, templateKey, (dagsorden, template) =>
        dagsorden.meeting(template, deps.context()),
      );
      if (!meeting.ok) return meeting;
      forget(importId);
      return ok(deps.hold(meeting.value));
    },
    'agenda:import-cancel': ({ importId }) => {
      forget(importId);
      return Promise.resolve(ok(null));
    },
  };
}
