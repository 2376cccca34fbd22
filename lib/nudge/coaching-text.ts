import type { Deflection, Suggestion } from '../apology/types';

/**
 * The one place the nudge reads the coaching's words. When lib/coaching/words.ts lands (words from _locales), this
 * becomes `'kind' in item ? deflectionMessage(item.kind, t) : suggestionPhrase(item.component, addressee, t)`.
 */
export function coachingText(item: Deflection | Suggestion): string {
  return 'message' in item ? item.message : item.text;
}
