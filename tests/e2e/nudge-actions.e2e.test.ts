import { expect, test } from 'vitest';
import { analyzeMessage } from '../../lib/apology';
import { suggestionPhrase } from '../../lib/coaching/words';
import { english } from '../support/english';
import { countRepairs, send } from './support/background-messages';
import { useBrowserSession } from './support/browser-session';
import { waitForContentScript } from '../../scripts/browser/content-script-ready';
import { liveRegion, nudgeIn, openCard } from './support/nudge';

const session = useBrowserSession();
const APOLOGY = "I'm sorry I snapped at you yesterday.";
// Ten times the debounce: a nudge would have shown by then.
const SETTLE_MS = 1_500;

async function openChat(file = 'chat-app.html') {
  const page = await session.extension.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(session.pages.url(file));
  await page.waitForFunction(() => window.__editorReady === true);
  await waitForContentScript(page, session.extension.extensionId);
  return { page, errors, nudge: nudgeIn(page) };
}

async function typeApology(page: Awaited<ReturnType<typeof openChat>>['page'], text = APOLOGY) {
  await page.locator('#editor').click();
  await page.keyboard.type(text);
  await nudgeIn(page).getByRole('button', { name: 'Log this repair' }).waitFor();
}

async function repairCount(): Promise<number> {
  const page = await session.extension.context.newPage();
  await page.goto(session.extension.extensionUrl('options.html'));
  const count = await countRepairs(page);
  await page.close();
  return count;
}

test('a quick double click on Insert inserts the phrase once, joined with a space, with its blank selected', async () => {
  const { page, nudge } = await openChat();
  await typeApology(page);
  await openCard(nudge);
  const analysis = analyzeMessage(APOLOGY);
  const first = analysis.suggestions
    .map((s) => ({ text: suggestionPhrase(s.component, analysis.addressee, english) }))
    .find((s) => s.text.includes('___'));
  if (!first) throw new Error('no suggestion with a blank');
  await nudge.getByRole('button', { name: `Insert: ${first.text}` }).dblclick();
  await page.waitForTimeout(800);
  expect(await page.evaluate(() => window.__editorText?.())).toBe(`${APOLOGY} ${first.text}`);
  // The blank is selected: what the user types goes in its place.
  await page.keyboard.type('shouted');
  expect(await page.evaluate(() => window.__editorText?.())).toBe(`${APOLOGY} ${first.text.replace('___', 'shouted')}`);
  await page.close();
});

test("a page's own script pressing every nudge button does nothing: no repair, no tab, nothing inserted", async () => {
  const before = await repairCount();
  const { page, nudge } = await openChat();
  await typeApology(page);
  await openCard(nudge);
  const tabs = session.extension.context.pages().length;
  const pressed = await page.evaluate(() => {
    const root = document.querySelector('amends-nudge')?.shadowRoot;
    const buttons = [...(root?.querySelectorAll('button') ?? [])];
    for (const button of buttons) button.click();
    // A submit is trusted even when a script requests it: that must not log either.
    for (const form of root?.querySelectorAll('form') ?? []) form.requestSubmit();
    return buttons.length;
  });
  expect(pressed).toBeGreaterThan(4);
  await page.waitForTimeout(SETTLE_MS);
  expect(await page.evaluate(() => window.__editorText?.())).toBe(APOLOGY);
  expect(session.extension.context.pages().length).toBe(tabs);
  expect(await repairCount()).toBe(before);
  // The card is still there and still the user's: a real click works.
  await nudge.getByRole('button', { name: 'Log this repair' }).click();
  await nudge.getByLabel('Who is this repair with?').waitFor();
  await page.close();
});

test('a box the app empties in code is a new message: the nudge goes, and a Dismiss does not carry over', async () => {
  const { page, nudge } = await openChat();
  await typeApology(page);
  await nudge.getByRole('button', { name: 'Dismiss' }).click();
  await page.locator('amends-nudge').waitFor({ state: 'detached' });
  await page.keyboard.type(' Really.');
  await page.waitForTimeout(SETTLE_MS);
  expect(await page.locator('amends-nudge').count()).toBe(0);

  // Sent: the app clears the textarea in code, with no input event.
  await page.getByRole('button', { name: 'Send' }).click();
  expect(await page.evaluate(() => window.__editorText?.())).toBe('');
  await typeApology(page, "I'm sorry I yelled at you, that was unfair of me.");
  await page.close();
});

test('a message sent with the button (no key after it) takes its nudge away, after typing rested the looks at the box', async () => {
  const { page, nudge, errors } = await openChat();
  // Typed, so the looks for an emptied box rested while the keys came, and started again at the pause.
  await typeApology(page);
  await page.keyboard.type(' I was wrong.');
  await nudge.getByRole('button', { name: 'Log this repair' }).waitFor();
  await page.getByRole('button', { name: 'Send' }).click();
  expect(await page.evaluate(() => window.__editorText?.())).toBe('');
  await page.locator('amends-nudge').waitFor({ state: 'detached' });
  expect(errors).toEqual([]);
  await page.close();
});

test('pausing in one tab takes the nudge away in another without a reload, and Undo brings it back', async () => {
  const first = await openChat();
  const second = await openChat();
  await typeApology(first.page);
  await typeApology(second.page);

  await openCard(first.nudge);
  await first.nudge.getByRole('button', { name: 'Pause on this site' }).click();
  await first.nudge.getByText('Paused on 127.0.0.1').waitFor();
  await expect.poll(() => liveRegion(first.page).textContent()).toBe('Paused on 127.0.0.1');
  await second.page.locator('amends-nudge').waitFor({ state: 'detached' });
  // Paused means nothing is read: more typing brings nothing.
  await second.page.keyboard.type(' I was wrong.');
  await second.page.waitForTimeout(SETTLE_MS);
  expect(await second.page.locator('amends-nudge').count()).toBe(0);

  await first.nudge.getByRole('button', { name: 'Undo' }).click();
  // Back on: the other tab reads its message again and nudges, still without a reload.
  await second.nudge.getByRole('button', { name: 'Log this repair' }).waitFor();
  await first.nudge.getByRole('button', { name: 'Log this repair' }).waitFor();
  expect([...first.errors, ...second.errors]).toEqual([]);
  await first.page.close();
  await second.page.close();
});

