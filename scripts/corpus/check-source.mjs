#!/usr/bin/env node
// Validates the hand-written corpus source files (lib/apology/training/corpus/*.jsonl) against
// the shared source format, and prints counts so writers can see the balance as they go.
// Usage: node scripts/corpus/check-source.mjs [file-or-dir ...]   (default: the corpus dir)
// Exit code 1 when any line is invalid. No dependencies on purpose: writers run it after every file.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const COMPONENTS = ['regret', 'responsibility', 'harm', 'explanation', 'repair', 'commitment', 'forgiveness'];
const DEFLECTIONS = [
  'conditional', 'feelings', 'but', 'passive', 'vague', 'intent', 'minimising', 'move_on', 'sarcasm',
].map((k) => `d:${k}`);
const KINDS = new Set([...COMPONENTS, ...DEFLECTIONS]);
const LABELS = new Set(['apology', 'not_apology']);
const WEIGHTS = new Set(['light', 'serious']);
const CHANNELS = new Set(['email', 'chat', 'speech']);
const AUTHORS = new Set(['a1', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8', 'w9', 'w10', 'w11', 'w12', 'w13', 'w14', 'w15', 'w16']);
const FIELDS = ['id', 'marked', 'label', 'weight', 'channel', 'category', 'pair', 'author'];

/** Parses `[[kind|text]]` markup; returns { plain, spans } or throws with a plain-words reason. */
export function parseMarked(marked) {
  const spans = [];
  let plain = '';
  let i = 0;
  while (i < marked.length) {
    const open = marked.indexOf('[[', i);
    const strayClose = marked.indexOf(']]', i);
    if (strayClose !== -1 && (open === -1 || strayClose < open)) {
      throw new Error(`"]]" without a matching "[[" at character ${strayClose}`);
    }
    if (open === -1) {
      plain += marked.slice(i);
      break;
    }
    plain += marked.slice(i, open);
    const close = marked.indexOf(']]', open + 2);
    if (close === -1) throw new Error(`"[[" at character ${open} is never closed`);
    const inner = marked.slice(open + 2, close);
    if (inner.includes('[[')) throw new Error(`spans nest or overlap at character ${open}`);
    const bar = inner.indexOf('|');
    if (bar === -1) throw new Error(`span at character ${open} has no "kind|" part`);
    const kind = inner.slice(0, bar);
    const text = inner.slice(bar + 1);
    if (!KINDS.has(kind)) throw new Error(`unknown span kind "${kind}"`);
    if (text.length === 0) throw new Error(`empty ${kind} span`);
    if (text !== text.trim()) throw new Error(`${kind} span "${text}" starts or ends with whitespace`);
    if (/\n/.test(text)) throw new Error(`${kind} span "${text}" crosses a line break`);
    spans.push({ kind, text, start: plain.length, end: plain.length + text.length });
    plain += text;
    i = close + 2;
  }
  return { plain, spans };
}

/** Returns a list of problems (plain words) for one parsed source record. */
export function checkRecord(rec) {
  const problems = [];
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) return ['line is not a JSON object'];
  for (const f of FIELDS) if (!(f in rec)) problems.push(`missing field "${f}"`);
  for (const f of Object.keys(rec)) if (!FIELDS.includes(f)) problems.push(`unknown field "${f}"`);
  if (typeof rec.id !== 'string' || !/^[aw]\d+-\d{4,}$/.test(rec.id)) problems.push(`id "${rec.id}" is not like w1-0001`);
  if (!AUTHORS.has(rec.author)) problems.push(`author "${rec.author}" is not one of ${[...AUTHORS].join(', ')}`);
  else if (typeof rec.id === 'string' && !rec.id.startsWith(`${rec.author}-`)) {
    problems.push(`id "${rec.id}" does not start with its author "${rec.author}-"`);
  }
  if (!LABELS.has(rec.label)) problems.push(`label "${rec.label}" is not apology or not_apology`);
  if (!CHANNELS.has(rec.channel)) problems.push(`channel "${rec.channel}" is not email, chat or speech`);
  if (typeof rec.category !== 'string' || !/^[a-z0-9_]+$/.test(rec.category)) {
    problems.push(`category "${rec.category}" is not a lower-case slug`);
  }
  if (rec.pair !== null && (typeof rec.pair !== 'string' || !/^[aw]\d+-\d{4,}$/.test(rec.pair))) {
    problems.push(`pair "${rec.pair}" is neither null nor an id`);
  }
  if (rec.label === 'apology' && !WEIGHTS.has(rec.weight)) problems.push('apology without weight light/serious');
  if (rec.label === 'not_apology' && rec.weight !== null) problems.push('not_apology must have weight null');
  if (typeof rec.marked !== 'string' || rec.marked.trim() === '') {
    problems.push('"marked" is not a non-empty string');
    return problems;
  }
  let spans = [];
  try {
    spans = parseMarked(rec.marked).spans;
  } catch (e) {
    problems.push(e.message);
  }
  if (rec.label === 'not_apology' && spans.length > 0) {
    problems.push(`not_apology has spans (${spans.map((s) => s.kind).join(', ')})`);
  }
  return problems;
}

function filesFrom(args) {
  const here = dirname(fileURLToPath(import.meta.url));
  const targets = args.length > 0 ? args : [join(here, '../../lib/apology/training/corpus')];
  const files = [];
  for (const t of targets) {
    if (statSync(t).isDirectory()) {
      for (const f of readdirSync(t).sort()) if (f.endsWith('.jsonl')) files.push(join(t, f));
    } else files.push(t);
  }
  return files;
}

function bump(map, key) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function printCounts(title, map) {
  const parts = [...map.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`);
  console.log(`${title}: ${parts.join(' · ')}`);
}

function main() {
  const files = filesFrom(process.argv.slice(2));
  const seen = new Map(); // id -> "file:line"
  const pairs = []; // [id, pair, where]
  const counts = { label: new Map(), weight: new Map(), channel: new Map(), span: new Map(), apologySpans: new Map() };
  let errors = 0;
  let total = 0;
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, n) => {
      if (line.trim() === '') return;
      const where = `${basename(file)}:${n + 1}`;
      let rec;
      try {
        rec = JSON.parse(line);
      } catch (e) {
        console.error(`${where}: not valid JSON (${e.message})`);
        errors += 1;
        return;
      }
      total += 1;
      const problems = checkRecord(rec);
      if (typeof rec?.id === 'string') {
        if (seen.has(rec.id)) problems.push(`id "${rec.id}" already used at ${seen.get(rec.id)}`);
        else seen.set(rec.id, where);
      }
      for (const p of problems) console.error(`${where} (${rec?.id}): ${p}`);
      errors += problems.length;
      if (problems.length > 0) return;
      if (rec.pair) pairs.push([rec.id, rec.pair, where]);
      bump(counts.label, rec.label);
      bump(counts.weight, rec.weight ?? 'null');
      bump(counts.channel, rec.channel);
      const parsed = parseMarked(rec.marked).spans;
      // A warning, not an error: abbreviations ("no. 41", "Dr. Lee") look like sentence ends.
      for (const s of parsed) {
        if (/[.!?…]\s+\S/.test(s.text)) console.warn(`${where} (${rec.id}): warning: ${s.kind} span may cross a sentence boundary: "${s.text}"`);
      }
      const kinds = new Set(parsed.map((s) => s.kind));
      for (const k of kinds) bump(counts.span, k);
      if (rec.label === 'apology' && ![...kinds].some((k) => COMPONENTS.includes(k) || k.startsWith('d:'))) {
        bump(counts.apologySpans, 'apology with no span');
      }
    });
  }
  const pairOf = new Map(pairs.map(([id, pair]) => [id, pair]));
  for (const [id, pair, where] of pairs) {
    if (!seen.has(pair)) {
      console.error(`${where} (${id}): pair "${pair}" is not an id in these files`);
      errors += 1;
    } else if (pairOf.get(pair) !== id && pairOf.get(pairOf.get(pair)) !== pair) {
      // A third (or fourth) variant points at the first item of a pair that links both ways; that joins the group.
      console.error(`${where} (${id}): pair "${pair}" does not point back at "${id}"`);
      errors += 1;
    }
  }
  console.log(`${files.length} file(s), ${total} message(s)`);
  printCounts('label', counts.label);
  printCounts('weight', counts.weight);
  printCounts('channel', counts.channel);
  printCounts('messages with span kind', counts.span);
  if (counts.apologySpans.size > 0) printCounts('warning', counts.apologySpans);
  if (errors > 0) {
    console.error(`${errors} problem(s) found`);
    process.exit(1);
  }
  console.log('all lines valid');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
