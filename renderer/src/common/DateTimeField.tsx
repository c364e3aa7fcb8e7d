import { useEffect, useId, useRef, useState } from 'react';
import {
  DATE_HINT,
  formatDanishDate,
  formatDanishTime,
  parseDanishDate,
  parseDanishTime,
  TIME_HINT,
} from './danish-date-time';

interface Props {
  id?: string;
  /** Accessible name when no <label htmlFor> names the field. */
  ariaLabel?: string;
  /** ISO date ("2018-01-29") or time ("09:00"); '' for an empty optional field. */
  value: string;
  /** Called with the ISO value as soon as the text is a valid one; null when an optional field is emptied. */
  onChange: (value: string | null) => void;
  required?: boolean;
}

/**
 * One text field for a date (dd-mm-åååå) or a time (tt.mm): one Tab stop,
 * typed Danish style whatever locale data the browser has. What the
 * secretary typed stays in the field until it is valid (nothing is thrown
 * away); leaving it invalid shows a Danish message under it.
 */
function DanishField({
  kind,
  id,
  ariaLabel,
  value,
  onChange,
  required,
}: Props & { kind: 'date' | 'time' }) {
  const format = kind === 'date' ? formatDanishDate : formatDanishTime;
  const parse = kind === 'date' ? parseDanishDate : parseDanishTime;
  const [draft, setDraft] = useState(() => format(value));
  const [invalid, setInvalid] = useState(false);
  const focused = useRef(false);
  const hintId = useId();

  // A change from elsewhere (undo, "Nyt møde ud fra dette") shows, unless the secretary is typing here.
  useEffect(() => {
    if (!focused.current) {
      setDraft(format(value));
      setInvalid(false);
    }
  }, [value, format]);

  const valid = (text: string) => (text.trim() === '' ? !required : parse(text) !== null);

  return (
    <span className="date-time-field">
      <input
        id={id}
        aria-label={ariaLabel}
        className={kind === 'date' ? 'date-field' : 'time-field'}
        inputMode={kind === 'date' ? 'numeric' : 'decimal'}
        placeholder={kind === 'date' ? 'dd-mm-åååå' : 'tt.mm'}
        autoComplete="off"
        // Digits, not words: the spellchecker (spelling/plain-fields.ts) skips the field.
        spellCheck={false}
        aria-required={required}
        aria-invalid={invalid}
        aria-describedby={invalid ? hintId : undefined}
        value={draft}
        onFocus={() => {
          focused.current = true;
        }}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          if (text.trim() === '') {
            if (!required) onChange(null);
            return;
          }
          const parsed = parse(text);
          if (parsed) {
            setInvalid(false);
            onChange(parsed);
          }
        }}
        onBlur={() => {
          focused.current = false;
          if (valid(draft)) {
            setInvalid(false);
            // Show the one spelling the referat prints: "0930" and "9" become "09.30" and "09.00".
            const parsed = parse(draft);
            if (parsed) setDraft(format(parsed));
          } else setInvalid(true);
        }}
      />
      {invalid && (
        <span id={hintId} className="field-error" role="alert">
          {kind === 'date' ? DATE_HINT : TIME_HINT}
        </span>
      )}
    </span>
  );
}

/** A date typed dd-mm-åååå; the model gets ISO. */
export function DateField(props: Props) {
  return <DanishField kind="date" {...props} />;
}

/** A time typed tt.mm; the model gets "tt:mm". */
export function TimeField(props: Props) {
  return <DanishField kind="time" {...props} />;
}
