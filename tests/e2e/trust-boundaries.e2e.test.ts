import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { contracts } from '../../lib/messaging/contracts';
import { editorPage, openEditorPage } from '../../scripts/browser/editor-pages';
import { readStored } from '../../scripts/browser/stored-records';
import { useBrowserSession } from './support/browser-session';

const session = useBrowserSession();

/** Runs an expression inside Amends' content-script world of the page's main frame (its isolated world, over CDP). */
async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const origin = `chrome-extension://${session.extension.extensionId}`;
    const contexts: { id: number; origin: string; frameId: unknown }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) =>
      contexts.push({ id: context.id, origin: context.origin, frameId: context.auxData?.frameId }),
    );
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = contexts.find((c) => c.origin === origin && c.frameId === frameTree.frame.id);
    if (!world) throw new Error('Amends content script world not found');
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach();
  }
}

async function openComposePage(): Promise<Page> {
  return (await openEditorPage(session.extension, session.pages, editorPage('textarea.html'))).page;
}

/** Everything Amends keeps, read from its own origin's IndexedDB through an extension page. */
async function storedState(): Promise<{ repairs: number; followUps: number; settings: unknown }> {
  const [repairs, followUps, settings] = await Promise.all([
    readStored(session.extension, 'repairs'),
    readStored(session.extension, 'followUps'),
    readStored(session.extension, 'settings'),
  ]);
  return { repairs: repairs.length, followUps: followUps.length, settings: settings.find((row) => row.id === 'current') ?? null };
}

describe('from the content script\'s world', () => {
  test('storage.local can be neither read nor written', async () => {
    const page = await openComposePage();
    // The background closes storage.local as it starts (close-storage.ts), in the same turn in which it begins to
    // answer messages; a fresh browser may run the content script a moment before that. Once the background has
    // answered the content script, storage must be closed: that is the promise tested here.
    expect(await inContentScript(page, `chrome.runtime.sendMessage({ type: 'getComposeStatus', payload: {} }).then((reply) => reply.ok)`)).toBe(true);
    const outcome = (await inContentScript(
      page,
      `Promise.allSettled([chrome.storage.local.get(null), chrome.storage.local.set({ planted: true })])
         .then((results) => results.map((r) => r.status === 'rejected' ? 'refused: ' + r.reason.message : 'allowed'))`,
    )) as string[];
    expect(outcome).toEqual([expect.stringMatching(/^refused: /), expect.stringMatching(/^refused: /)]);
    await page.close();
  });

  const pageOnly = Object.values(contracts).filter((contract) => !contract.from.includes('content-script'));

  test(`each of the ${pageOnly.length} page-only messages is refused with a clear error, and nothing changes`, async () => {
    const page = await openComposePage();
    const before = await storedState();
    for (const { type } of pageOnly) {
      const reply = await inContentScript(
        page,
        `chrome.runtime.sendMessage({ type: ${JSON.stringify(type)}, payload: { confirm: 'delete everything', storeExcerpts: true, nudgesEnabled: false, text: '{}', host: 'mail.google.com', paused: true } })`,
      );
      expect(reply, type).toEqual({ ok: false, error: `${type} cannot be sent from a web page` });
    }
    expect(await storedState()).toEqual(before);
    await page.close();
  });

  test('setSitePaused pauses only the sender\'s own site, whatever host the payload names', async () => {
    const page = await openComposePage();
    const reply = await inContentScript(
      page,
      `chrome.runtime.sendMessage({ type: 'setSitePaused', payload: { paused: true, host: 'mail.google.com' } })`,
    );
    expect(reply).toEqual({ ok: true, value: { host: '127.0.0.1', paused: true } });
    const { settings } = await storedState();
    expect(settings).toMatchObject({ value: { pausedHosts: ['127.0.0.1'] } });
    await inContentScript(page, `chrome.runtime.sendMessage({ type: 'setSitePaused', payload: { paused: false } })`);
    expect((await storedState()).settings).toMatchObject({ value: { pausedHosts: [] } });
    await page.close();
  });
});
