#!/usr/bin/env node
// Inter-annotator agreement between the corpus writers' labels (annotator 1, the
// `lib/apology/training/corpus/*.jsonl` source files) and the blind second pass
// (annotator 2, `blind-pass.jsonl`). Plain node, no dependencies:
//   node scripts/corpus/agreement.mjs [--quiet] [--blind pass.jsonl --sample sample.jsonl]
// --quiet prints the figures without the per-item disagreement lists; --blind and --sample name another pass
// (the second blind pass, over the later writers: blind-pass-2.jsonl with blind-sample-2.jsonl).

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const trainingDir = join(here, '../../lib/apology/training');
const corpusDir = join(trainingDir, 'corpus');
const blindAt = process.argv.indexOf('--blind');
const blindPath = blindAt > 0 ? process.argv[blindAt + 1] : join(trainingDir, 'blind-pass.jsonl');
const quiet = process.argv.includes('--quiet');

const COMPONENTS = ['regret', 'responsibility', 'harm', 'explanation', 'repair', 'commitment', 'forgiveness'];
const DEFLECTIONS = ['conditional', 'feelings', 'but', 'passive', 'vague', 'intent', 'minimising', 'move_on', 'sarcasm'];
const SPAN = /\[\[([^|\]]+)\|([\s\S]*?)\]\]/g;

function readJsonl(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, n }) => {
      try {
        return JSON.parse(line);
      } catch (error) {
        throw new Error(`${path} line ${n} is not valid JSON (${error.message})`, { cause: error });
      }
    });
}

// Message-level sets from the inline markup; unknown kinds are reported, not dropped silently.
function kindsOf(marked, id, unknown) {
  const components = new Set();
  const deflections = new Set();
  for (const [, kind] of marked.matchAll(SPAN)) {
    if (kind.startsWith('d:') && DEFLECTIONS.includes(kind.slice(2))) deflections.add(kind.slice(2));
    else if (COMPONENTS.includes(kind)) components.add(kind);
    else unknown.push(`${id}: ${kind}`);
  }
  return { components, deflections, text: marked.replace(SPAN, '$2') };
}

function loadCorpus() {
  const byId = new Map();
  const unknown = [];
  for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const item of readJsonl(join(corpusDir, file))) {
      if (byId.has(item.id)) throw new Error(`corpus id ${item.id} appears twice (second time in ${file})`);
      byId.set(item.id, { ...item, ...kindsOf(item.marked, item.id, unknown) });
    }
  }
  return { byId, unknown };
}

function kappa(pairs) {
  // pairs: [a, b] category values; Cohen's kappa over the categories seen.
  const n = pairs.length;
  if (n === 0) return { n, agree: NaN, kappa: NaN };
  const cats = [...new Set(pairs.flat())];
  const agree = pairs.filter(([a, b]) => a === b).length / n;
  const expected = cats.reduce((sum, c) => {
    const pa = pairs.filter(([a]) => a === c).length / n;
    const pb = pairs.filter(([, b]) => b === c).length / n;
    return sum + pa * pb;
  }, 0);
  return { n, agree, kappa: expected === 1 ? NaN : (agree - expected) / (1 - expected) };
}

function presence(items, kind, field) {
  const pairs = items.map(({ a, b }) => [a[field].has(kind), b[field].has(kind)]);
  const tp = pairs.filter(([x, y]) => x && y).length;
  const onlyA = pairs.filter(([x, y]) => x && !y).length;
  const onlyB = pairs.filter(([x, y]) => !x && y).length;
  const f1 = tp + onlyA + onlyB === 0 ? NaN : (2 * tp) / (2 * tp + onlyA + onlyB);
  return { kind, a: tp + onlyA, b: tp + onlyB, both: tp, f1, ...kappa(pairs) };
}

const pct = (x) => (Number.isNaN(x) ? '   n/a' : `${(100 * x).toFixed(1).padStart(5)}%`);
const num = (x) => (Number.isNaN(x) ? '  n/a' : x.toFixed(2).padStart(5));
const setText = (s) => [...s].join(',') || '-';

const { byId, unknown } = loadCorpus();
const blind = readJsonl(blindPath);
const missing = blind.filter((b) => !byId.has(b.id)).map((b) => b.id);
const matched = blind
  .filter((b) => byId.has(b.id))
  .map((b) => ({
    id: b.id,
    a: byId.get(b.id),
    b: { ...b, components: new Set(b.components), deflections: new Set(b.deflections) },
  }));

