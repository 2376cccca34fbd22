import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../lib/apology';
import { deflectionMessage, suggestionPhrase } from '../../lib/coaching/words';
import { english } from '../support/english';
import { editorPage, NUDGE_SETTLE_MS, nudgeIn, openAndType } from '../../scripts/browser/editor-pages';
import { storedRepairs as readStoredRepairs } from '../../scripts/browser/stored-records';
import { useBrowserSession } from './support/browser-session';
import { openCard } from './support/nudge';

const session = useBrowserSession();

const storedRepairs = () => readStoredRepairs(session.extension);

async function setKeepExcerpts(keep: boolean): Promise<void> {
  const page = await session.extension.context.newPage();
  await page.goto(session.extension.extensionUrl('options.html#/settings'));
  const box = page.getByLabel('Keep an excerpt of the message with each logged repair');
  if ((await box.isChecked()) !== keep) await box.click();
  await expect.poll(() => box.isChecked()).toBe(keep);
  await page.close();
}

/** Types into the practice page's chat box and returns the nudge's text once it shows. */
async function nudgeTextFor(message: string): Promise<string> {
  const page = await session.extension.context.newPage();
  await page.goto(session.extension.extensionUrl('practice.html'));
  await page.getByLabel('A chat message').click();
  await page.keyboard.type(message);
  const nudge = page.getByRole('complementary', { name: 'Amends' });
  await openCard(nudge);
  const text = (await nudge.textContent()) ?? '';
  await page.close();
  return text;
}

describe('what the nudge says', () => {
  test.each([
    'Sorry if you were offended by what I said.',
    "I'm sorry you feel that way.",
    'Sorry, but you were the one who started it.',
  ])('quotes the deflection in "%s" and says why it undercuts the repair', async (message) => {
    const [deflection] = analyzeMessage(message).deflections;
    if (!deflection) throw new Error(`the analysis found no deflection in ${message}`);
    const text = await nudgeTextFor(message);
    expect(text).toContain(`“${message.slice(deflection.start, deflection.end)}”`);
    expect(text).toContain(deflectionMessage(deflection.kind, english));
  });

  test('a serious apology hears about talking in person and gets a phrase for each missing part', async () => {
    const message = 'Sam, I am sorry I snapped at you in front of everyone.';
    const { suggestions, addressee } = analyzeMessage(message);
    expect(suggestions.length).toBeGreaterThan(0);
    const text = await nudgeTextFor(message);
    expect(text).toContain('in person');
    // Most important first: the first two steps show, the rest wait behind "more" (opened by openCard).
    for (const suggestion of suggestions) expect(text).toContain(suggestionPhrase(suggestion.component, addressee, english));
  });

  test('a ritual apology gets a quieter chip: no checklist, and a quiet Log it instead of Log this repair', async () => {
    const page = await session.extension.context.newPage();
    await page.goto(session.extension.extensionUrl('practice.html'));
    await page.getByLabel('A chat message').click();
    await page.keyboard.type('sorry for the late reply, Tuesday works for me');
    const nudge = page.getByRole('complementary', { name: 'Amends' });
    await nudge.getByText('A quick sorry is fine by message').waitFor();
    expect(await nudge.textContent()).not.toContain('What a repair still needs');
    expect(await nudge.getByRole('button', { name: 'Log this repair' }).count()).toBe(0);
    // Logging it plans no check-ins unless asked for: nudge-actions.e2e.test.ts follows it to the review page.
    expect(await nudge.getByRole('button', { name: 'Log it' }).getAttribute('class')).toBe('quiet');
    await page.close();
  });

  test('a serious apology that owns it and offers to make it right hears that it reads like a real repair', async () => {
    const message = "Sam, I'm sorry I snapped at you. That was my fault. What can I do to make this right?";
    expect(analyzeMessage(message)).toMatchObject({ weight: 'serious', deflections: [] });
    const text = await nudgeTextFor(message);
    expect(text).toContain('This reads like a real repair');
    expect(text).not.toContain('What a repair still needs');
  });
});

