/**
 * Calls `update` whenever the box may have moved or changed size: the page or one of the box's scrolling ancestors
 * scrolling, a window resize, or the box itself resizing. Listening where the box can be scrolled from, and not to
 * every scroll in the page (a capture listener on the window), keeps a box that scrolls its own text as the user
 * types, and a chat's message list scrolling beside the box, from calling into Amends at all (each of those used to
 * force a full placement). A few listeners instead of a positioning library keep the
 * content script small; the placement itself is in nudge-placement.ts.
 */
export function followBox(anchor: HTMLElement, scrollers: readonly Element[], update: (why: 'moved' | 'resized') => void): () => void {
  const doc = anchor.ownerDocument;
  const win = doc.defaultView;
  if (!win) return () => undefined;
  const options = { passive: true } as const;
  const onMove = () => update('moved');
  const onBoxResize = () => update('resized');
  // The page's own scroll is fired at the document; an element's scroll only at the element (it does not bubble).
  const targets: EventTarget[] = [doc, ...scrollers];
  for (const target of targets) target.addEventListener('scroll', onMove, options);
  win.addEventListener('resize', onMove, options);
  const observer = new ResizeObserver(onBoxResize);
  observer.observe(anchor);
  update('moved');
  return () => {
    for (const target of targets) target.removeEventListener('scroll', onMove);
    win.removeEventListener('resize', onMove);
    observer.disconnect();
  };
}

/**
 * The box's ancestors that clip it (overflow other than visible): found once per box, not on every placement, as a
 * getComputedStyle per ancestor per keystroke would add up.
 */
export function clippingAncestors(anchor: Element): Element[] {
  const view = anchor.ownerDocument.defaultView;
  const clippers: Element[] = [];
  for (let element = anchor.parentElement; element && view; element = element.parentElement) {
    if (view.getComputedStyle(element).overflow !== 'visible') clippers.push(element);
  }
  return clippers;
}

/** True when the box is scrolled out of view: outside the window, or outside a scrolling ancestor. */
export function boxHidden(anchor: Element, clippers: readonly Element[] = clippingAncestors(anchor)): boolean {
  const doc = anchor.ownerDocument;
  let { top, bottom, left, right } = anchor.getBoundingClientRect();
  const clip = (r: { top: number; bottom: number; left: number; right: number }) => {
    top = Math.max(top, r.top);
    bottom = Math.min(bottom, r.bottom);
    left = Math.max(left, r.left);
    right = Math.min(right, r.right);
  };
  for (const element of clippers) clip(element.getBoundingClientRect());
  clip({ top: 0, left: 0, bottom: doc.documentElement.clientHeight, right: doc.documentElement.clientWidth });
  return bottom <= top || right <= left;
}
