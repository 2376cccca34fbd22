/**
 * The corpus's inline markup: `[[kind|covered text]]`. Removing the brackets (keeping the covered
 * text) gives the plain message; each span keeps its offsets into that plain text.
 * Format: lib/apology/training/README.md (and the corpus writers' brief).
 */
import { COMPONENTS, type Component, type DeflectionKind } from '../../lib/apology/types';
import { DEFLECTION_KINDS } from '../../lib/apology/types';
import { APOLOGY_STEM } from '../../lib/apology/patterns';

export type MarkKind = Component | `d:${DeflectionKind}`;

export interface MarkedSpan {
  kind: MarkKind;
  start: number;
  end: number;
}

const KINDS: ReadonlySet<string> = new Set<string>([...COMPONENTS, ...DEFLECTION_KINDS.map((k) => `d:${k}`)]);

export const isDeflectionMark = (kind: MarkKind): kind is `d:${DeflectionKind}` => kind.startsWith('d:');

/** Strips the markup; throws an Error in plain words (with the character position) when it is malformed. */
export function parseMarked(marked: string): { text: string; spans: MarkedSpan[] } {
  let text = '';
  const spans: MarkedSpan[] = [];
  let i = 0;
  while (i < marked.length) {
    const open = marked.indexOf('[[', i);
    const stray = marked.indexOf(']]', i);
    if (stray >= 0 && (open < 0 || stray < open)) throw new Error(`"]]" without an opening "[[" at character ${stray}`);
    if (open < 0) {
      text += marked.slice(i);
      break;
    }
    text += marked.slice(i, open);
    const bar = marked.indexOf('|', open + 2);
    const close = marked.indexOf(']]', open + 2);
    if (close < 0) throw new Error(`"[[" at character ${open} is never closed with "]]"`);
    if (bar < 0 || bar > close) throw new Error(`"[[" at character ${open} has no "kind|" before its "]]"`);
    const nested = marked.indexOf('[[', open + 2);
    if (nested >= 0 && nested < close) throw new Error(`spans nest at character ${nested}; spans never nest or overlap`);
    const kind = marked.slice(open + 2, bar).trim();
    if (!KINDS.has(kind)) throw new Error(`unknown kind "${kind}" at character ${open} (known: ${[...KINDS].join(', ')})`);
    const covered = marked.slice(bar + 1, close);
    if (covered.trim() === '') throw new Error(`span "${kind}" at character ${open} covers no text`);
    spans.push({ kind: kind as MarkKind, start: text.length, end: text.length + covered.length });
    text += covered;
    i = close + 2;
  }
  return { text, spans };
}

/**
 * The spans a message's markup implies beyond those written. A deflection span that covers the apology words
 * ("[[d:conditional|sorry if you were offended]]") still expresses regret: spans cannot overlap, so the writers
 * mark the deflection alone there (the guide says so), but the apology is said all the same, and the dev set
 * labels regret on every deflected apology. So such a span counts as regret too.
 */
export function withImpliedSpans(text: string, spans: readonly MarkedSpan[]): MarkedSpan[] {
  const implied: MarkedSpan[] = [];
  for (const span of spans) {
    if (isDeflectionMark(span.kind) && APOLOGY_STEM.test(text.slice(span.start, span.end).toLowerCase())) {
      implied.push({ kind: 'regret', start: span.start, end: span.end });
    }
  }
  return implied.length === 0 ? [...spans] : [...spans, ...implied];
}
