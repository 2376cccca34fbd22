import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../lib/apology';
import { deflectionMessage } from '../../lib/coaching/words';
import { toDateTimeLocal } from '../../lib/repairs/local-time';
import { launchExtension, type LoadedExtension } from '../../scripts/browser/chromium';
import { english } from '../support/english';
import { readStore, send, storedDraft, tabTo, type StoredFollowUp, type StoredRepair } from './support/popup-helpers';

let extension: LoadedExtension;

beforeAll(async () => {
  extension = await launchExtension();
});

afterAll(async () => {
  await extension?.close();
});

async function openPopup(): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(extension.extensionUrl('popup.html'));
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

const next = (page: Page) => page.getByRole('button', { name: 'Next', exact: true }).click();
/** Back to the popup's first screen (the draft is kept, closed), so the next test starts at home. */
async function leave(page: Page) {
  await page.getByRole('button', { name: 'Leave for now' }).click();
  await page.getByRole('button', { name: 'Prepare a conversation' }).waitFor();
  await expect.poll(async () => (await storedDraft(extension))?.open).toBe(false);
  await page.close();
}
const back = (page: Page) => page.getByRole('button', { name: 'Back', exact: true }).click();

// Two days ahead at 18:30 local: always in the future, never a quick choice.
const talkAt = (() => {
  const d = new Date();
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 2, 18, 30).getTime();
})();

const FILLED = {
  person: 'Maya',
  whatHappened: 'I forgot her birthday dinner and did not call.',
  theirPerspective: 'She waited alone at the restaurant and felt she does not matter to me.',
  opening: 'I see I have hurt you. I want to repair it and reconnect with you.',
  admission: 'I forgot your birthday dinner. I left you waiting, and that was thoughtless.',
  repairPlan: 'Take her to the same restaurant, my treat, and plan it together.',
  promises: ['Put her dates in my calendar today', 'Call when I am running late'],
  checkIn: 'A few days after the dinner, ask how she feels.',
  where: 'The park near her flat',
};

