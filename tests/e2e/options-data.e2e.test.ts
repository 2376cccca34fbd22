import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { countRepairs, logRepair } from './support/background-messages';
import { useBrowserSession } from './support/browser-session';

const session = useBrowserSession();

test('the options page shows a logged repair, completes its follow-up, exports, refuses a bad import and deletes everything', async () => {
  const page = await session.extension.context.newPage();
  await page.goto(session.extension.extensionUrl('options.html'));
  await page.getByRole('heading', { level: 1, name: 'Amends' }).waitFor();

  // Logged elsewhere (as a nudge would), the repair appears live in the timeline.
  const id = await logRepair(page, { person: 'Robin', whatHappened: 'I missed the recital I promised to attend.', plannedTalkAt: Date.now() + 86_400_000 });
  const link = page.getByRole('link', { name: /Robin/ });
  await link.waitFor();

  // Notifications open #/repair/ID: the detail shows that repair and its follow-ups.
  await page.goto(session.extension.extensionUrl(`options.html#/repair/${id}`));
  await page.getByRole('heading', { name: 'Repair with Robin' }).waitFor();
  const doneButtons = page.getByRole('button', { name: 'Done' });
  const openBefore = await doneButtons.count();
  expect(openBefore).toBeGreaterThan(0);
  await doneButtons.first().click();
  await expect.poll(() => doneButtons.count()).toBe(openBefore - 1);

  // The planned talk goes to the user's calendar as an .ics file.
  const [calendar] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /calendar/ }).click()]);
  expect(await readFile((await calendar.path()) as string, 'utf8')).toContain('SUMMARY:Talk with Robin');

  // Export everything: a versioned JSON file holding the repair.
  await page.goto(session.extension.extensionUrl('options.html#/data'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything (JSON)' }).click()]);
  const exported = JSON.parse(await readFile((await download.path()) as string, 'utf8'));
  expect(exported.repairs.map((repair: { person: string }) => repair.person)).toEqual(['Robin']);

  // A broken file is refused with a specific error, and nothing changes.
  await page.getByLabel('Import an Amends export file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something-else"}') });
  await expect.poll(() => page.getByRole('alert').textContent()).toBe('This file is not an Amends export.');
  expect(await countRepairs(page)).toBe(1);

  // Erasing asks for the phrase first.
  const erase = page.getByRole('button', { name: 'Delete everything' });
  expect(await erase.isDisabled()).toBe(true);
  await page.getByLabel(/To erase every repair/).fill('delete everything');
  await erase.click();
  await page.getByText('Everything was deleted, settings included.').waitFor();
  expect(await countRepairs(page)).toBe(0);

  // The exported file brings it all back.
  await page.getByLabel('Import an Amends export file').setInputFiles({ name: 'amends.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await page.getByText(/^Imported 1 repairs/).waitFor();
  await page.getByRole('link', { name: 'Repairs', exact: true }).click();
  await page.getByRole('link', { name: /Robin/ }).waitFor();
  await page.close();
});
