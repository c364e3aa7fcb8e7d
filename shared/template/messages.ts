import type { z } from 'zod';
import { danishList } from '../model/danish-list';

const TYPES: Record<string, string> = {
  string: 'tekst (i anførselstegn)',
  boolean: 'true eller false',
  number: 'et tal',
  array: 'en liste […]',
  object: 'et objekt {…}',
};

/**
 * Danish wording for zod's own checks (a missing field, a wrong type, a
 * value not in a list, a text too long), for where the template schema
 * does not word the message itself. Pass as `error` to `safeParse`: a
 * message written in the schema wins over this one.
 */
export const danishIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'mangler'
        : `skal være ${TYPES[issue.expected] ?? issue.expected}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `er for lang: højst ${String(issue.maximum)} tegn`
        : `har for mange: højst ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `skal have mindst ${String(issue.minimum)} tegn`
        : `skal have mindst ${String(issue.minimum)}`;
    case 'invalid_value':
      return `skal være ${danishList(
        issue.values.map((value) => JSON.stringify(value)),
        'eller',
      )}`;
    case 'invalid_format':
      return 'har ikke den rigtige form';
    default:
      return undefined;
  }
};
