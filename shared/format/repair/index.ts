import type { Meeting } from '../../model/meeting';
import { makeIdsUnique } from './unique-ids';

/** A meeting made safe to edit, and one Danish line per kind of repair made. */
export interface Repaired {
  meeting: Meeting;
  repairs: string[];
}

/**
 * The read pipeline's last step: fixes what the schema lets through but the
 * app must not trust (shared ids, …), keeping every word of text. Each step
 * returns the meeting unchanged when there is nothing to repair.
 */
export function repairMeeting(meeting: Meeting): Repaired {
  return makeIdsUnique(meeting);
}
