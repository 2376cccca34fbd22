import type { Anchor } from '../anchor';
import {
  BE,
  CLAUSE_FIRST,
  DESIRE_VERBS,
  DETERMINERS,
  FEEL_VERBS,
  FILLERS,
  FIRST_PERSON,
  INTENSIFIERS,
  INTERROGATIVES,
  NOT_CORRECTION_NEXT,
  PARDON_WORDS,
  SECOND_PERSON,
  SPEECH_VERBS,
  THIRD_PERSON,
  TITLE_CONTEXT,
} from '../lexicon';
import { GRUDGING_QUESTION, NUMBER_WORD, PARDON_REQUEST, SORRY_WORD, YIELDING } from '../patterns';
import { isNegation, isWord, type SentenceReader } from '../sentence-reader';
import { apologyObject } from './apology-object';
import { opensChallenge } from './challenge';
import { anchorAt, type MessageFacts, type WordFamily } from './family';

const NOT_IDIOM_NEXT = new Set(['for', 'about', 'to', 'that', 'if', 'but', 'not']);
// "a sorry state", "sorry excuse": fixed phrases where sorry means poor.
const SORRY_IDIOMS = new Set(['state', 'excuse', 'sight', 'lot', 'affair']);
const TIME_UNITS = new Set(['second', 'sec', 'minute', 'min', 'moment']);

/** Walks left over intensifiers, negation and "be": who is sorry, and is it denied? */
function subjectOf(r: SentenceReader, k: number): { j: number; neg: boolean; be: boolean } {
  const { tokens } = r.ctx;
  let j = k - 1;
  let neg = false;
  let be = false;
  while (j >= r.s.first && k - j <= 7) {
    const t = tokens[j]!.text;
    // "oh no, sorry", "no no sorry": an exclamation, not a denial ("not sorry")
    if (t === 'no') break;
    if (isNegation(t)) neg = true;
    else if (BE.has(t)) be = true;
    else if (!INTENSIFIERS.has(t)) break;
    j--;
  }
  return { j, neg, be };
}

const REPEAT_ADVERBS = new Set(['already', 'literally', 'even']);

/** Speech told the way people tell it: "and he goes, sorry", "she was like, sorry sorry", "they're like sorry". */
function toldAsSpeech(r: SentenceReader, i: number): boolean {
  const t = r.tok(i);
  if (t === 'goes') return true;
  if (t !== 'like') return false;
  const prev = r.tok(i - 1);
  return BE.has(prev) || ["'s", "'re", "'m"].some((be) => prev.endsWith(be));
}

/** "he said sorry", "told her I was sorry" are reports; "I want to say sorry", "I said I'm sorry" are not. */
function reported(r: SentenceReader, j: number): boolean {
  let v = -1;
  // Up to three words back, not counting an apology said over and over ("he goes, sorry, i'm sorry, so sorry").
  let budget = 4;
  for (let i = j; i >= r.s.first && budget > 0; i--) {
    const t = r.ctx.tokens[i]!.text;
    if (SPEECH_VERBS.has(t) || toldAsSpeech(r, i)) {
      v = i;
      break;
    }
    if (!(SORRY_WORD.test(t) || t === ',' || t === "i'm" || t === 'im' || INTENSIFIERS.has(t))) budget--;
  }
  if (v < 0) return false;
  const verb = r.tok(v);
  const before = [r.tok(v - 1), r.tok(v - 2), r.tok(v - 3), r.tok(v - 4)];
  // "Having said that, I'm sorry", "that said, sorry": a turn in the argument, not a report of speech.
  if ((r.tok(v + 1) === 'that' && r.tok(v + 2) === ',') || (before[0] === 'that' && r.tok(v + 1) === ',')) return false;
  if (before.some((b) => SECOND_PERSON.has(b) || THIRD_PERSON.has(b))) return true;
  if (before[0] === 'to' && (DESIRE_VERBS.has(before[1]!) || DESIRE_VERBS.has(before[2]!))) return false;
  if (before[0] === 'me' && before[1] === 'let') return false;
  // "I already said sorry": said again, grudgingly, but the writer's own
  const at = REPEAT_ADVERBS.has(before[0]!) ? 1 : 0;
  const saidBySelf = FIRST_PERSON.has(before[at]!) || (INTENSIFIERS.has(before[at]!) && FIRST_PERSON.has(before[at + 1]!));
  return !(saidBySelf && (verb === 'said' || verb === 'say'));
}

