/** The figures the analysis is judged by, computed the same way for the corpus and for eval files. */
import type { Analysis } from '../../lib/apology/types';

export interface Gold {
  isApology: boolean;
  components?: readonly string[];
  deflections?: readonly string[];
  weight?: 'light' | 'serious' | null;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
export function tally(c: Counts, gold: boolean, pred: boolean): void {
  if (gold && pred) c.tp++;
  else if (!gold && pred) c.fp++;
  else if (gold && !pred) c.fn++;
  else c.tn++;
}
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Micro counts of two label sets. */
function setCounts(c: Counts, want: ReadonlySet<string>, got: ReadonlySet<string>): void {
  for (const x of got) tally(c, want.has(x), true);
  for (const x of want) if (!got.has(x)) tally(c, true, false);
}

export interface Figures {
  n: number;
  apology: Counts;
  /** Over gold apologies that carry component labels. */
  components: Counts;
  perComponent: Map<string, Counts>;
  /** Micro over kinds, over gold apologies that carry deflection labels. */
  deflections: Counts;
  perDeflection: Map<string, Counts>;
  /** Any deflection flagged (faux apology), over gold apologies with deflection labels. */
  faux: Counts;
  weightRight: number;
  weightTotal: number;
}

export function newFigures(): Figures {
  return { n: 0, apology: empty(), components: empty(), perComponent: new Map(), deflections: empty(), perDeflection: new Map(), faux: empty(), weightRight: 0, weightTotal: 0 };
}

export function score(fig: Figures, gold: Gold, a: Analysis): void {
  fig.n++;
  tally(fig.apology, gold.isApology, a.isApology);
  if (!gold.isApology) return;
  if (gold.components) {
    const want = new Set(gold.components);
    const got = new Set<string>(a.isApology ? a.components : []);
    setCounts(fig.components, want, got);
    for (const c of new Set([...want, ...got])) {
      const per = fig.perComponent.get(c) ?? empty();
      fig.perComponent.set(c, per);
      tally(per, want.has(c), got.has(c));
    }
  }
  if (gold.deflections) {
    const want = new Set(gold.deflections);
    const got = new Set<string>(a.isApology ? a.deflections.map((d) => d.kind) : []);
    setCounts(fig.deflections, want, got);
    for (const d of new Set([...want, ...got])) {
      const per = fig.perDeflection.get(d) ?? empty();
      fig.perDeflection.set(d, per);
      tally(per, want.has(d), got.has(d));
    }
    tally(fig.faux, want.size > 0, got.size > 0);
  }
  if (gold.weight === 'light' || gold.weight === 'serious') {
    fig.weightTotal++;
    if (a.weight === gold.weight) fig.weightRight++;
  }
}

const f3 = (x: number): string => x.toFixed(3);
const accuracy = (c: Counts): number => (c.tp + c.tn) / Math.max(1, c.tp + c.tn + c.fp + c.fn);

export interface Summary {
  apologyF1: number;
  componentsF1: number;
  deflectionF1: number;
  weightAccuracy: number;
  fauxAccuracy: number;
  /** F1 of flagging a deflection at all, over apologies: the "deflection flag F1". */
  fauxF1: number;
}

export function summarise(fig: Figures): Summary {
  return {
    apologyF1: prf(fig.apology).f1,
    componentsF1: prf(fig.components).f1,
    deflectionF1: prf(fig.deflections).f1,
    weightAccuracy: fig.weightRight / Math.max(1, fig.weightTotal),
    fauxAccuracy: accuracy(fig.faux),
    fauxF1: prf(fig.faux).f1,
  };
}

export function describe(fig: Figures, detail = false): string[] {
  const s = summarise(fig);
  const a = prf(fig.apology);
  const lines = [
    `apology        F1 ${f3(s.apologyF1)}  (P ${f3(a.p)} R ${f3(a.r)}, ${fig.n} messages)`,
    `components     micro-F1 ${f3(s.componentsF1)}`,
    `deflections    micro-F1 ${f3(s.deflectionF1)}`,
    `weight         accuracy ${f3(s.weightAccuracy)}  (${fig.weightTotal} apologies)`,
    `faux apology   accuracy ${f3(s.fauxAccuracy)}, flag F1 ${f3(s.fauxF1)}  (any deflection flagged)`,
  ];
  if (detail) {
    for (const [name, map] of [['component', fig.perComponent], ['deflection', fig.perDeflection]] as const) {
      for (const [k, c] of [...map.entries()].sort()) {
        const x = prf(c);
        lines.push(`  ${name} ${k.padEnd(15)} P ${f3(x.p)} R ${f3(x.r)} F1 ${f3(x.f1)}  (gold ${c.tp + c.fn})`);
      }
    }
  }
  return lines;
}
