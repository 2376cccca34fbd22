import { describe, expect, test } from 'vitest';
import { entryMatcher, foldForSearch, isFilterEmpty, searchHaystack, type FilterEntry, type RepairFilter } from '../../../lib/repairs/repair-filter';
import { repairAbout } from '../../../lib/repairs/repair-summary';
import { DAY, makeRepair, T0 } from '../db/records';

describe('search folding', () => {
  test.each([
    ['Sam', 'sam'],
    ['  SÁM  ', 'sam'],
    ['Café  crème', 'cafe creme'],
    ['Zoë\tand\nJosé', 'zoe and jose'],
    ['Łukasz', 'łukasz'],
    ['東京', '東京'],
  ])('%j folds to %j', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });
});

const entry = (overrides: Partial<FilterEntry> = {}): FilterEntry => ({
  id: 'r',
  createdAt: T0,
  personKey: 'sam',
  status: 'planned',
  channel: 'in-person',
  haystack: searchHaystack(makeRepair({ person: 'Sám', whatHappened: 'I missed the recital', notes: 'Bring the café flyer' })),
  ...overrides,
});

describe('filter matching', () => {
  test.each<[string, RepairFilter, Partial<FilterEntry>, boolean]>([
    ['no filter', {}, {}, true],
    ['a word of what happened', { text: 'recital' }, {}, true],
    ['the person, without the accent', { text: 'sam' }, {}, true],
    ['a word of the notes, accent typed', { text: 'CAFÉ' }, {}, true],
    ['two words, both present', { text: 'missed flyer' }, {}, true],
    ['two words, one absent', { text: 'missed dinner' }, {}, false],
    ['a word nowhere', { text: 'birthday' }, {}, false],
    ['same status', { status: 'planned' }, {}, true],
    ['other status', { status: 'door-open' }, {}, false],
    ['same person key', { personKey: 'sam' }, {}, true],
    ['other person key', { personKey: 'robin' }, {}, false],
    ['same channel', { channel: 'in-person' }, {}, true],
    ['other channel', { channel: 'call' }, {}, false],
    ['from is inclusive', { from: T0 }, {}, true],
    ['before from', { from: T0 + 1 }, {}, false],
    ['to is exclusive', { to: T0 }, {}, false],
    ['inside the range', { from: T0 - DAY, to: T0 + DAY }, {}, true],
    ['all filters together', { text: 'recital', status: 'planned', personKey: 'sam', channel: 'in-person', from: T0 - DAY, to: T0 + DAY }, {}, true],
    ['all but one', { text: 'recital', status: 'planned', personKey: 'sam', channel: 'video' }, {}, false],
  ])('%s', (_name, filter, overrides, expected) => {
    expect(entryMatcher(filter)(entry(overrides))).toBe(expected);
  });

  test.each<[RepairFilter, boolean]>([
    [{}, true],
    [{ text: '   ' }, true],
    [{ text: 'a' }, false],
    [{ from: 0 }, false],
    [{ channel: 'call' }, false],
  ])('isFilterEmpty(%j) is %s', (filter, expected) => {
    expect(isFilterEmpty(filter)).toBe(expected);
  });
});

describe('what a timeline row says the repair was about', () => {
  test.each([
    ['the first line of what happened', { whatHappened: '\n  I snapped at Sam  \nthen left' }, { kind: 'what-happened', text: 'I snapped at Sam' }],
    ['the excerpt when nothing was written', { whatHappened: '', excerpt: 'sorry I was late' }, { kind: 'excerpt', text: 'sorry I was late' }],
    ['the missing parts otherwise', { whatHappened: ' ', componentsMissing: ['repair' as const] }, { kind: 'missing', components: ['repair'] }],
    ['nothing at all', { whatHappened: '', componentsMissing: [] }, { kind: 'nothing' }],
  ])('%s', (_name, overrides, expected) => {
    expect(repairAbout(makeRepair(overrides))).toEqual(expected);
  });
});
