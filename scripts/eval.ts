/**
 * Scores the analysis on a labelled JSON-lines file and prints it beside the keyword baseline.
 * Default: lib/apology/training/heldout.jsonl, the slice of the project's corpus that `npm run train` holds
 * back from training, and lib/apology/training/heldout/, an independent set by another author that no rule or
 * weight has seen (corpus source format: its `[[kind|text]]` markup gives components and deflections).
 * A folder means every .jsonl file in it.
 * Each line: {"text", "label": apology | not_apology (also genuine_apology | non_apology),
 * optional "components", "deflections" (arrays), "weight" (light | serious), "source"}.
 * --faux: faux-apology mode, over apologies: positive = the gold lists a deflection (or the label is
 * non_apology); predicted positive = the analysis flags any deflection.
 * --rules: the hand-written rules alone, without the trained model (for comparison).
 * --detail: precision and recall of each component and deflection kind too.
 * Usage: npm run --silent eval -- [FILE.jsonl|FOLDER ...] [--faux] [--rules] [--detail] [--quiet]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeWith } from '../lib/apology/analyze';
import { analyzeMessage } from '../lib/apology/index';
import { DEFLECTION_KINDS } from '../lib/apology/types';
import { isDeflectionMark, parseMarked, withImpliedSpans } from './corpus/markup';
import { describe, empty, newFigures, prf, score, tally, type Counts } from './train/metrics';

const DEFAULT_FILES = [
  join(import.meta.dirname, '../lib/apology/training/heldout.jsonl'),
  join(import.meta.dirname, '../lib/apology/training/heldout'),
];
const LABELS = new Set(['apology', 'not_apology', 'genuine_apology', 'non_apology']);
const KINDS: ReadonlySet<string> = new Set(DEFLECTION_KINDS);
// Just Not Sorry style: flags the words, understands nothing.
const KEYWORD_BASELINE = /sorry|apologi[sz]e|apologies|forgive/i;

interface Row {
  text: string;
  label: string;
  source?: string;
  components?: string[];
  deflections?: string[];
  weight?: string | null;
}

function fail(message: string): never {
  console.error(`eval: ${message}`);
  process.exit(2);
}

/** A corpus source line (`marked`, `channel`) as an eval row: its spans give the components and deflections. */
function fromSourceFormat(row: unknown, where: string): unknown {
  if (!row || typeof row !== 'object' || !('marked' in row) || typeof row.marked !== 'string') return row;
  let parsed: ReturnType<typeof parseMarked>;
  try {
    parsed = parseMarked(row.marked);
  } catch (error) {
    fail(`${where}: ${(error as Error).message}`);
  }
  const kinds = withImpliedSpans(parsed.text, parsed.spans).map((span) => span.kind);
  const channel = 'channel' in row && row.channel === 'speech' ? 'speech' : 'written';
  return {
    ...row,
    text: parsed.text,
    components: [...new Set(kinds.filter((k) => !isDeflectionMark(k)))],
    deflections: [...new Set(kinds.filter(isDeflectionMark).map((k) => k.slice(2)))],
    source: `independent-${channel}`,
  };
}

function readPath(path: string): Row[] {
  if (!existsSync(path)) fail(`no such file: ${path}`);
  if (!statSync(path).isDirectory()) return readRows(path);
  const files = readdirSync(path).filter((name) => name.endsWith('.jsonl')).sort();
  if (files.length === 0) fail(`${path} holds no .jsonl files`);
  return files.flatMap((name) => readRows(join(path, name)));
}

function readRows(file: string): Row[] {
  const rows: Row[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch {
        fail(`${file}:${i + 1}: not valid JSON`);
      }
      const r = fromSourceFormat(row, `${file}:${i + 1}`) as Partial<Row> | null;
      if (!r || typeof r !== 'object' || typeof r.text !== 'string') fail(`${file}:${i + 1}: needs a string "text"`);
      if (typeof r.label !== 'string' || !LABELS.has(r.label)) fail(`${file}:${i + 1}: "label" must be one of ${[...LABELS].join(', ')}`);
      rows.push(r as Row);
    });
  if (rows.length === 0) fail(`${file} holds no labelled lines`);
  return rows;
}

