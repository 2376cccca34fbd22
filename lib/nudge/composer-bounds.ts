import type { Rect } from './free-band';

/** Within this of each other, two rectangles touch: a formatting bar a few pixels above its box belongs to it. */
const TOUCH = 8;

function touches(a: Rect, b: Rect): boolean {
  return a.x - TOUCH < b.x + b.width && b.x < a.x + a.width + TOUCH && a.y - TOUCH < b.y + b.height && b.y < a.y + a.height + TOUCH;
}

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/**
 * The box together with the page's controls that sit against it, and those against them (its formatting bar, its
 * send button): what the user sees as the compose box. A nudge just above a chat's formatting bar is next to its
 * box, though the bar lies between them.
 */
export function composerBounds(box: Rect, controls: readonly Rect[]): Rect {
  let bounds: Rect = { x: box.x, y: box.y, width: box.width, height: box.height };
  const rest = [...controls];
  for (let grown = true; grown; ) {
    grown = false;
    for (let i = rest.length - 1; i >= 0; i -= 1) {
      const control = rest[i] as Rect;
      if (!touches(bounds, control)) continue;
      bounds = union(bounds, control);
      rest.splice(i, 1);
      grown = true;
    }
  }
  return bounds;
}
