import {
  APOLOGY_ADJECTIVES,
  BE,
  CLAUSE_FIRST,
  CONDITIONAL_WORDS,
  DESIRE_VERBS,
  DETERMINERS,
  FEELING_WORDS,
  FEEL_VERBS,
  FILLERS,
  FIRST_PERSON,
  INTENSIFIERS,
  INTERROGATIVES,
  MISFORTUNE,
  NEGATORS,
  NOT_CORRECTION_NEXT,
  OBJECT_PRONOUNS,
  OFFER_VERBS,
  PARDON_WORDS,
  QUOTE_FOLLOWERS,
  QUOTE_INTRODUCERS,
  SECOND_PERSON,
  SPEECH_VERBS,
  THIRD_PERSON,
  TITLE_CONTEXT,
  TO_SYMPATHY,
  WOULD,
  YOUR_IMPOSITION,
} from './lexicon';
import {
  ADMITTED_ACT,
  APOLOGY_WORD,
  BUT_AFTER_APOLOGY,
  FORGIVE_RITUAL_OBJECT,
  HEDGE_AFTER_FORGIVE,
  HEDGE_AFTER_IF,
  MESSED_UP,
  NUMBER_WORD,
  ON_ME,
  OWN_FAULT,
  SHOULD_HAVE,
  SORRY_WORD,
  SYMPATHY_CONTEXT,
} from './patterns';
import type { Sentence, Token } from './text';

/** How an apology is framed when the frame itself undercuts it. */
export type Frame = 'conditional' | 'feelings' | 'but';

/** One place where the writer apologises. */
export interface Anchor {
  sentence: number;
  start: number;
  end: number;
  /** Expresses remorse (sorry, apologise, regret, feel bad), not only ownership. */
  regret: boolean;
  /** The writer names themself as the doer ("sorry I …", "sorry for missing …", "my fault"). */
  owns: boolean;
  /** Asks to be forgiven or pardoned. */
  forgiveness: boolean;
  /** A bare "sorry" with no object. */
  bare: boolean;
  /**
   * An explicit apology: an apology word with its object or frame ("sorry to bother you", "pardon the
   * interruption"), or an owning phrase ("my mistake", "I owe you an apology"). The model does not overrule these.
   */
  explicit?: boolean;
  /** Deflecting frames and where they sit ("if …", "you feel …", "but you …"). */
  frames?: Array<[Frame, number, number]>;
}

export interface Context {
  original: string;
  norm: string;
  tokens: Token[];
  sentences: Sentence[];
  ownStart: number;
  ownEnd: number;
}

/** Words start with a letter or digit; everything else is punctuation. */
export const isWord = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
};
const NOT_IDIOM_NEXT = new Set(['for', 'about', 'to', 'that', 'if', 'but', 'not']);
const HAVE = new Set(['have', 'had', "'ve"]);
// Words in -ing that are not verbs: "sorry for everything" names no act of the writer's.
const ING_NOUNS = new Set(['everything', 'anything', 'nothing', 'something', 'thing', 'morning', 'evening', 'wedding', 'meeting', 'feeling', 'during']);
const isGerund = (w: string): boolean => w.length > 4 && w.endsWith('ing') && !ING_NOUNS.has(w);
const VAGUE_OBJECTS = new Set(['whatever', 'anything', 'everything', 'all']);
const CLAUSE_BREAKS = new Set([',', '-', '(', ')', ':']);
const SETTLED = new Set(['needed', 'necessary', 'required', 'accepted']);
const MODALS = new Set(['should', 'must', 'do', 'did', 'can', 'could', 'would', 'shall']);
// "a sorry state", "sorry excuse": fixed phrases where sorry means poor.
const SORRY_IDIOMS = new Set(['state', 'excuse', 'sight', 'lot', 'affair']);
const TIME_UNITS = new Set(['second', 'sec', 'minute', 'min', 'moment']);