describe('logging a repair from the nudge', () => {
  const MESSAGE = "Hi Sam, I'm sorry I snapped at you in the meeting.";

  async function logFromTextarea() {
    const { page } = await openAndType(session.extension, session.pages, editorPage('textarea.html'), MESSAGE);
    const nudge = nudgeIn(page);
    await nudge.getByRole('button', { name: 'Log this repair' }).click();
    // The greeting's name is offered; the user confirms it.
    const person = nudge.getByLabel('Who is this repair with?');
    expect(await person.inputValue()).toBe('Sam');
    await nudge.getByRole('button', { name: 'Save' }).click();
    await nudge.getByRole('status').filter({ hasText: 'Logged your repair with Sam' }).waitFor();
    expect(await page.evaluate(() => window.__editorText?.())).toBe(MESSAGE);
    return { page, nudge };
  }

  test('stores who, where and what was missing, but not the message text by default', async () => {
    const before = (await storedRepairs()).length;
    const { page } = await logFromTextarea();
    await page.close();
    const repairs = await storedRepairs();
    expect(repairs).toHaveLength(before + 1);
    const logged = repairs.find((repair) => repair.source === 'nudge' && repair.person === 'Sam');
    expect(logged).toMatchObject({ siteHost: '127.0.0.1', weight: analyzeMessage(MESSAGE).weight, componentsMissing: analyzeMessage(MESSAGE).missing });
    expect(logged?.excerpt).toBeUndefined();
  });

  test('keeps the message text only when the user opted in', async () => {
    await setKeepExcerpts(true);
    const { page } = await logFromTextarea();
    await page.close();
    await setKeepExcerpts(false);
    const withExcerpt = (await storedRepairs()).filter((repair) => repair.excerpt !== undefined);
    expect(withExcerpt.map((repair) => repair.excerpt)).toEqual([MESSAGE]);
  });

  test('"Plan the talk" opens the planning view for that repair', async () => {
    const { page, nudge } = await logFromTextarea();
    const [repairTab] = await Promise.all([
      session.extension.context.waitForEvent('page'),
      nudge.getByRole('button', { name: 'Plan the talk' }).click(),
    ]);
    await repairTab.getByRole('heading', { name: 'Plan the talk with Sam' }).waitFor();
    expect(repairTab.url()).toMatch(/popup\.html#\/plan\/[\w-]+$/);
    await repairTab.close();
    await page.close();
  });
});

describe('pausing Amends on a site', () => {
  const APOLOGY = "I'm sorry I snapped at you yesterday.";

  async function typeApologyInTextarea() {
    const { page } = await openAndType(session.extension, session.pages, editorPage('textarea.html'), APOLOGY);
    return { page, nudge: nudgeIn(page) };
  }

  test('pausing hides the nudge there until the user resumes the site in the options page', async () => {
    const first = await typeApologyInTextarea();
    await openCard(first.nudge);
    await first.nudge.getByRole('button', { name: 'Pause on this site' }).click();
    await first.nudge.getByText('Paused on 127.0.0.1').waitFor();
    await first.page.close();

    const paused = await typeApologyInTextarea();
    await paused.page.waitForTimeout(NUDGE_SETTLE_MS);
    expect(await paused.page.locator('amends-nudge').count()).toBe(0);
    await paused.page.close();

    const options = await session.extension.context.newPage();
    await options.goto(session.extension.extensionUrl('options.html#/settings'));
    await options.getByRole('button', { name: 'Resume on 127.0.0.1' }).click();
    await options.getByRole('list', { name: 'Paused sites' }).waitFor({ state: 'detached' });
    await options.close();

    const resumed = await typeApologyInTextarea();
    await resumed.nudge.waitFor();
    await resumed.page.close();
  });
});
