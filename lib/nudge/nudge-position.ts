import { clippingAncestors, followBox } from './follow-box';
import { hostStyle, pageZoom, raiseIfHidden } from './nudge-host';
import { nearbyText } from './nearby-text';
import { placeNudge, type NudgeMode, type NudgeSize, type NudgeSpot } from './nudge-placement';

export interface PositionerParts {
  host: HTMLElement;
  panel: HTMLElement;
}

export interface Positioner {
  /** Starts following a box (its scrolls, resizes, the window's). */
  follow(anchor: HTMLElement): void;
  /** Places the nudge on the next frame. `force`: even when neither the box, the window nor the nudge changed. */
  reposition(force?: boolean): void;
  /**
   * Places the nudge again only if the box or the window changed since the last placement (a box moved by the page
   * around it sends no event). Reading the box when the page has drawn its last frame is cheap, while asking for a
   * placement asks for a frame of its own after every pause in typing.
   */
  repositionIfMoved(): void;
  /** The nudge's content changed: measure it afresh on the next placement. */
  invalidate(): void;
  stop(): void;
}

export interface PositionerOptions {
  parts: PositionerParts;
  /** What the user asked for: the chip or the card. */
  wanted(): NudgeMode;
  /** Draws the panel in a mode; cheap when it already shows that mode's current content. */
  render(mode: NudgeMode): void;
  /** After each placement (the view moves focus in, when the user asked for it). */
  placed(spot: NudgeSpot): void;
  /** The box went away, or the extension did. */
  gone(): void;
  isAlive(): boolean;
}

/**
 * Keeps the nudge placed beside its box, doing as little as it can while the user types: one placement per frame,
 * none at all when the box, the window and the nudge are as they were (a keystroke that does not resize the box),
 * and each layout read once: the nudge's size is remembered until its content or the window changes, the box's
 * clipping ancestors and the words around it are found once per box, and the host's style is written only when it
 * changes (every write would make the browser restyle it).
 */
export function createPositioner({ parts, wanted, render, placed, gone, isAlive }: PositionerOptions): Positioner {
  const { host, panel } = parts;
  let anchor: HTMLElement | undefined;
  let clippers: Element[] = [];
  let nearby: Element[] = [];
  let stopFollowing: (() => void) | undefined;
  let content = 0;
  let sizes = new Map<string, NudgeSize>();
  let lastKey = '';
  let lastHostStyle = '';
  let frame = 0;
  let forced = false;

  const measure = (mode: NudgeMode, width: string): NudgeSize => {
    const key = `${mode}|${width}`;
    const known = sizes.get(key);
    if (known) return known;
    render(mode);
    panel.style.maxHeight = '';
    panel.style.width = width;
    const size = { width: panel.offsetWidth, height: panel.offsetHeight };
    sizes.set(key, size);
    return size;
  };

  const setStyle = (element: HTMLElement, property: 'maxHeight' | 'width', value: string) => {
    if (element.style[property] !== value) element.style[property] = value;
  };

  /** What a placement depends on: the box, the window, the content and the mode asked for. */
  const keyOf = (target: HTMLElement): string => {
    const doc = target.ownerDocument;
    const box = target.getBoundingClientRect();
    return `${box.x},${box.y},${box.width},${box.height}|${doc.documentElement.clientWidth}x${doc.documentElement.clientHeight}|${content}|${wanted()}`;
  };

  const place = () => {
    const force = forced;
    forced = false;
    const target = anchor;
    if (!target) return;
    if (!isAlive() || !target.isConnected) {
      gone();
      return;
    }
    const doc = target.ownerDocument;
    const viewport = `${doc.documentElement.clientWidth}x${doc.documentElement.clientHeight}`;
    const key = keyOf(target);
    if (key === lastKey && !force) return;
    // The nudge's width follows the window's (max-width: 100vw less a margin): new window, new sizes.
    if (!lastKey.includes(`|${viewport}|`)) sizes = new Map();
    lastKey = key;
    const spot = placeNudge({ anchor: target, host, wanted: wanted(), measure, clippers, nearby });
    render(spot.mode);
    setStyle(panel, 'maxHeight', spot.mode === 'card' ? `${spot.maxHeight}px` : '');
    setStyle(panel, 'width', spot.width);
    const style = hostStyle(spot.x, spot.y, 1 / pageZoom(doc), spot.visible);
    if (style !== lastHostStyle) {
      lastHostStyle = style;
      host.setAttribute('style', style);
    }
    if (spot.visible) raiseIfHidden(host, panel);
    placed(spot);
  };

  const positioner: Positioner = {
    follow(target) {
      if (target === anchor) return;
      stopFollowing?.();
      anchor = target;
      clippers = clippingAncestors(target);
      nearby = nearbyText(target);
      lastKey = '';
      stopFollowing = followBox(target, clippers, (why) => positioner.reposition(why === 'moved'));
    },
    reposition(force = false) {
      forced ||= force;
      if (frame) return;
      const win = host.ownerDocument.defaultView;
      if (!win) return place();
      // Resizes and scrolls come in bursts while the user types; one placement per frame is enough.
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        place();
      });
    },
    repositionIfMoved() {
      if (anchor && !frame && keyOf(anchor) !== lastKey) positioner.reposition();
    },
    invalidate() {
      content += 1;
      sizes = new Map();
    },
    stop() {
      stopFollowing?.();
      stopFollowing = undefined;
      if (frame) host.ownerDocument.defaultView?.cancelAnimationFrame(frame);
      frame = 0;
      anchor = undefined;
    },
  };
  return positioner;
}
