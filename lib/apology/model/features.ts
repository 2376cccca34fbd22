/**
 * What the trained model sees. The same code featurises the corpus for training and the user's text
 * at run time, so the two can never drift apart. Features are hashed ids (no vocabulary to ship):
 * word unigrams and bigrams, each word's first and last character 4-grams ("^sor", "rry$": stems and
 * endings, robust to typos and inflection), the neighbouring sentences' words,
 * and the rules' own signals (an apology anchor here or next door, the components and deflections the
 * rules see, subject person, negation, questions, agentless passive, quotes, title case).
 */
import { BE, FILLERS, FIRST_PERSON, SECOND_PERSON, THIRD_PERSON } from '../lexicon';
import type { Reading } from '../reading';
import type { RuleFindings } from '../rules';
import { isNegation, isWord } from '../sentence-reader';
import type { Token } from '../text';
import { hashString, mix } from './hash';
import type { MergedRow } from './score-sentences';

const ns = (name: string): number => hashString(name);
const WORD = ns('w');
const BIGRAM = ns('b');
const CHAR = ns('c');
const PREV = ns('p');
const NEXT = ns('n');
const MSG_WORD = ns('mw');
const MSG_BIGRAM = ns('mb');
const ANCHOR = ns('a');
const MSG_ANCHOR = ns('ma');
const EDGE = hashString('<s>');

/** Which rule found an apology, by its words ("sorry", "apologies", "my mistake", "i owe you"): some are surer than others. */
function anchorText(reading: Reading, start: number, end: number): number {
  // Its first three words: the text before the third space (what split(' ', 3).join(' ') gives, without the arrays).
  const text = reading.norm.slice(start, Math.min(end, start + 40));
  let cut = -1;
  for (let n = 0; n < 3; n++) {
    cut = text.indexOf(' ', cut + 1);
    if (cut < 0) break;
  }
  return hashString(cut < 0 ? text : text.slice(0, cut));
}
const signal = (name: string): number => mix(ns('signal'), hashString(name));

const S = Object.fromEntries(
  [
    'anchor', 'anchor:prev', 'anchor:next', 'anchor:regret', 'anchor:owns', 'anchor:forgiveness', 'anchor:bare', 'window',
    'rules:apology', 'rules:none', 'subj:1', 'subj:2', 'subj:3', 'subj:other', 'neg', 'q', 'q:next', 'q:prev', 'passive',
    'quote', 'title', 'pos:first', 'pos:last', 'pos:only', 'we', 'i', 'you', 'len:1', 'len:2', 'len:3', 'len:4',
    'm:rules:apology', 'm:rules:light', 'm:rules:serious', 'm:rules:deflects', 'm:anchors:1', 'm:anchors:2', 'm:anchors:3',
    'm:sentences:1', 'm:sentences:2', 'm:sentences:3', 'm:sentences:4', 'm:bare-only', 'm:vetoed',
  ].map((name) => [name, signal(name)]),
) as Record<string, number>;
/** The signal of a kind ("rule:" + "harm"), made once: by prefix, then kind, so no name is built to look it up. */
const kindSignals = new Map<string, Map<string, number>>();
const signalFor = (prefix: string, kind: string): number => {
  let byKind = kindSignals.get(prefix);
  if (byKind === undefined) kindSignals.set(prefix, (byKind = new Map()));
  let id = byKind.get(kind);
  if (id === undefined) byKind.set(kind, (id = signal(prefix + kind)));
  return id;
};

/** What the features need of one distinct token text, computed once per message however often it occurs. */
export interface TokenInfo {
  hash: number;
  word: boolean;
  /** Feature ids: the word, its first and last character 4-grams, the word seen from the next and the previous sentence. */
  wordId: number;
  head: number;
  tail: number;
  asPrev: number;
  asNext: number;
  neg: boolean;
  we: boolean;
  i: boolean;
  you: boolean;
  aux: boolean;
  /** Ends in -ed / -en: may be a participle. */
  ed: boolean;
  en: boolean;
  sorr: boolean;
  /** Kept by the sentence scorer (score-sentences.ts): this word's weights for the heads scored, merged once for a model and heads. */
  scored?: { model: object; heads: string; word: MergedRow; prev: MergedRow; next: MergedRow };
}

