import { useEffect, useMemo, useRef, useState } from 'react';
import type { Meeting } from '../../../../shared/model/meeting';
import { idFromLabel, uniqueId } from '../../../../shared/template/draft';
import { itemPlaceholders, meetingPlaceholders } from '../../../../shared/template/placeholders';
import type { Template } from '../../../../shared/template/schema';
import { setAsideBySwitch } from '../../../../shared/template/switch';
import { AgendaPublicRows } from './AgendaPublicRows';
import { AttachmentRows } from './AttachmentRows';
import { ClosedItemsRows } from './ClosedItemsRows';
import { ContentsRows } from './ContentsRows';
import { DecisionRows } from './DecisionRows';
import { FieldRows } from './FieldRows';
import { HeaderRows } from './HeaderRows';
import { MeetingFieldRows } from './MeetingFieldRows';
import { LogoRows } from './LogoRows';
import { PageMarginRows } from './PageMarginRows';
import { SectionRows } from './SectionRows';
import { SignatureRows } from './SignatureRows';
import { PatternSetting, SwitchSetting } from './SettingInputs';
import { followInPreview } from './preview-follow';
import { draftProblems } from './template-problems';
import { TemplatePreview } from './TemplatePreview';
import './template-editor.css';

/** Where the edited template comes from and what saving does. */
export interface EditorStart {
  template: Template;
  /** The library entry saving replaces (a user file), or null: saving adds a new file. */
  replaceKey: string | null;
  /** A new template: its id follows its name until it is saved. */
  isNew: boolean;
}

interface Props {
  start: EditorStart;
  /** The open meeting (previewed, and "Brug i dette møde" applies to it), or null. */
  meeting: Meeting | null;
  /** Ids of templates already in the library (a new one gets another). */
  takenIds: readonly string[];
  /** Saves into the library: the entry's key, or a Danish sentence saying why not. */
  onSave: (
    template: Template,
    replaceKey: string | null,
  ) => Promise<{ key: string } | { problem: string }>;
  onApply: (template: Template) => void;
  onClose: () => void;
}

/** The item's on/off settings, as the editor offers them. */
const ITEM_SWITCHES = [
  ['newPage', 'Hvert punkt på ny side'],
  ['statusLine', 'Punktets status under overskriften'],
  ['recordTimes', 'Notér hvornår punkterne behandles'],
] as const satisfies readonly (readonly [keyof Template['item'], string])[];

/**
 * "Rediger skabelon…": the template as a form, with a live preview of how
 * it prints and the schema's Danish messages beside the field they are
 * about. Keyboard only: every control is in tab order, rows move with
 * Alt+↑/↓, Escape closes (the dialog's own behaviour), Ctrl+Enter saves.
 */
