import { boxHidden } from './follow-box';
import { fitInBands, freeBands, type Rect, type Side } from './free-band';

export type NudgeMode = 'chip' | 'card';

export interface NudgeSpot {
  x: number;
  y: number;
  mode: NudgeMode;
  /** False when the box has scrolled out of view (so does the nudge), or when there is nowhere clean to stand. */
  visible: boolean;
  /** The height it gets there, in px: the card scrolls inside when this is less than its own. */
  maxHeight: number;
  /** The card's width when it had to be narrow ('' for its own). */
  width: string;
}

/** What a page lets the user press: the nudge never lies over these (send, formatting bar, header buttons). */
const CONTROL_SELECTOR =
  'button, [role="button"], [role="toolbar"], [role="menubar"], [role="tab"], [data-page-control], a[href], select, input:not([type="hidden"])';
type Placement = 'right-start' | 'left-start' | 'top-end' | 'bottom-end' | 'top-start' | 'bottom-start';

/** Beside the box first, then above or below it: never over it. */
const PLACEMENTS: readonly Placement[] = ['right-start', 'left-start', 'top-end', 'bottom-end', 'top-start', 'bottom-start'];
const GAP = 8;
/** Below this the card is more scrollbar than card: it docks as the chip. */
const MIN_CARD_HEIGHT = 180;
/** Narrow enough for a chat frame's side, wide enough for a phrase and its Insert button. */
const NARROW_CARD_WIDTH = 200;
/** Enough to see the page's controls near the box; a page with thousands of links is not walked in full. */
const MAX_CONTROLS = 400;

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The page's visible controls outside the box, in viewport coordinates. */
export function pageControls(doc: Document, anchor: Element, own: Element): Rect[] {
  const view = { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
  const rects: Rect[] = [];
  const found = doc.querySelectorAll(CONTROL_SELECTOR);
  for (let i = 0; i < found.length && rects.length < MAX_CONTROLS; i += 1) {
    const element = found[i] as Element;
    if (anchor.contains(element) || own.contains(element)) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    if (rect.bottom < 0 || rect.right < 0 || rect.top > view.height || rect.left > view.width) continue;
    rects.push(rect);
  }
  return rects;
}

/** The left edge for a placement: beside the box with a gap, or aligned with one of its edges and kept on screen (shift). */
export function columnFor(placement: Placement, box: Rect, width: number, viewportWidth: number): number {
  const [side, align] = placement.split('-');
  if (side === 'right') return box.x + box.width + GAP;
  if (side === 'left') return box.x - GAP - width;
  const x = align === 'end' ? box.x + box.width - width : box.x;
  return Math.max(GAP, Math.min(x, viewportWidth - GAP - width));
}

export interface PlaceOptions {
  anchor: HTMLElement;
  host: HTMLElement;
  panel: HTMLElement;
  /** The mode the user asked for; the card falls back to the chip when it has no room. */
  wanted: NudgeMode;
  /** Renders the panel in a mode, so it can be measured. */
  render(mode: NudgeMode): void;
}

/**
 * Finds where the nudge goes: beside, above or below the box, wholly inside the viewport, over neither the box nor
 * the page's controls; hidden while the box is scrolled away. Each placement's column is shifted on screen (as
 * floating-ui's shift() would), and the height comes from the free band there (its size()), so a
 * tall card scrolls inside instead of running off screen, and docks as the chip when no band is tall enough.
 */
export function placeNudge({ anchor, host, panel, wanted, render }: PlaceOptions): NudgeSpot {
  const doc = anchor.ownerDocument;
  const viewport = { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
  const box = anchor.getBoundingClientRect();
  const obstacles: Rect[] = [box, ...pageControls(doc, anchor, host)];
  // A card at full width, then a narrow one (a small frame beside the box), then the chip docked.
  const tries: Array<{ mode: NudgeMode; width: string }> =
    wanted === 'card' ? [{ mode: 'card', width: '' }, { mode: 'card', width: `${NARROW_CARD_WIDTH}px` }, { mode: 'chip', width: '' }] : [{ mode: 'chip', width: '' }];
  // The columns for each placement are plain arithmetic on the box, so typing that resizes the box stays cheap.
  const hidden = boxHidden(anchor);
  for (const { mode, width: cardWidth } of tries) {
    render(mode);
    panel.style.maxHeight = '';
    panel.style.width = cardWidth;
    const width = panel.offsetWidth;
    const height = panel.offsetHeight;
    const minHeight = mode === 'card' ? Math.min(MIN_CARD_HEIGHT, height) : height;
    for (const placement of PLACEMENTS) {
      const side = placement.split('-')[0] as Side;
      const x = columnFor(placement, box, width, viewport.width);
      if (x < 0 || x + width > viewport.width + 0.5) continue;
      const bands = freeBands(obstacles, x, x + width, GAP, viewport.height - GAP, GAP);
      const fit = fitInBands(bands, side, box, height, minHeight);
      if (!fit) continue;
      const rect: Rect = { x, y: fit.y, width, height: fit.height };
      if (obstacles.some((o) => overlaps(rect, o))) continue;
      return { x, y: fit.y, mode, visible: !hidden, maxHeight: fit.height, width: cardWidth };
    }
  }
  // Nowhere clean: stay out of sight rather than cover what the user writes or presses.
  return { x: 0, y: 0, mode: 'chip', visible: false, maxHeight: 0, width: '' };
}
