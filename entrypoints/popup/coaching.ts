import type { Analysis } from '../../lib/apology';
import type { CoachingNote } from '../../components/CoachingNotes';
import type { Translate } from '../../components/translate';
import { deflectionMessage } from '../../lib/coaching/words';

/** The one place the popup turns a deflection into words: the analysis gives its kind, _locales the words. */
function deflectionWords(deflection: Analysis['deflections'][number], t: Translate): string {
  return deflectionMessage(deflection.kind, t);
}

export type Analyze = (text: string) => Analysis;

let loading: Promise<Analyze> | undefined;
/**
 * The full analysis carries its trained weights (about 160 KB gzipped): it loads once, after the popup's first
 * paint, when a coached step needs it, so opening the popup never waits for it.
 */
export function loadAnalysis(): Promise<Analyze> {
  return (loading ??= import('../../lib/apology').then((module) => module.analyzeMessage));
}

export interface Coaching {
  notes: CoachingNote[];
  /** The text owns the act and nothing deflects: worth saying so. */
  owned: boolean;
}

/** Reads an opening or an admission with the same analysis as the nudge, and quotes what deflects. */
export function coachingFor(text: string, t: Translate, analyzeMessage: Analyze): Coaching {
  if (!text.trim()) return { notes: [], owned: false };
  const analysis = analyzeMessage(text);
  const notes = analysis.deflections.map((deflection) => ({
    quote: text.slice(deflection.start, deflection.end),
    message: deflectionWords(deflection, t),
  }));
  return { notes, owned: notes.length === 0 && analysis.components.includes('responsibility') };
}
