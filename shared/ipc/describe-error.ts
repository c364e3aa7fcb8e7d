import { describeFileProblem, isFileProblemCode } from '../format/problems';
import { LIMITS } from '../format/limits';
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
      return `«${name}» er skrivebeskyttet, eller Referat må ikke skrive i mappen med den, så den kunne ikke gemmes. Din tekst er ikke tabt: den er stadig her. Vælg Gem som… og gem en kopi i en mappe, du har adgang til, fx Dokumenter.`;
    case 'folder-missing':
      return `Mappen med «${name}» findes ikke længere (fx et netværksdrev eller USB-stik, der er fjernet). Din tekst er ikke tabt. Sæt drevet i igen, eller vælg Gem som….`;
    case 'file-locked':
      return `«${name}» er låst af et andet program (fx antivirus eller synkronisering). Referat prøver igen. Din tekst er ikke tabt.`;
    case 'write-failed':
      return `«${name}» kunne ikke gemmes${error.detail ? ` (${error.detail})` : ''}. Din tekst er ikke tabt. Prøv igen, eller vælg Gem som….`;
    case 'changed-on-disk':
      return `«${name}» er blevet ændret af et andet program eller på en anden computer (fx via OneDrive), siden du åbnede eller gemte det. Referat har ikke gemt oven i ændringerne. Vælg Genindlæs for at se den nye version, eller behold din egen og gem den som en kopi med Gem som….`;
    case 'meeting-too-large':
      return `Mødet er blevet for stort til at gemme i én fil (over ${Math.round(LIMITS.fileBytes / 1024 / 1024)} MB eller ${LIMITS.items} punkter), så intet er gemt. Din tekst er ikke tabt: den er stadig her. Slet indsatte billeder eller meget lange tekster, eller del mødet i to med Nyt møde ud fra dette.`;
    case 'document-not-open':
      return 'Referat har mistet forbindelsen til mødefilen. Din tekst er ikke tabt: den er stadig her. Vælg Gem som… for at gemme den.';
    case 'export-out-of-memory':
      return `Eksporten brugte for meget hukommelse og blev stoppet, så «${name}» er ikke skrevet. Mødet og din tekst er ikke berørt. Luk andre programmer, og prøv igen; sker det igen, så kontakt support.`;
    case 'word-old-format':
      return `«${name}» er et ældre Word-dokument (.doc). Åbn det i Word, gem det som Word-dokument (.docx), og importér det igen. Intet er oprettet.`;
    case 'word-encrypted':
      return `«${name}» er beskyttet med adgangskode. Åbn det i Word, fjern adgangskoden (Filer › Oplysninger › Beskyt dokument), gem det, og importér det igen. Intet er oprettet.`;
    case 'word-damaged':
      return `«${name}» er beskadiget og kan ikke læses. Åbn det i Word og gem det igen, eller bed om en ny kopi. Intet er oprettet.`;
    case 'word-too-large':
      return `«${name}» er for stor eller for indviklet til at blive importeret. Del dagsordenen i mindre filer, eller fjern store billeder, og prøv igen. Intet er oprettet.`;
    case 'not-word':
      return `«${name}» er ikke et Word-dokument (.docx). Vælg dagsordenen som Word-fil. Intet er oprettet.`;
    case 'invalid-request':
      return `Handlingen kunne ikke udføres, fordi data var ugyldige${error.detail ? ` (${error.detail})` : ''}. Prøv igen; kontakt support, hvis det sker igen.`;
    case 'untrusted-sender':
      return 'Handlingen blev afvist af sikkerhedshensyn.';
    default:
      return `Der opstod en uventet fejl${error.detail ? ` (${error.detail})` : ''}. Prøv igen.`;
  }
}
