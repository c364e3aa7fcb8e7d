import { danishIssue } from '../../../../shared/template/messages';
import { describePath, templateSchema, type Template } from '../../../../shared/template/schema';

/** A template's problems: by path ("sections.2.label") for the field that shows them, and as lines for the summary. */
export interface DraftProblems {
  at(path: string): string | undefined;
  lines: string[];
}

/** Validates the draft with the template schema; messages are Danish (schema.ts, messages.ts). */
export function draftProblems(draft: Template): DraftProblems {
  const parsed = templateSchema.safeParse(draft, { error: danishIssue });
  if (parsed.success) return { at: () => undefined, lines: [] };
  const byPath = new Map<string, string>();
  const lines = parsed.error.issues.map((issue) => {
    const key = issue.path.map(String).join('.');
    if (!byPath.has(key)) byPath.set(key, issue.message);
    return issue.path.length ? `${describePath(issue.path)}: ${issue.message}` : issue.message;
  });
  return { at: (path) => byPath.get(path), lines };
}
