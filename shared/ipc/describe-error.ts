import { describeFileProblem, isFileProblemCode } from '../format/problems';
import type { IpcError } from './result';

/** The last path segment, for messages ("Direktionen.referat"). Works with / and \ separators. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** A Danish sentence for the secretary: what went wrong and what to do. */
export function describeIpcError(error: IpcError): string {
  const name = error.path ? baseName(error.path) : 'filen';
  const { code } = error;
  if (isFileProblemCode(code)) {
    return describeFileProblem(
      { code, detail: error.detail, foundVersion: error.foundVersion },
      name,
    );
  }
  switch (error.code) {
    case 'disk-full':
      return `Disken er fuld, så «${name}» kunne ikke gemmes. Din tekst er ikke tabt: den er stadig her. Frigør plads, eller vælg Gem som… og gem et andet sted (fx et USB-stik).`;
    case 'read-only':
      return `Referat må ikke skrive i mappen med «${name}». Din tekst er ikke tabt. Vælg Gem som… og gem i en mappe, du har adgang til, fx Dokumenter.`;
    case 'folder-missing':
      return `Mappen med «${name}» findes ikke længere (fx et netværksdrev eller USB-stik, der er fjernet). Din tekst er ikke tabt. Sæt drevet i igen, eller vælg Gem som….`;
    case 'file-locked':
      return `«${name}» er låst af et andet program (fx antivirus eller synkronisering). Referat prøver igen. Din tekst er ikke tabt.`;
    case 'write-failed':
      return `«${name}» kunne ikke gemmes${error.detail ? ` (${error.detail})` : ''}. Din tekst er ikke tabt. Prøv igen, eller vælg Gem som….`;
    case 'changed-on-disk':
      return `«${name}» er blevet ændret af et andet program eller på en anden computer (fx via OneDrive), siden du åbnede eller gemte det. Referat har ikke gemt oven i ændringerne. Vælg Genindlæs for at se den nye version, eller behold din egen og gem den som en kopi med Gem som….`;
    case 'invalid-request':
      return `Handlingen kunne ikke udføres, fordi data var ugyldige${error.detail ? ` (${error.detail})` : ''}. Prøv igen; kontakt support, hvis det sker igen.`;
    case 'untrusted-sender':
      return 'Handlingen blev afvist af sikkerhedshensyn.';
    default:
      return `Der opstod en uventet fejl${error.detail ? ` (${error.detail})` : ''}. Prøv igen.`;
  }
}
