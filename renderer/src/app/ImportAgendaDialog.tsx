import { useEffect, useRef, useState } from 'react';
import { describeItemRule } from '../../../shared/import/report-lines';
import type { ImportReportView, IpcResponse } from '../../../shared/ipc/contract';
import { formatDateLong } from '../../../shared/model/derived';
import { invoke } from '../common/api';
import { templateChoiceLabel } from './template-choice';

/** A read Word dagsorden waiting in main, as 'agenda:import-dialog' described it. */
export type PendingImport = NonNullable<IpcResponse<'agenda:import-dialog'>>;

interface Props {
  pending: PendingImport;
  /** "Opret møde" with the chosen template (its library key). */
  onCreate: (templateKey: string) => void;
  /** Closed without creating (Annullér, Escape). */
  onCancel: () => void;
}

/**
 * The preview of "Importér dagsorden fra Word…": what was found (header,
 * items with number, title and case number, which sections got text) and
 * what had no place of its own, before anything is created. Choosing another
 * template reads the document again with it.
 */
export function ImportAgendaDialog({ pending, onCreate, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const created = useRef(false);
  const [templateKey, setTemplateKey] = useState(pending.templateKey);
  const [report, setReport] = useState<ImportReportView>(pending.report);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    // StrictMode runs effects twice in development: open once.
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  // The template last chosen: a slower preview of an earlier choice must not overwrite its report.
  const latest = useRef(pending.templateKey);
  const choose = (key: string) => {
    setTemplateKey(key);
    latest.current = key;
    setBusy(true);
    void invoke('agenda:import-preview', { importId: pending.importId, templateKey: key }).then(
      (result) => {
        if (latest.current !== key) return;
        if (result.ok) setReport(result.value);
        setBusy(false);
      },
    );
  };
  const header = [
    ['Organ', report.body],
    [
      'Dato',
      report.date
        ? `${formatDateLong(report.date)}${report.startTime ? ` kl. ${report.startTime}` : ''}`
        : '',
    ],
    ['Sted', report.venue],
    ['Deltagere', report.participants.join(', ')],
  ] as const;
  return (
    <dialog
      ref={dialog}
      className="dialog import-dialog"
      aria-labelledby="import-title"
      onClose={() => {
        if (!created.current) onCancel();
      }}
    >
      <h2 id="import-title">Importér dagsorden: {pending.fileName}</h2>
      <div className="form-grid">
        <label htmlFor="import-template">Skabelon</label>
        <select id="import-template" value={templateKey} onChange={(e) => choose(e.target.value)}>
          {pending.templates.map((template) => (
            <option key={template.key} value={template.key}>
              {templateChoiceLabel(template)}
            </option>
          ))}
        </select>
      </div>
      <div className="import-preview" aria-live="polite" aria-busy={busy}>
        <dl className="import-header">
          {header.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value || <span className="muted">ikke fundet</span>}</dd>
            </div>
          ))}
        </dl>
        <h3>
          {report.items.length === 1 ? '1 punkt' : `${report.items.length} punkter`}
          {report.items.length > 0 && (
            <span className="muted"> (fundet ved {describeItemRule(report.itemsFoundBy)})</span>
          )}
        </h3>
        {report.items.length > 0 && (
          <table className="import-items">
            <thead>
              <tr>
                <th scope="col">Nr.</th>
                <th scope="col">Titel</th>
                <th scope="col">Sagsnr.</th>
                <th scope="col">Udfyldt</th>
              </tr>
            </thead>
            <tbody>
              {report.items.map((item, i) => (
                <tr key={i}>
                  <td>{item.number}</td>
                  <td>
                    {item.title || <span className="muted">uden titel</span>}
                    {item.closed && <span className="muted"> (lukket)</span>}
                  </td>
                  <td>{item.caseNumber}</td>
                  <td>{item.filled.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {report.unplaced.length + report.notices.length > 0 && (
          <section aria-labelledby="import-unplaced-title">
            <h3 id="import-unplaced-title">Bemærk</h3>
            <ul className="import-notes">
              {[...report.unplaced, ...report.notices].map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => {
            created.current = true;
            dialog.current?.close();
            onCreate(templateKey);
          }}
        >
          Opret møde
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          Annullér
        </button>
      </div>
    </dialog>
  );
}