test('sensitivity and the in-person reminder apply at once on the practice page, which offers no site to pause', async () => {
  const practice = await session.extension.context.newPage();
  await practice.goto(session.extension.extensionUrl('practice.html'));
  await practice.getByLabel('A chat message').click();
  await practice.keyboard.type('sorry for the late reply, Tuesday works for me');
  const nudge = nudgeIn(practice);
  await nudge.getByText('A quick sorry is fine by message').waitFor();

  const settings = await session.extension.context.newPage();
  await settings.goto(session.extension.extensionUrl('options.html'));
  const update = (patch: Record<string, unknown>) => send(settings, 'updateSettings', patch);
  // Serious apologies only: the light one's chip goes, with no reload.
  await update({ sensitivity: 'serious' });
  await practice.locator('amends-nudge').waitFor({ state: 'detached' });
  await update({ sensitivity: 'all' });
  await nudge.getByText('A quick sorry is fine by message').waitFor();

  // The in-person reminder off: a serious apology's line no longer asks for it.
  await practice.getByLabel('A chat message').fill('');
  await practice.getByLabel('A chat message').pressSequentially("I'm sorry I snapped at you yesterday.");
  await nudge.getByText('Could you say this in person?').waitFor();
  await update({ inPersonReminder: false });
  await nudge.getByText('Make it a repair, not just a sorry').waitFor();
  await update({ inPersonReminder: true });

  await openCard(nudge);
  expect(await nudge.getByRole('button', { name: 'Pause on this site' }).count()).toBe(0);
  await settings.close();
  await practice.close();
});

const LIGHT_APOLOGY = 'Sorry for the late reply, Tuesday works for me.';

test.each([
  ['logged alone, it has no check-ins', 'Jo', false, 'Logged with Jo, with no check-ins.', 0],
  ['with "Remind me to check in" ticked, it has the default check-ins', 'Kim', true, 'Logged with Kim. Your check-ins are planned.', 3],
])('a light apology can be logged from its quiet chip: %s', async (_name, person, remind, said, checkIns) => {
  const { page, nudge, errors } = await openChat();
  await page.locator('#editor').click();
  await page.keyboard.type(LIGHT_APOLOGY);
  await nudge.getByText('A quick sorry is fine by message').waitFor();
  // The quiet chip: its own Log, not the serious nudge's.
  expect(await nudge.getByRole('button', { name: 'Log this repair' }).count()).toBe(0);
  await nudge.getByRole('button', { name: 'Log it' }).click();
  // The name field has focus: the user types the name straight away.
  const name = nudge.getByLabel('Who was this with?');
  await expect.poll(() => name.evaluate((input) => (input.getRootNode() as ShadowRoot).activeElement === input)).toBe(true);
  await page.keyboard.type(person);
  expect(await name.inputValue()).toBe(person);
  const reminder = nudge.getByRole('checkbox', { name: 'Remind me to check in' });
  expect(await reminder.isChecked()).toBe(false);
  // Only the user can ask for reminders: a page script's click on the box leaves it unticked.
  const scriptClicked = await page.evaluate(() => {
    const box = document.querySelector('amends-nudge')?.shadowRoot?.querySelector<HTMLInputElement>('input[type="checkbox"]');
    box?.click();
    return box !== null && box !== undefined;
  });
  expect(scriptClicked).toBe(true);
  expect(await reminder.isChecked()).toBe(false);
  if (remind) await reminder.check();
  await nudge.getByRole('button', { name: 'Save' }).click();
  await nudge.getByRole('status').filter({ hasText: said }).waitFor();
  expect(await nudge.getByRole('button', { name: 'Plan the talk' }).count()).toBe(0);
  expect(errors).toEqual([]);
  expect(await page.evaluate(() => window.__editorText?.())).toBe(LIGHT_APOLOGY);
  await page.close();

  // The review page: the repair is there, with the check-ins the user chose and no more.
  const options = await session.extension.context.newPage();
  await options.goto(session.extension.extensionUrl('options.html'));
  await options.getByRole('link', { name: new RegExp(person) }).click();
  await options.getByRole('heading', { name: `Repair with ${person}` }).waitFor();
  const listed = options.locator('li.follow-up', { has: options.getByText('Check-in', { exact: true }) });
  if (checkIns === 0) await options.getByText('No follow-ups yet. Add a check-in to be reminded.').waitFor();
  else await listed.first().waitFor();
  expect(await listed.count()).toBe(checkIns);
  await options.close();
});

// Last: it reloads the extension, after which this session's extension pages are gone.
test('after the extension reloads, clicking the orphaned nudge throws nothing and removes it', async () => {
  const { page, nudge, errors } = await openChat();
  await typeApology(page);
  await session.extension.serviceWorker
    .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
    .catch(() => undefined);
  await page.waitForTimeout(500);
  await nudge.getByRole('button', { name: 'Log this repair' }).click({ timeout: 5_000 }).catch(() => undefined);
  await page.locator('amends-nudge').waitFor({ state: 'detached' });
  expect(errors).toEqual([]);
  expect(await page.evaluate(() => window.__editorText?.())).toBe(APOLOGY);
  await page.close();
});
