// The nudge as users see it, from the real build: npm run build:e2e && npx tsx scripts/screenshots-nudge.ts
// Writes docs/practice.png and, for review, .output/screenshots/nudge-*.png (light and dark page, wide and 390 px,
// compact and expanded; and a light apology's quiet chip and its log form, nudge-*-light-*.png).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchExtension } from './browser/chromium';
import { servePages } from './browser/serve-pages';
import { waitForContentScript } from './browser/content-script-ready';

const APOLOGY = "Sam, I'm sorry I snapped at you in front of everyone yesterday. If you were offended, that wasn't my intent.";
const LIGHT_APOLOGY = 'Sorry for the late reply, Tuesday works for me.';
const out = path.resolve('.output/screenshots');
await mkdir(out, { recursive: true });
const extension = await launchExtension();
const pages = await servePages();
try {
  const page = await extension.context.newPage();
  await page.setViewportSize({ width: 1000, height: 560 });
  await page.goto(extension.extensionUrl('practice.html'));
  await page.getByLabel('A chat message').click();
  await page.keyboard.type(APOLOGY);
  const practiceNudge = page.getByRole('complementary', { name: 'Amends' });
  await practiceNudge.getByRole('button', { name: /ways? to make it a repair/ }).click();
  await practiceNudge.getByRole('button', { name: 'Show less' }).waitFor();
  await page.screenshot({ path: path.resolve('docs/practice.png') });

  for (const theme of ['light', 'dark']) {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 700 : 800 });
      await page.goto(pages.url(`chat-app.html?theme=${theme}`));
      await page.waitForFunction(() => (window as { __editorReady?: boolean }).__editorReady === true);
      await waitForContentScript(page, extension.extensionId);
      await page.locator('#editor').click();
      await page.keyboard.type(APOLOGY);
      const nudge = page.getByRole('complementary', { name: 'Amends' });
      await nudge.getByRole('button', { name: /ways? to make it a repair/ }).waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(out, `nudge-${theme}-${width}-compact.png`) });
      await nudge.getByRole('button', { name: /ways? to make it a repair/ }).click();
      await nudge.getByRole('button', { name: 'Show less' }).waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(out, `nudge-${theme}-${width}-expanded.png`) });

      // A light apology: the quiet chip, then its log form with the unticked check-in opt-in.
      await page.goto(pages.url(`chat-app.html?theme=${theme}`));
      await page.waitForFunction(() => (window as { __editorReady?: boolean }).__editorReady === true);
      await waitForContentScript(page, extension.extensionId);
      await page.locator('#editor').click();
      await page.keyboard.type(LIGHT_APOLOGY);
      await nudge.getByRole('button', { name: 'Log it' }).waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(out, `nudge-${theme}-${width}-light-compact.png`) });
      await nudge.getByRole('button', { name: 'Log it' }).click();
      await nudge.getByLabel('Who was this with?').fill('Robin');
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(out, `nudge-${theme}-${width}-light-log.png`) });
    }
  }
} finally {
  await extension.close();
  await pages.close();
}
console.log(`screenshots written to docs/practice.png and ${out}`);
