import type { AgendaItem } from './meeting';

/** An item's status (what happened to it), apart from the decision's words. */
export type ItemStatus = AgendaItem['status'];

/** Danish names of the statuses, as the sidebar shows and the referat prints them. */
export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  none: 'Ikke angivet',
  approved: 'Godkendt',
  noted: 'Taget til efterretning',
  postponed: 'Udsat',
  'not-treated': 'Ikke behandlet',
  withdrawn: 'Trukket',
};

/** Statuses that mean the item is finished at this meeting (it gets a ✓ in the sidebar). */
export function isSettled(status: ItemStatus): boolean {
  return status === 'approved' || status === 'noted';
}

/** Statuses that carry the item into the next meeting ("Nyt møde ud fra dette"). */
export function carriesOver(status: ItemStatus): boolean {
  return status === 'postponed' || status === 'not-treated';
}
