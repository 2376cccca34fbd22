import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtension, type LoadedExtension } from '../../scripts/browser/chromium';
import { servePages, type PageServer } from '../../scripts/browser/serve-pages';
import { waitForContentScript } from '../../scripts/browser/content-script-ready';

// Only what these specs call inside the browser; the page and worker have the real `chrome`.
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> };
  permissions: { contains(p: { origins: string[] }): Promise<boolean>; request(p: { origins: string[] }): Promise<boolean> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  developerPrivate: { addHostPermission(id: string, host: string): Promise<void> };
};

/** A host name the e2e build's static content script does not match; Chromium resolves it to the page server. */
const CUSTOM_HOST = 'amends-custom.test';
const DAY = 86_400_000;

let extension: LoadedExtension;
let pages: PageServer;

beforeAll(async () => {
  [extension, pages] = await Promise.all([launchExtension({ args: [`--host-resolver-rules=MAP ${CUSTOM_HOST} 127.0.0.1`] }), servePages()]);
});

afterAll(async () => {
  await extension?.close();
  await pages?.close();
});

async function options(hash = '#/repairs'): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(extension.extensionUrl(`options.html${hash}`));
  await page.getByRole('heading', { level: 1, name: 'Amends' }).waitFor();
  return page;
}

async function send<T>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = await page.evaluate(({ type, payload }) => chrome.runtime.sendMessage({ type, payload }), { type, payload });
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return reply.value as T;
}

type Logged = { repair: { id: string; commitments: { id: string; text: string }[] } };

async function deleteEverything(page: Page): Promise<void> {
  await send(page, 'deleteAllData', { confirm: 'delete everything' });
}

describe('the repairs view', () => {
  test('"Sam" and "sam" are one person; search finds a word of what happened; each filter narrows as it says', async () => {
    const page = await options();
    await deleteEverything(page);
    const first = await send<Logged>(page, 'logRepair', { person: 'Sam', whatHappened: 'I missed the recital I promised to attend.', channel: 'in-person' });
    await send(page, 'logRepair', { person: 'sam', whatHappened: 'I snapped at dinner.', channel: 'call', status: 'apologised' });
    await send(page, 'logRepair', { person: 'Robin', whatHappened: 'I took credit for the slides.', channel: 'email', status: 'door-open' });
    await page.reload();
    const rows = page.getByRole('list', { name: 'Repairs' }).getByRole('link');
    await expect.poll(() => rows.count()).toBe(3);
    // Each repair is a link whose text includes the person's name.
    expect(await rows.allTextContents()).toEqual([expect.stringContaining('Robin'), expect.stringContaining('sam'), expect.stringContaining('Sam')]);

    const search = page.getByRole('searchbox', { name: 'Search repairs' });
    await search.fill('RECITAL');
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringContaining('I missed the recital')]);
    await search.fill('sám');
    await expect.poll(() => rows.count()).toBe(2);
    await search.fill('');
    await expect.poll(() => rows.count()).toBe(3);

    const narrowsTo = async (label: string, value: string, expected: string[]) => {
      await page.getByLabel(label, { exact: true }).selectOption(value);
      await expect.poll(async () => (await rows.allTextContents()).map((text) => text.split(/Planned|Apologised|Door open/)[0]!.trim())).toEqual(expected);
      await page.getByLabel(label, { exact: true }).selectOption('');
    };
    await narrowsTo('Status', 'door-open', ['Robin']);
    await narrowsTo('Channel', 'call', ['sam']);
    await narrowsTo('Person', 'sam', ['sam', 'Sam']);

    // A date range that ends before today leaves nothing; one that includes today keeps all three.
    const day = (at: number) => new Date(at).toISOString().slice(0, 10);
    await page.getByLabel('To', { exact: true }).fill(day(Date.now() - 3 * DAY));
    await page.getByText('No repair matches').waitFor();
    expect(await rows.count()).toBe(0);
    await page.getByLabel('From', { exact: true }).fill(day(Date.now() - 3 * DAY));
    await page.getByLabel('To', { exact: true }).fill(day(Date.now() + 3 * DAY));
    await expect.poll(() => rows.count()).toBe(3);

    // The person page lists both spellings.
    await page.goto(extension.extensionUrl('options.html#/person/Sam'));
    const personRepairs = page.getByRole('region', { name: /^Repairs \(/ }).getByRole('link');
    await expect.poll(() => personRepairs.count()).toBe(2);
    const personText = (await personRepairs.allTextContents()).join(' ');
    expect(personText).toContain('I snapped at dinner.');
    expect(personText).toContain('I missed the recital I promised to attend.');
    // Named as it is written most (capitalised on a tie).
    await page.getByRole('heading', { name: 'Everything with Sam', exact: true }).waitFor();
    expect(first.repair.id).toBeTruthy();
    await page.close();
  });
});

