/**
 * Two decisions on the same day have the same visible label ("Beslutning
 * Direktionen den 29-01-2018", as in the printed referat). A screen reader
 * needs more to tell them apart, so each of them gets its place among the
 * namesakes, counted top to bottom (newest first): "(1 af 2, nyeste)".
 */

/** For each label (in display order): the words that set it apart, or null when it is unique. */
export function decisionNameSuffixes(labels: readonly string[]): (string | null)[] {
  return labels.map((label, index) => {
    const namesakes = labels.filter((other) => other === label).length;
    if (namesakes < 2) return null;
    const position = labels.slice(0, index + 1).filter((other) => other === label).length;
    return position === 1 ? `(1 af ${namesakes}, nyeste)` : `(${position} af ${namesakes})`;
  });
}
