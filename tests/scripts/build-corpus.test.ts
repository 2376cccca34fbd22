import { describe, expect, test } from 'vitest';
import { parseLine, toExample } from '../../scripts/corpus/build-corpus';
import { parseMarked } from '../../scripts/corpus/markup';

const line = (fields: Record<string, unknown>): string =>
  JSON.stringify({ id: 't-1', marked: 'ok', label: 'not_apology', weight: null, channel: 'chat', category: 'x', pair: null, author: 't', ...fields });

describe('markup', () => {
  test.each([
    ['no markup', 'see you at 6', 'see you at 6', []],
    ['one span', '[[regret|Sorry]] I am late', 'Sorry I am late', [['regret', 'Sorry']]],
    [
      'two spans and a deflection',
      "[[regret|I'm sorry]] [[responsibility|I forgot]], [[d:but|but you never remind me]]",
      "I'm sorry I forgot, but you never remind me",
      [['regret', "I'm sorry"], ['responsibility', 'I forgot'], ['d:but', 'but you never remind me']],
    ],
    ['curly quotes and emoji kept', '[[regret|I’m so sorry 🙏]]!', 'I’m so sorry 🙏!', [['regret', 'I’m so sorry 🙏']]],
  ])('%s', (_case, marked, text, spans) => {
    const parsed = parseMarked(marked);
    expect(parsed.text).toBe(text);
    expect(parsed.spans.map((s) => [s.kind, parsed.text.slice(s.start, s.end)])).toEqual(spans);
  });

  test.each([
    ['[[regret|sorry', 'never closed'],
    ['sorry]] me', 'without an opening'],
    ['[[regret sorry]]', 'no "kind|"'],
    ['[[remorse|sorry]]', 'unknown kind "remorse"'],
    ['[[regret|sorry [[harm|you]]]]', 'nest'],
    ['[[regret| ]]', 'covers no text'],
  ])('%j is refused: %s', (marked, why) => {
    expect(() => parseMarked(marked)).toThrow(why);
  });
});

describe('source lines', () => {
  test.each([
    ['{"id":', 'not valid JSON'],
    ['[1]', 'one JSON object'],
    [line({ label: 'maybe' }), '"label" must be'],
    [line({ label: 'apology', weight: null }), 'needs "weight"'],
    [line({ weight: 'light' }), '"weight": null'],
    [line({ channel: 'fax' }), '"channel"'],
    [line({ marked: '[[regret|sorry]]' }), 'carries no spans'],
    [line({ marked: '[[regret|sorry' , label: 'apology', weight: 'light' }), 'markup: "[[" at character 0 is never closed'],
    [line({ id: '' }), '"id" must be a non-empty string'],
  ])('%s → %s', (source, why) => {
    expect(() => parseLine(source, 'f.jsonl:3')).toThrow(why);
  });

  test('a good line gives plain text, spans and labels', () => {
    const m = parseLine(line({ marked: 'hey. [[regret|sorry]] [[responsibility|I forgot]]!', label: 'apology', weight: 'light' }), 'f.jsonl:1');
    expect(m).toMatchObject({ id: 't-1', text: 'hey. sorry I forgot!', isApology: true, weight: 'light', where: 'f.jsonl:1' });
  });
});

describe('examples', () => {
  test('each sentence carries the kinds of the spans on it; quoted text is left out', () => {
    const m = parseLine(
      line({
        marked: "Hi Jo. [[regret|I'm sorry]] [[responsibility|I missed it]]. [[repair|Can I make it up to you?]] [[d:move_on|Let's move on]].\n\nOn Mon, Jo <j@x.y> wrote:\n> where were you",
        label: 'apology',
        weight: 'serious',
      }),
      'f.jsonl:1',
    );
    const { example, warnings } = toExample(m);
    expect(warnings).toEqual([]);
    expect(example.sentences.map((s) => [...s.kinds].sort())).toEqual([[], ['regret', 'responsibility'], ['repair'], ['d:move_on']]);
    expect(example.components).toEqual(['regret', 'responsibility', 'repair']);
    expect(example.deflections).toEqual(['move_on']);
    expect(example.reading.ownText.end).toBeLessThan(m.text.indexOf('On Mon'));
  });

  test.each([
    ['covers the apology words: regret too', "[[d:conditional|I'm sorry if you were hurt]] by it.", ['regret'], [['d:conditional', 'regret']]],
    ['covers "apologise"', '[[d:sarcasm|Fine, I apologise.]] Happy now?', ['regret'], [['d:sarcasm', 'regret'], []]],
    ['covers no apology word: nothing more', "[[regret|Sorry]]. [[d:minimising|It was only a joke]].", ['regret'], [['regret'], ['d:minimising']]],
  ])('a deflection span that %s', (_case, marked, components, kinds) => {
    const { example } = toExample(parseLine(line({ marked, label: 'apology', weight: 'serious' }), 'f.jsonl:1'));
    expect(example.components).toEqual(components);
    expect(example.sentences.map((s) => [...s.kinds].sort())).toEqual(kinds);
  });
});
