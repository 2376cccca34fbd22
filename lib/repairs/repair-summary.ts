import type { Component } from '../apology/types';
import type { Repair } from './schemas';

/** What a timeline row says a repair was about, in order of preference. */
export type RepairAbout =
  | { kind: 'what-happened'; text: string }
  | { kind: 'excerpt'; text: string }
  | { kind: 'missing'; components: readonly Component[] }
  | { kind: 'nothing' };

const firstLine = (text: string) => text.split(/\r?\n/).find((line) => line.trim())?.trim() ?? '';

/** The first line of what happened, else the kept excerpt, else the parts the message lacked. */
export function repairAbout(repair: Pick<Repair, 'whatHappened' | 'excerpt' | 'componentsMissing'>): RepairAbout {
  const happened = firstLine(repair.whatHappened);
  if (happened) return { kind: 'what-happened', text: happened };
  const excerpt = firstLine(repair.excerpt ?? '');
  if (excerpt) return { kind: 'excerpt', text: excerpt };
  if (repair.componentsMissing.length > 0) return { kind: 'missing', components: repair.componentsMissing };
  return { kind: 'nothing' };
}
