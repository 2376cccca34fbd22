import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openWelcomeOnInstall } from '../../../entrypoints/background/welcome';

beforeEach(() => {
  fakeBrowser.reset();
});

test.each([
  ['install', true],
  ['update', false],
  ['chrome_update', false],
  ['browser_update', false],
  ['shared_module_update', false],
])('on %s the welcome opens: %s', async (reason, opens) => {
  expect(await openWelcomeOnInstall({ reason })).toBe(opens);
  const tabs = await fakeBrowser.tabs.query({});
  expect(tabs.flatMap((tab) => (tab.url ? [tab.url] : []))).toEqual(opens ? [fakeBrowser.runtime.getURL('/options.html#/welcome')] : []);
});
