import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtension, type LoadedExtension } from '../../scripts/browser/chromium';
import { send } from './support/popup-helpers';
import { type AxeViolation, axeViolations } from './support/axe';

let extension: LoadedExtension;

beforeAll(async () => {
  extension = await launchExtension();
});

afterAll(async () => {
  await extension?.close();
});

const next = (page: Page) => page.getByRole('button', { name: 'Next', exact: true }).click();

describe.each(['light', 'dark'] as const)('every popup view in %s', (colorScheme) => {
  test('has no axe-core violations', async () => {
    const page = await extension.context.newPage();
    await page.emulateMedia({ colorScheme });
    const found: Record<string, AxeViolation[]> = {};
    const check = async (view: string) => {
      const violations = await axeViolations(page);
      if (violations.length > 0) found[view] = violations;
    };

    await page.goto(extension.extensionUrl('popup.html'));
    await page.getByText('Nothing is due').waitFor();
    await check('home, nothing due');

    await page.getByRole('button', { name: 'Prepare a conversation' }).click();
    await next(page);
    await page.getByRole('alert').waitFor();
    await check('who, with the "say who" error');
    await page.getByLabel('Who is it with?').fill('Ana');
    await next(page);
    await page.getByLabel('Take stock of the damage').fill('I missed her recital.');
    await check('step 1');
    await next(page);
    await page.getByLabel('Say you want to repair it').fill("Sorry if you were upset, but I'd like to fix it.");
    await page.getByRole('status', { name: 'Words that could undercut the repair' }).waitFor();
    await check('step 2 with coaching');
    await next(page);
    await page.getByLabel('Admit the mistake').fill("I'm sorry I missed your recital. That's on me.");
    await page.getByText('This owns what you did').waitFor();
    await check('step 3 with praise');
    await next(page);
    await check('step 4');
    await next(page);
    await check('step 5');
    await next(page);
    await page.getByRole('heading', { name: 'The talk' }).waitFor();
    await check('the talk, in person');
    await page.getByRole('radio', { name: 'Call' }).check();
    await page.getByLabel('Why not in person?').fill('She is abroad this month.');
    await check('the talk, a call');
    await page.getByRole('button', { name: 'Tomorrow evening' }).click();
    await page.getByRole('button', { name: 'Save the plan' }).click();
    await page.getByRole('heading', { name: 'Your plan with Ana is saved' }).waitFor();
    await check('saved');

    const repairId = (await send<{ repair: { id: string } }>(page, 'logRepair', { person: 'Ben', componentsMissing: ['responsibility', 'repair'] })).repair.id;
    await send(page, 'addFollowUp', { repairId, kind: 'check-in', dueAt: Date.now() + 200 });
    await page.waitForTimeout(400);
    await page.goto(extension.extensionUrl('popup.html'));
    await page.getByRole('heading', { name: 'Due now' }).waitFor();
    await check('home with a due check-in');
    const item = page.getByRole('listitem').filter({ hasText: 'Check in with Ben' });
    await item.getByRole('button', { name: 'Done' }).click();
    await item.getByRole('button', { name: 'Save' }).click();
    await item.getByRole('alert').waitFor();
    await check('done form with its error');
    await item.getByRole('button', { name: 'Cancel' }).click();
    await item.getByRole('button', { name: 'Snooze' }).click();
    await check('snooze choices');

    await page.goto(extension.extensionUrl(`popup.html#/plan/${encodeURIComponent(repairId)}`));
    await page.getByRole('heading', { name: 'Plan the talk with Ben' }).waitFor();
    await check('plan an existing repair');
    await page.getByRole('button', { name: 'Save the plan' }).click();
    await page.getByRole('alert').waitFor();
    await check('plan with its error');
    await page.goto(extension.extensionUrl('popup.html#/plan/gone'));
    await page.getByRole('alert').waitFor();
    await check('plan of a missing repair');

    // Clean up for the other scheme: the due check-in done.
    await page.goto(extension.extensionUrl('popup.html'));
    await item.getByRole('button', { name: 'Done' }).click();
    await item.getByRole('radio', { name: 'No reply' }).check();
    await item.getByRole('button', { name: 'Save' }).click();
    await item.waitFor({ state: 'detached' });
    await page.close();
    expect(found).toEqual({});
  });
});

describe('the design system', () => {
  test.each(['popup.html', 'options.html', 'practice.html'])('body text on %s is at least 14 px as Chromium computes it', async (file) => {
    const page = await extension.context.newPage();
    await page.goto(extension.extensionUrl(file));
    await page.getByRole('heading', { level: 1 }).waitFor();
    const sizes = await page.evaluate(() => {
      const px = (element: Element | null) => (element ? Number.parseFloat(getComputedStyle(element).fontSize) : Number.NaN);
      return { body: px(document.body), paragraph: px(document.querySelector('main p, .popup p')) };
    });
    expect(sizes.body).toBeGreaterThanOrEqual(14);
    expect(sizes.paragraph).toBeGreaterThanOrEqual(14);
    await page.close();
  });

  test.each(['popup.html', 'options.html', 'practice.html'])('the dark theme of %s has its own background and text colours', async (file) => {
    const page = await extension.context.newPage();
    const colours = async (colorScheme: 'light' | 'dark') => {
      await page.emulateMedia({ colorScheme });
      return page.evaluate(() => {
        const style = getComputedStyle(document.body);
        return { background: style.backgroundColor, text: style.color };
      });
    };
    await page.goto(extension.extensionUrl(file));
    await page.getByRole('heading', { level: 1 }).waitFor();
    const light = await colours('light');
    const dark = await colours('dark');
    expect(dark.background).not.toBe(light.background);
    expect(dark.text).not.toBe(light.text);
    await page.close();
  });

  test('buttons are styled, not the browser default', async () => {
    const page = await extension.context.newPage();
    await page.goto(extension.extensionUrl('popup.html'));
    const button = page.getByRole('button', { name: 'Prepare a conversation' });
    const style = await button.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { background: computed.backgroundColor, radius: Number.parseFloat(computed.borderTopLeftRadius), size: Number.parseFloat(computed.fontSize) };
    });
    // The browser default is a light grey (rgb(239, 239, 239)) with square-ish corners.
    expect(style.background).not.toBe('rgb(239, 239, 239)');
    expect(style.radius).toBeGreaterThanOrEqual(4);
    expect(style.size).toBeGreaterThanOrEqual(14);
    await page.close();
  });
});
