/**
 * Reading within one sentence: the helpers every rule shares (which token is where, is it a word,
 * is it negation, where does the clause end, is it inside a quotation). A rule never looks past its
 * sentence: a reader answers '' for any token outside it.
 */
import { BE, CLAUSE_FIRST, FILLERS, FIRST_PERSON, INTENSIFIERS, NEGATORS, QUOTE_FOLLOWERS, QUOTE_INTRODUCERS } from './lexicon';
import type { Context } from './reading';
import type { Sentence } from './text';

/** Words start with a letter or digit; everything else is punctuation. */
export const isWord = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
};

/** The one negation test: a negator ("not", "never", "no", "can't") or any contraction in n't ("didn't"). */
export const isNegation = (t: string): boolean => NEGATORS.has(t) || t.endsWith("n't");

const CLAUSE_BREAKS = new Set([',', '-', '(', ')', ':']);

/**
 * A cursor over the sentences of a message. `at(si)` moves it to a sentence; every other method reads
 * only inside that sentence. One reader serves a whole message, so no closure is built per sentence.
 */
export class SentenceReader {
  readonly ctx: Context;
  /** Index of the current sentence. */
  si = 0;
  /** The current sentence. */
  s: Sentence;

  constructor(ctx: Context) {
    this.ctx = ctx;
    this.s = ctx.sentences[0]!;
  }

  at(si: number): this {
    this.si = si;
    this.s = this.ctx.sentences[si]!;
    return this;
  }

  /** The text of token `i`, or '' when it lies outside the sentence. */
  tok(i: number): string {
    return i >= this.s.first && i < this.s.last ? this.ctx.tokens[i]!.text : '';
  }

  /** The sentence's text from token `i` on, at most 160 characters (for an anchored pattern). */
  rest(i: number): string {
    const { s, ctx } = this;
    return i < s.last ? ctx.norm.slice(ctx.tokens[i]!.start, Math.min(s.end, ctx.tokens[i]!.start + 160)) : '';
  }

  /** The first word at or after token `i`, skipping punctuation, at most 6 tokens on (s.last if none). */
  nextWord(i: number): number {
    const stop = Math.min(this.s.last, i + 6);
    while (i < stop && !isWord(this.ctx.tokens[i]!.text)) i++;
    return i;
  }

  /** End offset of the clause that starts at token `i`: before the next comma, dash or bracket, at most 25 tokens on. */
  clauseEnd(i: number): number {
    const { tokens } = this.ctx;
    let j = i;
    while (j + 1 < Math.min(this.s.last, i + 25) && !CLAUSE_BREAKS.has(tokens[j + 1]!.text)) j++;
    return tokens[j]!.end;
  }

  /**
   * End offset of a deflecting frame that starts at token `i` ("if I upset you", "you feel that way"): its clause,
   * and never past a "but", which starts a clause of its own ("sorry if I upset you but I was tired").
   */
  frameEnd(i: number): number {
    const { tokens } = this.ctx;
    let j = i;
    while (j + 1 < Math.min(this.s.last, i + 25) && !CLAUSE_BREAKS.has(tokens[j + 1]!.text) && tokens[j + 1]!.text !== 'but') j++;
    return tokens[j]!.end;
  }

  /** Only interjections, pronouns, "be" and softeners come before token `k` ("oh well I'm so …"). */
  onlyFillersBefore(k: number): boolean {
    const { s } = this;
    if (k - s.first > 8) return false;
    for (let i = s.first; i < k; i++) {
      const t = this.ctx.tokens[i]!.text;
      if (isWord(t) && !FILLERS.has(t) && !FIRST_PERSON.has(t) && !BE.has(t) && !INTENSIFIERS.has(t)) return false;
    }
    return true;
  }

  /**
   * Nothing but interjections ("oh", "please", "ok") and "excuse me" come before token `k`: the word at `k` opens
   * its sentence as a request or an exclamation ("please excuse the mess", "excuse me, sorry, is anyone…").
   */
  onlyInterjectionsBefore(k: number): boolean {
    for (let i = this.s.first; i < k; i++) {
      const t = this.ctx.tokens[i]!.text;
      if (!isWord(t) || FILLERS.has(t)) continue;
      const excuseMe = (t === 'excuse' || t === 'pardon') && this.tok(i + 1) === 'me';
      if (excuseMe) i++;
      else return false;
    }
    return true;
  }

  /** "I", "we", "my" or "our" within 12 tokens from `from`: the writer is in the clause. */
  firstPersonLater(from: number): boolean {
    for (let i = from; i < Math.min(this.s.last, from + 12); i++) if (CLAUSE_FIRST.has(this.ctx.tokens[i]!.text)) return true;
    return false;
  }

  /** Token `k` was written with a capital letter. */
  isCapital(k: number): boolean {
    const { ctx } = this;
    const at = ctx.tokens[k]!.start;
    return ctx.norm.charCodeAt(at) !== ctx.original.charCodeAt(at);
  }

  /** Token `k` sits inside quotation marks that report or mention words: `said "sorry"`, `"my bad" sounds odd`. */
  inReportedQuote(k: number): boolean {
    const { tokens } = this.ctx;
    const s = this.s;
    let open = -1;
    let count = 0;
    // Quotes are short: looking 60 tokens either way keeps this linear in huge unpunctuated input.
    for (let i = Math.max(s.first, k - 60); i < k; i++) {
      const t = tokens[i]!.text;
      if (t === '"' || (t === "'" && (!isWord(this.tok(i - 1)) || tokens[i - 1]!.end < tokens[i]!.start))) {
        count++;
        open = i;
      }
    }
    if (count % 2 === 0) return false;
    if (QUOTE_INTRODUCERS.has(this.tok(open - 1)) || QUOTE_INTRODUCERS.has(this.tok(open - 2)) || QUOTE_INTRODUCERS.has(this.tok(open - 3))) return true;
    for (let i = k + 1; i < Math.min(s.last, k + 60); i++) {
      const t = tokens[i]!.text;
      if (t === '"' || t === "'") return QUOTE_FOLLOWERS.has(this.tok(i + 1));
    }
    return false;
  }
}

/** Index of the first token that starts at or after `offset`. */
export function tokenAt(ctx: Context, offset: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence holding `offset`, or -1. */
export function sentenceAt(ctx: Context, offset: number): number {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
