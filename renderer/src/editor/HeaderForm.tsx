import { memo } from 'react';
import { DateField, TimeField } from '../common/DateTimeField';
import type { Meeting } from '../../../shared/model/meeting';
import type { MeetingAction } from './state/meeting-actions';
import { MeetingFields } from './MeetingFields';
import { ParticipantsEditor } from './ParticipantsEditor';

interface Props {
  meeting: Meeting;
  dispatch: (action: MeetingAction) => void;
  /** Removes a participant, with undo. */
  onRemoveParticipant: (id: string) => void;
}

/** Body, date and times, venue, numbering, the template's meeting fields and participants. */
export const HeaderForm = memo(function HeaderForm({
  meeting,
  dispatch,
  onRemoveParticipant,
}: Props) {
  const header = (patch: Extract<MeetingAction, { type: 'header' }>['patch']) =>
    dispatch({ type: 'header', patch });
  return (
    <section className="form header-form" aria-labelledby="header-title">
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
        <DateField
          id="meeting-date"
          required
          value={meeting.date}
          onChange={(date) => date && header({ date })}
        />
        <label htmlFor="meeting-start">Starttid</label>
        <TimeField
          id="meeting-start"
          required
          value={meeting.startTime}
          onChange={(startTime) => startTime && header({ startTime })}
        />
        <label htmlFor="meeting-end">Sluttid (valgfri)</label>
        <TimeField
          id="meeting-end"
          value={meeting.endTime ?? ''}
          onChange={(endTime) => header({ endTime })}
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
        <MeetingFields meeting={meeting} onChange={(fields) => header({ fields })} />
      </div>
      <ParticipantsEditor
        participants={meeting.participants}
        dispatch={dispatch}
        onRemove={onRemoveParticipant}
      />
    </section>
  );
});
