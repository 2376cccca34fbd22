import { insertTextIntoField } from 'text-field-edit';
import type { InsertStrategy } from './sites';

/**
 * Inserts text at the caret the way each editor accepts it, so its model and undo history stay
 * right. A synthetic beforeinput or paste that no editor handler cancels does nothing by itself,
 * so only then does it fall back to execCommand: never a blind retry that could double the text.
 * The caller keeps the caret in place by not letting its buttons take focus.
 */
export function insertAtCaret(root: HTMLElement, text: string, strategy: InsertStrategy): void {
  root.focus();
  if (strategy === 'beforeinput') {
    const event = new InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true });
    if (!root.dispatchEvent(event)) return;
  } else if (strategy === 'paste') {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    if (!root.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }))) return;
  }
  // textField and execCommand both end here: text-field-edit uses execCommand, with undo.
  insertTextIntoField(root, text);
}
