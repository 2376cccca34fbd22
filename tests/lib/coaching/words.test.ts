import { describe, expect, test } from 'vitest';
import { COMPONENTS, DEFLECTION_KINDS } from '../../../lib/apology/types';
import { deflectionMessage, suggestionPhrase } from '../../../lib/coaching/words';
import { english as t } from '../../support/english';

describe('deflection messages', () => {
  test.each(DEFLECTION_KINDS.map((k) => [k]))('%s has words in _locales', (kind) => {
    expect(deflectionMessage(kind, t).length).toBeGreaterThan(20);
  });
});

describe('suggestion phrases', () => {
  test.each(COMPONENTS.map((c) => [c]))('%s has a phrase with no name in it', (component) => {
    const phrase = suggestionPhrase(component, undefined, t);
    expect(phrase.length).toBeGreaterThan(5);
    expect(phrase).not.toContain('$');
  });

  test.each([
    ['repair', 'Sam', 'I want to repair this and reconnect with you, Sam. What can I do to make this right?'],
    ['regret', 'Prof. Lindgren', "I'm truly sorry, Prof. Lindgren."],
    ['regret', undefined, "I'm truly sorry."],
    ['harm', 'Sam', 'I see I hurt you when I ___.'],
    ['commitment', undefined, "From now on I'll ___."],
  ] as const)('%s to %s: %j', (component, addressee, phrase) => {
    expect(suggestionPhrase(component, addressee, t)).toBe(phrase);
  });

  test('a name that looks like a placeholder is inserted as it is', () => {
    expect(suggestionPhrase('regret', '$1 Jo', t)).toBe("I'm truly sorry, $1 Jo.");
  });
});
