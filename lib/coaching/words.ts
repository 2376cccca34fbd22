/**
 * The words of the coaching, looked up in _locales: lib/apology returns codes only (a deflection's
 * kind, a missing component), so what the user reads can be translated. `t` is passed in
 * (browser.i18n.getMessage in the extension), which keeps this module pure and testable.
 */
import type { Component, DeflectionKind } from '../apology/types';

export type Translate = (key: string, substitutions?: string[]) => string;

/** The parts whose phrase speaks to the addressee when the message greets someone. */
const NAMED: ReadonlySet<Component> = new Set<Component>(['regret', 'repair']);

/** Why this deflection undercuts the repair, and what to say instead. */
export function deflectionMessage(kind: DeflectionKind, t: Translate): string {
  return t(`deflection_${kind}`);
}

/** A phrase to insert for a missing part, with blanks (___) for what only the writer knows. */
export function suggestionPhrase(component: Component, addressee: string | undefined, t: Translate): string {
  if (addressee && NAMED.has(component)) return t(`suggestion_${component}_named`, [addressee]);
  return t(`suggestion_${component}`);
}
