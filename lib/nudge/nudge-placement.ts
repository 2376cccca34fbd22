import { composerBounds } from './composer-bounds';
import { boxHidden } from './follow-box';
import { fitInBands, freeBands, type Rect, type Side } from './free-band';
import { textRects } from './nearby-text';

export type NudgeMode = 'chip' | 'card';

export interface NudgeSpot {
  x: number;
  y: number;
  mode: NudgeMode;
  /** False when the box has scrolled out of view (so does the nudge), or when there is nowhere clean to stand. */
  visible: boolean;
  /** The height it gets there, in px: the card scrolls inside when this is less than its own. */
  maxHeight: number;
  /** Its width when it had to be narrow ('' for its own): a narrow card, or a chip wrapped beside the box. */
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

export interface NudgeSize {
  width: number;
  height: number;
}

export interface PlaceOptions {
  anchor: HTMLElement;
  host: HTMLElement;
  /** The mode the user asked for; the card falls back to the chip when it has no room. */
  wanted: NudgeMode;
  /** Renders the panel in a mode at a width ('' for its own) and gives its size; the caller may remember sizes. */
  measure(mode: NudgeMode, width: string): NudgeSize;
  /** The box's clipping ancestors (see follow-box.ts). */
  clippers: readonly Element[];
  /** The page's words near the box (see nearby-text.ts): not covered where there is room elsewhere. */
  nearby: readonly Element[];
}

interface Try {
  mode: NudgeMode;
  /** '' for the nudge's own width, a CSS width, or 'beside': as wide as the room beside the box. */
  width: string;
}

/** Below this a chip squeezed beside the box would wrap word by word: it goes above or below instead. */
const MIN_BESIDE_CHIP_WIDTH = 240;

/** How far from its box the nudge may go to keep clear of the page's words. */
const MAX_DISTANCE = 4 * GAP;

function distanceFromBox(side: Side, rect: Rect, box: Rect): number {
  if (side === 'top') return box.y - (rect.y + rect.height);
  if (side === 'bottom') return rect.y - (box.y + box.height);
  // Beside: how far it lies wholly above or below the box's own stretch of the page.
  return Math.max(0, rect.y - (box.y + box.height), box.y - (rect.y + rect.height));
}

/** The room beside the box on a side, for a nudge as wide as it can be there. */
function roomBeside(side: Side, box: Rect, viewportWidth: number): number {
  return side === 'right' ? viewportWidth - GAP - (box.x + box.width + GAP) : box.x - 2 * GAP;
}

/**
 * Finds where the nudge goes: beside, above or below the box, wholly inside the viewport, over neither the box nor
 * the page's controls, and where it can, over none of the page's words near the box (its label, the heading and
 * subtitle above it, the next box); hidden while the box is scrolled away. Each placement's column is shifted on
 * screen (as floating-ui's shift() would), and the height comes from the free band there (its size()), so a
 * tall card scrolls inside instead of running off screen, and docks as the chip when no band is tall enough. A chip
 * too wide for the room beside the box may wrap there, rather than sit over the page's words.
 */
export function placeNudge({ anchor, host, wanted, measure, clippers, nearby }: PlaceOptions): NudgeSpot {
  const doc = anchor.ownerDocument;
  const viewport = { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
  const box = anchor.getBoundingClientRect();
  const controls = pageControls(doc, anchor, host);
  const hard: Rect[] = [box, ...controls];
  const words = textRects(nearby);
  const composer = composerBounds(box, controls);
  // A card at full width, then a narrow one (a small frame beside the box), then the chip docked, at its own width
  // and then wrapped to the room beside the box.
  const tries: Try[] = [
    ...(wanted === 'card' ? [{ mode: 'card', width: '' }, { mode: 'card', width: `${NARROW_CARD_WIDTH}px` }] as const : []),
    { mode: 'chip', width: '' },
    { mode: 'chip', width: 'beside' },
  ];
  const hidden = boxHidden(anchor, clippers);
  // First clear of the page's words too; failing that, as before: clear of the box and the controls.
  for (const obstacles of words.length > 0 ? [[...hard, ...words], hard] : [hard]) {
    for (const { mode, width: wantedWidth } of tries) {
      // The card is asked for and can wait: it never lies over the page's words (a chat's messages, say). Where it
      // has no room clear of them it docks as the chip, which may, as the one line that says the nudge is there.
      if (mode === 'card' && obstacles === hard && words.length > 0) continue;
      for (const placement of PLACEMENTS) {
        const side = placement.split('-')[0] as Side;
        let cssWidth = wantedWidth;
        if (wantedWidth === 'beside') {
          if (side !== 'right' && side !== 'left') continue;
          const room = Math.floor(roomBeside(side, box, viewport.width));
          if (room < MIN_BESIDE_CHIP_WIDTH || room >= measure(mode, '').width) continue;
          cssWidth = `${room}px`;
        }
        const { width, height } = measure(mode, cssWidth);
        const minHeight = mode === 'card' ? Math.min(MIN_CARD_HEIGHT, height) : height;
        const x = columnFor(placement, box, width, viewport.width);
        if (x < 0 || x + width > viewport.width + 0.5) continue;
        const bands = freeBands(obstacles, x, x + width, GAP, viewport.height - GAP, GAP);
        const fit = fitInBands(bands, side, box, height, minHeight);
        if (!fit) continue;
        const rect: Rect = { x, y: fit.y, width, height: fit.height };
        if (obstacles.some((o) => overlaps(rect, o))) continue;
        // Clear of the page's words but far from the box (below the next box, say) would lose which box it is for.
        // Near means near the box with its own bar and send button: above a chat's formatting bar is near.
        if (obstacles !== hard && distanceFromBox(side, rect, composer) > MAX_DISTANCE) continue;
        return { x, y: fit.y, mode, visible: !hidden, maxHeight: fit.height, width: cssWidth };
      }
    }
  }
  // Nowhere clean: stay out of sight rather than cover what the user writes or presses.
  return { x: 0, y: 0, mode: 'chip', visible: false, maxHeight: 0, width: '' };
}
