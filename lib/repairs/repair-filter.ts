import type { Channel, Repair, RepairStatus } from './schemas';

/**
 * Folds text for search the way people type it: case and accents do not matter ("sam" finds "Sám", "cafe" finds
 * "café") and runs of spaces count as one.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What the timeline can be narrowed by; every field is optional and they combine with "and". */
export interface RepairFilter {
  /** Words typed in the search box: each must appear in the person, what happened or the notes. */
  text?: string;
  status?: RepairStatus;
  /** A person key (person-key.ts), so "Sam" and "sam" are one person. */
  personKey?: string;
  channel?: Channel;
  /** Logged on or after this time (inclusive). */
  from?: number;
  /** Logged before this time (exclusive). */
  to?: number;
}

/** The folded text a search looks through: who, what happened, the notes (and the other steps' notes). */
export function searchHaystack(repair: Pick<Repair, 'person' | 'whatHappened' | 'notes' | 'theirPerspective' | 'admission' | 'repairPlan'>): string {
  return foldForSearch([repair.person, repair.whatHappened, repair.notes, repair.theirPerspective, repair.admission, repair.repairPlan].join('\n'));
}

export function isFilterEmpty(filter: RepairFilter): boolean {
  return !filter.text?.trim() && !filter.status && !filter.personKey && !filter.channel && filter.from === undefined && filter.to === undefined;
}

/** The few fields a filter looks at, kept small so thousands of them fit in memory for instant search. */
export interface FilterEntry {
  id: string;
  createdAt: number;
  personKey: string;
  status: RepairStatus;
  channel: Channel;
  haystack: string;
}

/** A predicate for the filter; the search words are folded once, not per record. */
export function entryMatcher(filter: RepairFilter): (entry: FilterEntry) => boolean {
  const words = filter.text ? foldForSearch(filter.text).split(' ').filter(Boolean) : [];
  return (entry) =>
    (filter.status === undefined || entry.status === filter.status) &&
    (filter.personKey === undefined || entry.personKey === filter.personKey) &&
    (filter.channel === undefined || entry.channel === filter.channel) &&
    (filter.from === undefined || entry.createdAt >= filter.from) &&
    (filter.to === undefined || entry.createdAt < filter.to) &&
    words.every((word) => entry.haystack.includes(word));
}
