import type { Anchor } from '../anchor';
import { APOLOGY_ADJECTIVES, CONDITIONAL_WORDS, FILLERS, FIRST_PERSON, OFFER_VERBS, SECOND_PERSON, THIRD_PERSON, WOULD } from '../lexicon';
import { APOLOGY_WORD } from '../patterns';
import { isNegation, isWord, type SentenceReader } from '../sentence-reader';
import { apologyObject, isGerund } from './apology-object';
import { anchorAt, type WordFamily } from './family';

const SETTLED = new Set(['needed', 'necessary', 'required', 'accepted']);
const MODALS = new Set(['should', 'must', 'do', 'did', 'can', 'could', 'would', 'shall']);

/** "my apologies", "apologies for …", "I owe you an apology": the noun, owned by the writer. */
function noun(r: SentenceReader, k: number, w: string): Anchor | null {
  const { tokens } = r.ctx;
  const tok = (i: number): string => r.tok(i);
  let j = k - 1;
  while (j >= r.s.first && (APOLOGY_ADJECTIVES.has(tokens[j]!.text) || tokens[j]!.text === 'an' || tokens[j]!.text === 'a')) j--;
  const owner = tok(j);
  if (owner === 'my' || owner === 'our') {
    if (isNegation(tok(j - 1)) || SECOND_PERSON.has(tok(j - 1)) || THIRD_PERSON.has(tok(j - 1))) return null;
    return apologyObject(r, k, anchorAt(r, k, {}));
  }
  const bare = owner === '' || !isWord(owner) || (FILLERS.has(owner) && !isNegation(owner));
  if (isNegation(owner) || SETTLED.has(tok(k + 1))) return null;
  if (w === 'apology') {
    // "Apology for the late notice": a headline apology with its object
    if (bare && tok(k + 1) === 'for') return apologyObject(r, k, anchorAt(r, k, {}));
    for (let i = j; i >= Math.max(r.s.first, j - 4); i--) {
      const t = tokens[i]!.text;
      if (SECOND_PERSON.has(t) || THIRD_PERSON.has(t) || isNegation(t)) return null;
      if (OFFER_VERBS.has(t) && (FIRST_PERSON.has(tok(i - 1)) || FIRST_PERSON.has(tok(i - 2)) || tok(i - 1) === 'please')) return apologyObject(r, k, anchorAt(r, k, {}));
    }
    return null;
  }
  if (bare || owner === 'again' || owner === 'and') {
    if (tok(k + 1) === 'to' && !isWord(tok(k + 2))) return null;
    return apologyObject(r, k, anchorAt(r, k, {}));
  }
  return null;
}

/** "I apologise", "apologizing for …": the verb, with the writer as its subject. */
function verb(r: SentenceReader, k: number, w: string): Anchor | null {
  const { tokens } = r.ctx;
  const tok = (i: number): string => r.tok(i);
  let subject = false;
  for (let i = k - 1; i >= Math.max(r.s.first, k - 7); i--) {
    const t = tokens[i]!.text;
    if (!isWord(t)) break;
    if (isNegation(t)) {
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
      if (r.s.question && MODALS.has(tok(i - 1))) return null;
      subject = true;
      break;
    }
  }
  if (isGerund(w) && !subject) return null;
  if (!subject && (tok(k + 1) === 'to' || r.s.first === k)) return null;
  return apologyObject(r, k, anchorAt(r, k, {}));
}

/** "I already apologised", "I've apologised already", "i have apologized already": the writer, right before, and "already". */
function apologisedAgain(r: SentenceReader, k: number): boolean {
  const before = r.tok(k - 1) === 'already' ? k - 2 : k - 1;
  const subject = r.tok(before) === 'have' ? before - 1 : before;
  const already = r.tok(k - 1) === 'already' || r.tok(k + 1) === 'already';
  return already && subject >= r.s.first && (r.tok(subject) === 'i' || r.tok(subject) === "i've" || r.tok(subject) === 'ive');
}

function read(r: SentenceReader, k: number): Anchor | null {
  const w = r.ctx.tokens[k]!.text;
  if (w.includes('etic')) return null;
  // "she apologised": a report; "I've apologised already": the writer's own, said again grudgingly
  if (w.endsWith('ed')) return apologisedAgain(r, k) ? anchorAt(r, k, {}) : null;
  if (r.tok(k + 1) === 'accepted' || (r.tok(k + 1) === 'is' && r.tok(k + 2) === 'accepted')) return null;
  return w === 'apologies' || w === 'apology' ? noun(r, k, w) : verb(r, k, w);
}

/** "apologise", "apologize", "apologies", "apology" (not "apologetic", nor a reported "apologised"). */
export const apologise: WordFamily = { first: 'a', is: (t) => t.startsWith('apolog') && APOLOGY_WORD.test(t), read };
