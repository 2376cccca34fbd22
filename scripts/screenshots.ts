// Redraws the README's screenshots from the real extension: npm run build:e2e && npx tsx scripts/screenshots.ts
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension } from './browser/chromium';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const docs = path.resolve('docs');
/** The toolbar popup's real size: Amends' popup is 380 px wide; Chromium caps popups at 600 px high. */
const POPUP = { width: 380, height: 600 };

const extension = await launchExtension();
const page = await extension.context.newPage();

await page.setViewportSize({ width: 1000, height: 560 });
await page.goto(extension.extensionUrl('practice.html'));
await page.getByLabel('A chat message').click();
await page.keyboard.type("sorry I snapped at you yesterday, that wasn't fair");
await page.getByRole('complementary', { name: 'Amends' }).waitFor();
await page.screenshot({ path: path.join(docs, 'practice.png') });

/** Walks the checklist to step 3 and writes an admission that deflects, so the coaching shows. */
async function checklistAtAdmission(target: Page) {
  await target.goto(extension.extensionUrl('popup.html'));
  await target.getByRole('button', { name: 'Prepare a conversation' }).click();
  await target.getByLabel('Who is it with?').fill('Sam');
  await target.getByLabel('Relationship').selectOption('partner');
  await target.getByRole('button', { name: 'Next' }).click();
  await target.getByLabel('Take stock of the damage').fill('I snapped at Sam when they asked about the weekend, in front of their sister.');
  await target.getByLabel('How it hurt them').fill('They felt small and brushed off.');
  await target.getByRole('button', { name: 'Next' }).click();
  await target.getByLabel('Say you want to repair it').fill('I see I hurt you on Saturday. I want to repair it and reconnect with you.');
  await target.getByRole('button', { name: 'Next' }).click();
  await target.getByLabel('Admit the mistake').fill("I'm sorry if you felt brushed off, but I was tired.");
  const coaching = target.getByRole('status', { name: 'Words that could undercut the repair' });
  await coaching.waitFor();
  // Scrolled as a user would, so the note beside the field shows above the sticky Back/Next bar.
  await coaching.evaluate((element) => element.scrollIntoView({ block: 'end' }));
  await target.mouse.move(0, 0);
}

await page.setViewportSize(POPUP);
for (const scheme of ['light', 'dark'] as const) {
  await page.emulateMedia({ colorScheme: scheme });
  await checklistAtAdmission(page);
  await page.screenshot({ path: path.join(docs, scheme === 'light' ? 'popup-checklist.png' : 'popup-checklist-dark.png') });
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { name: 'The talk' }).waitFor();
  await page.screenshot({ path: path.join(docs, scheme === 'light' ? 'popup-talk.png' : 'popup-talk-dark.png') });
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Leave for now' }).click();
}
await page.emulateMedia({ colorScheme: 'light' });

// The due list: a talk that has come up and a check-in from an earlier repair.
await page.goto(extension.extensionUrl('popup.html'));
await page.evaluate(async () => {
  // No named functions in here: tsx would wrap them in a helper the page does not have.
  type Logged = { value: { repair: { id: string } } };
  const sam = ((await chrome.runtime.sendMessage({ type: 'logRepair', payload: { person: 'Sam', relationship: 'partner' } })) as Logged).value.repair.id;
  const noor = ((await chrome.runtime.sendMessage({ type: 'logRepair', payload: { person: 'Noor', relationship: 'coworker' } })) as Logged).value.repair.id;
  const soon = Date.now() + 800;
  await chrome.runtime.sendMessage({ type: 'addFollowUp', payload: { repairId: noor, kind: 'talk', dueAt: soon } });
  await chrome.runtime.sendMessage({ type: 'addFollowUp', payload: { repairId: sam, kind: 'check-in', dueAt: soon } });
});
await page.waitForTimeout(1_000);
await page.reload();
await page.getByRole('heading', { name: 'Due now' }).waitFor();
await page.screenshot({ path: path.join(docs, 'popup.png') });
await page.getByRole('listitem', { name: /Check in with Sam/ }).getByRole('button', { name: 'Done' }).click();
await page.getByRole('radio', { name: 'Went well' }).check();
await page.getByLabel('A note for yourself').fill('We walked and talked it through.');
await page.screenshot({ path: path.join(docs, 'popup-done.png') });

await page.setViewportSize({ width: 900, height: 900 });
await page.goto(extension.extensionUrl('options.html'));
const logged = (await page.evaluate(() =>
  chrome.runtime.sendMessage({
    type: 'logRepair',
    payload: { person: 'Sam', relationship: 'partner', whatHappened: 'I snapped at Sam when they asked about the weekend.', plannedTalkAt: Date.now() + 20 * 3_600_000, commitments: [{ text: 'Take a breath and ask before I answer.' }] },
  }),
)) as { value: { repair: { id: string } } };
await page.goto(extension.extensionUrl(`options.html#/repair/${logged.value.repair.id}`));
await page.getByRole('heading', { name: 'Repair with Sam' }).waitFor();
await page.screenshot({ path: path.join(docs, 'options.png'), fullPage: true });

await extension.close();
console.log(`screenshots written to ${docs}`);
