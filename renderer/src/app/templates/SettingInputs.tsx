import type { ReactNode } from 'react';
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

/** The attributes that tie a control to its problem and hint lines. */
function described({ id, problem, hint }: Pick<SettingProps, 'id' | 'problem' | 'hint'>) {
  return {
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': hint ? `${id}-help ${id}-problem` : `${id}-problem`,
  } as const;
}

/** One grid row: the label, then the control with its problem and hint lines under it. */
function SettingRow({
  id,
  label,
  problem,
  hint,
  children,
}: SettingProps & { children: ReactNode }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <div>
        {children}
        <Lines id={id} problem={problem} hint={hint} />
      </div>
    </>
  );
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
  const hint = note ? `${note} ${placeholderList(specs)}` : placeholderList(specs);
  return (
    <SettingRow {...setting} hint={hint}>
      <input
        id={setting.id}
        className="te-pattern"
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        disabled={disabled}
        {...described({ ...setting, hint })}
        onChange={(e) => onChange(e.target.value)}
      />
    </SettingRow>
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
  return (
    <SettingRow {...setting}>
      <input
        id={setting.id}
        value={value}
        placeholder={placeholder}
        disabled={disabled}
        {...described(setting)}
        onChange={(e) => onChange(e.target.value)}
      />
    </SettingRow>
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
  return (
    <SettingRow {...setting}>
      <select
        id={setting.id}
        value={value}
        disabled={disabled}
        {...described(setting)}
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
    </SettingRow>
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
