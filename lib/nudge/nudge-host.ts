import { nudgeStyles } from './nudge-styles';

export const NUDGE_TAG = 'amends-nudge';

/**
 * The host's own style, inline and `!important`: that beats every page rule, even the page's `!important` ones
 * (`amends-nudge {display:none !important}`, `* {pointer-events:none !important}`, `* {transform:none !important}`).
 * `all: initial` first cuts every inherited or page-set property; then what the nudge needs. `contain` keeps its
 * layout and paint to itself.
 */
export function hostStyle(x: number, y: number, zoom: number, visible: boolean): string {
  const rules: Array<[string, string]> = [
    ['all', 'initial'],
    ['display', 'block'],
    ['position', 'fixed'],
    ['inset', 'auto'],
    ['top', '0'],
    ['left', '0'],
    ['margin', '0'],
    ['padding', '0'],
    ['border', '0'],
    ['width', 'max-content'],
    ['height', 'auto'],
    ['max-width', 'none'],
    ['max-height', 'none'],
    ['overflow', 'visible'],
    ['background', 'transparent'],
    ['z-index', '2147483647'],
    ['transform', `translate(${Math.round(x)}px, ${Math.round(y)}px)`],
    ['translate', 'none'],
    ['rotate', 'none'],
    ['scale', 'none'],
    ['zoom', String(zoom)],
    ['opacity', visible ? '1' : '0'],
    ['visibility', visible ? 'visible' : 'hidden'],
    ['pointer-events', visible ? 'auto' : 'none'],
    ['filter', 'none'],
    ['clip-path', 'none'],
    ['mask', 'none'],
    ['mix-blend-mode', 'normal'],
    ['contain', 'layout style'],
    ['isolation', 'isolate'],
    ['color-scheme', 'normal'],
    ['direction', 'ltr'],
  ];
  return rules.map(([property, value]) => `${property}:${value} !important`).join(';');
}

/**
 * The page may zoom the root (`html {zoom: 2}`); the host undoes it, so the nudge keeps its size and the placement's
 * viewport coordinates stay right.
 */
export function pageZoom(doc: Document): number {
  const zoom = Number.parseFloat(doc.defaultView?.getComputedStyle(doc.documentElement).zoom ?? '1');
  return Number.isFinite(zoom) && zoom > 0 ? zoom : 1;
}

/** Dark when the box sits on a dark background (a dark page may not say so in prefers-color-scheme). */
export function looksDark(anchor: Element): boolean {
  const view = anchor.ownerDocument.defaultView;
  for (let element: Element | null = anchor; element && view; element = element.parentElement) {
    const match = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?/.exec(view.getComputedStyle(element).backgroundColor);
    if (!match || Number(match[4] ?? 1) === 0) continue;
    const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
  }
  return view?.matchMedia('(prefers-color-scheme: dark)').matches ?? false;
}

export interface NudgeHost {
  host: HTMLElement;
  panel: HTMLElement;
  /** A polite live region: what the nudge says, once per message. */
  announcer: HTMLElement;
}

/**
 * `<amends-nudge>` with an open shadow root, appended to the box's document (never inside the editor): a fixed host at
 * the highest z-index. It goes into the top layer (raiseIfHidden) only when the page would hide it otherwise: in
 * Chromium a top-layer element costs every keystroke in the page about 5% more main-thread time.
 */
export function createNudgeHost(doc: Document): NudgeHost {
  const host = doc.createElement(NUDGE_TAG);
  host.setAttribute('style', hostStyle(0, 0, 1, false));
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = nudgeStyles;
  const panel = doc.createElement('section');
  panel.className = 'nudge';
  panel.setAttribute('role', 'complementary');
  panel.setAttribute('aria-label', 'Amends');
  const announcer = doc.createElement('div');
  announcer.className = 'sr';
  announcer.setAttribute('role', 'status');
  announcer.setAttribute('aria-live', 'polite');
  shadow.append(style, panel, announcer);
  doc.documentElement.append(host);
  return { host, panel, announcer };
}

/** What on the root element reaches its children's rendering (the host is one), whatever the host says. */
const ROOT_EFFECTS: ReadonlyArray<[keyof CSSStyleDeclaration, string]> = [
  ['filter', 'none'],
  ['opacity', '1'],
  ['clipPath', 'none'],
  ['maskImage', 'none'],
  ['transform', 'none'],
  ['perspective', 'none'],
  ['backdropFilter', 'none'],
  ['mixBlendMode', 'normal'],
];

/**
 * The page's hold on a placed, visible nudge: its root's filter, opacity, clip or transform reach the host, or
 * something of the page lies over it (a full-window overlay at the same z-index). Then the host goes into the top
 * layer as a manual popover, which sits above every z-index and outside the root's effects, and stays there. Read
 * once per placement (a style and a hit test), not per key.
 */
export function raiseIfHidden(host: HTMLElement, panel: HTMLElement): void {
  if (!('showPopover' in host) || host.hasAttribute('popover')) return;
  const doc = host.ownerDocument;
  const root = doc.defaultView?.getComputedStyle(doc.documentElement);
  const rect = panel.getBoundingClientRect();
  const rootReaches = root !== undefined && ROOT_EFFECTS.some(([property, plain]) => {
    const value = root[property];
    return typeof value === 'string' && value !== '' && value !== plain;
  });
  const contained = root !== undefined && /paint|layout|strict|content/.test(root.contain);
  const covered = rect.width > 0 && rect.height > 0 && doc.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2) !== host;
  if (!rootReaches && !contained && !covered) return;
  host.setAttribute('popover', 'manual');
  try {
    host.showPopover();
  } catch {
    // A document that refuses popovers keeps the fixed host at the highest z-index.
  }
}
