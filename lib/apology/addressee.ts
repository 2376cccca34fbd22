import { DETERMINERS, FILLERS, FIRST_PERSON, SECOND_PERSON } from './lexicon';
import { GREETING, NAME_WORD } from './patterns';

// Greeting words that address a group or nobody in particular.
const notName = (w: string): boolean => FILLERS.has(w) || FIRST_PERSON.has(w) || SECOND_PERSON.has(w) || DETERMINERS.has(w) || w === 'sorry' || w === 'apologies' || w === 'good' || w === 'morning';
const TERMINATORS = new Set([',', '!', '\n', '\r', '-', '\u2014', '\u2013', ':', ';']);

/** The name in an opening greeting: "Hey Sam," → "Sam"; "Dear Prof. Lindqvist," → "Prof. Lindqvist". */
export function findAddressee(text: string, norm: string, start: number, end: number): string | undefined {
  const head = norm.slice(start, Math.min(end, start + 200));
  const greeting = GREETING.exec(head);
  if (!greeting) return undefined;
  let p = start + greeting[0].length;
  const names: string[] = [];
  let capitalised = true;
  while (names.length < 3 && p < end) {
    while (p < end && (text[p] === ' ' || text[p] === '\t')) p++;
    const m = NAME_WORD.exec(text.slice(p, Math.min(end, p + 40)));
    if (!m) break;
    const word = m[0];
    const bare = word.toLowerCase().replace('.', '');
    if (notName(bare)) break;
    const upper = word[0] !== word[0]!.toLowerCase();
    if (names.length > 0 && !upper) break;
    capitalised &&= upper;
    names.push(word);
    p += word.length;
    if (TERMINATORS.has(text[p] ?? '\n')) break;
  }
  if (names.length === 0) return undefined;
  // A lower-case chat name must be closed by punctuation ("hey sam, …"), or it may be any word.
  if (!capitalised && !TERMINATORS.has(text[p] ?? '\n')) return undefined;
  const name = names.join(' ');
  return name.endsWith('.') && names.length === 1 ? undefined : name;
}
