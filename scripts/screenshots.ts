// Redraws the README's screenshots from the real extension: npm run build:e2e && npx tsx scripts/screenshots.ts
import path from 'node:path';
import { launchExtension } from './browser/chromium';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const docs = path.resolve('docs');
const extension = await launchExtension();
const page = await extension.context.newPage();

await page.setViewportSize({ width: 1000, height: 560 });
await page.goto(extension.extensionUrl('practice.html'));
await page.getByLabel('A chat message').click();
await page.keyboard.type("sorry I snapped at you yesterday, that wasn't fair");
await page.getByRole('complementary', { name: 'Amends' }).waitFor();
await page.screenshot({ path: path.join(docs, 'practice.png') });

await page.setViewportSize({ width: 380, height: 560 });
await page.goto(extension.extensionUrl('popup.html'));
await page.getByRole('heading', { level: 1 }).waitFor();
await page.screenshot({ path: path.join(docs, 'popup.png') });

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
