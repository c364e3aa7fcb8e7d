/**
 * What can be wrong with a meeting file, as a value the UI and the command
 * line turn into a sentence. Codes are stable; messages are Danish because
 * they are shown to the secretary.
 */
export const FILE_PROBLEM_CODES = [
  'not-found',
  'is-folder',
  'not-a-file',
  'permission-denied',
  'too-large',
  'empty',
  'not-json',
  'truncated',
  'wrong-format',
  'newer-version',
  'invalid',
  'read-failed',
] as const;

/** Why a meeting file could not be read. */
export type FileProblemCode = (typeof FILE_PROBLEM_CODES)[number];

/** True for a code that describes a problem with a file's content or access. */
export function isFileProblemCode(code: string): code is FileProblemCode {
  return (FILE_PROBLEM_CODES as readonly string[]).includes(code);
}

/** A problem with one file, with enough detail for a useful message. */
export interface FileProblem {
  code: FileProblemCode;
  /** Technical detail (English), e.g. the failing field path or the OS error. */
  detail?: string;
  /** For `newer-version`: the schema version found in the file. */
  foundVersion?: number;
}

/** "«Direktionen.referat» kan ikke åbnes: … " — what is wrong and what to do, in Danish. */
export function describeFileProblem(problem: FileProblem, fileName: string): string {
  const name = `«${fileName}»`;
  switch (problem.code) {
    case 'not-found':
      return `${name} findes ikke længere. Den kan være flyttet, omdøbt eller slettet. Vælg filen igen med Åbn.`;
    case 'is-folder':
      return `${name} er en mappe, ikke en mødefil. Vælg en fil, der ender på .referat.`;
    case 'not-a-file':
      return `${name} er ikke en almindelig fil (men fx en forbindelse mellem programmer eller en enhed), så den kan ikke åbnes som mødefil. Vælg en fil, der ender på .referat.`;
    case 'permission-denied':
      return `Referat har ikke adgang til at læse ${name}. Tjek filens rettigheder, eller kopiér den til din egen mappe og åbn kopien.`;
    case 'too-large':
      return `${name} er for stor til at være en mødefil (over 64 MB). Tjek, at det er den rigtige fil.`;
    case 'empty':
      return `${name} er tom. Den kan være blevet afbrudt under en kopiering. Åbn sikkerhedskopien, hvis der er en, eller hent filen igen.`;
    case 'not-json':
      return `${name} er ikke en Referat-mødefil (indholdet kan ikke læses). Tjek, at det er den rigtige fil.`;
    case 'truncated':
      return `${name} er ufuldstændig: filen slutter midt i indholdet, typisk efter en afbrudt kopiering eller synkronisering. Filen er ikke ændret. Åbn sikkerhedskopien, hvis der er en.`;
    case 'wrong-format':
      return `${name} er ikke en Referat-mødefil. Vælg en fil, der er gemt med Referat (.referat).`;
    case 'newer-version':
      return `${name} er gemt med en nyere version af Referat (filformat ${problem.foundVersion ?? '?'}). Opdatér Referat for at åbne den. Filen er ikke ændret.`;
    case 'invalid':
      return `${name} har et indhold, Referat ikke kan bruge${problem.detail ? ` (${problem.detail})` : ''}. Filen er ikke ændret. Åbn sikkerhedskopien, hvis der er en.`;
    case 'read-failed':
      return `${name} kunne ikke læses${problem.detail ? ` (${problem.detail})` : ''}. Prøv igen, eller kopiér filen til din egen mappe.`;
  }
}