export function TemplateEditor({ start, meeting, takenIds, onSave, onApply, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<Template>(start.template);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [showProblems, setShowProblems] = useState(false);
  const [status, setStatus] = useState('');
  const [replaceKey, setReplaceKey] = useState(start.replaceKey);
  const [isNew, setIsNew] = useState(start.isNew);
  const problems = useMemo(() => draftProblems(draft), [draft]);
  useEffect(() => {
    if (dialog.current?.open) return;
    dialog.current?.showModal();
    // The form scrolls on its own, and Chromium counts a scroller as the dialog's
    // first focusable element: the name field is where the secretary starts.
    dialog.current?.querySelector<HTMLInputElement>('#te-name')?.focus();
  }, []);

  const change = (next: Template, nextFresh?: ReadonlySet<string>) => {
    setDraft(next);
    if (nextFresh) setFresh(nextFresh);
    setStatus('');
  };
  const setItem = (patch: Partial<Template['item']>) =>
    change({ ...draft, item: { ...draft.item, ...patch } });
  const rename = (name: string) =>
    change(
      isNew ? { ...draft, name, id: uniqueId(idFromLabel(name), takenIds) } : { ...draft, name },
    );

  /** Refuses an invalid template: the summary lists why and focus goes to the first field concerned. */
  const valid = () => {
    if (problems.lines.length === 0) return true;
    setShowProblems(true);
    requestAnimationFrame(() =>
      dialog.current?.querySelector<HTMLElement>('[aria-invalid="true"], #te-problems')?.focus(),
    );
    return false;
  };
  const save = async () => {
    if (!valid()) return;
    const saved = await onSave(draft, replaceKey);
    if ('problem' in saved) {
      setStatus(saved.problem);
      return;
    }
    setReplaceKey(saved.key);
    setIsNew(false);
    setFresh(new Set());
    setStatus(`«${draft.name}» er gemt i dine skabeloner.`);
  };
  const apply = () => {
    if (!valid()) return;
    onApply(draft);
    dialog.current?.close();
  };

  const setAside = meeting ? setAsideBySwitch(meeting, draft) : [];
  return (
    <dialog
      ref={dialog}
      className="dialog template-editor"
      aria-labelledby="te-title"
      onClose={onClose}
      // The meeting's shortcuts (Alt+↑ moves an item, Ctrl+E exports) must not act behind the dialog.
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void save();
        }
        e.stopPropagation();
      }}
    >
      <h2 id="te-title">{isNew ? 'Ny skabelon' : `Rediger skabelon: ${start.template.name}`}</h2>
      <div className="te-body">
        <div className="te-form" onFocus={(e) => followInPreview(e.target, dialog.current)}>
          <fieldset className="te-group" data-preview="front">
            <legend>Skabelon</legend>
            <div className="form-grid">
              <label htmlFor="te-name">Navn (fx organets navn)</label>
              <div>
                <input
                  id="te-name"
                  value={draft.name}
                  aria-invalid={problems.at('name') ? true : undefined}
                  aria-describedby="te-name-problem"
                  onChange={(e) => rename(e.target.value)}
                />
                <span id="te-name-problem" className="te-problem" role="status">
                  {problems.at('name') ?? problems.at('id') ?? ''}
                </span>
              </div>
              <label htmlFor="te-description">Beskrivelse</label>
              <input
                id="te-description"
                value={draft.description}
                onChange={(e) => change({ ...draft, description: e.target.value })}
              />
            </div>
          </fieldset>
          <fieldset className="te-group" data-preview="item">
            <legend>Titel og punkter</legend>
            <p className="muted te-hint">
              Pladsholdere i {'{ }'} udfyldes fra mødet; en del i [ ] udelades, når en pladsholder i
              den er tom.
            </p>
            <div className="form-grid">
              <PatternSetting
                id="te-document-title"
                label="Titel"
                value={draft.document.title}
                specs={meetingPlaceholders(draft.meetingFields)}
                problem={problems.at('document.title')}
                onChange={(title) => change({ ...draft, document: { ...draft.document, title } })}
              />
              <PatternSetting
                id="te-item-heading"
                label="Punktoverskrift"
                value={draft.item.heading}
                specs={itemPlaceholders(draft.fields)}
                problem={problems.at('item.heading')}
                onChange={(heading) => setItem({ heading })}
              />
              {ITEM_SWITCHES.map(([key, label]) => (
                <SwitchSetting
                  key={key}
                  id={`te-item-${key}`}
                  label={label}
                  checked={draft.item[key]}
                  onChange={(checked) => setItem({ [key]: checked })}
                />
              ))}
            </div>
          </fieldset>
          <AgendaPublicRows draft={draft} problems={problems} onChange={(next) => change(next)} />
          <HeaderRows draft={draft} problems={problems} onChange={(next) => change(next)} />
          <MeetingFieldRows draft={draft} fresh={fresh} problems={problems} onChange={change} />
          <SectionRows draft={draft} fresh={fresh} problems={problems} onChange={change} />
          <FieldRows draft={draft} fresh={fresh} problems={problems} onChange={change} />
          <DecisionRows draft={draft} problems={problems} onChange={(next) => change(next)} />
          <AttachmentRows draft={draft} problems={problems} onChange={(next) => change(next)} />
          <ClosedItemsRows draft={draft} problems={problems} onChange={(next) => change(next)} />
          <ContentsRows draft={draft} problems={problems} onChange={(next) => change(next)} />
          <SignatureRows draft={draft} problems={problems} onChange={(next) => change(next)} />
          <PageMarginRows draft={draft} problems={problems} onChange={(next) => change(next)} />
          <LogoRows draft={draft} problems={problems} onChange={(next) => change(next)} />
        </div>
        <TemplatePreview template={draft} meeting={meeting} />
      </div>
      {showProblems && problems.lines.length > 0 && (
        <div id="te-problems" className="te-problems" role="alert" tabIndex={-1}>
          <strong>Skabelonen kan ikke bruges endnu:</strong>
          <ul>
            {problems.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {meeting && setAside.length > 0 && (
        <p className="te-hint">
          Bruges skabelonen i dette møde, flyttes teksten i{' '}
          {setAside.map((s) => `punkt ${s.itemIndex + 1} (${s.parts.join(', ')})`).join('; ')} til
          «Ikke i skabelonen». Intet slettes.
        </p>
      )}
      <p className="te-status" role="status">
        {status}
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={() => void save()}>
          Gem i mine skabeloner
        </button>
        {meeting && (
          <button type="button" onClick={apply}>
            Brug i dette møde
          </button>
        )}
        <button type="button" onClick={() => dialog.current?.close()}>
          Luk
        </button>
      </div>
    </dialog>
  );
}
