// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { clippingAncestors, followBox } from '../../../lib/nudge/follow-box';

/** A chat-like page: a scrolling panel holds the box; a message list scrolls beside it. */
function page() {
  const panel = document.createElement('div');
  panel.style.overflow = 'auto';
  const box = document.createElement('textarea');
  panel.append(box);
  const messages = document.createElement('div');
  messages.style.overflow = 'auto';
  document.body.append(messages, panel);
  return { panel, box, messages };
}

afterEach(() => {
  document.body.replaceChildren();
});

test.each([
  ['the page scrolls', () => document.dispatchEvent(new Event('scroll')), 1],
  ['a scrolling ancestor of the box scrolls', (p: ReturnType<typeof page>) => p.panel.dispatchEvent(new Event('scroll')), 1],
  ['the window is resized', () => window.dispatchEvent(new Event('resize')), 1],
  ['the box scrolls its own text (as a textarea does while the user types)', (p: ReturnType<typeof page>) => p.box.dispatchEvent(new Event('scroll')), 0],
  ['a message list beside the box scrolls', (p: ReturnType<typeof page>) => p.messages.dispatchEvent(new Event('scroll')), 0],
])('%s: the nudge is placed again %i time(s)', (_what, act, calls) => {
  const p = page();
  const update = vi.fn();
  const stop = followBox(p.box, clippingAncestors(p.box), update);
  update.mockClear();
  act(p);
  expect(update).toHaveBeenCalledTimes(calls);
  stop();
  act(p);
  expect(update).toHaveBeenCalledTimes(calls);
});
