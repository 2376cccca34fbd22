import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

const CONTENT_SCRIPT_BUDGET_GZIP = 20_480;

const readManifest = (dir: string) => JSON.parse(readFileSync(path.join('.output', dir, 'manifest.json'), 'utf8'));
const contentScriptMatches = (manifest: { content_scripts?: Array<{ matches: string[] }> }) =>
  (manifest.content_scripts ?? []).flatMap((script) => script.matches);
const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

describe('production manifests', () => {
  test.each(['chrome-mv3', 'firefox-mv2'])('%s never matches localhost', (dir) => {
    const matches = contentScriptMatches(readManifest(dir));
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.filter((m: string) => /localhost|127\.0\.0\.1/.test(m))).toEqual([]);
  });

  test('asks only for the permissions the code uses', () => {
    const manifest = readManifest('chrome-mv3');
    // activeTab: the popup reads the current tab's address to offer pausing Amends on that site (no host permission).
    // scripting: the content script is registered on a site the user adds, once they grant that one site.
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'alarms', 'notifications', 'scripting', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    // Any other site is asked for at run time, one at a time, and given back when removed.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  test('keeps Firefox-only keys out of the Chrome manifest', () => {
    expect(readManifest('chrome-mv3').browser_specific_settings).toBeUndefined();
    const gecko = readManifest('firefox-mv2').browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  test.each(['16', '32', '48', '128'])('ships a %s px icon', (size) => {
    expect(readManifest('chrome-mv3').icons[size]).toBe(`icon/${size}.png`);
  });
});

describe('the e2e build', () => {
  test('also runs on local test pages', () => {
    const matches = contentScriptMatches(readManifest('chrome-mv3-e2e'));
    expect(matches).toEqual(expect.arrayContaining(['http://localhost/*', 'http://127.0.0.1/*']));
  });
});

describe('the content script bundle', () => {
  const dir = '.output/chrome-mv3/content-scripts';
  const files = readdirSync(dir).map((name) => path.join(dir, name));
  const code = files.map((file) => readFileSync(file, 'utf8')).join('\n');

  const total = files.reduce((sum, file) => sum + gzipSize(file), 0);

  // The content script carries only the gate; the full analysis answers from the background (analyzeDraft).
  test(`stays within ${CONTENT_SCRIPT_BUDGET_GZIP} bytes gzipped (now ${total} B: margin ${CONTENT_SCRIPT_BUDGET_GZIP - total} B)`, () => {
    expect(total).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_GZIP);
  });

  test.each([
    ['Dexie: the page would own its IndexedDB', /Dexie/],
    ['React: too heavy for every tab', /react\.element|__reactFiber/],
    // Every zod 4 schema keeps its internals under `_zod` and its classes are named `$Zod…`; minifying keeps both.
    ['zod: the background validates, the content script ships types only', /\b_zod\b|\$Zod[A-Z]/],
    ['innerHTML writes', /\.innerHTML\s*=/],
    ['network calls', /\bfetch\(|XMLHttpRequest|WebSocket\(/],
  ])('contains no %s', (_name, pattern) => {
    expect(code).not.toMatch(pattern);
  });
});
