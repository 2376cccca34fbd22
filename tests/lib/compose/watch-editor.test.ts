// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { watchEditor } from '../../../lib/compose/watch-editor';

/** A box in the page, watched with a 300 ms pause, past its first settle. */
async function watchSettled(tag: 'textarea' | 'div') {
  const box = document.createElement(tag);
  document.body.append(box);
  const onSettle = vi.fn();
  const watch = watchEditor(box, onSettle, 300);
  await vi.advanceTimersByTimeAsync(300);
  onSettle.mockClear();
  return { box, onSettle, watch };
}

describe('watchEditor', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('calls back once after the user pauses, however many changes came before', async () => {
    const box = document.createElement('div');
    box.contentEditable = 'true';
    document.body.append(box);
    const onSettle = vi.fn();
    const watch = watchEditor(box, onSettle, 300);
    await vi.advanceTimersByTimeAsync(300);
    onSettle.mockClear();
    for (const word of ['sorry', ' I', ' was', ' late']) {
      watch.keyPressed();
      box.append(word);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(onSettle).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(onSettle).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  test('does nothing between compositionstart and compositionend (IME input)', async () => {
    const { box, onSettle, watch } = await watchSettled('textarea');
    box.dispatchEvent(new Event('compositionstart'));
    box.dispatchEvent(new Event('input'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(onSettle).not.toHaveBeenCalled();
    box.dispatchEvent(new Event('compositionend'));
    await vi.advanceTimersByTimeAsync(300);
    expect(onSettle).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  test('stop() removes every listener and timer', async () => {
    const box = document.createElement('textarea');
    const onSettle = vi.fn();
    watchEditor(box, onSettle, 300).stop();
    box.dispatchEvent(new Event('input'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(onSettle).not.toHaveBeenCalled();
  });

  test.each([
    ['one change', [0], 300],
    ['changes 100 ms apart: a full pause after the last one', [0, 100, 200, 290], 590],
    ['a change just before the pause ends starts it again', [0, 299], 599],
  ])('%s: settles a full delay after the last change, not later', async (_name, changesAt, settlesAt) => {
    const { box, onSettle, watch } = await watchSettled('div');
    let elapsed = 0;
    for (const at of changesAt) {
      await vi.advanceTimersByTimeAsync(at - elapsed);
      elapsed = at;
      watch.keyPressed();
      box.append('x');
    }
    await vi.advanceTimersByTimeAsync(settlesAt - elapsed - 2);
    expect(onSettle).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2);
    expect(onSettle).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  test('a keystroke arms no timer of its own: one timer per pause, however fast the typing', async () => {
    const box = document.createElement('textarea');
    document.body.append(box);
    const watch = watchEditor(box, vi.fn(), 300);
    await vi.advanceTimersByTimeAsync(300);
    const armed = vi.spyOn(globalThis, 'setTimeout');
    const heard = vi.spyOn(box, 'addEventListener');
    for (let key = 0; key < 40; key += 1) {
      watch.keyPressed();
      box.value += 'x';
      box.dispatchEvent(new Event('input'));
      await vi.advanceTimersByTimeAsync(5);
    }
    // 40 keys in 200 ms: the first arms the timer, which re-arms once when it finds the typing went on.
    expect(armed.mock.calls.length).toBeLessThanOrEqual(2);
    // And the box's input listener is off until the pause: it heard the first key, not the other 39.
    expect(heard).not.toHaveBeenCalled();
    armed.mockRestore();
    watch.stop();
  });

  test.each([
    ['textarea', () => document.createElement('textarea'), (box: HTMLElement, key: number) => {
      // Set, never read: the reads counted are the watch's own.
      (box as HTMLTextAreaElement).value = 'x'.repeat(key + 1);
      box.dispatchEvent(new Event('input'));
    }, (box: HTMLElement) => vi.spyOn(box as HTMLTextAreaElement, 'value', 'get')],
    ['contenteditable', () => Object.assign(document.createElement('div'), { contentEditable: 'true' }), (box: HTMLElement) => box.append('x'),
      (box: HTMLElement) => vi.spyOn(box, 'textContent', 'get')],
  ])('%s: while keys arrive, the looks at the pause read no text (a copy of all of it each time)', async (_name, make, type, spyOnReads) => {
    const box: HTMLElement = make();
    document.body.append(box);
    const onSettle = vi.fn();
    const watch = watchEditor(box, onSettle, 300);
    await vi.advanceTimersByTimeAsync(300);
    onSettle.mockClear();
    const reads = spyOnReads(box);
    // Two seconds of typing, a key every 50 ms: the pause is looked at about seven times.
    for (let key = 0; key < 40; key += 1) {
      watch.keyPressed();
      type(box, key);
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(300);
    expect(onSettle).toHaveBeenCalledTimes(1);
    // The text is read when the typing wakes the watch, and at the look that settles it: not at each look between.
    expect(reads.mock.calls.length).toBeLessThanOrEqual(2);
    reads.mockRestore();
    watch.stop();
  });

  test.each([
    ['a paste or a script in a contenteditable, no key', () => document.createElement('div'), (box: HTMLElement) => box.append(' more')],
    ['a paste in a textarea, no key', () => document.createElement('textarea'), (box: HTMLElement) => {
      (box as HTMLTextAreaElement).value += ' more';
      box.dispatchEvent(new Event('input'));
    }],
  ])('a change without a key wakes a quiet watch: %s', async (_name, make, change) => {
    const box = make();
    document.body.append(box);
    const onSettle = vi.fn();
    const watch = watchEditor(box, onSettle, 300);
    await vi.advanceTimersByTimeAsync(300);
    onSettle.mockClear();
    change(box);
    await vi.advanceTimersByTimeAsync(299);
    expect(onSettle).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(onSettle).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  test('changes without keys during a pause (a page that swallows keydown) still hold the analysis back', async () => {
    const { box, onSettle, watch } = await watchSettled('div');
    for (let i = 0; i < 6; i += 1) {
      box.append('x');
      await vi.advanceTimersByTimeAsync(100);
    }
    // Typing went on for 600 ms: no analysis in the middle of it.
    expect(onSettle).not.toHaveBeenCalled();
    // At most two delays after the last change.
    await vi.advanceTimersByTimeAsync(600);
    expect(onSettle).toHaveBeenCalledTimes(1);
    watch.stop();
  });
});