describe('prepare a conversation', () => {
  test('fill it, close the popup, reopen: every field and the open step come back; Save the plan logs the repair', async () => {
    let page = await openPopup();
    await page.getByRole('button', { name: 'Prepare a conversation' }).click();
    await page.getByRole('heading', { name: 'Prepare a conversation' }).waitFor();
    await page.getByLabel('Who is it with?').fill(FILLED.person);
    await page.getByLabel('Relationship').selectOption('friend');
    await page.getByLabel('When did it happen?').fill('2026-11-28');
    await next(page);
    await page.getByLabel('Take stock of the damage').fill(FILLED.whatHappened);
    await page.getByLabel('How it hurt them').fill(FILLED.theirPerspective);
    await next(page);
    await page.getByLabel('Say you want to repair it').fill(FILLED.opening);
    await next(page);
    await page.getByLabel('Admit the mistake').fill(FILLED.admission);
    await next(page);
    await page.getByLabel('Find a way to repair').fill(FILLED.repairPlan);
    await page.getByLabel('Promises').fill(FILLED.promises.join('\n'));
    await next(page);
    await page.getByLabel('Be patient and keep your promises').fill(FILLED.checkIn);
    await next(page);
    await page.getByLabel('When will you talk?').fill(toDateTimeLocal(talkAt));
    await page.getByLabel('Where?').fill(FILLED.where);
    // The last keystroke has reached IndexedDB before the popup goes away.
    await expect.poll(async () => (await storedDraft(extension))?.where, { timeout: 10_000 }).toBe(FILLED.where);
    await page.close();

    page = await openPopup();
    // Straight back to the open screen, the talk, with what was typed.
    await page.getByRole('heading', { name: 'The talk' }).waitFor();
    expect(await page.getByLabel('When will you talk?').inputValue()).toBe(toDateTimeLocal(talkAt));
    expect(await page.getByLabel('Where?').inputValue()).toBe(FILLED.where);
    await back(page);
    expect(await page.getByLabel('Be patient and keep your promises').inputValue()).toBe(FILLED.checkIn);
    await back(page);
    expect(await page.getByLabel('Find a way to repair').inputValue()).toBe(FILLED.repairPlan);
    expect(await page.getByLabel('Promises').inputValue()).toBe(FILLED.promises.join('\n'));
    await back(page);
    expect(await page.getByLabel('Admit the mistake').inputValue()).toBe(FILLED.admission);
    await back(page);
    expect(await page.getByLabel('Say you want to repair it').inputValue()).toBe(FILLED.opening);
    await back(page);
    expect(await page.getByLabel('Take stock of the damage').inputValue()).toBe(FILLED.whatHappened);
    expect(await page.getByLabel('How it hurt them').inputValue()).toBe(FILLED.theirPerspective);
    await back(page);
    expect(await page.getByLabel('Who is it with?').inputValue()).toBe(FILLED.person);
    expect(await page.getByLabel('Relationship').inputValue()).toBe('friend');
    expect(await page.getByLabel('When did it happen?').inputValue()).toBe('2026-11-28');
    for (let screen = 0; screen < 6; screen += 1) await next(page);

    await page.getByRole('button', { name: 'Save the plan' }).click();
    await page.getByRole('heading', { name: 'Your plan with Maya is saved' }).waitFor();

    const repairs = (await readStore<StoredRepair>(extension, 'repairs')).filter((r) => r.person === 'Maya');
    expect(repairs).toHaveLength(1);
    const [repair] = repairs as [StoredRepair];
    expect(repair).toMatchObject({
      source: 'checklist',
      relationship: 'friend',
      incidentAt: new Date(2026, 10, 28).getTime(),
      whatHappened: FILLED.whatHappened,
      theirPerspective: FILLED.theirPerspective,
      admission: FILLED.admission,
      repairPlan: FILLED.repairPlan,
      channel: 'in-person',
      plannedTalkAt: talkAt,
    });
    for (const part of [FILLED.opening, FILLED.checkIn, FILLED.where]) expect(repair.notes).toContain(part);
    expect(repair.commitments.map((c) => c.text)).toEqual(FILLED.promises);

    const followUps = (await readStore<StoredFollowUp>(extension, 'followUps')).filter((f) => f.repairId === repair.id);
    expect(followUps.filter((f) => f.kind === 'talk')).toHaveLength(1);
    expect(followUps.filter((f) => f.kind === 'talk')[0]?.dueAt).toBeLessThan(talkAt);
    expect(followUps.filter((f) => f.kind === 'check-in').length).toBeGreaterThan(0);
    for (const f of followUps.filter((f) => f.kind === 'check-in')) expect(f.dueAt).toBeGreaterThan(talkAt);
    // One check-in per promise.
    expect(followUps.filter((f) => f.kind === 'promise').map((f) => f.commitmentId).sort()).toEqual(repair.commitments.map((c) => c.id).sort());
    // The draft became the repair: nothing is left to restore.
    expect(await storedDraft(extension)).toBeUndefined();
    await page.close();

    const options = await extension.context.newPage();
    await options.goto(extension.extensionUrl('options.html'));
    await options.getByText('Maya').first().waitFor();
    await options.goto(extension.extensionUrl(`options.html#/repair/${encodeURIComponent(repair.id)}`));
    await options.getByText(FILLED.whatHappened).first().waitFor();
    await options.close();
  });

  test('a deflection in step 3 is pointed out beside the field; a clean admission is not', async () => {
    const deflecting = "I'm sorry if you felt ignored, but I was busy.";
    const clean = "I'm sorry I ignored you at dinner. That was wrong of me, and it's on me.";
    const [deflection] = analyzeMessage(deflecting).deflections;
    if (!deflection) throw new Error('the analysis found no deflection to show');
    expect(analyzeMessage(clean).deflections).toEqual([]);

    const page = await openPopup();
    await page.getByRole('button', { name: 'Prepare a conversation' }).click();
    await page.getByLabel('Who is it with?').fill('Jon');
    for (let screen = 0; screen < 3; screen += 1) await next(page);
    const field = page.getByLabel('Admit the mistake');
    const coaching = page.getByRole('status', { name: 'Words that could undercut the repair' });
    await field.fill(deflecting);
    await coaching.waitFor();
    const said = (await coaching.textContent()) ?? '';
    expect(said).toContain(deflecting.slice(deflection.start, deflection.end));
    expect(said).toContain(deflectionMessage(deflection.kind, english));
    // Beside the field: the field points at the note, so it is read with it.
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await coaching.getAttribute('id'));

    await field.fill(clean);
    await coaching.waitFor({ state: 'detached' });
    await page.getByText('This owns what you did').waitFor();
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    await leave(page);
  });

  test('Start over empties the checklist, and Undo brings it all back', async () => {
    const page = await openPopup();
    await page.getByRole('button', { name: 'Prepare a conversation' }).click();
    await page.getByLabel('Who is it with?').fill('Ola');
    await next(page);
    await page.getByLabel('Take stock of the damage').fill('I read her messages.');
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('heading', { name: 'Who is this about?' }).waitFor();
    expect(await page.getByLabel('Who is it with?').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByLabel('Take stock of the damage').waitFor();
    expect(await page.getByLabel('Take stock of the damage').inputValue()).toBe('I read her messages.');
    await expect.poll(async () => (await storedDraft(extension))?.whatHappened).toBe('I read her messages.');
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect.poll(async () => (await storedDraft(extension))?.person).toBe('');
    await leave(page);
  });

  test('the whole checklist can be done with the keyboard alone', async () => {
    const page = await openPopup();
    await tabTo(page, 'Prepare a conversation');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Who is this about?' }).waitFor();
    // The screen's heading has the focus: the next Tab is its first field.
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kai');
    await page.keyboard.press('Enter');
    const fields: Array<[string, string]> = [
      ['Take stock of the damage: what happened', 'I laughed at his idea in the meeting.'],
      ['Say you want to repair it: how you will open', 'I want to make this right with you.'],
      ['Admit the mistake: what you did', 'I laughed at your idea in front of the team.'],
      ['Find a way to repair: what you will offer', 'Back his idea in the next meeting.'],
      ['Be patient and keep your promises: when you will check in', 'Next Friday.'],
    ];
    for (const [label, text] of fields) {
      await page.getByRole('heading', { name: label.split(':')[0] as string, exact: true }).waitFor();
      await tabTo(page, label);
      await page.keyboard.type(text);
      if (label.startsWith('Find a way')) {
        await tabTo(page, /^Promises/);
        await page.keyboard.type('Let him finish first');
      }
      await tabTo(page, 'Next');
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { name: 'The talk' }).waitFor();
    await tabTo(page, /^Tomorrow evening/);
    await page.keyboard.press('Space');
    await tabTo(page, 'Where?');
    await page.keyboard.type('The café downstairs');
    await tabTo(page, 'Save the plan');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Your plan with Kai is saved' }).waitFor();
    // Saved means the draft is already gone: a popup closed now never offers the same plan again.
    expect(await storedDraft(extension)).toBeUndefined();
    const repair = (await readStore<StoredRepair>(extension, 'repairs')).find((r) => r.person === 'Kai');
    const d = new Date();
    expect(repair).toMatchObject({ admission: fields[2]?.[1], plannedTalkAt: new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 19).getTime() });
    expect(repair?.commitments.map((c) => c.text)).toEqual(['Let him finish first']);
    await page.close();
  });

  test('"When will you talk?" takes a date and time typed on the keyboard', async () => {
    const page = await openPopup();
    await page.getByRole('button', { name: 'Prepare a conversation' }).click();
    await page.getByLabel('Who is it with?').fill('Bo');
    for (let screen = 0; screen < 6; screen += 1) await next(page);
    const when = page.getByLabel('When will you talk?');
    await when.focus();
    const target = new Date(new Date().getFullYear() + 1, 2, 14, 18, 45);
    const two = (n: number) => String(n).padStart(2, '0');
    // Chromium's en-US segments: month, day, year, hour, minute, AM/PM.
    await page.keyboard.type(`${two(target.getMonth() + 1)}${two(target.getDate())}${target.getFullYear()}`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('0645P');
    expect(await when.inputValue()).toBe(toDateTimeLocal(target.getTime()));
    await page.getByRole('button', { name: 'Start over' }).click();
    await leave(page);
  });
});

