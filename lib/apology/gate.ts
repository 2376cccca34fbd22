/**
 * PLACEHOLDER until the analysis branch lands its gate (same path and signature): may this text hold an apology?
 * The content script runs only this; the full analysis runs in the background (analyzeDraft). Plain substrings, so
 * every regular expression of the analysis stays in patterns.ts.
 */
const CUES = ['sorry', 'apolog', 'my bad', 'forgive', 'regret', 'my fault', 'on me', 'on us', 'wrong of', 'out of line', 'mea culpa', 'make it up', 'unfair', "shouldn't have"];

export function mayHoldApology(text: string): boolean {
  const lower = text.toLowerCase();
  return CUES.some((cue) => lower.includes(cue));
}
