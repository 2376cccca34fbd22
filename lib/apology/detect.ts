import type { Anchor } from './anchor';
import { apologise } from './families/apologise';
import { excuse } from './families/excuse';
import { MessageFacts, type WordFamily } from './families/family';
import { forgive } from './families/forgive';
import { pardon } from './families/pardon';
import { sorry } from './families/sorry';
import type { Context } from './reading';
import { SentenceReader } from './sentence-reader';

/** The families of apology words, one file each in families/. */
export const WORD_FAMILIES: readonly WordFamily[] = [sorry, apologise, forgive, pardon, excuse];

// Families by their first letter's code: most tokens start with another letter and are skipped at once.
const BY_FIRST_LETTER: Array<WordFamily | undefined> = [];
for (const family of WORD_FAMILIES) BY_FIRST_LETTER[family.first.charCodeAt(0)] = family;

/** Finds every first-person apology built on an apology word (sorry, apologise, forgive, pardon, excuse). */
export function findWordApologies(ctx: Context): Anchor[] {
  const anchors: Anchor[] = [];
  const { tokens, sentences } = ctx;
  const message = new MessageFacts(ctx);
  const r = new SentenceReader(ctx);
  for (let si = 0; si < sentences.length; si++) {
    const s = r.at(si).s;
    for (let k = s.first; k < s.last; k++) {
      const t = tokens[k]!.text;
      const family = BY_FIRST_LETTER[t.charCodeAt(0)];
      if (family === undefined || !family.is(t)) continue;
      const anchor = family.read(r, k, message);
      // Inside quotation marks introduced by a reporting word: someone else's words, or a mention.
      if (anchor && !r.inReportedQuote(k)) anchors.push(anchor);
    }
  }
  return anchors;
}
