/**
 * Calls `update` whenever the box may have moved or changed size: a scroll (captured, so nested scrollers count)
 * anywhere but inside the box, a window resize, or the box itself resizing. A textarea scrolling its own text as the
 * user types does not move the box, so it costs nothing. A few listeners instead of a positioning library keep the
 * content script small; the placement itself is in nudge-placement.ts.
 */
export function followBox(anchor: HTMLElement, update: (why: 'moved' | 'resized') => void): () => void {
  const win = anchor.ownerDocument.defaultView;
  if (!win) return () => undefined;
  const options = { capture: true, passive: true } as const;
  const onScroll = (event: Event) => {
    if (event.target instanceof Node && anchor.contains(event.target)) return;
    update('moved');
  };
  const onResize = () => update('moved');
  const onBoxResize = () => update('resized');
  win.addEventListener('scroll', onScroll, options);
  win.addEventListener('resize', onResize, options);
  const observer = new ResizeObserver(onBoxResize);
  observer.observe(anchor);
  update('moved');
  return () => {
    win.removeEventListener('scroll', onScroll, options);
    win.removeEventListener('resize', onResize, options);
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
