/**
 * Calls `update` whenever the box may have moved or changed size: any scroll (captured, so nested scrollers count),
 * a window resize, or the box itself resizing. A few listeners instead of a positioning library keep the content
 * script small; the placement itself is in nudge-placement.ts.
 */
export function followBox(anchor: HTMLElement, update: () => void): () => void {
  const win = anchor.ownerDocument.defaultView;
  if (!win) return () => undefined;
  const options = { capture: true, passive: true } as const;
  win.addEventListener('scroll', update, options);
  win.addEventListener('resize', update, options);
  const observer = new ResizeObserver(update);
  observer.observe(anchor);
  update();
  return () => {
    win.removeEventListener('scroll', update, options);
    win.removeEventListener('resize', update, options);
    observer.disconnect();
  };
}

/** True when the box is scrolled out of view: outside the window, or outside a scrolling ancestor. */
export function boxHidden(anchor: Element): boolean {
  const doc = anchor.ownerDocument;
  const view = doc.defaultView;
  let { top, bottom, left, right } = anchor.getBoundingClientRect();
  const clip = (r: { top: number; bottom: number; left: number; right: number }) => {
    top = Math.max(top, r.top);
    bottom = Math.min(bottom, r.bottom);
    left = Math.max(left, r.left);
    right = Math.min(right, r.right);
  };
  for (let element = anchor.parentElement; element && view; element = element.parentElement) {
    if (view.getComputedStyle(element).overflow !== 'visible') clip(element.getBoundingClientRect());
  }
  clip({ top: 0, left: 0, bottom: doc.documentElement.clientHeight, right: doc.documentElement.clientWidth });
  return bottom <= top || right <= left;
}