// --sample <file>: the texts annotator 2 saw. Items whose corpus text has been edited since
// sampling are left out of every figure (the two passes labelled different texts) and listed.
const sampleAt = process.argv.indexOf('--sample');
const sampled = new Map(readJsonl(sampleAt > 0 ? process.argv[sampleAt + 1] : join(trainingDir, 'blind-sample.jsonl')).map((s) => [s.id, s.text]));
const changed = matched.filter(({ id, a }) => sampled.has(id) && sampled.get(id) !== a.text);
const items = matched.filter((x) => !changed.includes(x));

console.log(`Annotator 1 = corpus source files (${byId.size} items now); annotator 2 = blind pass (${blind.length} items).`);
console.log(`Matched by id: ${matched.length}${missing.length ? `; not in corpus: ${missing.join(', ')}` : ''}`);
if (sampled.size) {
  console.log(`Sampled texts checked: ${sampled.size}; edited in the corpus since sampling (left out): ${changed.length}${changed.length ? ` (${changed.map((x) => x.id).join(', ')})` : ''}`);
}
console.log(`Items compared: ${items.length}`);
if (unknown.length) console.log(`Unknown span kinds in corpus (ignored): ${unknown.join('; ')}`);

const label = kappa(items.map(({ a, b }) => [a.label, b.label]));
const count = (who, value) => items.filter((x) => x[who].label === value).length;
console.log(`\nApology vs not (n=${label.n}): agreement ${pct(label.agree)}, kappa ${num(label.kappa)}`);
console.log(`  apology: annotator 1 ${count('a', 'apology')}, annotator 2 ${count('b', 'apology')}`);

const both = items.filter(({ a, b }) => a.label === 'apology' && b.label === 'apology');
const weight = kappa(both.map(({ a, b }) => [a.weight, b.weight]));
const wc = (who, w) => both.filter((x) => x[who].weight === w).length;
console.log(`\nWeight, items both call apologies (n=${weight.n}): agreement ${pct(weight.agree)}, kappa ${num(weight.kappa)}`);
console.log(`  light/serious: annotator 1 ${wc('a', 'light')}/${wc('a', 'serious')}, annotator 2 ${wc('b', 'light')}/${wc('b', 'serious')}`);

function table(title, kinds, field) {
  console.log(`\n${title} presence, items both call apologies (n=${both.length})`);
  console.log('  kind            ann1  ann2  both   agree  kappa     F1');
  for (const r of kinds.map((k) => presence(both, k, field))) {
    console.log(`  ${r.kind.padEnd(14)} ${String(r.a).padStart(5)} ${String(r.b).padStart(5)} ${String(r.both).padStart(5)}  ${pct(r.agree)}  ${num(r.kappa)}  ${num(r.f1)}`);
  }
}
table('Component', COMPONENTS, 'components');
table('Deflection', DEFLECTIONS, 'deflections');

// "Any deflection" is the judgement that matters most for feedback: faux apology or not.
const anyDefl = kappa(both.map(({ a, b }) => [a.deflections.size > 0, b.deflections.size > 0]));
console.log(`\nAny deflection (n=${anyDefl.n}): agreement ${pct(anyDefl.agree)}, kappa ${num(anyDefl.kappa)}`);

if (!quiet) {
  const show = (t) => t.replace(/\s+/g, ' ').slice(0, 150);
  console.log('\nLabel disagreements (ann1 / ann2):');
  for (const { id, a, b } of items.filter(({ a, b }) => a.label !== b.label)) {
    console.log(`  ${id} ${a.label} / ${b.label} [${a.category}]  ${show(a.text)}`);
  }
  console.log('\nWeight disagreements (ann1 / ann2):');
  for (const { id, a, b } of both.filter(({ a, b }) => a.weight !== b.weight)) {
    console.log(`  ${id} ${a.weight} / ${b.weight} [${a.category}]  ${show(a.text)}`);
  }
  console.log('\nComponent or deflection set disagreements (ann1 / ann2):');
  for (const { id, a, b } of both) {
    const sameSet = (x, y) => x.size === y.size && [...x].every((k) => y.has(k));
    if (!sameSet(a.components, b.components) || !sameSet(a.deflections, b.deflections)) {
      console.log(
        `  ${id} C ${setText(a.components)} / ${setText(b.components)}  D ${setText(a.deflections)} / ${setText(b.deflections)}  ${show(a.text)}`,
      );
    }
  }
}
