import { ASCII_UPPER, CURLY_DOUBLE_QUOTES, CURLY_SINGLE_QUOTES, LONG_DASHES } from './reading-patterns';

/** A word or punctuation mark of the normalised text, with its offsets (same as the input's). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** A sentence as a half-open token range [first, last) plus its character range. */
export interface Sentence {
  first: number;
  last: number;
  start: number;
  end: number;
  /** The sentence ends with a question mark. */
  question: boolean;
}

/**
 * Lower-cases and straightens quotes and dashes without changing the length, so every offset
 * found in the normalised text is also an offset into the input.
 */
export function normalize(text: string): string {
  let lower = text.toLowerCase();
  // A few characters lower-case to two code units (İ → i̇); keep offsets by lower-casing ASCII only then.
  if (lower.length !== text.length) lower = text.replace(ASCII_UPPER, (c) => c.toLowerCase());
  return lower.replace(CURLY_SINGLE_QUOTES, "'").replace(CURLY_DOUBLE_QUOTES, '"').replace(LONG_DASHES, '-');
}

/**
 * Calls `found` with each match of a global pattern. `matchAll` would clone the pattern on every
 * call, which costs more than the match itself here; `lastIndex` is reset before and after, so the
 * shared pattern carries no state between calls.
 */
export function eachMatch(re: RegExp, text: string, found: (index: number, match: string) => void): void {
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      found(m.index, m[0]);
    }
  } finally {
    re.lastIndex = 0;
  }
}

/** a-z or 0-9 (the normalised text has no upper-case ASCII). */
const isAlphanumeric = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const APOSTROPHE = 39;
const HYPHEN = 45;
const ELLIPSIS = 0x2026;
/** The punctuation the rules look at: ? ! . , ; : " ' ( ) newline … - (a table by code: a Set lookup costs more per character). */
const PUNCTUATION = new Uint8Array(128);
for (const c of [63, 33, 46, 44, 59, 58, 34, APOSTROPHE, 40, 41, 10, HYPHEN]) PUNCTUATION[c] = 1;
const isPunctuation = (c: number): boolean => (c < 128 ? PUNCTUATION[c] === 1 : c === ELLIPSIS);

/**
 * The tokens of norm[from, to): words (letters and digits, with inner apostrophes or hyphens: "don't",
 * "re-sent") and single punctuation marks; everything else separates them. A scan by character code:
 * one pass, no pattern, no match objects.
 */
export function tokenize(norm: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = norm.charCodeAt(i);
    if (isAlphanumeric(c)) {
      let j = i + 1;
      for (;;) {
        while (j < to && isAlphanumeric(norm.charCodeAt(j))) j++;
        const joiner = j + 1 < to ? norm.charCodeAt(j) : -1;
        if ((joiner === APOSTROPHE || joiner === HYPHEN) && isAlphanumeric(norm.charCodeAt(j + 1))) j += 2;
        else break;
      }
      tokens.push({ text: norm.slice(i, j), start: i, end: j });
      i = j;
    } else {
      if (isPunctuation(c)) tokens.push({ text: norm[i]!, start: i, end: i + 1 });
      i++;
    }
  }
  return tokens;
}

/** Marks that end a sentence: . ! ? ; newline … (by code: tested on every token). */
const isBoundary = (t: string): boolean => {
  if (t.length !== 1) return false;
  const c = t.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === ELLIPSIS;
};
// A full stop after these is part of an abbreviation, not the end of a sentence.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'vs', 'etc', 'e', 'i', 'g']);

export function splitSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number, question: boolean): void => {
    let end = last;
    while (end > first && isBoundary(tokens[end - 1]!.text)) end--;
    if (end > first) {
      sentences.push({ first, last: end, start: tokens[first]!.start, end: tokens[end - 1]!.end, question });
    }
    first = last;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (!isBoundary(t)) continue;
    if (t === '.' && i > 0 && ABBREVIATIONS.has(tokens[i - 1]!.text) && tokens[i - 1]!.end === tokens[i]!.start) continue;
    // Runs of marks ("?!", "...") end one sentence.
    let j = i;
    let question = false;
    while (j < tokens.length && isBoundary(tokens[j]!.text)) {
      if (tokens[j]!.text === '?') question = true;
      j++;
    }
    close(j, question);
    i = j - 1;
  }
  close(tokens.length, false);
  return sentences;
}
