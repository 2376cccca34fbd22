import { expect, test } from 'vitest';
import { siteOfUrl } from '../../../entrypoints/popup/active-site';

test.each([
  ['https://mail.google.com/mail/u/0/#inbox', 'mail.google.com'],
  ['http://localhost:5173/page', 'localhost'],
  ['https://WWW.Example.COM./x', 'www.example.com'],
  ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html', undefined],
  ['moz-extension://6f1c/options.html', undefined],
  ['chrome://extensions/', undefined],
  ['about:blank', undefined],
  ['file:///home/me/notes.html', undefined],
  ['not a url', undefined],
  [undefined, undefined],
])('%s → %s', (url, host) => {
  expect(siteOfUrl(url)).toBe(host);
});
