import { findAddressee } from './addressee';
import { apologyWindow, findComponents } from './components';
import { findCueApologies } from './cues';
import { findDeflections } from './deflections';
import { findWordApologies, type Context } from './detect';
import { findOwnText } from './own-text';
import { suggestFor } from './suggestions';
import { normalize, splitSentences, tokenize } from './text';
import type { Analysis, Component, Span } from './types';
import { weigh } from './weight';

export type {
  Analysis,
  Component,
  Deflection,
  DeflectionKind,
  Span,
  SpanKind,
  Suggestion,
  TextRange,
  Weight,
} from './types';
export { DEFLECTION_MESSAGES } from './deflections';

/** What a repair still lacks, most important first (Lewicki et al. 2016). Forgiveness is never required. */
const PROMPT_ORDER: readonly Component[] = ['responsibility', 'repair', 'harm', 'commitment', 'regret', 'explanation'];

/**
 * Reads what the user is writing: does the writer apologise, how seriously, which parts of a full
 * apology are there, which are missing, and where it deflects. Pure and deterministic.
 */
export function analyzeMessage(text: string): Analysis {
  const input = typeof text === 'string' ? text : '';
  const norm = normalize(input);
  const ownText = findOwnText(input, norm);
  const addressee = findAddressee(input, norm, ownText.start, ownText.end);
  const tokens = tokenize(norm, ownText.start, ownText.end);
  const ctx: Context = { original: input, norm, tokens, sentences: splitSentences(tokens), ownStart: ownText.start, ownEnd: ownText.end };

  const wordAnchors = findWordApologies(ctx);
  const anchors = [...wordAnchors, ...findCueApologies(ctx, wordAnchors)].sort((a, b) => a.start - b.start);
  const base = { ownText, ...(addressee === undefined ? {} : { addressee }) };
  if (anchors.length === 0) {
    return { isApology: false, weight: 'none', components: [], missing: [], deflections: [], spans: [], suggestions: [], ...base };
  }
  const window = apologyWindow(ctx, anchors);
  const { components, spans: componentSpans } = findComponents(ctx, anchors, window);
  const deflections = findDeflections(ctx, anchors, window);
  const weight = weigh(ctx, anchors, window, components, deflections);
  const missing = weight === 'serious' ? PROMPT_ORDER.filter((c) => !components.includes(c)) : [];
  const spans: Span[] = [...anchors.map((a): Span => ({ start: a.start, end: a.end, kind: 'apology' })), ...componentSpans].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
  return {
    isApology: true,
    weight,
    components,
    missing,
    deflections,
    spans,
    suggestions: suggestFor(missing, addressee),
    ...base,
  };
}
