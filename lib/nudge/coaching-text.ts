import type { Deflection, Suggestion } from '../apology/types';
import { deflectionMessage, suggestionPhrase } from '../coaching/words';
import { translate } from './nudge-text';

/** The one place the nudge reads the coaching's words: the analysis returns codes, the words come from _locales. */
export function coachingText(item: Deflection | Suggestion, addressee: string | undefined): string {
  return 'kind' in item ? deflectionMessage(item.kind, translate) : suggestionPhrase(item.component, addressee, translate);
}
