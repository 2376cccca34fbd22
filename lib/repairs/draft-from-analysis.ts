import type { Analysis } from '../apology/types';
import { LIMITS } from './limits';
import type { RepairDraft } from './schemas';

export interface LoggedMessage {
  person: string;
  /** The message as it was when the user clicked Log, read then (not from the last debounced analysis). */
  text: string;
  analysis: Pick<Analysis, 'weight' | 'components' | 'missing' | 'ownText'>;
  /** Whether the user opted in to keeping excerpts; without it no message text leaves the page. */
  keepExcerpt: boolean;
}

/** A repair logged from the nudge: who, how serious, which parts the message had and lacked, and (opted in) an excerpt. */
export function draftFromAnalysis({ person, text, analysis, keepExcerpt }: LoggedMessage): RepairDraft {
  return {
    person,
    source: 'nudge',
    channel: 'message',
    status: 'planned',
    ...(analysis.weight === 'none' ? {} : { weight: analysis.weight }),
    componentsPresent: [...analysis.components],
    componentsMissing: [...analysis.missing],
    ...(keepExcerpt ? { excerpt: text.slice(analysis.ownText.start, analysis.ownText.end).slice(0, LIMITS.excerpt) } : {}),
  };
}