/** "two, sorry, three", "the german - sorry - the dutch", "sorry, seven to nine": correcting a slip. */
function selfCorrection(r: SentenceReader, k: number, bareSubject: boolean): boolean {
  const n = r.nextWord(k + 1);
  if (n >= r.s.last) return false;
  const next = r.tok(n);
  // "sorry, one second" asks for time; "sorry, seven to nine" corrects a figure
  if (NUMBER_WORD.test(next) && !(n === k + 1 && (next === '2' || next === '4')) && !TIME_UNITS.has(r.tok(n + 1))) return true;
  if (!bareSubject) return false;
  const prev = r.tok(k - 1);
  if (prev !== '-' && prev !== ',') return false;
  if (prev === '-' && r.tok(k + 1) === '-') return true;
  if (NOT_CORRECTION_NEXT.has(next)) return false;
  const { tokens } = r.ctx;
  for (let i = Math.max(r.s.first, k - 12); i < k - 1; i++) {
    const t = tokens[i]!.text;
    if (isWord(t) && t.length > 2 && !FILLERS.has(t) && !FIRST_PERSON.has(t) && !INTENSIFIERS.has(t)) return true;
  }
  return false;
}

// What a question's "be" is followed by: its subject ("are you…", "was it…", "is this…").
const ASKED_ABOUT = new Set([...FIRST_PERSON, ...SECOND_PERSON, ...THIRD_PERSON, ...DETERMINERS, 'that', 'there', 'anyone', 'anybody']);
// Asked of anyone near, not of the reader: "sorry is anyone sitting here", "sorry does anybody know…".
const ANYONE = new Set(['anyone', 'anybody', 'someone', 'somebody', 'there']);
const ASKING = new Set(['is', 'are', 'does', 'do', 'did', 'has', 'have', 'can', 'could', 'would', 'will']);

/** "sorry, are you serious?", "i'm sorry, which one?", "sorry say again": a question prefaced by sorry. */
function prefacesQuestion(r: SentenceReader, k: number): boolean {
  const n = r.nextWord(k + 1);
  // Spoken, and written down without its question mark.
  if (PARDON_REQUEST.test(r.rest(n))) return true;
  if (ASKING.has(r.tok(n)) && ANYONE.has(r.tok(r.nextWord(n + 1))) && (r.onlyFillersBefore(k) || r.onlyInterjectionsBefore(k))) return true;
  if (!r.s.question) return false;
  // "oh sorry, is this your seat? I'll move": the question asks whose turn or place it is, and the writer gives way.
  const following = r.ctx.sentences[r.si + 1];
  if (following && YIELDING.test(r.ctx.norm.slice(following.start, following.end))) return false;
  // Asked back, grudgingly, after the apology: "fine, I'm sorry, are you happy now?" still apologises.
  if (GRUDGING_QUESTION.test(r.rest(n))) return false;
  const after: string[] = [];
  const { tokens } = r.ctx;
  for (let i = n; i < Math.min(r.s.last, n + 6); i++) if (isWord(tokens[i]!.text)) after.push(tokens[i]!.text);
  if (after.length === 0) return true;
  if (after.length <= 3 && after.every((w) => PARDON_WORDS.has(w))) return true;
  // "soz, was asleep": a statement whose subject is left out; a question puts one after "be" ("was it you?").
  if (BE.has(after[0]!) && after[1] !== undefined && !ASKED_ABOUT.has(after[1])) return false;
  return (r.onlyFillersBefore(k) || r.onlyInterjectionsBefore(k)) && INTERROGATIVES.has(after[0]!);
}

function read(r: SentenceReader, k: number, message: MessageFacts): Anchor | null {
  const prev = r.tok(k - 1);
  const next = r.tok(k + 1);
  // "a sorry state", "what a sorry excuse"
  if (SORRY_IDIOMS.has(next)) return null;
  if (DETERMINERS.has(prev) && prev !== 'my' && isWord(next) && !CLAUSE_FIRST.has(next) && !NOT_IDIOM_NEXT.has(next)) return null;
  // "Watched Sorry to Bother You": a title
  if (TITLE_CONTEXT.has(prev) && r.isCapital(k)) return null;
  const { j, neg, be } = subjectOf(r, k);
  if (neg) return null;
  const subj = j >= r.s.first ? r.ctx.tokens[j]!.text : '';
  // "I can't tell you how sorry I am": an exclamative, whatever verb frames it
  if (subj === 'how' && FIRST_PERSON.has(r.tok(k + 1))) return anchorAt(r, k, {});
  if (FEEL_VERBS.has(subj)) return null;
  if (SECOND_PERSON.has(subj) || THIRD_PERSON.has(subj)) return null;
  if (be && subj !== '' && isWord(subj) && !FIRST_PERSON.has(subj) && !FILLERS.has(subj)) return null;
  if (reported(r, j)) return null;
  if (prefacesQuestion(r, k)) return null;
  const bareSubject = !FIRST_PERSON.has(subj) && !be;
  if (selfCorrection(r, k, bareSubject)) return null;
  const a = apologyObject(r, k, anchorAt(r, k, {}));
  if (!a) return null;
  if (a.bare && opensChallenge(r, k)) return null;
  if (a.bare && message.sympathyContext() && !message.ownsSomething()) return null;
  return a;
}

/** "sorry", "soz", "sry", "sowwy", "sorrry": the writer's own, unless denied, reported, sympathy or a slip. */
export const sorry: WordFamily = { first: 's', is: (t) => SORRY_WORD.test(t), read };
