import type { Analysis, Component } from '../apology/types';
import { coachingText } from './coaching-text';

/** light: a ritual apology, kept quiet; serious: the repair is worth more; good: a serious apology that does the work. */
export type NudgeTone = 'light' | 'serious' | 'good';

export interface NudgeSummary {
  tone: NudgeTone;
  /** Each deflecting phrase once, quoted from the message, with why it undercuts the repair. */
  deflections: Array<{ quote: string; start: number; end: number; why: string }>;
  /** What the repair still needs, most important first (responsibility, then the offer of repair). */
  steps: Array<{ component: Component; phrase: string }>;
}

/** The parts without which a serious apology is not yet a repair (Lewicki et al. 2016: the two that matter most). */
const KEY_PARTS: readonly Component[] = ['responsibility', 'repair'];

/** How many steps the card shows before "more". */
export const FIRST_STEPS = 2;

/** What the nudge says about an analysed message: pure, so every case can be tested as a table. */
export function summarize(analysis: Analysis, text: string): NudgeSummary {
  const seen = new Set<string>();
  const deflections: NudgeSummary['deflections'] = [];
  for (const d of analysis.deflections) {
    const quote = text.slice(d.start, d.end).trim();
    // Each deflecting phrase once: the same words twice, or one span inside another, are one quote.
    const overlapping = deflections.some((kept) => d.start < kept.end && kept.start < d.end);
    if (!quote || overlapping || seen.has(quote.toLowerCase())) continue;
    seen.add(quote.toLowerCase());
    deflections.push({ quote, start: d.start, end: d.end, why: coachingText(d, analysis.addressee) });
  }
  const steps = analysis.weight === 'serious' ? analysis.suggestions.map((s) => ({ component: s.component, phrase: coachingText(s, analysis.addressee) })) : [];
  const good = analysis.weight === 'serious' && deflections.length === 0 && KEY_PARTS.every((part) => !analysis.missing.includes(part));
  const tone: NudgeTone = analysis.weight !== 'serious' ? 'light' : good ? 'good' : 'serious';
  return { tone, deflections, steps: good ? [] : steps };
}
