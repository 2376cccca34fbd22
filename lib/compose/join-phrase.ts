/** What goes into the box: the phrase, with the spacing and full stop that join it to the text around the caret. */
export interface JoinedPhrase {
  text: string;
  /** Where the first `___` blank sits in `text`, so it can be selected for the user to type over; -1 when none. */
  blankAt: number;
}

export const BLANK = '___';

const ENDS_SENTENCE = /[.!?…:;]["”’)]*$/;
const ENDS_WORD = /[\p{L}\p{N}]["”’)]*$/u;

/**
 * Joins a suggested phrase to what is before and after the caret: a space after text, a full stop first when the
 * phrase starts a sentence after an unfinished one, and a space before text that follows.
 */
export function joinPhrase(before: string, phrase: string, after: string): JoinedPhrase {
  let lead = '';
  if (before !== '' && !/\s$/.test(before)) {
    lead = ENDS_WORD.test(before) && !ENDS_SENTENCE.test(before) && /^\p{Lu}/u.test(phrase) ? '. ' : ' ';
  }
  const tail = after !== '' && !/^\s/.test(after) ? ' ' : '';
  const text = `${lead}${phrase}${tail}`;
  const blank = phrase.indexOf(BLANK);
  return { text, blankAt: blank < 0 ? -1 : lead.length + blank };
}
