/**
 * Scores the analysis on a labelled JSON-lines file and prints it beside the keyword baseline.
 * Labels: apology | not_apology (also genuine_apology | non_apology for deflection checks);
 * optional "components" and "deflections" arrays.
 * Usage: npm run --silent eval -- FILE.jsonl [--quiet]
 */
import { readFileSync } from 'node:fs';
import { analyzeMessage, type Analysis } from '../lib/apology/index';

interface Row {
  text: string;
  label: string;
  source?: string;
  components?: string[];
  deflections?: string[];
  note?: string;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

// Just Not Sorry style: flags the words, understands nothing.
const KEYWORD_BASELINE = /sorry|apologi[sz]e|apologies|forgive/i;
const CONTRACT_DEFLECTIONS = new Set(['conditional', 'feelings', 'but', 'passive', 'vague', 'intent', 'minimising', 'move_on']);

const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
const quiet = process.argv.includes('--quiet');
if (!file) {
  console.error('usage: eval FILE.jsonl [--quiet]');
  process.exit(2);
}

const rows: Row[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Row);

const isPositive = (label: string): boolean => label === 'apology' || label === 'genuine_apology' || label === 'non_apology';

function shortSource(source: string | undefined): string {
  if (!source) return '(none)';
  const head = source.split(/[ (;]/)[0] ?? source;
  return head.length > 0 ? head : source.slice(0, 16);
}

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const tally = (c: Counts, gold: boolean, pred: boolean): void => {
  if (gold && pred) c.tp++;
  else if (!gold && pred) c.fp++;
  else if (gold && !pred) c.fn++;
  else c.tn++;
};
const prf = (c: Counts): [number, number, number] => {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return [p, r, p + r === 0 ? 0 : (2 * p * r) / (p + r)];
};
const f3 = (x: number): string => x.toFixed(3);

const overall = { ours: empty(), base: empty() };
const bySource = new Map<string, { ours: Counts; base: Counts; n: number }>();
const comp = empty();
const defl = empty();
const misses: string[] = [];
const componentMisses: string[] = [];

for (const row of rows) {
  const gold = isPositive(row.label);
  const analysis: Analysis = analyzeMessage(row.text);
  const pred = analysis.isApology;
  const base = KEYWORD_BASELINE.test(row.text);
  const src = shortSource(row.source);
  const bucket = bySource.get(src) ?? { ours: empty(), base: empty(), n: 0 };
  bySource.set(src, bucket);
  bucket.n++;
  tally(overall.ours, gold, pred);
  tally(overall.base, gold, base);
  tally(bucket.ours, gold, pred);
  tally(bucket.base, gold, base);
  if (gold !== pred) misses.push(`${gold ? 'FN' : 'FP'} [${src}] ${JSON.stringify(row.text.slice(0, 160))}`);

  if (gold && Array.isArray(row.components) && row.components.length > 0) {
    const want = new Set(row.components);
    const got = new Set<string>(pred ? analysis.components : []);
    for (const c of got) {
      if (want.has(c)) comp.tp++;
      else comp.fp++;
    }
    for (const c of want) if (!got.has(c)) comp.fn++;
    const extra = [...got].filter((c) => !want.has(c));
    const lack = [...want].filter((c) => !got.has(c));
    if (extra.length + lack.length > 0) componentMisses.push(`+[${extra.join(',')}] -[${lack.join(',')}] ${JSON.stringify(row.text.slice(0, 100))}`);
  }
  if (Array.isArray(row.deflections)) {
    const want = new Set(row.deflections.filter((d) => CONTRACT_DEFLECTIONS.has(d)));
    const got = new Set<string>(analysis.deflections.map((d) => d.kind));
    for (const d of got) {
      if (want.has(d)) defl.tp++;
      else defl.fp++;
    }
    for (const d of want) if (!got.has(d)) defl.fn++;
  }
}

const line = (name: string, ours: Counts, base: Counts, n: number): string => {
  const [p, r, f] = prf(ours);
  const [bp, br, bf] = prf(base);
  return `${name.padEnd(14)} ${String(n).padStart(4)}   P ${f3(p)}  R ${f3(r)}  F1 ${f3(f)}   | baseline P ${f3(bp)}  R ${f3(br)}  F1 ${f3(bf)}${f > bf ? '' : '  (not better)'}`;
};

console.log(`${file}: ${rows.length} items`);
console.log(line('overall', overall.ours, overall.base, rows.length));
for (const [src, b] of [...bySource.entries()].sort()) console.log(line(src, b.ours, b.base, b.n));
if (comp.tp + comp.fp + comp.fn > 0) {
  const [p, r, f] = prf(comp);
  console.log(`components     micro P ${f3(p)}  R ${f3(r)}  F1 ${f3(f)}`);
}
if (defl.tp + defl.fp + defl.fn > 0) {
  const [p, r, f] = prf(defl);
  console.log(`deflections    micro P ${f3(p)}  R ${f3(r)}  F1 ${f3(f)}  (tp ${defl.tp}, fp ${defl.fp}, fn ${defl.fn})`);
}
if (!quiet) {
  console.log(`\nmisclassified (${misses.length}):`);
  for (const m of misses) console.log('  ' + m);
  if (componentMisses.length > 0) {
    console.log(`\ncomponent differences (${componentMisses.length}):`);
    for (const m of componentMisses) console.log('  ' + m);
  }
}
