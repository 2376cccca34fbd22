// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DueCheckIns, type DueEntry } from '../../components/DueCheckIns';
import { SiteToggle } from '../../components/SiteToggle';
import type { Translate } from '../../components/translate';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The key itself, with substitutions: the test sees which words a component asked for. */
const t: Translate = (key, substitutions) => [key, ...([] as string[]).concat(substitutions ?? [])].join(' ');

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const buttonNamed = (name: string) => {
  const button = [...container.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!button) throw new Error(`no button "${name}" in: ${container.textContent}`);
  return button;
};
const click = async (name: string) => {
  await act(async () => buttonNamed(name).click());
};

describe('pause or resume on this site', () => {
  test.each([
    [false, 'popup_site_active example.org', 'popup_site_pause example.org', true],
    [true, 'popup_site_paused example.org', 'popup_site_resume example.org', false],
  ])('paused=%s says so and offers the opposite', async (paused, status, button, next) => {
    const onToggle = vi.fn();
    act(() => root.render(<SiteToggle host="example.org" paused={paused} onToggle={onToggle} t={t} />));
    expect(container.textContent).toContain(status);
    await click(button);
    expect(onToggle).toHaveBeenCalledWith(next);
  });
});

describe('due check-ins', () => {
  const items: DueEntry[] = [{ id: 'f1', repairId: 'r1', title: 'Check in with Sam', since: 'Due since Tue' }];
  const render = (handlers: Partial<Parameters<typeof DueCheckIns>[0]> = {}) => {
    const props = { items, onDone: vi.fn(async () => {}), onSnooze: vi.fn(async () => {}), onOpen: vi.fn(), t, ...handlers };
    act(() => root.render(<DueCheckIns {...props} />));
    return props;
  };

  test('nothing due renders nothing (the popup says so itself)', () => {
    act(() => root.render(<DueCheckIns items={[]} onDone={vi.fn()} onSnooze={vi.fn()} onOpen={vi.fn()} t={t} />));
    expect(container.innerHTML).toBe('');
  });

  test('Done asks how it went first, then sends the outcome and the trimmed note', async () => {
    const props = render();
    await click('popup_due_done');
    await click('popup_outcome_save');
    expect(props.onDone).not.toHaveBeenCalled();
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('popup_outcome_missing');
    const mixed = [...container.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => r.value === 'mixed');
    await act(async () => mixed?.click());
    const note = container.querySelector('textarea');
    if (!note) throw new Error('no note field');
    await act(async () => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
      setValue?.call(note, '  Went for a walk.  ');
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click('popup_outcome_save');
    expect(props.onDone).toHaveBeenCalledWith('f1', 'mixed', 'Went for a walk.');
  });

  test.each([
    ['popup_snooze_later_today', 'later-today'],
    ['popup_snooze_tomorrow', 'tomorrow'],
    ['popup_snooze_next_week', 'next-week'],
  ])('Snooze → %s asks again at %s', async (button, choice) => {
    const props = render();
    await click('popup_due_snooze');
    await click(button);
    expect(props.onSnooze).toHaveBeenCalledWith('f1', choice);
  });

  test('a failed snooze says why in plain words and keeps the item', async () => {
    render({ onSnooze: vi.fn(async () => Promise.reject(new Error('the background is asleep'))) });
    await click('popup_due_snooze');
    await click('popup_snooze_tomorrow');
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('popup_due_failed the background is asleep');
    expect(container.textContent).toContain('Check in with Sam');
  });

  test('Open goes to the repair', async () => {
    const props = render();
    await click('popup_due_open');
    expect(props.onOpen).toHaveBeenCalledWith('r1');
  });
});
