/**
 * The content script's gate: may this message hold an apology from its writer? Cheap (own-text
 * stripping, one cue scan, a few hard vetoes), small (bundled alone it stays under 6 KB gz), and
 * never wrong in one direction: the full analysis runs this same test first, so it cannot find an
 * apology in a message the gate lets go.
 */
import { analysedStart, findOwnText } from './own-text';
import { CUE_STEMS, HARD_VETOES } from './reading-patterns';
import { normalize } from './text';

/** The gate's test on text already normalised, for the analysis to share. */
export function cuesIn(norm: string, start: number, end: number): boolean {
  const own = norm.slice(analysedStart(start, end), end);
  // Blanking a veto never makes a cue (no word boundary appears), so text with no cue at all skips it;
  // text with no veto (replace gives it back as it was) keeps the cue just found.
  if (own.search(CUE_STEMS) < 0) return false;
  const blanked = own.replace(HARD_VETOES, ' ');
  return blanked === own || blanked.search(CUE_STEMS) >= 0;
}

export function mayHoldApology(text: string): boolean {
  if (typeof text !== 'string' || text.length === 0) return false;
  const norm = normalize(text);
  const own = findOwnText(text, norm);
  return cuesIn(norm, own.start, own.end);
}
