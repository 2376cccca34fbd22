import type { Rect } from './free-band';

/** Enough to reach a box's heading past its label and a lead paragraph, without walking a long page. */
const MAX_LEVELS = 4;
const MAX_ELEMENTS = 12;
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
/** Other places the user writes: the nudge does not cover them either. */
const OTHER_BOXES = 'textarea, input:not([type="hidden"]), [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], [role="textbox"]';

const hasText = (element: Element) => /\S/.test(element.textContent ?? '');

/** The elements that name the box: its <label>s and its aria-labelledby elements. */
function namingElements(anchor: HTMLElement): Element[] {
  const named: Element[] = [];
  if ('labels' in anchor && anchor.labels instanceof NodeList) named.push(...(anchor.labels as NodeListOf<HTMLLabelElement>));
  const root = anchor.getRootNode() as Document | ShadowRoot;
  for (const id of (anchor.getAttribute('aria-labelledby') ?? '').split(/\s+/)) {
    const element = id ? root.getElementById(id) : null;
    if (element) named.push(element);
  }
  return named;
}

/**
 * The page's own words around the box, which the nudge prefers not to cover: what names the box (its labels, its
 * aria-labelledby), what comes before it up to the nearest heading (a subtitle, the heading itself), what comes
 * right after it (the next box's label), and the page's other boxes. Found once per box; see textRects for where
 * they are.
 */
export function nearbyText(anchor: HTMLElement): Element[] {
  const found = new Set<Element>(namingElements(anchor));
  let headingSeen = false;
  let element: Element | null = anchor;
  for (let level = 0; element && level < MAX_LEVELS && !headingSeen && found.size < MAX_ELEMENTS; level += 1) {
    for (let before = element.previousElementSibling; before && found.size < MAX_ELEMENTS; before = before.previousElementSibling) {
      if (hasText(before)) found.add(before);
      if (before.matches(HEADING) || before.querySelector(HEADING)) {
        headingSeen = true;
        break;
      }
    }
    const after = element.nextElementSibling;
    if (level === 0 && after && hasText(after)) found.add(after);
    element = element.parentElement;
  }
  const doc = anchor.ownerDocument;
  for (const box of doc.querySelectorAll(OTHER_BOXES)) {
    if (found.size >= MAX_ELEMENTS + 4) break;
    if (box !== anchor && !box.contains(anchor) && !anchor.contains(box)) found.add(box);
  }
  // The box itself, what holds it, and what it holds are the box's business, not text to avoid.
  return [...found].filter((text) => !text.contains(anchor) && !anchor.contains(text));
}

/**
 * Where those words are now, in viewport coordinates: the text itself (a short label in a wide block is only as
 * wide as its words), or the element's box for the page's other compose boxes.
 */
export function textRects(elements: readonly Element[]): Rect[] {
  const rects: Rect[] = [];
  for (const element of elements) {
    if (!element.isConnected) continue;
    const doc = element.ownerDocument;
    const isBox = element.matches(OTHER_BOXES);
    let rect: DOMRect;
    if (isBox) rect = element.getBoundingClientRect();
    else {
      const range = doc.createRange();
      range.selectNodeContents(element);
      rect = range.getBoundingClientRect();
    }
    if (rect.width > 0 && rect.height > 0) rects.push({ x: rect.x, y: rect.y, width: rect.width, height: rect.height });
  }
  return rects;
}
