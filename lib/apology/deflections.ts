import { anyIn, scan, type Window } from './components';
import type { Anchor, Context } from './detect';
import {
  CONDITIONAL,
  FEELINGS,
  INTENT,
  MINIMISING,
  MOVE_ON,
  ON_ME,
  OWN_FAULT,
  PASSIVE,
  SHOULD_HAVE,
  TAKE_RESPONSIBILITY,
  UNFAIR_OF_ME,
  I_WAS_OUT_OF_LINE,
  MESSED_UP,
  VAGUE,
} from './patterns';
import type { Deflection, DeflectionKind } from './types';

/** Why each deflection undercuts the repair, and what to say instead. */
export const DEFLECTION_MESSAGES: Record<DeflectionKind, string> = {
  conditional: '"If" makes the hurt hypothetical. Name it: "I\'m sorry I ___."',
  feelings: 'This blames their feelings, not your act. Try: "I\'m sorry I ___."',
  but: '"But" cancels the apology. Stop there; explain later if asked.',
  passive: 'The passive hides who did it. Own it: "I ___."',
  vague: 'Too vague to show you know what went wrong. Name it: "I\'m sorry I ___."',
  intent: 'Impact matters more than intent. Try: "I see I hurt you when I ___."',
  minimising: 'Shrinking it says their hurt doesn\'t count. Try: "I see this mattered to you."',
  move_on: 'Rushing them puts your comfort first. Try: "Take the time you need."',
  sarcasm: 'A grudging tone takes the apology back. Say it plainly, or wait until you can.',
};

const PATTERNS: ReadonlyArray<[DeflectionKind, RegExp]> = [
  ['conditional', CONDITIONAL],
  ['feelings', FEELINGS],
  ['passive', PASSIVE],
  ['vague', VAGUE],
  ['intent', INTENT],
  ['minimising', MINIMISING],
  ['move_on', MOVE_ON],
];

// Owning the act outright answers an intent disclaimer ("I didn't mean it, but that's on me").
const OWNERSHIP = [OWN_FAULT, ON_ME, TAKE_RESPONSIBILITY, SHOULD_HAVE, UNFAIR_OF_ME, I_WAS_OUT_OF_LINE, MESSED_UP];

export function findDeflections(ctx: Context, anchors: Anchor[], window: Window): Deflection[] {
  const found: Deflection[] = [];
  // Matches of one kind arrive in order, so comparing with the last one of that kind drops overlaps.
  const last = new Map<DeflectionKind, Deflection>();
  const add = (kind: DeflectionKind, start: number, end: number): void => {
    const prev = last.get(kind);
    if (prev && prev.start < end && start < prev.end) return;
    const d = { kind, start, end, message: DEFLECTION_MESSAGES[kind] };
    last.set(kind, d);
    found.push(d);
  };
  for (const a of anchors) {
    for (const [kind, start, end] of a.frames ?? []) add(kind, start, end);
  }
  const owned = OWNERSHIP.some((re) => anyIn(ctx.norm, window, re));
  for (const [kind, re] of PATTERNS) scan(ctx.norm, window, re, (start, end) => add(kind, start, end));
  const kept = owned ? found.filter((d) => d.kind !== 'intent') : found;
  return kept.sort((x, y) => x.start - y.start || x.end - y.end);
}
