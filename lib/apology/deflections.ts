import { anyIn, scan, type Window } from './components';
import type { Anchor } from './anchor';
import type { Context } from './reading';
import {
  CONDITIONAL,
  FEELINGS,
  GOT_PASSIVE,
  INTENT,
  MINIMISING,
  MOVE_ON,
  NOT_LIKE_EXCUSE,
  NOT_LIKE_ON_PURPOSE,
  NOT_LIKE_SMALL,
  ON_ME,
  OWN_FAULT,
  PASSIVE,
  SARCASM,
  SHOULD_HAVE,
  TAKE_RESPONSIBILITY,
  THAT_SAID,
  UNFAIR_OF_ME,
  I_WAS_OUT_OF_LINE,
  MESSED_UP,
  VAGUE,
} from './patterns';
import type { Deflection, DeflectionKind } from './types';

const PATTERNS: ReadonlyArray<[DeflectionKind, RegExp]> = [
  ['conditional', CONDITIONAL],
  ['feelings', FEELINGS],
  ['passive', PASSIVE],
  ['passive', GOT_PASSIVE],
  ['vague', VAGUE],
  ['intent', INTENT],
  ['minimising', MINIMISING],
  ['move_on', MOVE_ON],
  ['sarcasm', SARCASM],
  ['but', NOT_LIKE_EXCUSE],
  ['intent', NOT_LIKE_ON_PURPOSE],
  ['minimising', NOT_LIKE_SMALL],
];

// Deflecting only once the apology has been said: before it, "having said that, I'm sorry …" turns towards it.
const AFTER_APOLOGY: ReadonlyArray<[DeflectionKind, RegExp]> = [['but', THAT_SAID]];

// Owning the act outright answers an intent disclaimer ("I didn't mean it, but that's on me").
const OWNERSHIP = [OWN_FAULT, ON_ME, TAKE_RESPONSIBILITY, SHOULD_HAVE, UNFAIR_OF_ME, I_WAS_OUT_OF_LINE, MESSED_UP];

export function findDeflections(ctx: Context, anchors: Anchor[], window: Window): Deflection[] {
  const found: Deflection[] = [];
  // Matches of one kind arrive in order, so comparing with the last one of that kind drops overlaps.
  const last = new Map<DeflectionKind, Deflection>();
  const add = (kind: DeflectionKind, start: number, end: number): void => {
    const prev = last.get(kind);
    if (prev && prev.start < end && start < prev.end) return;
    const d = { kind, start, end };
    last.set(kind, d);
    found.push(d);
  };
  for (const a of anchors) {
    for (const [kind, start, end] of a.frames ?? []) add(kind, start, end);
  }
  for (const [kind, re] of PATTERNS) scan(ctx.norm, window, re, (start, end) => add(kind, start, end));
  const said = Math.min(...anchors.map((a) => a.end));
  for (const [kind, re] of AFTER_APOLOGY) {
    scan(ctx.norm, window, re, (start, end) => {
      if (start >= said) add(kind, start, end);
    });
  }
  // Ownership is looked for only when there is an intent disclaimer for it to answer.
  const owned = found.some((d) => d.kind === 'intent') && OWNERSHIP.some((re) => anyIn(ctx.norm, window, re));
  const kept = owned ? found.filter((d) => d.kind !== 'intent') : found;
  return kept.map((d) => ({ ...d, end: clauseEnd(ctx.norm, d.end, window) })).sort((x, y) => x.start - y.start || x.end - y.end);
}

/** Characters that end a clause: a quote of a deflection stops there. */
const CLAUSE_ENDS = new Set([',', '.', ';', ':', '!', '?', '\n', '—']);
/** Words that join the next clause: the quote stops before them. */
const CLAUSE_JOINS = [' and ', ' but ', ' so ', ' because ', ' though '];
/** A quoted deflection never runs on longer than this past what the pattern matched. */
const MAX_CLAUSE_TAIL = 60;

/**
 * Patterns match the deflecting words' head ("if you were"); the user is shown the whole clause ("if you were
 * offended by what I said"), up to its punctuation, within the apology's window and a short tail.
 */
function clauseEnd(norm: string, end: number, window: Window): number {
  const limit = Math.min(norm.length, end + MAX_CLAUSE_TAIL, ...window.map(([, to]) => (to >= end ? to : Infinity)));
  let at = end;
  while (at < limit && !CLAUSE_ENDS.has(norm[at]!) && !CLAUSE_JOINS.some((join) => norm.startsWith(join, at))) at++;
  // Whole words only: a clause cut by the tail limit ends at the last space.
  if (at === limit && at < norm.length && !CLAUSE_ENDS.has(norm[at]!)) {
    const space = norm.lastIndexOf(' ', at);
    if (space > end) at = space;
  }
  return at;
}