describe('due check-ins at the top of the popup', () => {
  test('Done asks how it went and keeps the note; Snooze moves it to tomorrow; a follow-up not yet due is not offered', async () => {
    const page = await openPopup();
    const now = Date.now();
    const log = async (person: string) => (await send<{ repair: { id: string } }>(page, 'logRepair', { person })).repair.id;
    const rui = await log('Rui');
    const lea = await log('Lea');
    const ines = await log('Ines');
    const add = (repairId: string, dueAt: number) => send<{ followUp: { id: string } }>(page, 'addFollowUp', { repairId, kind: 'check-in', dueAt });
    const doneId = (await add(rui, now + 300)).followUp.id;
    const snoozeId = (await add(lea, now + 300)).followUp.id;
    await add(ines, now + 2 * 24 * 3_600_000);
    await page.waitForTimeout(600);
    await page.reload();

    await page.getByRole('heading', { name: 'Due now' }).waitFor();
    const item = (person: string) => page.getByRole('listitem').filter({ hasText: `Check in with ${person}` });
    await item('Rui').waitFor();
    await item('Lea').waitFor();
    expect(await item('Ines').count()).toBe(0);
    expect(await page.getByText('Ines').count()).toBe(0);
    // Opened in a tab, the active tab is the popup itself: an extension page is never offered as a site to pause.
    expect(await page.getByRole('button', { name: /^(Pause|Resume) on / }).count()).toBe(0);

    await item('Rui').getByRole('button', { name: 'Done' }).click();
    await item('Rui').getByRole('button', { name: 'Save' }).click();
    await item('Rui').getByRole('alert').filter({ hasText: 'Pick how it went' }).waitFor();
    await item('Rui').getByRole('radio', { name: 'Mixed' }).check();
    await item('Rui').getByLabel('A note for yourself').fill('He listened, but needs time.');
    await item('Rui').getByRole('button', { name: 'Save' }).click();
    await item('Rui').waitFor({ state: 'detached' });

    const tomorrowNine = await page.evaluate(() => {
      const d = new Date();
      return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 9).getTime();
    });
    await item('Lea').getByRole('button', { name: 'Snooze' }).click();
    await item('Lea').getByRole('button', { name: 'Tomorrow' }).click();
    await item('Lea').waitFor({ state: 'detached' });

    const stored = await readStore<StoredFollowUp>(extension, 'followUps');
    const done = stored.find((f) => f.id === doneId);
    expect(done).toMatchObject({ outcome: 'mixed', note: 'He listened, but needs time.' });
    expect(done?.doneAt).toBeGreaterThanOrEqual(now);
    const snoozed = stored.find((f) => f.id === snoozeId);
    expect(snoozed?.doneAt).toBeUndefined();
    expect(snoozed?.dueAt).toBe(now + 300);
    expect(snoozed?.snoozedUntil).toBeGreaterThanOrEqual(tomorrowNine);
    expect(snoozed?.snoozedUntil).toBeLessThan(tomorrowNine + 2 * 60_000);
    await page.getByText('Nothing is due').waitFor();
    await page.close();
  });
});
