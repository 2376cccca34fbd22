// Opens the practice page in Chromium with the production build loaded. Without a display it runs
// headless, writes a screenshot to .output/practice.png, and explains how to load the extension by hand.
import path from 'node:path';
import { launchExtension } from './browser/chromium';

const buildDir = path.resolve('.output/chrome-mv3');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const extension = await launchExtension({ buildDir, headless: !hasDisplay });
const page = await extension.context.newPage();
await page.goto(extension.extensionUrl('practice.html'));

if (hasDisplay) {
  console.log('Amends is loaded. Write an apology on the practice page; close the browser to stop.');
  await new Promise((resolve) => extension.context.on('close', resolve));
} else {
  // Show a new user what Amends does: an apology in a box, and the nudge beside it.
  await page.setViewportSize({ width: 1000, height: 640 });
  await page.getByLabel('A chat message').click();
  await page.keyboard.type("sorry I snapped at you yesterday, that wasn't fair");
  await page.getByRole('complementary', { name: 'Amends' }).waitFor();
  const screenshot = path.resolve('.output/practice.png');
  await page.screenshot({ path: screenshot });
  await extension.close();
  console.log(`No display here, so Chromium ran headless. Practice page screenshot: ${screenshot}`);
  console.log(`
To use Amends in your own browser:
  Chrome/Chromium/Edge: open chrome://extensions, turn on Developer mode, click "Load unpacked" and choose
    ${buildDir}
  Firefox: open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…" and choose
    ${path.resolve('.output/firefox-mv2/manifest.json')}`);
}
