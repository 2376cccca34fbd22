import { describe, expect, test } from 'vitest';
import { joinPhrase } from '../../../lib/compose/join-phrase';

describe('joinPhrase', () => {
  test.each([
    ['empty box: the phrase alone', '', 'Will you forgive me?', '', 'Will you forgive me?'],
    ['after a full stop: a space', 'I am sorry.', 'Will you forgive me?', '', ' Will you forgive me?'],
    ['after a space already: nothing more', 'I am sorry. ', 'Will you forgive me?', '', 'Will you forgive me?'],
    ['after a new line: nothing more', 'Hi Sam,\n', 'Will you forgive me?', '', 'Will you forgive me?'],
    ['after an unfinished sentence: a full stop first', 'I am sorry I snapped', 'Will you forgive me?', '', '. Will you forgive me?'],
    ['after a closing quote on a word: a full stop', 'you said “later”', 'That was my fault: I ___.', '', '. That was my fault: I ___.'],
    ['after a comma: a space only', 'Sorry,', 'Will you forgive me?', '', ' Will you forgive me?'],
    ['after a question mark: a space', 'Can we talk?', 'Will you forgive me?', '', ' Will you forgive me?'],
    ['a lower-case phrase after a word: a space', 'I was', 'wrong to do that', '', ' wrong to do that'],
    ['before text: a trailing space', 'Sorry.', 'Will you forgive me?', 'Love, Sam', ' Will you forgive me? '],
    ['before a space: none added', 'Sorry.', 'Will you forgive me?', ' Love', ' Will you forgive me?'],
  ])('%s', (_name, before, phrase, after, expected) => {
    expect(joinPhrase(before, phrase, after).text).toBe(expected);
  });

  test.each([
    ['', "From now on I'll ___.", 17],
    ['Sorry.', "From now on I'll ___.", 18],
    ['Sorry I snapped', "From now on I'll ___.", 19],
    ['Sorry.', 'Will you forgive me?', -1],
  ])('the blank in %j + %j sits at %i', (before, phrase, at) => {
    const joined = joinPhrase(before, phrase, '');
    expect(joined.blankAt).toBe(at);
    if (at >= 0) expect(joined.text.slice(at, at + 3)).toBe('___');
  });
});