const isPositive = (label: string): boolean => label !== 'not_apology';
const f3 = (x: number): string => x.toFixed(3);
const shortSource = (source: string | undefined): string => (source ? (source.split(/[ (;,]/)[0] ?? source).slice(0, 16) || '(none)' : '(none)');
const prfLine = (c: Counts): string => {
  const x = prf(c);
  return `P ${f3(x.p)}  R ${f3(x.r)}  F1 ${f3(x.f1)}`;
};

function main(): void {
  const args = process.argv.slice(2);
  const named = args.filter((a) => !a.startsWith('--'));
  const paths = named.length > 0 ? named : DEFAULT_FILES;
  const file = paths.join(' + ');
  const quiet = args.includes('--quiet');
  const faux = args.includes('--faux');
  const detail = args.includes('--detail');
  const analyse = args.includes('--rules') ? (text: string) => analyzeWith(text, null) : analyzeMessage;
  const rows = paths.flatMap(readPath);
  const figures = newFigures();
  const baseline = empty();
  const bySource = new Map<string, { ours: Counts; base: Counts; n: number }>();
  const fauxCounts = empty();
  const misses: string[] = [];
  for (const row of rows) {
    const gold = isPositive(row.label);
    const a = analyse(row.text);
    const base = KEYWORD_BASELINE.test(row.text);
    const weight = row.weight === 'light' || row.weight === 'serious' ? row.weight : null;
    const deflections = Array.isArray(row.deflections) ? row.deflections.filter((d) => KINDS.has(d)) : undefined;
    score(figures, { isApology: gold, components: row.components, deflections, weight }, a);
    tally(baseline, gold, base);
    const src = shortSource(row.source);
    const bucket = bySource.get(src) ?? { ours: empty(), base: empty(), n: 0 };
    bySource.set(src, bucket);
    bucket.n++;
    tally(bucket.ours, gold, a.isApology);
    tally(bucket.base, gold, base);
    if (gold !== a.isApology) misses.push(`${gold ? 'FN' : 'FP'} [${src}] ${JSON.stringify(row.text.slice(0, 160))}`);
    if (faux && gold) {
      const goldFaux = row.label === 'non_apology' || (deflections?.length ?? 0) > 0;
      const flagged = a.isApology && a.deflections.length > 0;
      tally(fauxCounts, goldFaux, flagged);
      if (goldFaux !== flagged) misses.push(`faux ${goldFaux ? 'FN' : 'FP'} ${JSON.stringify(row.text.slice(0, 160))}`);
    }
  }
  console.log(`${file}: ${rows.length} items`);
  if (faux) {
    const n = fauxCounts.tp + fauxCounts.fp + fauxCounts.fn + fauxCounts.tn;
    console.log(`faux apology  ${prfLine(fauxCounts)}  accuracy ${f3((fauxCounts.tp + fauxCounts.tn) / Math.max(1, n))}  (${n} apologies; positive = any deflection)`);
  } else {
    console.log(`overall        ${String(rows.length).padStart(4)}   ${prfLine(figures.apology)}   | baseline ${prfLine(baseline)}`);
    for (const [src, b] of [...bySource.entries()].sort()) console.log(`${src.padEnd(14)} ${String(b.n).padStart(4)}   ${prfLine(b.ours)}   | baseline ${prfLine(b.base)}`);
    for (const line of describe(figures, detail).slice(1)) {
      if (line.startsWith('components') && figures.components.tp + figures.components.fp + figures.components.fn === 0) continue;
      if ((line.startsWith('deflections') || line.startsWith('faux')) && figures.faux.tp + figures.faux.fp + figures.faux.fn + figures.faux.tn === 0) continue;
      if (line.startsWith('weight') && figures.weightTotal === 0) continue;
      console.log(line);
    }
  }
  if (!quiet) {
    console.log(`\nmisclassified (${misses.length}):`);
    for (const m of misses) console.log('  ' + m);
  }
}

main();
