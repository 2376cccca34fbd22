/** The parts of a full apology (Lewicki et al. 2016, Scher & Darley 1997, Schumann). */
export const COMPONENTS = ['regret', 'responsibility', 'harm', 'explanation', 'repair', 'commitment', 'forgiveness'] as const;
export type Component = (typeof COMPONENTS)[number];

/** Ways an apology undercuts itself (Kampf 2009 and everyday "non-apologies"). */
export const DEFLECTION_KINDS = ['conditional', 'feelings', 'but', 'passive', 'vague', 'intent', 'minimising', 'move_on', 'sarcasm'] as const;
export type DeflectionKind = (typeof DEFLECTION_KINDS)[number];

/** light = ritual apology for a small imposition; serious = the writer hurt, failed or wronged someone. */
export type Weight = 'none' | 'light' | 'serious';

export interface Deflection {
  kind: DeflectionKind;
  start: number;
  end: number;
}

export type SpanKind = 'apology' | Component;

export interface Span {
  start: number;
  end: number;
  kind: SpanKind;
}

export interface TextRange {
  start: number;
  end: number;
}

/** A missing part to offer a phrase for; the words come from _locales (lib/coaching/words.ts). */
export interface Suggestion {
  component: Component;
}

export interface Analysis {
  isApology: boolean;
  weight: Weight;
  components: Component[];
  missing: Component[];
  deflections: Deflection[];
  spans: Span[];
  addressee?: string;
  ownText: TextRange;
  suggestions: Suggestion[];
}
