// Renders public/icon/amends.svg to the PNG sizes browsers and stores need, in real Chromium.
// Run after editing the SVG: node scripts/draw-icons.mjs (the PNGs are committed).
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const sizes = [16, 19, 32, 38, 48, 96, 128];
const svg = await readFile('public/icon/amends.svg', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of sizes) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
console.log(`drew ${sizes.join(', ')} px icons`);
