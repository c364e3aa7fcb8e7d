import { useRef, useState } from 'react';
import { describeIpcError } from '../../../../shared/ipc/describe-error';
import type { Template } from '../../../../shared/template/schema';
import { invoke } from '../../common/api';
import { ChoiceSetting } from './SettingInputs';
import type { DraftProblems } from './template-problems';

interface Props {
  draft: Template;
  problems: DraftProblems;
  onChange: (draft: Template) => void;
}

type Logo = Template['logo'];

const PLACEMENTS: readonly (readonly [Logo['placement'], string])[] = [
  ['first-page', 'Kun på forsiden'],
  ['every-page', 'På hver side'],
];

const ALIGNS: readonly (readonly [Logo['align'], string])[] = [
  ['right', 'Øverst til højre'],
  ['left', 'Øverst til venstre'],
];

const cm = (width: number) => `${String(width).replace('.', ',')} cm`;

/** 1 to 8 cm in half centimetres, and a width a file has that is not among them. */
function widths(current: number): readonly (readonly [string, string])[] {
  const steps = Array.from({ length: 15 }, (_, i) => 1 + i / 2);
  const all = steps.includes(current) ? steps : [...steps, current].sort((a, b) => a - b);
  return all.map((width) => [String(width), cm(width)] as const);
}

/**
 * The body's logo: chosen with a file dialog in main (the page never
 * names a path; main checks it is a PNG or JPEG of at most 1 MB), shown
 * here small, removed; its width, on which pages, at which margin.
 */
export function LogoRows({ draft, problems, onChange }: Props) {
  const { logo } = draft;
  const set = (patch: Partial<Logo>) => onChange({ ...draft, logo: { ...logo, ...patch } });
  // What went wrong with the last file chosen; the schema's problem with the stored image otherwise.
  const [picked, setPicked] = useState<string | null>(null);
  // «Fjern logo» is disabled once the logo is gone: the focus moves on to «Vælg logo…», not to nowhere.
  const chooseButton = useRef<HTMLButtonElement>(null);
  const none = logo.image === '';
  const problem = picked ?? problems.at('logo.image') ?? problems.at('logo.width');
  const pick = async () => {
    const result = await invoke('templates:pick-logo');
    if (!result.ok) return setPicked(describeIpcError(result.error));
    if (!result.value) return;
    if ('problem' in result.value) return setPicked(result.value.problem);
    setPicked(null);
    set({ image: result.value.image });
  };
  return (
    <fieldset className="te-group" data-preview="front">
      <legend>Logo</legend>
      <div className="form-grid">
        <span>Billede</span>
        <div>
          <div className="te-logo-row">
            {none ? (
              <span className="muted">Intet logo</span>
            ) : (
              <img className="te-logo-thumb" src={logo.image} alt="Det valgte logo" />
            )}
            <button
              ref={chooseButton}
              type="button"
              aria-describedby="te-logo-problem"
              onClick={() => void pick()}
            >
              Vælg logo…
            </button>
            <button
              type="button"
              disabled={none}
              onClick={() => {
                setPicked(null);
                set({ image: '' });
                chooseButton.current?.focus();
              }}
            >
              Fjern logo
            </button>
          </div>
          <span id="te-logo-problem" className="te-problem" role="status">
            {problem ?? ''}
          </span>
          <span className="te-hint muted">
            PNG eller JPEG, højst 1 MB. Står øverst på siden over teksten og flytter den ikke.
          </span>
        </div>
        <ChoiceSetting
          id="te-logo-width"
          label="Bredde"
          value={String(logo.width)}
          options={widths(logo.width)}
          hint="Højden følger billedets form."
          disabled={none}
          onChange={(width) => set({ width: Number(width) })}
        />
        <ChoiceSetting
          id="te-logo-placement"
          label="Sider"
          value={logo.placement}
          options={PLACEMENTS}
          disabled={none}
          onChange={(placement) => set({ placement })}
        />
        <ChoiceSetting
          id="te-logo-align"
          label="Placering"
          value={logo.align}
          options={ALIGNS}
          disabled={none}
          onChange={(align) => set({ align })}
        />
      </div>
    </fieldset>
  );
}
