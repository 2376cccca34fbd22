import type { Component, Suggestion } from './types';

/**
 * Phrases to insert for each missing part, in the seed article's spirit. Blanks (___) stand for what
 * only the writer knows; nothing is invented.
 */
export function suggestFor(missing: Component[], addressee: string | undefined): Suggestion[] {
  const to = addressee ? `, ${addressee}` : '';
  const templates: Record<Component, string> = {
    responsibility: 'That was my fault: I ___.',
    repair: `I want to repair this and reconnect with you${to}. What can I do to make this right?`,
    harm: 'I see I hurt you when I ___.',
    commitment: "From now on I'll ___.",
    regret: `I'm truly sorry${to}.`,
    explanation: "What happened was ___. That's not an excuse.",
    forgiveness: 'Will you forgive me?',
  };
  return missing.map((component) => ({ component, text: templates[component] }));
}
