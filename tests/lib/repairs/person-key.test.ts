import { expect, test } from 'vitest';
import { personKey } from '../../../lib/repairs/person-key';

test.each([
  ['Sam', 'sam'],
  ['sam', 'sam'],
  ['  Sam  ', 'sam'],
  ['Sám', 'sam'],
  ['Mary  Jo', 'mary jo'],
  ['ZOË', 'zoe'],
  ['李雷', '李雷'],
  ["O'Brien", "o'brien"],
])('%j is the person %j', (name, key) => {
  expect(personKey(name)).toBe(key);
});