// A token's description depends on its text alone, so it is kept across messages: a message is analysed again
// on every keystroke, with the same words. Bounded: past this many distinct words the store starts afresh.
const MAX_DESCRIBED = 5_000;
const described = new Map<string, TokenInfo>();
function descriptionOf(t: string): TokenInfo {
  let info = described.get(t);
  if (info === undefined) {
    if (described.size >= MAX_DESCRIBED) described.clear();
    described.set(t, (info = describe(t)));
  }
  return info;
}

/** The description of each token of a message, by index, looked up on first use and shared by every feature function. */
class TokenInfos {
  private readonly byIndex: Array<TokenInfo | undefined>;
  constructor(readonly tokens: readonly Token[]) {
    this.byIndex = new Array<TokenInfo | undefined>(tokens.length);
  }
  at(k: number): TokenInfo {
    return (this.byIndex[k] ??= descriptionOf(this.tokens[k]!.text));
  }
}

// The message's and the sentences' features read the same tokens. Only the latest message's are kept: a WeakMap's
// entries outlived the young generation and made every analysis's garbage survive to old space.
let latest: TokenInfos | undefined;
function infosOf(tokens: readonly Token[]): TokenInfos {
  if (latest?.tokens !== tokens) latest = new TokenInfos(tokens);
  return latest;
}

function describe(t: string): TokenInfo {
  const hash = hashString(t);
  const word = isWord(t);
  const padded = `^${t}$`;
  const we = t === 'we' || t === 'our' || t === 'us';
  return {
    hash,
    word,
    wordId: mix(WORD, hash),
    head: mix(CHAR, hashString(padded.slice(0, 4))),
    tail: mix(CHAR, hashString(padded.slice(-4))),
    asPrev: mix(PREV, hash),
    asNext: mix(NEXT, hash),
    neg: isNegation(t),
    we,
    i: !we && (FIRST_PERSON.has(t) || t === 'my'),
    you: SECOND_PERSON.has(t) || t === 'your',
    aux: PASSIVE_AUX.has(t),
    ed: t.endsWith('ed'),
    en: t.endsWith('en'),
    sorr: t.startsWith('sorr'),
    scored: undefined,
  };
}

const lengthBucket = (n: number): string => (n <= 3 ? 'len:1' : n <= 8 ? 'len:2' : n <= 15 ? 'len:3' : 'len:4');
const PASSIVE_AUX = new Set([...BE, 'got', 'get', 'gets', 'getting']);
// Very long sentences (unpunctuated chat, pasted logs) are read up to here; enough for any clause.
const MAX_SENTENCE_TOKENS = 120;

function personOf(reading: Reading, first: number, last: number): string {
  for (let i = first; i < Math.min(last, first + 6); i++) {
    const t = reading.tokens[i]!.text;
    if (!isWord(t) || FILLERS.has(t)) continue;
    if (FIRST_PERSON.has(t) || t === 'my' || t === 'our') return 'subj:1';
    if (SECOND_PERSON.has(t) || t === 'your') return 'subj:2';
    if (THIRD_PERSON.has(t)) return 'subj:3';
    return 'subj:other';
  }
  return 'subj:other';
}

/**
 * Receives the features of each sentence in the order the walk finds them. A word brings three ids (itself and
 * its first and last character 4-grams), a neighbouring sentence's word one; they come as the word's description
 * so that a sink may handle a word that recurs once, not each time.
 */
export interface SentenceSink {
  id(si: number, id: number): void;
  word(si: number, word: TokenInfo): void;
  prevWord(si: number, word: TokenInfo): void;
  nextWord(si: number, word: TokenInfo): void;
}

