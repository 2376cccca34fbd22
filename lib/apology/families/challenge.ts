/**
 * A sorry that opens an incredulous challenge ("I'm sorry. You did what?"): disbelief, not an apology. Read by the
 * sorry family; apart because it reads past the apology's own sentence, into the next.
 */
import { isWord, type SentenceReader } from '../sentence-reader';

/**
 * "you did what?", "he quit?": a question put as a statement, one clause long, after any hold-up ("hang on, …");
 * or "you're telling me…", which challenges with or without its question mark.
 */
function challengeFrom(r: SentenceReader, si: number, from: number): boolean {
  const s = r.ctx.sentences[si];
  if (!s) return false;
  const { tokens } = r.ctx;
  let i = from;
  while (i < s.last && (!isWord(tokens[i]!.text) || HOLD_UP.has(tokens[i]!.text))) i++;
  if (i >= s.last) return false;
  const subject = tokens[i]!.text;
  const next = i + 1 < s.last ? tokens[i + 1]!.text : '';
  if ((subject === "you're" || subject === 'youre') && (next === 'telling' || next === 'saying')) return true;
  if (!s.question || !(CHALLENGED.has(subject) || CHALLENGED_OTHERS.has(subject))) return false;
  for (let j = i + 1; j < s.last; j++) if (tokens[j]!.text === ',') return false;
  return true;
}

const CHALLENGED = new Set(['you', "you're", 'youre', 'u', "you've", 'youve']);
// Someone else's deed doubted the same way: "sorry, hang on, he quit?".
const CHALLENGED_OTHERS = new Set(['he', 'she', 'they', "he's", "she's", "they're"]);
// A sentence between the sorry and the challenge that only holds the reader up: "Sorry. Hold on. You sold it?"
const HOLD_UP = new Set(['hold', 'on', 'wait', 'what', 'hang', 'sorry', 'um', 'uh', 'sec', 'a']);

/**
 * A bare sorry that opens an incredulous challenge, in its sentence ("sorry, you sold my bike?") or in the next
 * ("I'm sorry. You did what?"): disbelief, not an apology. The next sentence is read because the challenge
 * comes after the sorry's own full stop.
 */
export function opensChallenge(r: SentenceReader, k: number): boolean {
  if (challengeFrom(r, r.si, k + 1)) return true;
  if (r.nextWord(k + 1) < r.s.last) return false;
  const { sentences, tokens } = r.ctx;
  let si = r.si + 1;
  const held = sentences[si];
  if (held && held.last - held.first <= 4) {
    let words = 0;
    let holding = true;
    for (let i = held.first; i < held.last; i++) {
      const t = tokens[i]!.text;
      if (!isWord(t)) continue;
      words++;
      if (!HOLD_UP.has(t)) holding = false;
    }
    if (holding && words > 0) si++;
  }
  return si < sentences.length && challengeFrom(r, si, sentences[si]!.first);
}
