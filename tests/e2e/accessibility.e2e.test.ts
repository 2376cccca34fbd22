import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserSession } from './support/browser-session';

const session = useBrowserSession();

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: Array<{ target: unknown }>;
}

/** Runs axe-core in the page (evaluated through CDP, so extension pages' CSP does not block it). */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.map(({ target }) => ({ target })) }));
}

describe('accessibility (axe-core)', () => {
  test.each(['popup.html', 'options.html', 'practice.html'])('%s has no violations', async (file) => {
    const page = await session.extension.context.newPage();
    await page.goto(session.extension.extensionUrl(file));
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test('the nudge beside a compose box has no violations', async () => {
    const page = await session.extension.context.newPage();
    await page.goto(session.extension.extensionUrl('practice.html'));
    await page.getByLabel('A chat message').click();
    await page.keyboard.type('sorry I snapped at you yesterday');
    await page.getByRole('complementary', { name: 'Amends' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
