/** Opt-outs other writing tools honour too; a page that sets them wants no overlay. */
const OPT_OUT_SELECTOR = '[data-gramm="false"], [data-gramm_editor="false"], [data-enable-grammarly="false"], [data-amends="off"]';

/**
 * The compose box an event happened in, or null. Walks the composed path so
 * editors inside open shadow roots are found from a document-level listener.
 */
export function findEditableRoot(path: readonly EventTarget[]): HTMLElement | null {
  for (const target of path) {
    if (!(target instanceof HTMLElement)) continue;
    if (target instanceof HTMLTextAreaElement) return usable(target);
    if (target.isContentEditable) return usable(outermostEditable(target));
  }
  return null;
}

function outermostEditable(element: HTMLElement): HTMLElement {
  let root = element;
  for (let parent = element.parentElement; parent?.isContentEditable; parent = parent.parentElement) {
    root = parent;
  }
  return root;
}

function usable(element: HTMLElement): HTMLElement | null {
  if (element instanceof HTMLTextAreaElement && (element.readOnly || element.disabled)) return null;
  if (element.closest(OPT_OUT_SELECTOR)) return null;
  return element;
}