describe('a repair page', () => {
  test('every field is editable, saved as you go, and still there after a reload; promise kept and check-in done change Insights', async () => {
    const page = await options();
    await deleteEverything(page);
    const { repair } = await send<Logged>(page, 'logRepair', {
      person: 'Alex',
      whatHappened: 'I forgot the anniversary.',
      plannedTalkAt: Date.now() + 2 * DAY,
      commitments: [{ text: 'Plan the evening together' }],
    });
    await page.goto(extension.extensionUrl('options.html#/insights'));
    const promisesKept = page.getByRole('figure', { name: 'Promises kept' });
    await promisesKept.getByText('When you mark a promise').waitFor();
    const onTime = page.getByRole('figure', { name: 'Check-ins done on time' });
    await onTime.getByText('When a check-in comes due').waitFor();

    await page.goto(extension.extensionUrl(`options.html#/repair/${repair.id}`));
    await page.getByRole('heading', { name: 'Repair with Alex' }).waitFor();
    const saved = page.getByText('All changes saved');
    const fill = async (label: string, value: string) => {
      await page.getByLabel(label, { exact: true }).fill(value);
      await page.getByLabel(label, { exact: true }).blur();
    };
    await fill('Person', 'Alexandra');
    await page.getByRole('heading', { name: 'Repair with Alexandra' }).waitFor();
    await page.getByLabel('Relationship').selectOption('partner');
    await page.getByLabel('Status').selectOption('door-open');
    await page.getByLabel('How you talk').selectOption('video');
    await fill('When it happened', '2026-11-20');
    await fill('What happened', 'I forgot our anniversary dinner.');
    await fill('How it affected them', 'They felt forgotten.');
    await fill('What you admit, without "but" or "if"', 'I did not put it in my calendar.');
    await fill('How you will make it right', 'Cook the dinner we missed.');
    await fill('Notes', 'Ask about Saturday.');
    const talkAt = new Date(Date.now() + 5 * DAY);
    talkAt.setHours(18, 30, 0, 0);
    const local = `${talkAt.getFullYear()}-${String(talkAt.getMonth() + 1).padStart(2, '0')}-${String(talkAt.getDate()).padStart(2, '0')}T18:30`;
    await fill('Planned for', local);
    await fill('Promise 1', 'Plan the evening, together, this week');
    await page.getByRole('group', { name: 'Did you keep promise 1?' }).getByLabel('Kept', { exact: true }).check();
    await page.getByLabel('A new promise').fill('Put dates in the shared calendar');
    await page.getByRole('button', { name: 'Add promise' }).click();
    await page.getByLabel('Promise 2', { exact: true }).waitFor();
    await page.getByLabel('A new promise').fill('A promise to remove');
    await page.getByRole('button', { name: 'Add promise' }).click();
    await page.getByRole('button', { name: 'Remove promise 3' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Remove promise/ }).count()).toBe(2);
    await saved.waitFor();

    // A check-in done, with how it went (the first one planned).
    const checkIn = page.getByRole('listitem').filter({ hasText: 'Check-in' }).first();
    await checkIn.getByLabel('How did it go?').selectOption('went-well');
    await checkIn.getByLabel('Note').fill('We talked it through.');
    await checkIn.getByRole('button', { name: 'Done' }).click();
    await page.getByText('It went well · We talked it through.').waitFor();
    // Adding a check-in, and snoozing one.
    const before = await page.getByRole('button', { name: 'Snooze a day' }).count();
    await page.getByRole('button', { name: 'Add a check-in' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Snooze a day' }).count()).toBe(before + 1);
    await page.getByRole('button', { name: 'Snooze a day' }).last().click();
    await page.getByText(/^Snoozed until/).waitFor();

    // Undo takes back the last field change.
    await fill('Notes', 'A note to undo');
    await saved.waitFor();
    await page.getByRole('button', { name: 'Undo last change' }).click();
    await expect.poll(() => page.getByLabel('Notes', { exact: true }).inputValue()).toBe('Ask about Saturday.');

    await page.reload();
    await page.getByRole('heading', { name: 'Repair with Alexandra' }).waitFor();
    expect(await page.getByLabel('Relationship').inputValue()).toBe('partner');
    expect(await page.getByLabel('Status').inputValue()).toBe('door-open');
    expect(await page.getByLabel('How you talk').inputValue()).toBe('video');
    expect(await page.getByLabel('When it happened').inputValue()).toBe('2026-11-20');
    expect(await page.getByLabel('What happened').inputValue()).toBe('I forgot our anniversary dinner.');
    expect(await page.getByLabel('How it affected them').inputValue()).toBe('They felt forgotten.');
    expect(await page.getByLabel('What you admit, without "but" or "if"').inputValue()).toBe('I did not put it in my calendar.');
    expect(await page.getByLabel('How you will make it right').inputValue()).toBe('Cook the dinner we missed.');
    expect(await page.getByLabel('Notes', { exact: true }).inputValue()).toBe('Ask about Saturday.');
    expect(await page.getByLabel('Planned for').inputValue()).toBe(local);
    expect(await page.getByLabel('Promise 1', { exact: true }).inputValue()).toBe('Plan the evening, together, this week');
    expect(await page.getByRole('group', { name: 'Did you keep promise 1?' }).getByLabel('Kept', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Promise 2', { exact: true }).inputValue()).toBe('Put dates in the shared calendar');
    expect(await page.getByLabel('Promise 3', { exact: true }).count()).toBe(0);
    await page.getByText('It went well · We talked it through.').waitFor();
    await page.getByText(/^Snoozed until/).waitFor();

    // Insights follow: the promise kept, and the check-in done (on time, because it was done before it was due).
    await page.getByRole('link', { name: 'Insights' }).click();
    await promisesKept.getByText('100%').waitFor();
    await onTime.getByText('100%').waitFor();
    expect(await onTime.textContent()).toContain('1 of 1 that came due');
    await page.close();
  });

  test('deleting a repair can be undone', async () => {
    const page = await options();
    const { repair } = await send<Logged>(page, 'logRepair', { person: 'Jordan', whatHappened: 'I cancelled at the last minute.' });
    await page.goto(extension.extensionUrl(`options.html#/repair/${repair.id}`));
    await page.getByRole('button', { name: 'Delete this repair' }).click();
    await page.getByText('Deleted the repair with Jordan.').waitFor();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/repairs');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByRole('heading', { name: 'Repair with Jordan' }).waitFor();
    await page.close();
  });
});

describe('settings reach open tabs at once', () => {
  test('nudges off in Settings: no nudge in the other tab without a reload; back on: the nudge returns', async () => {
    const settings = await options('#/settings');
    const compose = await extension.context.newPage();
    await compose.goto(pages.url('textarea.html'));
    await compose.waitForFunction(() => window.__editorReady === true);
    await waitForContentScript(compose, extension.extensionId);
    const nudge = compose.getByRole('complementary', { name: 'Amends' });
    await compose.locator('#editor').click();
    await compose.keyboard.type("I'm sorry I snapped at you.");
    await nudge.waitFor();

    await settings.bringToFront();
    const nudgesSwitch = settings.getByRole('switch', { name: 'Show a nudge when I write an apology' });
    await nudgesSwitch.click();
    await expect.poll(() => nudgesSwitch.isChecked()).toBe(false);
    await compose.locator('amends-nudge').waitFor({ state: 'detached' });
    await compose.bringToFront();
    await compose.locator('#editor').click();
    await compose.keyboard.type(' I was wrong to do that.');
    await compose.waitForTimeout(1_500);
    expect(await compose.locator('amends-nudge').count()).toBe(0);

    await settings.bringToFront();
    await nudgesSwitch.click();
    await expect.poll(() => nudgesSwitch.isChecked()).toBe(true);
    await nudge.waitFor();
    await compose.close();
    await settings.close();
  });

  test('adding a site asks for its permission and runs Amends there; removing it revokes both', async () => {
    const settings = await options('#/settings');
    const origins = [`https://${CUSTOM_HOST}/*`, `http://${CUSTOM_HOST}/*`];
    const customUrl = pages.url('textarea.html').replace('127.0.0.1', CUSTOM_HOST);
    const contains = () => extension.serviceWorker.evaluate((o) => chrome.permissions.contains({ origins: o }), origins);
    const registered = () => extension.serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(await contains()).toBe(false);

    // Headless Chromium cannot click its permission prompt. The user's "Allow" is given the way chrome://extensions'
    // Site access does it (developerPrivate.addHostPermission); the page's request then resolves without a prompt.
    const extensionsPage = await extension.context.newPage();
    await extensionsPage.goto('chrome://extensions');
    await extensionsPage.evaluate(
      async ({ id, o }) => {
        for (const origin of o) await chrome.developerPrivate.addHostPermission(id, origin);
      },
      { id: extension.extensionId, o: origins },
    );
    await extensionsPage.close();
    // Record that the page asks (and for what) before it is allowed to.
    await settings.evaluate(() => {
      const calls: unknown[] = [];
      (window as unknown as { permissionCalls: unknown[] }).permissionCalls = calls;
      const original = chrome.permissions.request.bind(chrome.permissions);
      chrome.permissions.request = (p) => {
        calls.push(p);
        return original(p);
      };
    });

    await settings.getByLabel(/Add a site/).fill(`https://${CUSTOM_HOST.toUpperCase()}/room`);
    await settings.getByRole('button', { name: 'Add site' }).click();
    await settings.getByText(`Amends now runs on ${CUSTOM_HOST}.`).waitFor();
    expect(await settings.evaluate(() => (window as unknown as { permissionCalls: unknown[] }).permissionCalls)).toEqual([{ origins }]);
    expect(await contains()).toBe(true);
    await expect.poll(async () => (await registered()).map((s) => s.id)).toEqual([`amends-custom:${CUSTOM_HOST}`]);

    const page = await extension.context.newPage();
    await page.goto(customUrl);
    await page.waitForFunction(() => window.__editorReady === true);
    await waitForContentScript(page, extension.extensionId);
    await page.locator('#editor').click();
    await page.keyboard.type("I'm sorry I forgot to call you back.");
    await page.getByRole('complementary', { name: 'Amends' }).waitFor();
    await page.close();

    await settings.getByRole('button', { name: `Remove ${CUSTOM_HOST}` }).click();
    await settings.getByText(`Amends no longer runs on ${CUSTOM_HOST}.`).waitFor();
    await expect.poll(contains).toBe(false);
    expect(await registered()).toEqual([]);
    const after = await extension.context.newPage();
    await after.goto(customUrl);
    await after.waitForFunction(() => window.__editorReady === true);
    await expect(waitForContentScript(after, extension.extensionId, 1_500)).rejects.toThrow(/not injected/);
    await after.close();
    await settings.close();
  });
});

/** Presses Tab (or Shift+Tab) until the focused element's label, text or aria-label matches; fails after 120 presses. */
async function tabTo(page: Page, name: RegExp, backwards = false): Promise<void> {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : undefined;
      // A link's or button's own text names it; a select's text would be all its options.
      const ownText = el.tagName === 'A' || el.tagName === 'BUTTON' ? el.textContent : undefined;
      return [el.getAttribute('aria-label'), labelled, el.closest('label')?.textContent, ownText].filter(Boolean).join(' | ');
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Nothing matching ${name} took the focus`);
}

describe('by keyboard alone', () => {
  test('search, open a repair, change its status, keep a promise, complete a check-in, switch a setting and erase everything', async () => {
    const page = await options();
    await deleteEverything(page);
    await send(page, 'logRepair', { person: 'Noor', whatHappened: 'I shouted during the game.', commitments: [{ text: 'Walk away when I get heated' }] });
    await send(page, 'logRepair', { person: 'Ira', whatHappened: 'I missed the deadline.' });
    await page.reload();
    await page.getByRole('link', { name: /Noor/ }).waitFor();

    await tabTo(page, /Search repairs/);
    await page.keyboard.type('shouted');
    await expect.poll(() => page.getByRole('list', { name: 'Repairs' }).getByRole('link').count()).toBe(1);
    await tabTo(page, /Noor/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Repair with Noor' }).waitFor();
    // The new page's heading has the focus, so the next Tab starts there.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Repair with Noor');

    await tabTo(page, /^Status/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByLabel('Status').inputValue()).toBe('apologised');
    // A radio group takes one Tab stop (the chosen answer); arrows move the choice.
    await tabTo(page, /^Not yet$/);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getByRole('group', { name: 'Did you keep promise 1?' }).getByLabel('Kept', { exact: true }).isChecked()).toBe(true);
    await page.getByText('All changes saved').waitFor();
    await tabTo(page, /^How did it go\?/);
    await page.keyboard.press('ArrowDown');
    await tabTo(page, /^Done$/);
    await page.keyboard.press('Enter');
    await page.getByText('Follow-up marked done').waitFor();

    await tabTo(page, /^Settings$/, true);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Every apology/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await send<{ sensitivity: string }>(page, 'getSettings', {})).sensitivity).toBe('serious');

    await tabTo(page, /^Your data$/, true);
    await page.keyboard.press('Enter');
    await tabTo(page, /To erase every repair/);
    await page.keyboard.type('delete everything');
    await page.keyboard.press('Enter');
    await page.getByText('Everything was deleted, settings included.').waitFor();
    expect(await send<{ sensitivity: string }>(page, 'getSettings', {})).toMatchObject({ sensitivity: 'all' });
    await page.close();
  });
});

describe('install and data', () => {
  test('the welcome opened once on install (an update opens none: see tests/entrypoints/background/welcome.test.ts)', async () => {
    const welcomeTabs = () => extension.context.pages().filter((p) => p.url().endsWith('options.html#/welcome'));
    await expect.poll(() => welcomeTabs().length).toBe(1);
    const welcome = welcomeTabs()[0]!;
    await welcome.getByRole('heading', { name: 'Welcome to Amends' }).waitFor();
    await welcome.getByRole('switch', { name: 'Gmail' }).waitFor();

    // Later wake-ups of the background (every test above sent it messages) opened no other welcome.
    expect(welcomeTabs()).toHaveLength(1);
  });

  test('export → delete everything → import: repairs, follow-ups and settings all come back, counted', async () => {
    const page = await options('#/data');
    await deleteEverything(page);
    await send(page, 'logRepair', { person: 'Kim', whatHappened: 'I read your messages.', plannedTalkAt: Date.now() + DAY });
    await send(page, 'logRepair', { person: 'Lee', whatHappened: 'I broke the mug.' });
    await send(page, 'updateSettings', { nudgesEnabled: false, checkInDays: [2, 5], pausedHosts: ['mail.google.com'], quietHours: { enabled: false, start: '21:00', end: '07:00' } });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything (JSON)' }).click()]);
    const exported = await (await import('node:fs/promises')).readFile((await download.path()) as string, 'utf8');
    const file = JSON.parse(exported) as { repairs: unknown[]; followUps: unknown[] };
    expect(file.repairs).toHaveLength(2);
    expect(file.followUps).toHaveLength(7);

    const erase = page.getByRole('button', { name: 'Delete everything' });
    expect(await erase.isDisabled()).toBe(true);
    await page.getByLabel(/To erase every repair/).fill('delete everything');
    await erase.click();
    await page.getByText('Everything was deleted, settings included.').waitFor();
    const settings = () => send<{ nudgesEnabled: boolean; checkInDays: number[]; pausedHosts: string[]; quietHours: { enabled: boolean } }>(page, 'getSettings', {});
    expect(await settings()).toMatchObject({ nudgesEnabled: true, checkInDays: [1, 3, 7], pausedHosts: [], quietHours: { enabled: true } });

    await page.getByLabel('Import an Amends export file').setInputFiles({ name: 'amends.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.getByText('Imported 2 repairs and 7 follow-ups. Your settings were restored from the file.').waitFor();
    expect(await settings()).toMatchObject({ nudgesEnabled: false, checkInDays: [2, 5], pausedHosts: ['mail.google.com'], quietHours: { enabled: false, start: '21:00', end: '07:00' } });
    await page.getByRole('link', { name: 'Repairs', exact: true }).click();
    await page.getByRole('link', { name: /Kim/ }).waitFor();
    await page.getByRole('link', { name: /Lee/ }).waitFor();

    // A file too big is refused on its size, before it is read; a bad one in plain words with the value cut short.
    await page.goto(extension.extensionUrl('options.html#/data'));
    const { writeFile, mkdtemp, rm } = await import('node:fs/promises');
    const dir = await mkdtemp(path.join(tmpdir(), 'amends-huge-'));
    const huge = path.join(dir, 'huge.json');
    await writeFile(huge, Buffer.alloc(51 * 1024 * 1024, 32));
    await page.getByLabel('Import an Amends export file').setInputFiles(huge);
    await rm(dir, { recursive: true, force: true });
    await page.getByRole('alert').getByText(/This file is 51 MB; an Amends export is at most 50 MB/).waitFor();
    const bad = JSON.stringify({ ...file, repairs: [file.repairs[0], { ...(file.repairs[1] as object), person: '' }] });
    await page.getByLabel('Import an Amends export file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await page.getByRole('alert').getByText('Repair 2 has no person.').waitFor();
    await send(page, 'updateSettings', { nudgesEnabled: true, pausedHosts: [] });
    await page.close();
  });
});
