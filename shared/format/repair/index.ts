import type { Meeting } from '../../model/meeting';
import { sanitizeMeetingText } from './rich-text';
import { makeIdsUnique } from './unique-ids';

/** A meeting made safe to edit, and one Danish line per kind of repair made. */
export interface Repaired {
  meeting: Meeting;
  repairs: string[];
}

/** The repair steps, in order; each returns the meeting unchanged when there is nothing to do. */
const STEPS: readonly ((meeting: Meeting) => Repaired)[] = [makeIdsUnique, sanitizeMeetingText];

/**
 * The read pipeline's last step: fixes what the schema lets through but the
 * app must not trust (shared ids, foreign inline styles), keeping every word
 * of text.
 */
export function repairMeeting(meeting: Meeting): Repaired {
  const repairs: string[] = [];
  let current = meeting;
  for (const step of STEPS) {
    const result = step(current);
    current = result.meeting;
    repairs.push(...result.repairs);
  }
  return { meeting: current, repairs };
}
