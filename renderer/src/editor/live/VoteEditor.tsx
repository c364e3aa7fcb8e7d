import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { votersOnItem } from '../../../../shared/model/attendance';
import type { AgendaItem, Decision, Meeting } from '../../../../shared/model/meeting';
import { voteProblem, voteWording, type Vote } from '../../../../shared/model/vote';
import type { DocumentSession } from '../state/document-session';
import '../live-meeting.css';

type Group = 'for' | 'against' | 'abstain';
const GROUPS: Group[] = ['for', 'against', 'abstain'];

/** Each starts with its own letter (F, I, U), so one letter on a focused list chooses. */
const GROUP_LABELS: Record<Group, string> = { for: 'For', against: 'Imod', abstain: 'Undlod' };
const COUNT_LABELS: Record<Group, string> = {
  for: 'For',
  against: 'Imod',
  abstain: 'Undlod at stemme',
};
const MODES: { by: Vote['by']; label: string }[] = [
  { by: 'parties', label: 'Med partibogstaver' },
  { by: 'names', label: 'Med navne' },
  { by: 'counts', label: 'Kun antal' },
];

/** A new, empty vote, printed by party letter (the common form). */
export function emptyVote(): Vote {
  return {
    by: 'parties',
    for: [],
    against: [],
    abstain: [],
    reservations: [],
    counts: { for: 0, against: 0, abstain: 0 },
    wording: '',
  };
}

function groupOf(vote: Vote, id: string): Group | '' {
  return GROUPS.find((group) => vote[group].includes(id)) ?? '';
}

/** `vote` with `ids` moved into `group` ('' takes their votes away). */
function assign(vote: Vote, ids: readonly string[], group: Group | ''): Vote {
  const next = { ...vote };
  for (const which of GROUPS) {
    const kept = vote[which].filter((id) => !ids.includes(id));
    next[which] = which === group ? [...kept, ...ids] : kept;
  }
  return next;
}

interface Props {
  meeting: Meeting;
  item: AgendaItem;
  decision: Decision;
  session: DocumentSession;
  /** Non-zero: put the keyboard on the first voter; each new number asks again (Ctrl+Skift+A). */
  autoFocus: number;
}

/**
 * A vote on a decision: who voted for, against or abstained (each member,
 * a whole party at once, or just the counts), and the sentence the referat
 * prints, generated and editable. What does not add up is said inline, in
 * the model's own Danish words.
 */
