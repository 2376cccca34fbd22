// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { watchEditor } from '../../../lib/compose/watch-editor';

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
      box.append(word);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(onSettle).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(onSettle).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  test('does nothing between compositionstart and compositionend (IME input)', async () => {
    const box = document.createElement('textarea');
    document.body.append(box);
    const onSettle = vi.fn();
    const watch = watchEditor(box, onSettle, 300);
    await vi.advanceTimersByTimeAsync(300);
    onSettle.mockClear();
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
});