/** Walks the writer's own text sentence by sentence and hands every feature to `sink`. */
export function walkSentences(reading: Reading, rules: RuleFindings, sink: SentenceSink): void {
  const { tokens, sentences } = reading;
  const infos = infosOf(tokens);
  const anchorIn = new Array<boolean>(sentences.length).fill(false);
  for (const a of rules.anchors) {
    anchorIn[a.sentence] = true;
    const si = a.sentence;
    if (a.regret) sink.id(si, S['anchor:regret']!);
    if (a.owns) sink.id(si, S['anchor:owns']!);
    if (a.forgiveness) sink.id(si, S['anchor:forgiveness']!);
    if (a.bare) sink.id(si, S['anchor:bare']!);
    for (const [frame] of a.frames ?? []) sink.id(si, signalFor('frame:', frame));
    sink.id(si, mix(ANCHOR, anchorText(reading, a.start, a.end)));
  }
  const overlapping = (start: number, end: number, add: (i: number) => void): void => {
    // Sentences are sorted and disjoint: a binary search finds the first one that may overlap.
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sentences.length && sentences[i]!.start < end; i++) add(i);
  };
  for (const span of rules.componentSpans) {
    const id = signalFor('rule:', span.kind);
    overlapping(span.start, span.end, (i) => sink.id(i, id));
  }
  for (const d of rules.deflections) {
    const id = signalFor('rule:d:', d.kind);
    overlapping(d.start, d.end, (i) => sink.id(i, id));
  }
  for (const [start, end] of rules.window) overlapping(start, end, (i) => sink.id(i, S.window!));
  const ruleApology = rules.anchors.length > 0 ? S['rules:apology']! : S['rules:none']!;

  // Each sentence's tokens as read (at most MAX_SENTENCE_TOKENS), described once and shared with its neighbours.
  const read = (si: number): TokenInfo[] => {
    const s = sentences[si];
    if (!s) return [];
    const list: TokenInfo[] = [];
    for (let k = s.first; k < Math.min(s.last, s.first + MAX_SENTENCE_TOKENS); k++) list.push(infos.at(k));
    return list;
  };
  let prevRead: TokenInfo[] = [];
  let here = read(0);
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const nextRead = read(si + 1);
    sink.id(si, ruleApology);
    if (anchorIn[si]) sink.id(si, S.anchor!);
    if (anchorIn[si - 1]) sink.id(si, S['anchor:prev']!);
    if (anchorIn[si + 1]) sink.id(si, S['anchor:next']!);
    let prev = EDGE;
    let neg = false;
    let passive = false;
    let by = false;
    let quote = false;
    let title = false;
    let person1 = false;
    let we = false;
    let you = false;
    let count = 0;
    const n = here.length;
    for (let x = 0; x < n; x++) {
      const info = here[x]!;
      const t = tokens[s.first + x]!.text;
      if (t === '\n') continue;
      if (t === '"') quote = true;
      sink.id(si, mix(BIGRAM, mix(prev, info.hash)));
      prev = info.hash;
      if (!info.word) continue;
      count++;
      sink.word(si, info);
      if (info.neg) neg = true;
      if (info.we) we = true;
      else if (info.i) person1 = true;
      if (info.you) you = true;
      if (t === 'by') by = true;
      // A participle right after the auxiliary, or after one adverb: "was lost", "got accidentally deleted".
      if (info.aux && x + 1 < n) {
        const next = here[x + 1]!;
        if (next.ed || next.en || (x + 2 < n && here[x + 2]!.ed)) passive = true;
      }
      if (x > 0 && info.sorr && reading.original.charCodeAt(tokens[s.first + x]!.start) !== reading.norm.charCodeAt(tokens[s.first + x]!.start)) title = true;
    }
    sink.id(si, mix(BIGRAM, mix(prev, EDGE)));
    for (const w of prevRead) if (w.word) sink.prevWord(si, w);
    for (const w of nextRead) if (w.word) sink.nextWord(si, w);
    sink.id(si, S[personOf(reading, s.first, s.last)]!);
    sink.id(si, S[lengthBucket(count)]!);
    if (neg) sink.id(si, S.neg!);
    if (passive && !by) sink.id(si, S.passive!);
    if (quote) sink.id(si, S.quote!);
    if (title) sink.id(si, S.title!);
    if (person1) sink.id(si, S.i!);
    if (we) sink.id(si, S.we!);
    if (you) sink.id(si, S.you!);
    if (s.question) sink.id(si, S.q!);
    if (sentences[si + 1]?.question) sink.id(si, S['q:next']!);
    if (sentences[si - 1]?.question) sink.id(si, S['q:prev']!);
    if (sentences.length === 1) sink.id(si, S['pos:only']!);
    else if (si === 0) sink.id(si, S['pos:first']!);
    else if (si === sentences.length - 1) sink.id(si, S['pos:last']!);
    prevRead = here;
    here = nextRead;
  }
}

