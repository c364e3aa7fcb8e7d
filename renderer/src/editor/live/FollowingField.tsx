import { useId, useState } from 'react';

interface Props {
  label: string;
  /** The decision's own value, or null while it follows the meeting. */
  value: string | null;
  /** The meeting's value, shown (greyed) while the field follows it. */
  meetingValue: string;
  /** Stored value → text in the field. */
  format?: (value: string) => string;
  /** Text → stored value; null while the text is not (yet) a valid value. */
  parse?: (text: string) => string | null;
  /** A value set on purpose, or null: follow the meeting again. */
  onSet: (value: string | null) => void;
  className?: string;
}

const same = (text: string) => text;

/**
 * A decision's Organ or Dato: empty and showing the meeting's value
 * ("følger mødet") until the secretary types one on purpose; emptying the
 * field makes it follow the meeting again. A half-typed date stays in the
 * field without being stored, and is put back to what is stored on leaving.
 */
export function FollowingField({
  label,
  value,
  meetingValue,
  format = same,
  parse = (text) => text,
  onSet,
  className,
}: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const noteId = useId();
  const following = value === null;
  const shown = draft ?? (value === null ? '' : format(value));
  return (
    <label className={`live-following${className ? ` ${className}` : ''}`}>
      {label}{' '}
      <input
        value={shown}
        placeholder={format(meetingValue)}
        aria-describedby={following ? noteId : undefined}
        title={following ? 'Følger mødet; skriv for at sætte en anden' : undefined}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          if (text.trim() === '') onSet(null);
          else {
            const parsed = parse(text);
            if (parsed !== null) onSet(parsed);
          }
        }}
        onBlur={() => setDraft(null)}
      />
      {following && (
        <span id={noteId} className="muted live-follows">
          følger mødet
        </span>
      )}
    </label>
  );
}
