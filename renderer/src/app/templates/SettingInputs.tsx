import type { PlaceholderSpec } from '../../../../shared/template/patterns';

/**
 * The editor's one-value settings, each a label and a control in a
 * `.form-grid`, with the schema's Danish problem under the control and a
 * hint under that. Every control is tied to its label and to both lines
 * (aria-describedby), so a screen reader says what the field is for and
 * what is wrong with it.
 */

/** "{organ} {dato[:lang]} …": the placeholders a pattern may use, as the hint under it. */
export function placeholderList(specs: readonly PlaceholderSpec[]): string {
  return specs
    .map((spec) => `{${spec.name}${spec.variants?.length ? `[:${spec.variants.join('|')}]` : ''}}`)
    .join(' ');
}

interface SettingProps {
  /** The control's id; its problem and hint lines get `-problem` and `-help`. */
  id: string;
  label: string;
  problem?: string | undefined;
  hint?: string | undefined;
}

function Lines({ id, problem, hint }: Pick<SettingProps, 'id' | 'problem' | 'hint'>) {
  return (
    <>
      <span id={`${id}-problem`} className="te-problem" role="status">
        {problem ?? ''}
      </span>
      {hint && (
        <span id={`${id}-help`} className="te-hint muted">
          {hint}
        </span>
      )}
    </>
  );
}

function describedBy(id: string, hint: string | undefined): string {
  return hint ? `${id}-help ${id}-problem` : `${id}-problem`;
}

/** A pattern ("Punkt {nr}: {titel}"): monospaced, no spelling marks, its placeholders as the hint. */
export function PatternSetting({
  specs,
  value,
  placeholder,
  note,
  disabled,
  onChange,
  ...setting
}: Omit<SettingProps, 'hint'> & {
  specs: readonly PlaceholderSpec[];
  value: string;
  /** An example shown in the empty field. */
  placeholder?: string;
  /** A sentence before the placeholder list, e.g. what an empty pattern means. */
  note?: string;
  disabled?: boolean;
  onChange: (value: string) => void;
}) {
  const { id, label, problem } = setting;
  const hint = note ? `${note} ${placeholderList(specs)}` : placeholderList(specs);
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <div>
        <input
          id={id}
          className="te-pattern"
          value={value}
          placeholder={placeholder}
          spellCheck={false}
          disabled={disabled}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy(id, hint)}
          onChange={(e) => onChange(e.target.value)}
        />
        <Lines id={id} problem={problem} hint={hint} />
      </div>
    </>
  );
}

/** A printed text ("Lukket", "Åbent referat"); the placeholder shows an example. */
export function TextSetting({
  value,
  placeholder,
  disabled,
  onChange,
  ...setting
}: SettingProps & {
  value: string;
  placeholder?: string;
  disabled?: boolean;
  onChange: (value: string) => void;
}) {
  const { id, label, problem, hint } = setting;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <div>
        <input
          id={id}
          value={value}
          placeholder={placeholder}
          disabled={disabled}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy(id, hint)}
          onChange={(e) => onChange(e.target.value)}
        />
        <Lines id={id} problem={problem} hint={hint} />
      </div>
    </>
  );
}

/** One of a few settings, each option named in Danish by what it prints. */
export function ChoiceSetting<T extends string>({
  value,
  options,
  disabled,
  onChange,
  ...setting
}: SettingProps & {
  value: T;
  options: readonly (readonly [T, string])[];
  disabled?: boolean;
  onChange: (value: T) => void;
}) {
  const { id, label, problem, hint } = setting;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <div>
        <select
          id={id}
          value={value}
          disabled={disabled}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy(id, hint)}
          onChange={(e) => {
            const chosen = options.find(([option]) => option === e.target.value);
            if (chosen) onChange(chosen[0]);
          }}
        >
          {options.map(([option, text]) => (
            <option key={option} value={option}>
              {text}
            </option>
          ))}
        </select>
        <Lines id={id} problem={problem} hint={hint} />
      </div>
    </>
  );
}

/** An on/off setting in the grid's second column. */
export function SwitchSetting({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <>
      <span />
      <label className="checkbox">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
        />{' '}
        {label}
      </label>
    </>
  );
}
