import { analyzeMessage, type Analysis } from '../../lib/apology';
import type { CoachingNote } from '../../components/CoachingNotes';
import type { Translate } from '../../components/translate';
import { deflectionMessage } from '../../lib/coaching/words';

/** The one place the popup turns a deflection into words: the analysis gives its kind, _locales the words. */
function deflectionWords(deflection: Analysis['deflections'][number], t: Translate): string {
  return deflectionMessage(deflection.kind, t);
}

export interface Coaching {
  notes: CoachingNote[];
  /** The text owns the act and nothing deflects: worth saying so. */
  owned: boolean;
}

/** Reads an opening or an admission with the same analysis as the nudge, and quotes what deflects. */
export function coachingFor(text: string, t: Translate): Coaching {
  if (!text.trim()) return { notes: [], owned: false };
  const analysis = analyzeMessage(text);
  const notes = analysis.deflections.map((deflection) => ({
    quote: text.slice(deflection.start, deflection.end),
    message: deflectionWords(deflection, t),
  }));
  return { notes, owned: notes.length === 0 && analysis.components.includes('responsibility') };
}
