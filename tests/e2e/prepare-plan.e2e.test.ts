import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { expect, test } from 'vitest';
import { analyzeMessage } from '../../lib/apology';
import { amendsSteps } from '../../lib/repairs/five-steps';
import { toDateTimeLocal } from '../../lib/repairs/local-time';
import { stepsToPrepare } from '../../lib/repairs/prepare-missing';
import { useBrowserSession } from './support/browser-session';
import { waitForContentScript } from '../../scripts/browser/content-script-ready';
import { readStore, type StoredFollowUp, type StoredRepair } from './support/popup-helpers';

const session = useBrowserSession();
const MESSAGE = "Hi Sam, I'm sorry I snapped at you in the meeting.";

test('nudge → Log this repair → Plan the talk → a time: the repair has plannedTalkAt, a talk follow-up, and a calendar file at that time', async () => {
  const page = await session.extension.context.newPage();
  await page.goto(session.pages.url('textarea.html'));
  await page.waitForFunction(() => window.__editorReady === true);
  await waitForContentScript(page, session.extension.extensionId);
  await page.locator('#editor').click();
  await page.keyboard.type(MESSAGE);
  const nudge = page.getByRole('complementary', { name: 'Amends' });
  await nudge.getByRole('button', { name: 'Log this repair' }).click();
  await nudge.getByRole('button', { name: 'Save' }).click();
  await nudge.getByRole('status').filter({ hasText: 'Logged your repair with Sam' }).waitFor();

  const [plan] = await Promise.all([session.extension.context.waitForEvent('page'), nudge.getByRole('button', { name: 'Plan the talk' }).click()]);
  await plan.getByRole('heading', { name: 'Plan the talk with Sam' }).waitFor();
  expect(plan.url()).toMatch(/popup\.html#\/plan\//);
  expect(await plan.getByLabel('Who is it with?').inputValue()).toBe('Sam');

  // The parts the message lacked, as the steps to prepare.
  const expectedSteps = stepsToPrepare(analyzeMessage(MESSAGE).missing, amendsSteps.map((s) => s.id));
  expect(expectedSteps.length).toBeGreaterThan(0);
  const titles = new Map(amendsSteps.map((s) => [s.id, s.title]));
  const listed = await plan.getByRole('heading', { level: 3 }).allTextContents();
  expect(listed).toEqual(expectedSteps.map((id) => titles.get(id)));
  // Each can be prepared right there; what is written lands in the repair's own field.
  expect(expectedSteps).toContain('find-a-way');
  await plan.getByLabel('Find a way to repair: your notes').fill('Ask Sam how they want the next meeting to go.');

  const d = new Date();
  const at = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 3, 17, 15).getTime();
  await plan.getByLabel('When will you talk?').fill(toDateTimeLocal(at));
  await plan.getByLabel('Where?').fill('The kitchen table');
  await plan.getByRole('button', { name: 'Save the plan' }).click();
  await plan.getByRole('heading', { name: 'Your plan with Sam is saved' }).waitFor();

  const repair = (await readStore<StoredRepair>(session.extension, 'repairs')).find((r) => r.person === 'Sam' && r.source === 'nudge');
  expect(repair).toMatchObject({ plannedTalkAt: at, channel: 'in-person' });
  expect(repair?.notes).toContain('The kitchen table');
  expect(repair?.repairPlan).toBe('Ask Sam how they want the next meeting to go.');
  const followUps = (await readStore<StoredFollowUp>(session.extension, 'followUps')).filter((f) => f.repairId === repair?.id);
  const talk = followUps.filter((f) => f.kind === 'talk');
  expect(talk).toHaveLength(1);
  expect(talk[0]?.dueAt).toBeLessThan(at);
  expect(talk[0]?.doneAt).toBeUndefined();

  const [download] = await Promise.all([plan.waitForEvent('download'), plan.getByRole('button', { name: 'Add the talk to my calendar' }).click()]);
  expect(download.suggestedFilename()).toBe('talk-with-sam.ics');
  const text = await readFile(await download.path(), 'utf8');
  const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
  if (!vevent) throw new Error(`no VEVENT in the calendar file:\n${text}`);
  const event = new ICAL.Event(vevent);
  expect(event.startDate.toJSDate().getTime()).toBe(at);
  expect(event.summary).toBe('Talk with Sam');
  await plan.close();
  await page.close();
});

test('a plan link to a repair that no longer exists says so', async () => {
  const page = await session.extension.context.newPage();
  await page.goto(session.extension.extensionUrl('popup.html#/plan/no-such-repair'));
  await page.getByRole('alert').filter({ hasText: 'That repair no longer exists' }).waitFor();
  await page.close();
});
