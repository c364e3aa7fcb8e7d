import { createId, type Meeting } from '../../model/meeting';
import { meetingIds } from '../../model/schema';

/** What kind of entry an id path points at, for the Danish message. */
type Kind = 'item' | 'decision' | 'protocolNote' | 'attachment' | 'participant';

const NOUNS: Record<Kind, [one: string, many: string]> = {
  item: ['punkt', 'punkter'],
  decision: ['beslutning', 'beslutninger'],
  protocolNote: ['protokolbemærkning', 'protokolbemærkninger'],
  attachment: ['bilag', 'bilag'],
  participant: ['deltager', 'deltagere'],
};

function kindOf(path: readonly (string | number)[]): Kind {
  if (path[0] === 'participants') return 'participant';
  if (path[4] === 'protocolNotes') return 'protocolNote';
  if (path[2] === 'decisions') return 'decision';
  if (path[2] === 'attachments') return 'attachment';
  return 'item';
}

/** "1 punkt, 2 beslutninger og 1 bilag". */
function countsInDanish(counts: Map<Kind, number>): string {
  const parts = (Object.keys(NOUNS) as Kind[])
    .filter((kind) => counts.has(kind))
    .map((kind) => {
      const n = counts.get(kind) ?? 0;
      return `${n} ${NOUNS[kind][n === 1 ? 0 : 1]}`;
    });
  return parts.length === 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1] ?? ''}`;
}

/**
 * Gives every participant, item, decision, protokolbemærkning and bilag an
 * id of its own. A file in which two share one (merged by hand, damaged,
 * written by another tool) would otherwise let an autosave look up one
 * item's text by id and write it over the other's. The first occurrence keeps its id, later ones get fresh
 * ids; no text changes. Returns the meeting unchanged when all ids are unique.
 */
export function makeIdsUnique(meeting: Meeting): { meeting: Meeting; repairs: string[] } {
  const seen = new Set<string>();
  const duplicates: (string | number)[][] = [];
  for (const { id, path } of meetingIds(meeting)) {
    if (seen.has(id)) duplicates.push(path);
    else seen.add(id);
  }
  if (duplicates.length === 0) return { meeting, repairs: [] };

  const fresh = (): string => {
    let id = createId();
    while (seen.has(id)) id = createId();
    seen.add(id);
    return id;
  };
  const repaired = structuredClone(meeting);
  const counts = new Map<Kind, number>();
  for (const path of duplicates) {
    // Walk to the object holding the id; the path came from meetingIds.
    let holder: unknown = repaired;
    for (const key of path.slice(0, -1)) holder = (holder as Record<string | number, unknown>)[key];
    (holder as { id: string }).id = fresh();
    const kind = kindOf(path);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const message =
    `${countsInDanish(counts)} havde samme id som noget andet i mødet; ` +
    "de har fået nye id'er, og ingen tekst er ændret.";
  return { meeting: repaired, repairs: [message] };
}
