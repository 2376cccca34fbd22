import { eachMatch } from './text';
import type { Anchor } from './anchor';
import type { Context } from './reading';
import { sentenceAt } from './sentence-reader';
import {
  COMMITMENT_CUES,
  COMMITMENT_MARKER,
  EXPLANATION_CUES,
  FORGIVENESS_CUES,
  HARM_CUES,
  REGRET_CUES,
  REPAIR_ACTION,
  REPAIR_CUES,
  RESPONSIBILITY_CUES,
} from './patterns';
import { COMPONENTS, type Component, type Span } from './types';

export const COMPONENT_ORDER: readonly Component[] = COMPONENTS;

const CUES: ReadonlyArray<[Component, RegExp[]]> = [
  ['regret', REGRET_CUES],
  ['responsibility', RESPONSIBILITY_CUES],
  ['harm', HARM_CUES],
  ['explanation', EXPLANATION_CUES],
  ['repair', REPAIR_CUES],
  ['commitment', COMMITMENT_CUES],
  ['forgiveness', FORGIVENESS_CUES],
];

/** Character ranges of the sentences around the apologies, where components and deflections are looked for. */
export type Window = Array<[start: number, end: number]>;

export function apologyWindow(ctx: Context, anchors: Anchor[]): Window {
  const runs: Window = [];
  let lastTo = -1;
  for (const a of anchors) {
    const from = Math.max(0, a.sentence - 2, lastTo + 1);
    const to = Math.min(ctx.sentences.length - 1, a.sentence + 5);
    if (to < from) continue;
    const start = ctx.sentences[from]!.start;
    const end = ctx.sentences[to]!.end;
    const last = runs[runs.length - 1];
    if (last && from === lastTo + 1) last[1] = end;
    else runs.push([start, end]);
    lastTo = to;
  }
  return runs;
}

/** Calls `found` for each match of `re` inside the window, with offsets into the input. */
export function scan(norm: string, window: Window, re: RegExp, found: (start: number, end: number) => void): void {
  for (const [from, to] of window) {
    eachMatch(re, norm.slice(from, to), (index, match) => found(from + index, from + index + match.length));
  }
}

export function anyIn(norm: string, window: Window, re: RegExp): boolean {
  return window.some(([from, to]) => norm.slice(from, to).search(re) >= 0);
}

/** Finds each component's cues near the apologies; returns the components present and their spans. */
export function findComponents(ctx: Context, anchors: Anchor[], window: Window): { components: Component[]; spans: Span[] } {
  const spans: Span[] = [];
  const present = new Set<Component>();
  for (const a of anchors) {
    if (a.regret) present.add('regret');
    if (a.owns) present.add('responsibility');
    if (a.forgiveness) present.add('forgiveness');
  }
  const add = (kind: Component) => (start: number, end: number): void => {
    present.add(kind);
    spans.push({ start, end, kind });
  };
  for (const [component, list] of CUES) for (const re of list) scan(ctx.norm, window, re, add(component));
  // "I'll call her" repairs; "I'll call her every week from now on" promises change.
  scan(ctx.norm, window, REPAIR_ACTION, (start, end) => {
    const s = ctx.sentences[sentenceAt(ctx, start)];
    const around = s ? ctx.norm.slice(Math.max(s.start, start - 120), Math.min(s.end, end + 120)) : '';
    add(around.search(COMMITMENT_MARKER) >= 0 ? 'commitment' : 'repair')(start, end);
  });
  return { components: COMPONENT_ORDER.filter((c) => present.has(c)), spans };
}
