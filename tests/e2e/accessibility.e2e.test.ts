import { beforeAll, describe, expect, test } from 'vitest';
import { useBrowserSession } from './support/browser-session';
import { axeViolations } from './support/axe';

const session = useBrowserSession();

describe('accessibility (axe-core)', () => {
  test.each(['popup.html', 'options.html', 'practice.html'])('%s has no violations', async (file) => {
    const page = await session.extension.context.newPage();
    await page.goto(session.extension.extensionUrl(file));
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  describe('every review view, light and dark', () => {
    let repairId = '';
    beforeAll(async () => {
      const page = await session.extension.context.newPage();
      await page.goto(session.extension.extensionUrl('options.html'));
      const send = (type: string, payload: unknown) =>
        page.evaluate(({ type, payload }) => (window as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: { repair: { id: string } } }> } } }).chrome.runtime.sendMessage({ type, payload }), { type, payload });
      const logged = await send('logRepair', {
        person: 'Sam',
        whatHappened: 'I snapped at Sam.',
        plannedTalkAt: Date.now() + 3_600_000,
        commitments: [{ text: 'Ask before I answer.' }],
        excerpt: 'sorry I snapped',
      });
      repairId = logged.value.repair.id;
      await send('logRepair', { person: 'sam', whatHappened: 'I was late.', status: 'resolved' });
      await send('addFollowUp', { repairId, kind: 'check-in', dueAt: Date.now() - 60_000 });
      await page.close();
    });

    const views = ['#/repairs', '#/repair/ID', '#/person/sam', '#/insights', '#/settings', '#/data', '#/welcome', '#/due'];
    test.each(views.flatMap((view) => (['light', 'dark'] as const).map((scheme) => [view, scheme] as const)))('%s (%s)', async (view, scheme) => {
      const page = await session.extension.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(session.extension.extensionUrl(`options.html${view.replace('ID', encodeURIComponent(repairId))}`));
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      // Let live queries settle (rows, figures) before judging.
      await page.waitForTimeout(300);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
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
