/**
 * What the app repaired while opening a file (say, two items that shared an
 * id), one Danish line each. Informational, so a polite status, not an alert;
 * it stays until dismissed because the secretary may want to check the text.
 */
export function RepairNotice({ notices, onDismiss }: { notices: string[]; onDismiss: () => void }) {
  return (
    <div className="undo-bar" role="status" aria-label="Rettelser ved åbning">
      <span>
        {notices.length === 1
          ? notices[0]
          : notices.map((notice) => <span key={notice}>{notice} </span>)}{' '}
        Rettelserne gemmes, næste gang mødet gemmes.
      </span>
      <button type="button" onClick={onDismiss}>
        Luk
      </button>
    </div>
  );
}
