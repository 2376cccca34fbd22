/** Where the caret was in a compose box, so focus can go back to exactly there (after Escape, or before inserting). */
export interface SavedCaret {
  /** Puts focus back into the box with the caret (or selection) where it was. */
  restore(): void;
}

export function saveCaret(root: HTMLElement): SavedCaret {
  if (root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement) {
    const { selectionStart, selectionEnd } = root;
    return {
      restore() {
        root.focus();
        if (selectionStart !== null && selectionEnd !== null) root.setSelectionRange(selectionStart, selectionEnd);
      },
    };
  }
  const selection = root.ownerDocument.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : undefined;
  const inside = range !== undefined && root.contains(range.commonAncestorContainer);
  return {
    restore() {
      root.focus();
      if (!inside || !range) return;
      const current = root.ownerDocument.getSelection();
      current?.removeAllRanges();
      current?.addRange(range);
    },
  };
}

/** The text before and after the caret inside the box (only the part on either side that joining needs). */
export function textAroundCaret(root: HTMLElement): { before: string; after: string } {
  if (root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement) {
    const start = root.selectionStart ?? root.value.length;
    const end = root.selectionEnd ?? start;
    return { before: root.value.slice(0, start), after: root.value.slice(end) };
  }
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return { before: root.innerText, after: '' };
  const caret = selection.getRangeAt(0);
  if (!root.contains(caret.commonAncestorContainer)) return { before: root.innerText, after: '' };
  const before = root.ownerDocument.createRange();
  before.selectNodeContents(root);
  before.setEnd(caret.startContainer, caret.startOffset);
  // What follows in the same text node: text in the next block (a quoted reply below) is no word to space from.
  const node = caret.endContainer;
  const after = node.nodeType === Node.TEXT_NODE ? (node.nodeValue ?? '').slice(caret.endOffset) : '';
  return { before: before.toString(), after };
}