/** Feature ids of each sentence of the writer's own text (ids may repeat: counts, not sets). */
export function sentenceFeatures(reading: Reading, rules: RuleFindings): number[][] {
  const perSentence = reading.sentences.map(() => [] as number[]);
  walkSentences(reading, rules, {
    id: (si, id) => perSentence[si]!.push(id),
    word: (si, w) => perSentence[si]!.push(w.wordId, w.head, w.tail),
    prevWord: (si, w) => perSentence[si]!.push(w.asPrev),
    nextWord: (si, w) => perSentence[si]!.push(w.asNext),
  });
  return perSentence;
}

/** Feature ids of the message as a whole (for the apology act and its weight), each once, as a list (for training). */
export function messageFeatures(reading: Reading, rules: RuleFindings, maxTokens = 4000): number[] {
  const f: number[] = [];
  eachMessageFeature(reading, rules, (id) => f.push(id), maxTokens);
  return f;
}

const seenInMessage = new Set<number>();

/**
 * Hands each feature id of the message as a whole to `add`, once, in messageFeatures()'s order; no list is made.
 * Once, however often it fires: in a long email, words repeated in its body would otherwise outweigh the one
 * sentence that apologises (the corpus's messages are short, so counts taught nothing a set does not).
 */
export function eachMessageFeature(reading: Reading, rules: RuleFindings, add: (id: number) => void, maxTokens = 4000): void {
  seenInMessage.clear();
  const addFirst = (id: number): void => {
    if (seenInMessage.has(id)) return;
    seenInMessage.add(id);
    add(id);
  };
  const { tokens } = reading;
  const infos = infosOf(tokens);
  let prev = EDGE;
  for (let k = 0; k < Math.min(tokens.length, maxTokens); k++) {
    const t = tokens[k]!.text;
    if (t === '\n') continue;
    const info = infos.at(k);
    addFirst(mix(MSG_BIGRAM, mix(prev, info.hash)));
    prev = info.hash;
    if (info.word) addFirst(mix(MSG_WORD, info.hash));
  }
  const n = rules.anchors.length;
  if (n > 0) {
    addFirst(S['m:rules:apology']!);
    addFirst(S[rules.weight === 'light' ? 'm:rules:light' : 'm:rules:serious']!);
    addFirst(S[n === 1 ? 'm:anchors:1' : n <= 3 ? 'm:anchors:2' : 'm:anchors:3']!);
    if (rules.anchors.every((a) => a.bare)) addFirst(S['m:bare-only']!);
    if (rules.deflections.length > 0) addFirst(S['m:rules:deflects']!);
    for (const c of rules.components) addFirst(signalFor('m:rule:', c));
    for (const d of rules.deflections) addFirst(signalFor('m:rule:d:', d.kind));
    for (const a of rules.anchors) {
      for (const [frame] of a.frames ?? []) addFirst(signalFor('m:frame:', frame));
      addFirst(mix(MSG_ANCHOR, anchorText(reading, a.start, a.end)));
    }
  }
  if (rules.vetoed) addFirst(S['m:vetoed']!);
  const sn = reading.sentences.length;
  addFirst(S[sn <= 1 ? 'm:sentences:1' : sn <= 3 ? 'm:sentences:2' : sn <= 8 ? 'm:sentences:3' : 'm:sentences:4']!);
}