export function VoteEditor({ meeting, item, decision, session, autoFocus }: Props) {
  const root = useRef<HTMLFieldSetElement>(null);
  useLayoutEffect(() => {
    if (autoFocus > 0)
      root.current?.querySelector<HTMLElement>('select, input.live-count')?.focus();
  }, [autoFocus]);
  const vote = decision.vote;
  if (!vote) return null;

  const set = (next: Vote | null) =>
    session.dispatch({
      type: 'decision-update',
      itemId: item.id,
      id: decision.id,
      patch: { vote: next },
    });
  const voters = votersOnItem(meeting, item);
  const generated = voteWording(vote, meeting.participants);
  const problem = voteProblem(vote, meeting, item);
  const parties = [...new Set(voters.map((p) => p.party.trim()).filter(Boolean))].sort(
    new Intl.Collator('da').compare,
  );
  const idPrefix = `vote-${decision.id}`;

  const selects = () => [...(root.current?.querySelectorAll<HTMLSelectElement>('select') ?? [])];
  // Plain ↑/↓ walk between the lists; letters choose (Chromium would change the value).
  const walk = (event: KeyboardEvent<HTMLSelectElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // Enter: everyone not yet counted votes for (the common end of a vote).
    if (event.key === 'Enter' && unassigned.length > 0) {
      event.preventDefault();
      setRestFor();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const all = selects();
    const at = all.indexOf(event.currentTarget);
    all[at + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
  };
  const partyGroup = (party: string): Group | '' => {
    const members = voters.filter((p) => p.party.trim() === party);
    const groups = new Set(members.map((p) => groupOf(vote, p.id)));
    return groups.size === 1 ? ([...groups][0] ?? '') : '';
  };
  const unassigned = voters.filter((p) => groupOf(vote, p.id) === '');
  const setRestFor = () =>
    set(
      assign(
        vote,
        unassigned.map((p) => p.id),
        'for',
      ),
    );

  return (
    <fieldset className="live-vote" ref={root} aria-describedby={`${idPrefix}-problem`}>
      <legend>Afstemning</legend>
      <div className="live-row" role="radiogroup" aria-label="Afstemningen skrives">
        {MODES.map(({ by, label }) => (
          <label key={by} className="checkbox">
            <input
              type="radio"
              name={`${idPrefix}-by`}
              checked={vote.by === by}
              onChange={() => {
                // Counting after naming: start from the numbers already named.
                const counted = vote.counts.for + vote.counts.against + vote.counts.abstain;
                const counts =
                  by === 'counts' && counted === 0
                    ? {
                        for: vote.for.length,
                        against: vote.against.length,
                        abstain: vote.abstain.length,
                      }
                    : vote.counts;
                set({ ...vote, by, counts });
              }}
            />{' '}
            {label}
          </label>
        ))}
        <button type="button" onClick={() => set(null)}>
          Fjern afstemning
        </button>
      </div>
      {vote.by === 'counts' ? (
        <div className="live-row">
          {GROUPS.map((group) => (
            <label key={group}>
              {COUNT_LABELS[group]}{' '}
              <input
                className="live-count"
                inputMode="numeric"
                value={String(vote.counts[group])}
                onChange={(e) => {
                  const n = Number.parseInt(e.target.value || '0', 10);
                  if (Number.isInteger(n) && n >= 0 && n <= 1000) {
                    set({ ...vote, counts: { ...vote.counts, [group]: n } });
                  }
                }}
              />
            </label>
          ))}
          <span className="muted">{voters.length} stemmeberettigede til stede</span>
        </div>
      ) : (
        <>
          {parties.length > 0 && (
            <div className="live-row" role="group" aria-label="Hele partier">
              {parties.map((party) => (
                <label key={party}>
                  Parti {party}{' '}
                  <select
                    aria-label={`Parti ${party}`}
                    value={partyGroup(party)}
                    onKeyDown={walk}
                    onChange={(e) =>
                      set(
                        assign(
                          vote,
                          voters.filter((p) => p.party.trim() === party).map((p) => p.id),
                          e.target.value as Group | '',
                        ),
                      )
                    }
                  >
                    <option value="">–</option>
                    {GROUPS.map((group) => (
                      <option key={group} value={group}>
                        {GROUP_LABELS[group]}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
          )}
          <table className="live-table">
            <thead>
              <tr>
                <th scope="col">Medlem</th>
                <th scope="col">Stemme</th>
                <th scope="col">Forbehold</th>
              </tr>
            </thead>
            <tbody>
              {voters.map((p) => {
                const name = p.name.trim() || 'Uden navn';
                return (
                  <tr key={p.id}>
                    <th scope="row">
                      {name}
                      {p.party.trim() && ` (${p.party.trim()})`}
                    </th>
                    <td>
                      <select
                        aria-label={`Stemme, ${name}`}
                        value={groupOf(vote, p.id)}
                        onKeyDown={walk}
                        onChange={(e) => set(assign(vote, [p.id], e.target.value as Group | ''))}
                      >
                        <option value="">–</option>
                        {GROUPS.map((group) => (
                          <option key={group} value={group}>
                            {GROUP_LABELS[group]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Tager forbehold, ${name}`}
                        checked={vote.reservations.includes(p.id)}
                        onChange={(e) =>
                          set({
                            ...vote,
                            reservations: e.target.checked
                              ? [...vote.reservations, p.id]
                              : vote.reservations.filter((id) => id !== p.id),
                          })
                        }
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {unassigned.length > 0 && (
            <p className="live-row">
              <button type="button" onClick={setRestFor}>
                Resten stemmer for ({unassigned.length})
              </button>
              <span className="muted">eller Enter i en stemmeliste</span>
            </p>
          )}
        </>
      )}
      <p id={`${idPrefix}-problem`} className={problem ? 'live-problem' : 'live-ok'} role="status">
        {problem ?? 'Stemmerne går op.'}
      </p>
      <label className="live-wording">
        Tekst i referatet
        <textarea
          rows={2}
          value={vote.wording || generated}
          onChange={(e) =>
            set({ ...vote, wording: e.target.value === generated ? '' : e.target.value })
          }
        />
      </label>
      {vote.wording && vote.wording !== generated && (
        <p className="muted live-row">
          Egen formulering. Forslag: «{generated}»
          <button type="button" onClick={() => set({ ...vote, wording: '' })}>
            Brug forslaget
          </button>
        </p>
      )}
    </fieldset>
  );
}
