// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createLogArea, type LogAreaActions, type LogKind } from '../../../lib/nudge/nudge-log-area';
import { english } from '../../support/english';

/** The user's own click: the nudge acts only on trusted events (see trusted.ts). */
function userClick(element: Element): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}

const buttonNamed = (area: HTMLElement, name: string) => {
  const found = [...area.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button "${name}" in: ${area.textContent}`);
  return found;
};
const buttonNames = (area: HTMLElement) => [...area.querySelectorAll('button')].map((b) => `${b.textContent}${b.className ? `.${b.className}` : ''}`);

let log: ReturnType<typeof vi.fn<LogAreaActions['log']>>;
const open = (kind: LogKind, checkInsPlanned = 3) => {
  log = vi.fn<LogAreaActions['log']>(async (_person, choice) => ({ repairId: 'r1', checkIns: choice === 'none' ? 0 : checkInsPlanned }));
  const area = createLogArea(document, { addressee: () => 'Sam', log, planTalk: () => {}, dismiss: () => {}, pauseSite: () => {} }, kind);
  document.body.append(area.element);
  return area;
};

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key, substitutions) =>
    english(key, substitutions === undefined ? [] : [substitutions].flat().map(String)),
  );
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('the log area', () => {
  test.each([
    ['repair', ['Log this repair.primary', 'Dismiss.quiet', 'Pause on this site.quiet']],
    ['light', ['Log it.quiet', 'Dismiss.quiet', 'Pause on this site.quiet']],
  ] as const)('%s: offers %j', (kind, names) => {
    expect(buttonNames(open(kind).element)).toEqual(names);
  });

  test.each([
    ['a serious apology: the default check-ins, with no box to tick', 'repair', 'Log this repair', false, 3, 'default', 'Logged your repair with Sam.'],
    ['a light one, box left unticked: none', 'light', 'Log it', false, 3, 'none', 'Logged with Sam, with no check-ins.'],
    ['a light one, "Remind me to check in" ticked: the default ones', 'light', 'Log it', true, 3, 'default', 'Logged with Sam. Your check-ins are planned.'],
    ['a serious one where nothing is planned (practice): says so', 'repair', 'Log this repair', false, 0, 'default', 'No check-ins were planned'],
    ['a light one ticked where nothing is planned (practice): says so', 'light', 'Log it', true, 0, 'default', 'Logged with Sam, with no check-ins.'],
  ] as const)('%s', async (_name, kind, logLabel, tick, planned, choice, said) => {
    const { element } = open(kind, planned);
    userClick(buttonNamed(element, logLabel));
    const box = element.querySelector<HTMLInputElement>('input[type="checkbox"]');
    expect(box !== null).toBe(kind === 'light');
    expect(box?.checked ?? false).toBe(false);
    if (tick && box) userClick(box);
    userClick(buttonNamed(element, 'Save'));
    expect(log).toHaveBeenCalledWith('Sam', choice);
    await vi.waitFor(() => expect(element.querySelector('[role="status"]')?.textContent).toContain(said));
  });

  test("a page script's click on the box does not tick it", () => {
    const { element } = open('light');
    userClick(buttonNamed(element, 'Log it'));
    const box = element.querySelector<HTMLInputElement>('input[type="checkbox"]');
    box?.click();
    expect(box?.checked).toBe(false);
    userClick(buttonNamed(element, 'Save'));
    expect(log).toHaveBeenCalledWith('Sam', 'none');
  });

  test('a message that turns serious swaps the idle buttons, but leaves a form the user opened as it is', () => {
    const idle = open('light');
    idle.setKind('repair');
    expect(buttonNames(idle.element)[0]).toBe('Log this repair.primary');

    const filling = open('light');
    userClick(buttonNamed(filling.element, 'Log it'));
    filling.setKind('repair');
    expect(filling.element.querySelector('input[type="checkbox"]')).not.toBeNull();
    expect(buttonNames(filling.element)).toEqual(['Save.primary', 'Cancel.quiet']);
  });
});
