import { insertTextIntoField } from 'text-field-edit';
import { textAroundCaret } from './caret';
import { BLANK, joinPhrase } from './join-phrase';
import type { InsertStrategy } from './sites';

/**
 * Dispatches a synthetic beforeinput or paste and says whether an editor handled (cancelled) it. Firefox empties a
 * DataTransfer made in a content script, so there the page's own world dispatches it (see main-world-bridge.ts).
 */
export type DispatchEditorEvent = (root: HTMLElement, kind: 'beforeinput' | 'paste', text: string) => boolean;

export const dispatchHere: DispatchEditorEvent = (root, kind, text) => {
  if (kind === 'beforeinput') {
    return !root.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true }));
  }
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  return !root.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
};

/** Resolves once the editor has seen a selection change (editors sync their model on selectionchange), or soon anyway. */
function selectionSettled(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      // Slate reads the selection in a throttled handler; one more turn lets it run.
      setTimeout(resolve, 30);
    };
    doc.addEventListener('selectionchange', done);
    setTimeout(done, 60);
  });
}

/** The last code point before a collapsed caret, when it sits in the same text node (never across a block). */
function selectCharBefore(root: HTMLElement, before: string): string {
  const last = Array.from(before).pop() ?? '';
  if (last === '' || last === '\n') return '';
  if (root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement) {
    const start = root.selectionStart ?? 0;
    if (start !== root.selectionEnd || start < last.length) return '';
    root.setSelectionRange(start - last.length, start);
    return last;
  }
  const selection = root.ownerDocument.getSelection();
  const range = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
  if (!selection || !range || !range.collapsed || range.startContainer.nodeType !== Node.TEXT_NODE) return '';
  const offset = range.startOffset;
  if (offset < last.length || range.startContainer.textContent?.slice(offset - last.length, offset) !== last) return '';
  selection.setBaseAndExtent(range.startContainer, offset - last.length, range.startContainer, offset);
  return last;
}

/** Selects `length` characters that end `fromEnd` characters before the caret: the blank, for the user to type over. */
function selectBehindCaret(root: HTMLElement, fromEnd: number, length: number): void {
  if (root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement) {
    const end = root.selectionEnd ?? 0;
    root.setSelectionRange(end - fromEnd, end - fromEnd + length);
    return;
  }
  const selection = root.ownerDocument.getSelection();
  if (!selection?.rangeCount) return;
  selection.collapseToEnd();
  for (let i = 0; i < fromEnd; i += 1) selection.modify('move', 'backward', 'character');
  for (let i = 0; i < length; i += 1) selection.modify('extend', 'forward', 'character');
}

/**
 * Inserts a phrase at the caret the way each editor accepts it, so its model stays right and one undo removes exactly
 * the phrase. The character before the caret is selected and written again with the phrase: a replaced selection
 * starts a new undo step in every editor, where plain text typed after typing would merge with what the user typed.
 * A synthetic beforeinput or paste that no editor handler cancels does nothing by itself, so only then does it fall
 * back to execCommand: never a blind retry that could double the text. Afterwards the first `___` blank is selected.
 */
export async function insertAtCaret(
  root: HTMLElement,
  phrase: string,
  strategy: InsertStrategy,
  dispatch: DispatchEditorEvent = dispatchHere,
): Promise<void> {
  root.focus();
  const { before, after } = textAroundCaret(root);
  const joined = joinPhrase(before, phrase, after);
  const rewritten = selectCharBefore(root, before);
  const isField = root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement;
  if (rewritten && !isField) await selectionSettled(root.ownerDocument);
  const text = rewritten + joined.text;
  const handled = strategy === 'beforeinput' || strategy === 'paste' ? dispatch(root, strategy, text) : false;
  // textField and execCommand both end here: text-field-edit uses execCommand, with undo.
  if (!handled) insertTextIntoField(root, text);
  if (joined.blankAt >= 0) {
    if (!isField) await selectionSettled(root.ownerDocument);
    selectBehindCaret(root, joined.text.length - joined.blankAt, BLANK.length);
  }
}

