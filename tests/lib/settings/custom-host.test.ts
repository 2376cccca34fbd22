import { describe, expect, test } from 'vitest';
import { customHostOrigins, parseCustomHost } from '../../../lib/settings/custom-host';

describe('a site the user adds', () => {
  test.each([
    ['chat.example.com', 'chat.example.com'],
    ['  Chat.Example.COM. ', 'chat.example.com'],
    ['https://chat.example.com/room/42?x=1', 'chat.example.com'],
    ['chat.example.com/room', 'chat.example.com'],
    ['localhost', 'localhost'],
    ['', undefined],
    ['*', undefined],
    ['*.example.com', undefined],
    ['chat example.com', undefined],
    ['https://', undefined],
    ['-bad.example.com', undefined],
    ['a'.repeat(300), undefined],
  ])('%j → %j', (input, host) => {
    expect(parseCustomHost(input)).toBe(host);
  });

  test('is asked for on both schemes, every path, and nothing wider', () => {
    expect(customHostOrigins('Chat.Example.com')).toEqual(['https://chat.example.com/*', 'http://chat.example.com/*']);
  });
});
