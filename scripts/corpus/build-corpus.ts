/**
 * Reads the hand-written training corpus (lib/apology/training/corpus/*.jsonl), strips its markup
 * and yields message-level and sentence-level examples, split into sentences by the analysis's own
 * reader so that training sees exactly the units inference sees.
 * Usage: npm run --silent corpus -- [DIR]   (prints counts, and every malformed line as FILE:LINE: why)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readMessage, type Reading } from '../../lib/apology/reading';
import { COMPONENTS, DEFLECTION_KINDS, type Component, type DeflectionKind } from '../../lib/apology/types';
import { isDeflectionMark, parseMarked, withImpliedSpans, type MarkKind, type MarkedSpan } from './markup';

export const CORPUS_DIR = join(import.meta.dirname, '../../lib/apology/training/corpus');

export interface CorpusMessage {
  id: string;
  /** Where it came from, for error messages: "w1-01.jsonl:17". */
  where: string;
  text: string;
  spans: MarkedSpan[];
  isApology: boolean;
  weight: 'light' | 'serious' | null;
  channel: string;
  category: string;
  pair: string | null;
  author: string;
}

export interface SentenceExample {
  /** Index of the sentence in its message's reading. */
  index: number;
  /** The kinds of the spans that overlap this sentence. */
  kinds: Set<MarkKind>;
}

export interface MessageExample {
  message: CorpusMessage;
  reading: Reading;
  sentences: SentenceExample[];
  components: Component[];
  deflections: DeflectionKind[];
}

export interface CorpusProblem {
  where: string;
  problem: string;
}

const LABELS = new Set(['apology', 'not_apology']);
const WEIGHTS = new Set(['light', 'serious']);
const CHANNELS = new Set(['email', 'chat', 'speech']);

/** Parses one source line; throws an Error saying in plain words what is wrong with it. */
export function parseLine(line: string, where: string): CorpusMessage {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch (error) {
    throw new Error(`not valid JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  if (row === null || typeof row !== 'object' || Array.isArray(row)) throw new Error('a line must be one JSON object');
  const r = row as Record<string, unknown>;
  const str = (key: string): string => {
    const v = r[key];
    if (typeof v !== 'string' || v === '') throw new Error(`"${key}" must be a non-empty string`);
    return v;
  };
  const id = str('id');
  const marked = str('marked');
  const label = str('label');
  if (!LABELS.has(label)) throw new Error(`"label" must be "apology" or "not_apology", not ${JSON.stringify(label)}`);
  const isApology = label === 'apology';
  const weight = r.weight ?? null;
  if (isApology && (typeof weight !== 'string' || !WEIGHTS.has(weight))) throw new Error('an apology needs "weight": "light" or "serious"');
  if (!isApology && weight !== null) throw new Error('a not_apology has "weight": null');
  const channel = str('channel');
  if (!CHANNELS.has(channel)) throw new Error(`"channel" must be email, chat or speech, not ${JSON.stringify(channel)}`);
  const pair = r.pair ?? null;
  if (pair !== null && typeof pair !== 'string') throw new Error('"pair" must be an id or null');
  let parsed: { text: string; spans: MarkedSpan[] };
  try {
    parsed = parseMarked(marked);
  } catch (error) {
    throw new Error(`markup: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (!isApology && parsed.spans.length > 0) throw new Error('a not_apology carries no spans');
  return {
    id,
    where,
    text: parsed.text,
    spans: parsed.spans,
    isApology,
    weight: isApology ? (weight as 'light' | 'serious') : null,
    channel,
    category: str('category'),
    pair,
    author: str('author'),
  };
}

/** Reads every *.jsonl file of `dir` in name order; malformed lines are reported, not guessed at. */
export function readCorpus(dir: string = CORPUS_DIR): { messages: CorpusMessage[]; problems: CorpusProblem[] } {
  const messages: CorpusMessage[] = [];
  const problems: CorpusProblem[] = [];
  const seen = new Map<string, string>();
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  } catch {
    throw new Error(`corpus folder ${dir} cannot be read`);
  }
  for (const file of files) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const where = `${relative(process.cwd(), join(dir, file))}:${i + 1}`;
      try {
        const message = parseLine(line, where);
        const earlier = seen.get(message.id);
        if (earlier) throw new Error(`id ${message.id} is used already at ${earlier}`);
        seen.set(message.id, where);
        messages.push(message);
      } catch (error) {
        problems.push({ where, problem: error instanceof Error ? error.message : String(error) });
      }
    });
  }
  return { messages, problems };
}

/** Reads a message as the analysis does and gives each of its sentences the kinds of the spans on it. */
export function toExample(message: CorpusMessage): { example: MessageExample; warnings: string[] } {
  const reading = readMessage(message.text);
  const warnings: string[] = [];
  const sentences: SentenceExample[] = reading.sentences.map((_, index) => ({ index, kinds: new Set<MarkKind>() }));
  const components = new Set<Component>();
  const deflections = new Set<DeflectionKind>();
  for (const span of withImpliedSpans(message.text, message.spans)) {
    if (span.end <= reading.ownStart || span.start >= reading.ownEnd) {
      warnings.push(`${message.where}: span ${span.kind} ${JSON.stringify(message.text.slice(span.start, span.end))} lies outside the writer's own text`);
      continue;
    }
    if (isDeflectionMark(span.kind)) deflections.add(span.kind.slice(2) as DeflectionKind);
    else components.add(span.kind);
    let hit = false;
    for (const [i, s] of reading.sentences.entries()) {
      if (s.start < span.end && span.start < s.end) {
        sentences[i]!.kinds.add(span.kind);
        hit = true;
      }
    }
    if (!hit) warnings.push(`${message.where}: span ${span.kind} covers no word`);
  }
  return {
    example: {
      message,
      reading,
      sentences,
      components: COMPONENTS.filter((c) => components.has(c)),
      deflections: DEFLECTION_KINDS.filter((d) => deflections.has(d)),
    },
    warnings,
  };
}

export function buildCorpus(dir: string = CORPUS_DIR): { examples: MessageExample[]; problems: CorpusProblem[]; warnings: string[] } {
  const { messages, problems } = readCorpus(dir);
  const warnings: string[] = [];
  const examples = messages.map((m) => {
    const built = toExample(m);
    warnings.push(...built.warnings);
    return built.example;
  });
  return { examples, problems, warnings };
}

function main(): void {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? CORPUS_DIR;
  const { examples, problems, warnings } = buildCorpus(dir);
  const apologies = examples.filter((e) => e.message.isApology);
  const count = (pick: (e: MessageExample) => readonly string[]): string => {
    const n = new Map<string, number>();
    for (const e of apologies) for (const k of pick(e)) n.set(k, (n.get(k) ?? 0) + 1);
    return [...n.entries()].map(([k, v]) => `${k} ${v}`).join(', ');
  };
  console.log(`${examples.length} messages (${apologies.length} apologies), ${examples.reduce((n, e) => n + e.sentences.length, 0)} sentences`);
  console.log(`components: ${count((e) => e.components)}`);
  console.log(`deflections: ${count((e) => e.deflections)}`);
  console.log(`weight: ${count((e) => [e.message.weight ?? ''])}`);
  for (const w of warnings) console.log(`warning ${w}`);
  for (const p of problems) console.error(`${p.where}: ${p.problem}`);
  if (problems.length > 0) {
    console.error(`${problems.length} malformed line(s) left out`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
