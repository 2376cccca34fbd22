/**
 * The one contract every test page keeps: `__editorText()` returns the text as
 * the editor's OWN model sees it (not the DOM), and `__editorReady` turns true
 * once the editor is mounted, so specs wait on a condition instead of a delay.
 */
declare global {
  interface Window {
    __editorText?: () => string;
    __editorReady?: boolean;
  }
}

export function exposeEditor(readModelText: () => string): void {
  window.__editorText = readModelText;
  window.__editorReady = true;
}

/** The mount point every page declares in its HTML. */
export function mountPoint(id = 'editor'): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`test page has no #${id}`);
  return element;
}
