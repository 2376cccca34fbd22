/**
 * PLACEHOLDER until the analysis branch lands its gate (same path and signature): may this text hold an apology?
 * The content script runs only this; the full analysis runs in the background (analyzeDraft).
 */
const CUE = /sorry|apolog|my bad|forgive|regret|my fault|on me|on us|wrong of|out of line|mea culpa|make it up|unfair|shouldn't have/i;

export function mayHoldApology(text: string): boolean {
  return CUE.test(text);
}
