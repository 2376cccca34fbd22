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
  WHAT_HAPPENED,
} from './patterns';
import type { Component, Deflection, DeflectionKind } from './types';

/** Why each deflection undercuts the repair, and what to say instead. */
export const DEFLECTION_MESSAGES: Record<DeflectionKind, string> = {
  conditional: '"If" makes the hurt sound hypothetical. Name what you did: "I\'m sorry I ___."',
  feelings: 'This puts the problem in their feelings, not in what you did. Try: "I\'m sorry I ___."',
  but: '"But" cancels the apology before it. Stop at the apology; explain later if they ask.',
  passive: 'The passive hides who did it. Own it: "I made a mistake when I ___."',
  vague: 'A blanket apology sounds like you don\'t know what went wrong. Name it: "I\'m sorry I ___."',
  intent: 'What you meant matters less than how it landed. Acknowledge it: "I see I hurt you when I ___."',
  minimising: 'Shrinking it tells them their hurt doesn\'t count. Try: "I can see this really mattered to you."',
  move_on: 'Rushing them to move on puts your comfort first. Try: "Take the time you need."',
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

export function findDeflections(ctx: Context, anchors: Anchor[], window: Window, components: Component[]): Deflection[] {
  const found: Deflection[] = [];
  const add = (kind: DeflectionKind, start: number, end: number): void => {
    if (found.some((d) => d.kind === kind && d.start < end && start < d.end)) return;
    found.push({ kind, start, end, message: DEFLECTION_MESSAGES[kind] });
  };
  for (const a of anchors) {
    if (a.frame) add(a.frame, a.frameStart ?? a.start, a.frameEnd ?? a.end);
  }
  const owned = OWNERSHIP.some((re) => anyIn(ctx.norm, window, re));
  for (const [kind, re] of PATTERNS) scan(ctx.norm, window, re, (start, end) => add(kind, start, end));
  if (!components.includes('responsibility')) scan(ctx.norm, window, WHAT_HAPPENED, (start, end) => add('vague', start, end));
  const kept = owned ? found.filter((d) => d.kind !== 'intent') : found;
  return kept.sort((x, y) => x.start - y.start || x.end - y.end);
}
