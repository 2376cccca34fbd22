import { expect, test } from 'vitest';
import { useBrowserSession } from './support/browser-session';

const session = useBrowserSession();

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: { repair: { id: string } } }> };
  action: { getBadgeText(details: object): Promise<string> };
};

test('the popup lists what is due by name, and Done clears it and the badge', async () => {
  const page = await session.extension.context.newPage();
  await page.goto(session.extension.extensionUrl('popup.html'));
  await page.getByText('Nothing is due').waitFor();

  const dueAt = Date.now() + 1_000;
  await page.evaluate(async (at) => {
    const logged = await chrome.runtime.sendMessage({ type: 'logRepair', payload: { person: 'Noor' } });
    if (!logged.ok || !logged.value) throw new Error('logRepair failed');
    await chrome.runtime.sendMessage({ type: 'addFollowUp', payload: { repairId: logged.value.repair.id, kind: 'check-in', dueAt: at } });
  }, dueAt);
  await expect.poll(() => session.extension.serviceWorker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 15_000 }).toBe('1');

  // The popup reads live: reopening shows it, named after the person.
  await page.reload();
  const item = page.getByRole('listitem').filter({ hasText: 'Check in with Noor' });
  await item.waitFor();
  await item.getByRole('button', { name: 'Done' }).click();
  await item.getByRole('radio', { name: 'Went well' }).check();
  await item.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Nothing is due').waitFor();
  await expect.poll(() => session.extension.serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
  await page.close();
});