/** Token `k` sits inside quotation marks that report or mention words: `said "sorry"`, `"my bad" sounds odd`. */
export function inReportedQuote(ctx: Context, s: Sentence, k: number): boolean {
  const { tokens } = ctx;
  const text = (i: number): string => (i >= s.first && i < s.last ? tokens[i]!.text : '');
  let open = -1;
  let count = 0;
  // Quotes are short: looking 60 tokens either way keeps this linear in huge unpunctuated input.
  for (let i = Math.max(s.first, k - 60); i < k; i++) {
    const t = tokens[i]!.text;
    if (t === '"' || (t === "'" && (!isWord(text(i - 1)) || tokens[i - 1]!.end < tokens[i]!.start))) {
      count++;
      open = i;
    }
  }
  if (count % 2 === 0) return false;
  if ([1, 2, 3].some((d) => QUOTE_INTRODUCERS.has(text(open - d)))) return true;
  for (let i = k + 1; i < Math.min(s.last, k + 60); i++) {
    const t = tokens[i]!.text;
    if (t === '"' || t === "'") return QUOTE_FOLLOWERS.has(text(i + 1));
  }
  return false;
}

/** Finds every first-person apology built on an apology word (sorry, apologise, forgive, pardon, excuse). */
/** Finds every first-person apology built on an apology word (sorry, apologise, forgive, pardon, excuse). */
export function findWordApologies(ctx: Context): Anchor[] {
  const anchors: Anchor[] = [];
  const { tokens, sentences } = ctx;
  const own = ctx.norm.slice(ctx.ownStart, ctx.ownEnd);
  let sympathy: boolean | undefined;
  let owned: boolean | undefined;
  /** The message consoles someone ("heard about", "your loss"): a bare "so sorry" is sympathy. */
  const sympathyContext = (): boolean => (sympathy ??= own.search(SYMPATHY_CONTEXT) >= 0);
  /** The writer owns some act, so a bare "sorry" is still theirs even among condolences. */
  const ownsSomething = (): boolean => (owned ??= [OWN_FAULT, ON_ME, SHOULD_HAVE, ADMITTED_ACT, MESSED_UP].some((re) => own.search(re) >= 0));
  // The helpers below read the current sentence; they are made once per message, not per sentence.
  let si = 0;
  let s = sentences[0]!;
  for (; si < sentences.length; si++) {
    s = sentences[si]!;
    for (let k = s.first; k < s.last; k++) {
      const t = tokens[k]!.text;
      const first = t.charCodeAt(0);
      // Most words start with other letters: skip them before any pattern runs.
      if (first !== 115 && first !== 97 && first !== 102 && first !== 112 && first !== 101) continue;
      let anchor: Anchor | null = null;
      if (first === 115 && SORRY_WORD.test(t)) anchor = sorry(k);
      else if (first === 97 && t.startsWith('apolog') && APOLOGY_WORD.test(t)) anchor = apologise(k);
      else if (t === 'forgive') anchor = forgive(k);
      else if (t === 'pardon') anchor = pardon(k);
      else if (t === 'excuse') anchor = excuse(k);
      if (anchor && !quoted(k)) anchors.push(anchor);
    }
  }
  return anchors;

  function tok(i: number): string {
    return i >= s.first && i < s.last ? tokens[i]!.text : '';
  }

  function rest(i: number): string {
    return i < s.last ? ctx.norm.slice(tokens[i]!.start, Math.min(s.end, tokens[i]!.start + 160)) : '';
  }

  /** "pardon the interruption", "forgive me": asks to be excused rather than saying sorry. */
  function ritual(k: number): Anchor {
    return make(k, { regret: false, forgiveness: true });
  }

  function make(k: number, fields: Partial<Anchor>): Anchor {
    const tk = tokens[k]!;
    return { sentence: si, start: tk.start, end: tk.end, regret: true, owns: false, forgiveness: false, bare: false, ...fields };
  }

  /** Inside quotation marks introduced by a reporting word: someone else's words, or a mention. */
  function quoted(k: number): boolean {
    return inReportedQuote(ctx, s, k);
  }

  /** Walks left over intensifiers, negation and "be": who is sorry, and is it denied? */
  function subjectOf(k: number): { j: number; neg: boolean; be: boolean } {
    let j = k - 1;
    let neg = false;
    let be = false;
    while (j >= s.first && k - j <= 7) {
      const t = tokens[j]!.text;
      if (NEGATORS.has(t) || t.endsWith("n't")) neg = true;
      else if (BE.has(t)) be = true;
      else if (!INTENSIFIERS.has(t)) break;
      j--;
    }
    return { j, neg, be };
  }

  /** "he said sorry", "told her I was sorry" are reports; "I want to say sorry", "I said I'm sorry" are not. */
  function reported(j: number): boolean {
    let v = -1;
    for (let i = j; i >= Math.max(s.first, j - 3); i--) {
      if (SPEECH_VERBS.has(tokens[i]!.text)) {
        v = i;
        break;
      }
    }
    if (v < 0) return false;
    const verb = tok(v);
    const before = [tok(v - 1), tok(v - 2), tok(v - 3), tok(v - 4)];
    if (before.some((b) => SECOND_PERSON.has(b) || THIRD_PERSON.has(b))) return true;
    if (before[0] === 'to' && (DESIRE_VERBS.has(before[1]!) || DESIRE_VERBS.has(before[2]!))) return false;
    if (before[0] === 'me' && before[1] === 'let') return false;
    const saidBySelf = FIRST_PERSON.has(before[0]!) || (INTENSIFIERS.has(before[0]!) && FIRST_PERSON.has(before[1]!));
    return !(saidBySelf && (verb === 'said' || verb === 'say'));
  }

  /** End of the clause that starts at token `i`: the next comma, dash or bracket, at most 25 tokens on. */
  function clauseEnd(i: number): number {
    let j = i;
    while (j + 1 < Math.min(s.last, i + 25) && !CLAUSE_BREAKS.has(tokens[j + 1]!.text)) j++;
    return tokens[j]!.end;
  }

  function onlyFillersBefore(k: number): boolean {
    if (k - s.first > 8) return false;
    for (let i = s.first; i < k; i++) {
      const t = tokens[i]!.text;
      if (isWord(t) && !FILLERS.has(t) && !FIRST_PERSON.has(t) && !BE.has(t) && !INTENSIFIERS.has(t)) return false;
    }
    return true;
  }

  function nextWord(i: number): number {
    const stop = Math.min(s.last, i + 6);
    while (i < stop && !isWord(tokens[i]!.text)) i++;
    return i;
  }

  /** "two, sorry, three", "the german - sorry - the dutch", "sorry, seven to nine": correcting a slip. */
  function selfCorrection(k: number, bareSubject: boolean): boolean {
    const n = nextWord(k + 1);
    if (n >= s.last) return false;
    const next = tok(n);
    // "sorry, one second" asks for time; "sorry, seven to nine" corrects a figure
    if (NUMBER_WORD.test(next) && !(n === k + 1 && (next === '2' || next === '4')) && !TIME_UNITS.has(tok(n + 1))) return true;
    if (!bareSubject) return false;
    const prev = tok(k - 1);
    if (prev !== '-' && prev !== ',') return false;
    if (prev === '-' && tok(k + 1) === '-') return true;
    if (NOT_CORRECTION_NEXT.has(next)) return false;
    for (let i = Math.max(s.first, k - 12); i < k - 1; i++) {
      const t = tokens[i]!.text;
      if (isWord(t) && t.length > 2 && !FILLERS.has(t) && !FIRST_PERSON.has(t) && !INTENSIFIERS.has(t)) return true;
    }
    return false;
  }

  /** "sorry, are you serious?", "i'm sorry, which one?": a question prefaced by sorry. */
  function prefacesQuestion(k: number): boolean {
    if (!s.question) return false;
    const n = nextWord(k + 1);
    const after: string[] = [];
    for (let i = n; i < Math.min(s.last, n + 6); i++) if (isWord(tokens[i]!.text)) after.push(tokens[i]!.text);
    if (after.length === 0) return true;
    if (after.length <= 3 && after.every((w) => PARDON_WORDS.has(w))) return true;
    return onlyFillersBefore(k) && INTERROGATIVES.has(after[0]!);
  }

  function firstPersonLater(from: number): boolean {
    for (let i = from; i < Math.min(s.last, from + 12); i++) if (CLAUSE_FIRST.has(tokens[i]!.text)) return true;
    return false;
  }

  function butFrame(k: number, a: Anchor): Anchor {
    for (let i = k + 1; i < Math.min(s.last, k + 20); i++) {
      if (tokens[i]!.text !== 'but') continue;
      if (BUT_AFTER_APOLOGY.test(rest(i + 1))) {
        (a.frames ??= []).push(['but', tokens[i]!.start, clauseEnd(i)]);
      }
      break;
    }
    return a;
  }

  /** What the apology is for: decides sympathy vs apology and ownership. */
  function complement(k: number, base: Anchor): Anchor | null {
    let m = k + 1;
    while (tok(m) === 'again' || tok(m) === 'also' || tok(m) === 'though' || tok(m) === 'once') m++;
    const c = tok(m);
    if (c === 'not' && SORRY_WORD.test(tok(m + 1))) return null;
    if ((c === ',' || c === '-') && tok(m + 1) === 'not' && SORRY_WORD.test(tok(m + 2))) return null;
    // "apologise to Jordan for …": the addressee comes before the object
    if (c === 'to' && APOLOGY_WORD.test(tok(k))) {
      for (let i = m + 1; i <= m + 4; i++) if (tok(i) === 'for') return complement(i - 1, base);
    }
    if (c === 'to' || c === '2') {
      if (TO_SYMPATHY.has(tok(m + 1))) return null;
      return butFrame(k, base);
    }
    if (c === 'for' || c === 'about' || c === '4' || c === 'abt') {
      const o = tok(m + 1);
      if (OBJECT_PRONOUNS.has(o) && !isWord(tok(m + 2))) return c === 'about' ? base : null;
      if (o === 'your' || o === 'ur') {
        for (let i = m + 2; i <= m + 4; i++) if (MISFORTUNE.has(tok(i))) return null;
        if (YOUR_IMPOSITION.has(tok(m + 2)) || YOUR_IMPOSITION.has(tok(m + 3)) || firstPersonLater(m + 2)) return butFrame(k, base);
        return null;
      }
      if (o === 'what' && tok(m + 2) === 'happened' && (tok(m + 3) === 'to' || tok(m + 3) === 'with')) {
        if (SECOND_PERSON.has(tok(m + 4)) || tok(m + 4) === 'your') return null;
      }
      // "sorry about the divorce" consoles; "sorry for being a bad friend" names the writer's act
      if (!isGerund(o)) for (let i = m + 1; i <= m + 4; i++) if (MISFORTUNE.has(tok(i)) && !firstPersonLater(m + 1)) return null;
      if (isGerund(o) || o === 'not' || o === 'my' || o === 'our' || o === 'me') base.owns = true;
      else if (!VAGUE_OBJECTS.has(o)) {
        // "the typo in my last message", "how I handled it": the writer is named as the doer
        for (let i = m + 1; i < Math.min(s.last, m + 8) && isWord(tok(i)); i++) if (CLAUSE_FIRST.has(tok(i))) base.owns = true;
      }
      return butFrame(k, base);
    }
    if (c === 'if') {
      if (HEDGE_AFTER_IF.test(rest(m + 1))) return null;
      (base.frames ??= []).push(['conditional', tokens[m]!.start, clauseEnd(m)]);
      return butFrame(k, base);
    }
    if (c === 'that' && (tok(m + 1) === 'happened' || tok(m + 1) === 'happens')) return null;
    const subjectAt = c === 'that' ? m + 1 : m;
    const subj = tok(subjectAt);
    if (CLAUSE_FIRST.has(subj)) {
      base.owns = true;
      return butFrame(k, base);
    }
    if (SECOND_PERSON.has(subj)) {
      for (let i = subjectAt + 1; i <= subjectAt + 3; i++) {
        const w = tok(i);
        if (FEELING_WORDS.has(w)) {
          (base.frames ??= []).push(['feelings', tokens[subjectAt]!.start, clauseEnd(m)]);
          return base;
        }
        if (w === 'to' && HAVE.has(tok(i - 1))) return base;
        if (w === 'waited' || w === 'waiting') return base;
      }
      return null;
    }
    if (subj === 'your' || subj === 'ur') {
      if (YOUR_IMPOSITION.has(tok(subjectAt + 1)) || firstPersonLater(subjectAt + 1)) return base;
      return null;
    }
    if (THIRD_PERSON.has(subj) && subj !== 'it' && subj !== "it's") return null;
    if ((subj === 'that' || subj === 'it' || subj === 'this') && tok(subjectAt + 1) === 'happened') return null;
    if (subj === 'the' || subj === 'that' || subj === 'it' || subj === 'this' || subj === "it's") {
      for (let i = subjectAt + 1; i <= subjectAt + 4; i++) if (MISFORTUNE.has(tok(i))) return null;
      return butFrame(k, base);
    }
    if (subj === 'but' || ((c === ',' || c === '-') && tok(m + 1) === 'but')) return butFrame(k, base);
    base.bare = true;
    return butFrame(k, base);
  }

  function sorry(k: number): Anchor | null {
    const prev = tok(k - 1);
    const next = tok(k + 1);
    // "a sorry state", "what a sorry excuse"
    if (SORRY_IDIOMS.has(next)) return null;
    if (DETERMINERS.has(prev) && prev !== 'my' && isWord(next) && !CLAUSE_FIRST.has(next) && !NOT_IDIOM_NEXT.has(next)) return null;
    // "Watched Sorry to Bother You": a title
    if (TITLE_CONTEXT.has(prev) && isCapital(k)) return null;
    const { j, neg, be } = subjectOf(k);
    if (neg) return null;
    const subj = j >= s.first ? tokens[j]!.text : '';
    // "I can't tell you how sorry I am": an exclamative, whatever verb frames it
    if (subj === 'how' && FIRST_PERSON.has(tok(k + 1))) return make(k, {});
    if (FEEL_VERBS.has(subj)) return null;
    if (SECOND_PERSON.has(subj) || THIRD_PERSON.has(subj)) return null;
    if (be && subj !== '' && isWord(subj) && !FIRST_PERSON.has(subj) && !FILLERS.has(subj)) return null;
    if (reported(j)) return null;
    if (prefacesQuestion(k)) return null;
    const bareSubject = !FIRST_PERSON.has(subj) && !be;
    if (selfCorrection(k, bareSubject)) return null;
    const a = complement(k, make(k, {}));
    if (!a) return null;
    if (a.bare && sympathyContext() && !ownsSomething()) return null;
    return a;
  }

  function isCapital(k: number): boolean {
    const at = tokens[k]!.start;
    return ctx.norm.charCodeAt(at) !== ctx.original.charCodeAt(at);
  }

  function apologise(k: number): Anchor | null {
    const w = tokens[k]!.text;
    if (w.includes('etic')) return null;
    if (w.endsWith('ed')) return null; // "she apologised": a report
    if (tok(k + 1) === 'accepted' || (tok(k + 1) === 'is' && tok(k + 2) === 'accepted')) return null;
    if (w === 'apologies' || w === 'apology') {
      let j = k - 1;
      while (j >= s.first && (APOLOGY_ADJECTIVES.has(tokens[j]!.text) || tokens[j]!.text === 'an' || tokens[j]!.text === 'a')) j--;
      const owner = tok(j);
      if ((owner === 'my' || owner === 'our')) {
        if (NEGATORS.has(tok(j - 1)) || SECOND_PERSON.has(tok(j - 1)) || THIRD_PERSON.has(tok(j - 1))) return null;
        return complement(k, make(k, {}));
      }
      const bare = owner === '' || !isWord(owner) || (FILLERS.has(owner) && !NEGATORS.has(owner));
      if (NEGATORS.has(owner) || SETTLED.has(tok(k + 1))) return null;
      if (w === 'apology') {
        // "Apology for the late notice": a headline apology with its object
        if (bare && tok(k + 1) === 'for') return complement(k, make(k, {}));
        for (let i = j; i >= Math.max(s.first, j - 4); i--) {
          const t = tokens[i]!.text;
          if (SECOND_PERSON.has(t) || THIRD_PERSON.has(t) || NEGATORS.has(t)) return null;
          if (OFFER_VERBS.has(t) && (FIRST_PERSON.has(tok(i - 1)) || FIRST_PERSON.has(tok(i - 2)) || tok(i - 1) === 'please')) return complement(k, make(k, {}));
        }
        return null;
      }
      if (bare || owner === 'again' || owner === 'and') {
        if (tok(k + 1) === 'to' && !isWord(tok(k + 2))) return null;
        return complement(k, make(k, {}));
      }
      return null;
    }
    // apologise / apologize / apologises / apologizing
    let subject = false;
    for (let i = k - 1; i >= Math.max(s.first, k - 7); i--) {
      const t = tokens[i]!.text;
      if (!isWord(t)) break;
      if (NEGATORS.has(t) || t.endsWith("n't")) {
        if (t === "can't" && tok(k + 1) === 'enough') continue;
        return null;
      }
      if (SECOND_PERSON.has(t) || THIRD_PERSON.has(t) || CONDITIONAL_WORDS.has(t)) {
        if ((t === 'who' && tok(i - 1) === 'one') || (t === 'one' && tok(i + 1) === 'who')) continue; // "I'm the one who should apologise"
        return null;
      }
      if (WOULD.has(t) && tok(i + 1) !== 'like' && tok(i + 1) !== 'love') return null;
      if (FIRST_PERSON.has(t)) {
        // "that's how I apologise", "if I apologise": talk about apologising, not the act
        if (CONDITIONAL_WORDS.has(tok(i - 1))) return null;
        // "why should I apologise?", "do I apologise?": a question about apologising
        if (s.question && MODALS.has(tok(i - 1))) return null;
        subject = true;
        break;
      }
    }
    if (isGerund(w) && !subject) return null;
    if (!subject && (tok(k + 1) === 'to' || s.first === k)) return null;
    return complement(k, make(k, {}));
  }

  function forgive(k: number): Anchor | null {
    const o = tok(k + 1);
    for (let i = k - 1; i >= Math.max(s.first, k - 3); i--) if (NEGATORS.has(tokens[i]!.text) || tokens[i]!.text.endsWith("n't")) return null;
    if (o === 'me' || o === 'us') {
      const after = rest(k + 2);
      if (tok(k + 2) === 'if') {
        if (HEDGE_AFTER_IF.test(rest(k + 3))) return null;
        return make(k, { regret: false, forgiveness: true, frames: [['conditional', tokens[k + 2]!.start, clauseEnd(k + 2)]] });
      }
      if (HEDGE_AFTER_FORGIVE.test(after)) return null;
      return make(k, { regret: false, forgiveness: true, owns: tok(k + 2) === 'for' && tok(k + 3).endsWith('ing') });
    }
    if (FORGIVE_RITUAL_OBJECT.test(rest(k + 1))) return ritual(k);
    return null;
  }

  function pardon(k: number): Anchor | null {
    if (tok(k + 1) === 'me' || (tok(k - 1) === 'your' && tok(k - 2) === 'beg')) {
      if (s.question || tok(k + 2) === '?') return null;
      return ritual(k);
    }
    if (FORGIVE_RITUAL_OBJECT.test(rest(k + 1))) return ritual(k);
    return null;
  }

  function excuse(k: number): Anchor | null {
    if (tok(k + 1) !== 'me') {
      return FORGIVE_RITUAL_OBJECT.test(rest(k + 1)) ? ritual(k) : null;
    }
    if (s.question) return null;
    const p = tok(k - 1);
    if (p === "you'll" || p === 'will' || p === 'if' || p === 'youll' || p === 'must') return null;
    const n = nextWord(k + 2);
    const next = tok(n);
    if (next === 'for' && n === k + 2) return ritual(k);
    // A whole message of "excuse me" (a cough, a bump) is a small apology.
    if (n >= s.last && si === ctx.sentences.length - 1 && onlyFillersBefore(k) && ctx.sentences.length === 1) return ritual(k);
    return null;
  }
}
