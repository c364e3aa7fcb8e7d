import { memo } from 'react';
import type { Meeting } from '../../../shared/model/meeting';
import type { MeetingAction } from './state/meeting-actions';
import { ParticipantsEditor } from './ParticipantsEditor';

interface Props {
  meeting: Meeting;
  dispatch: (action: MeetingAction) => void;
  /** Removes a participant, with undo. */
  onRemoveParticipant: (id: string) => void;
}

/** Body, date and times, venue, numbering and participants. */
export const HeaderForm = memo(function HeaderForm({
  meeting,
  dispatch,
  onRemoveParticipant,
}: Props) {
  const header = (patch: Extract<MeetingAction, { type: 'header' }>['patch']) =>
    dispatch({ type: 'header', patch });
  return (
    <section className="form" aria-labelledby="header-title">
      <h2 id="header-title" tabIndex={-1}>
        Mødeoplysninger
      </h2>
      <div className="form-grid">
        <label htmlFor="meeting-body">Organ</label>
        <input
          id="meeting-body"
          value={meeting.body}
          onChange={(e) => header({ body: e.target.value })}
        />
        <label htmlFor="meeting-date">Mødedato</label>
        <input
          id="meeting-date"
          type="date"
          required
          value={meeting.date}
          onChange={(e) => e.target.value && header({ date: e.target.value })}
        />
        <label htmlFor="meeting-start">Starttid</label>
        <input
          id="meeting-start"
          type="time"
          required
          value={meeting.startTime}
          onChange={(e) => e.target.value && header({ startTime: e.target.value })}
        />
        <label htmlFor="meeting-end">Sluttid (valgfri)</label>
        <input
          id="meeting-end"
          type="time"
          value={meeting.endTime ?? ''}
          onChange={(e) => header({ endTime: e.target.value || null })}
        />
        <label htmlFor="meeting-venue">Mødested</label>
        <input
          id="meeting-venue"
          value={meeting.venue}
          onChange={(e) => header({ venue: e.target.value })}
        />
        <label htmlFor="meeting-first-number">Første punktnummer</label>
        <input
          id="meeting-first-number"
          type="number"
          min={1}
          value={meeting.firstItemNumber}
          onChange={(e) => {
            const value = Number(e.target.value);
            if (Number.isInteger(value) && value >= 1) header({ firstItemNumber: value });
          }}
        />
      </div>
      <ParticipantsEditor
        participants={meeting.participants}
        dispatch={dispatch}
        onRemove={onRemoveParticipant}
      />
    </section>
  );
});
