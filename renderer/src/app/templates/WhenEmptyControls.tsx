interface Props {
  /** The row's id prefix: the controls are `${id}-when-empty` and `${id}-empty-text`. */
  id: string;
  /** What is empty, as the option reads: «afsnittet», «linjen». */
  what: string;
  /** The row's name, for the text field's accessible name. */
  name: string;
  /** «tom» or «tomt», agreeing with what is empty (en linje, et afsnit). */
  empty: 'tom' | 'tomt';
  whenEmpty: 'omit' | 'text';
  emptyText: string;
  placeholder: string;
  invalid: boolean;
  onChange: (patch: { whenEmpty?: 'omit' | 'text'; emptyText?: string }) => void;
}

/**
 * "Når tom: [Udelad linjen | Skriv teksten] [Ingen]": what a header line
 * or section prints when it has nothing. The text field stays visible
 * (greyed) when the row is left out, so the secretary sees what would be
 * written; it is in the tab order once "Skriv teksten" is chosen.
 */
export function WhenEmptyControls({
  id,
  what,
  name,
  empty,
  whenEmpty,
  emptyText,
  placeholder,
  invalid,
  onChange,
}: Props) {
  return (
    <>
      <label htmlFor={`${id}-when-empty`}>Når {empty}</label>
      <select
        id={`${id}-when-empty`}
        className="te-when-empty"
        value={whenEmpty}
        onChange={(e) => onChange({ whenEmpty: e.target.value === 'text' ? 'text' : 'omit' })}
      >
        <option value="omit">Udelad {what}</option>
        <option value="text">Skriv teksten</option>
      </select>
      <input
        id={`${id}-empty-text`}
        className="te-empty-text"
        value={emptyText}
        placeholder={placeholder}
        aria-label={`Tekst, når «${name}» er ${empty}`}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={`${id}-problem`}
        disabled={whenEmpty !== 'text'}
        onChange={(e) => onChange({ emptyText: e.target.value })}
      />
    </>
  );
}
