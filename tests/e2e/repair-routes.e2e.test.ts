import { expect, test } from 'vitest';
import { EXPORT_FORMAT } from '../../lib/db/export-file';
import { optionsHash } from '../../lib/routes/options-route';
import { makeRepair } from '../lib/db/records';
import { useBrowserSession } from './support/browser-session';

const session = useBrowserSession();

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: string }> } };

// Ids from an import are anyone's text: the route must carry them whole, and never break the page.
test.each(['50%-off', 'a/b', 'x#y', '%E0%A4%A', 'plain-id'])('a repair whose id is %j opens at its own address', async (id) => {
  const page = await session.extension.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(session.extension.extensionUrl('options.html'));
  const file = JSON.stringify({
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: Date.now(),
    repairs: [makeRepair({ id, person: `Sam ${id}`, whatHappened: `The one with id ${id}` })],
    followUps: [],
  });
  const reply = await page.evaluate((text) => chrome.runtime.sendMessage({ type: 'importData', payload: { text } }), file);
  expect(reply.error).toBeUndefined();
  await page.goto(session.extension.extensionUrl(`options.html${optionsHash({ page: 'repair', id })}`));
  await page.getByRole('heading', { name: `Repair with Sam ${id}` }).waitFor();
  expect(await page.getByText(`The one with id ${id}`).count()).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  await page.close();
});
