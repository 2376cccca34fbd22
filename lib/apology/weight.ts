import { anyIn, type Window } from './components';
import type { Anchor } from './anchor';
import type { Context } from './reading';
import { LIGHT_OFFENCE, SERIOUS_OFFENCE } from './patterns';
import type { Component, Deflection, Weight } from './types';

/**
 * Serious when the writer hurt, let down or wronged someone; light for a ritual apology over a
 * small imposition (late reply, interruption, typo, bother) or a bare "sorry" with nothing grave near it.
 */
export function weigh(ctx: Context, anchors: Anchor[], window: Window, components: Component[], deflections: Deflection[]): Weight {
  if (anchors.length === 0) return 'none';
  if (deflections.length > 0 || components.includes('harm') || components.includes('commitment')) return 'serious';
  let light = false;
  let unnamed = true;
  if (anyIn(ctx.norm, window, SERIOUS_OFFENCE)) return 'serious';
  for (const a of anchors) {
    const s = ctx.sentences[a.sentence]!;
    if (!light && ctx.norm.slice(Math.max(s.start, a.start - 80), Math.min(s.end, a.end + 120)).search(LIGHT_OFFENCE) >= 0) light = true;
    if (!a.bare && !(a.forgiveness && !a.owns && !a.regret)) unnamed = false;
  }
  return light || unnamed ? 'light' : 'serious';
}
