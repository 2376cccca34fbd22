// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { insertAtCaret } from '../../../lib/compose/insert-at-caret';

describe('insertAtCaret', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  function editorThatHandles(eventType: string | undefined) {
    const root = document.createElement('div');
    root.contentEditable = 'true';
    document.body.append(root);
    const handled: string[] = [];
    if (eventType) {
      root.addEventListener(eventType, (event) => {
        handled.push((event as InputEvent).data ?? (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '');
        event.preventDefault();
      });
    }
    // happy-dom has no editing commands; record what would have been typed.
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    return { root, handled, execCommand };
  }

  test.each([
    ['beforeinput', 'beforeinput'],
    ['paste', 'paste'],
  ] as const)('%s goes to the editor that handles it, and nothing is inserted twice', (strategy, eventType) => {
    const { root, handled, execCommand } = editorThatHandles(eventType);
    insertAtCaret(root, 'What can I do to make this right?', strategy);
    expect(handled).toEqual(['What can I do to make this right?']);
    expect(execCommand).not.toHaveBeenCalled();
  });

  test.each(['beforeinput', 'paste', 'execCommand'] as const)('%s falls back to execCommand only when no editor handled it', (strategy) => {
    const { root, execCommand } = editorThatHandles(undefined);
    insertAtCaret(root, 'From now on I will ___.', strategy);
    expect(execCommand).toHaveBeenCalledTimes(1);
    expect(execCommand).toHaveBeenCalledWith('insertText', false, 'From now on I will ___.');
  });
});
