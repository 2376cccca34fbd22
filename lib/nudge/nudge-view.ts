import { createLogArea, type LogArea, type LogAreaActions, type LogKind } from './nudge-log-area';
import { createNudgeHost, looksDark, type NudgeHost } from './nudge-host';
import type { NudgeMode } from './nudge-placement';
import { createPositioner, type Positioner } from './nudge-position';
import { FIRST_STEPS, type NudgeSummary } from './nudge-summary';
import { componentLabel, nudgeText } from './nudge-text';
import { onTrusted } from './trusted';

export interface NudgeActions extends LogAreaActions {
  /** Puts a suggested phrase into the compose box at the caret. */
  insert(text: string): void;
  /** Puts focus back in the box, at its caret. */
  returnFocus(): void;
  /** False once the extension was reloaded under this page: the nudge then removes itself instead of acting. */
  isAlive(): boolean;
}

export interface NudgeMessage {
  summary: NudgeSummary;
  /** Counts messages in a box: a new one (box emptied, another box) gets its own announcement and form. */
  id: number;
  inPersonReminder: boolean;
}

export interface NudgeView {
  show(anchor: HTMLElement, message: NudgeMessage): void;
  /** "Paused on example.com · Undo", in place of the nudge. */
  showPaused(anchor: HTMLElement, host: string, undo: () => void): void;
  /** The shortcut: open the card and move focus into it. False when no nudge is showing. */
  openAndFocus(): boolean;
  hide(): void;
  destroy(): void;
}

/** Two analyses of one message that the nudge would show alike (the offsets of quotes may move as the user types). */
function sameMessage(a: NudgeMessage, b: NudgeMessage): boolean {
  const shown = ({ summary, id, inPersonReminder }: NudgeMessage) =>
    JSON.stringify([id, inPersonReminder, summary.tone, summary.steps, summary.deflections.map(({ quote, why }) => [quote, why])]);
  return a === b || shown(a) === shown(b);
}

const logKind = ({ summary }: NudgeMessage): LogKind => (summary.tone === 'light' ? 'light' : 'repair');

/**
 * The nudge beside a compose box: one quiet line (the chip) until the user opens the card. Plain DOM in an open
 * shadow root on the box's own document (never inside the editor), placed away from the box's text and
 * the page's controls. All text goes in through textContent.
 */
export function createNudgeView(actions: NudgeActions): NudgeView {
  let parts: NudgeHost | undefined;
  let anchor: HTMLElement | undefined;
  let message: NudgeMessage | undefined;
  let paused: { host: string; undo: () => void } | undefined;
  let logArea: LogArea | undefined;
  let wanted: NudgeMode = 'chip';
  let showAllSteps = false;
  let rendered = '';
  let announced = -1;
  let theme: 'dark' | 'light' | undefined;
  let positioner: Positioner | undefined;

  /** The content changed: draw and measure it afresh. */
  const redraw = () => {
    rendered = '';
    positioner?.invalidate();
  };

  /** Every action goes through here: the user's own event, and a living extension. */
  const act = (element: HTMLElement, handler: () => void) =>
    onTrusted(element, 'click', () => {
      if (!actions.isAlive()) {
        view.destroy();
        return;
      }
      handler();
    });

  const button = (doc: Document, label: string, handler: () => void, className = '', ariaLabel?: string) => {
    const element = doc.createElement('button');
    element.type = 'button';
    element.textContent = label;
    if (className) element.className = className;
    if (ariaLabel) element.setAttribute('aria-label', ariaLabel);
    act(element, handler);
    return element;
  };

  /**
   * Says words through the polite live region. Set a moment after it is emptied (or created), so screen readers hear
   * the change: a region inserted with its text, or set to the same text, is not announced.
   */
  const announce = (words: string) => {
    const region = parts?.announcer;
    if (!region) return;
    region.textContent = '';
    setTimeout(() => {
      region.textContent = words;
    }, 50);
  };

  let focusWhenPlaced = false;
  /** Log, pressed on the chip: the card is drawn on the next frame, and then the name field takes focus. */
  let focusFormWhenPlaced = false;
  /** The user asked for the card (its button, the shortcut), not just to log: a docked chip then says it has no room. */
  let askedForCard = false;
  /** The "no room" note was heard for this ask: once per ask, not on every placement. */
  let noRoomAnnounced = false;
  const setAsked = (asked: boolean) => {
    if (askedForCard === asked) return;
    askedForCard = asked;
    noRoomAnnounced = false;
    // The chip shows the note or the button: new content, measured afresh.
    redraw();
  };
  const setWanted = (mode: NudgeMode, focus = false) => {
    if (mode === 'chip') setAsked(false);
    wanted = mode;
    focusWhenPlaced ||= focus;
    positioner?.reposition(focus);
  };

  /** Keyboard users keep focus inside the nudge as it changes; a mouse click leaves the caret in the editor. */
  const hasFocus = () => Boolean(parts?.host.shadowRoot?.activeElement);
  const firstControl = () => parts?.panel.querySelector<HTMLElement>('button, input');

  const chipLine = ({ summary, inPersonReminder }: NudgeMessage) => {
    if (summary.tone === 'light') return nudgeText('nudgeChipLight');
    if (summary.tone === 'good') return nudgeText(inPersonReminder ? 'nudgeChipGoodInPerson' : 'nudgeChipGood');
    return nudgeText(inPersonReminder ? 'nudgeChipSerious' : 'nudgeSeriousTitle');
  };

  const renderChip = (doc: Document, current: NudgeMessage) => {
    const { summary } = current;
    // Docked as the chip (no room for the card) while logging: the chip is the form, or Log would show nothing.
    if (logArea?.isOpen()) return [logArea.element];
    const line = doc.createElement('p');
    line.className = 'line';
    line.textContent = chipLine(current);
    const items: HTMLElement[] = [line];
    const startLogging = () => {
      logArea?.startLogging();
      focusFormWhenPlaced = true;
      // The form is new content, in the card or in the chip it may dock as: measured afresh.
      redraw();
      setWanted('card');
    };
    // A light apology may be logged too, but quietly: no primary button, and no check-ins unless asked for.
    items.push(
      summary.tone === 'light'
        ? button(doc, nudgeText('nudgeLightLog'), startLogging, 'quiet')
        : button(doc, nudgeText('nudgeLogRepair'), startLogging, 'primary'),
    );
    const ways = summary.steps.length + summary.deflections.length;
    if (askedForCard) {
      // Asked for, but docked as the chip: the card would cover the page's words or controls. Said in place of the
      // button that was pressed, so pressing it is not met with nothing; the card opens once there is room.
      // Seen here; heard through the nudge's live region once it is placed as the chip (see placed below).
      const note = doc.createElement('span');
      note.className = 'no-room';
      note.textContent = nudgeText('nudgeNarrowNoRoom');
      items.push(note);
    } else if (ways > 0 || summary.tone !== 'light') {
      const label = summary.tone === 'serious' && ways > 0 ? nudgeText(ways === 1 ? 'nudgeWaysOne' : 'nudgeWaysMany', String(ways)) : nudgeText('nudgeDetails');
      const expand = button(doc, `${label} ▸`, () => {
        setAsked(true);
        setWanted('card', hasFocus());
      }, 'quiet');
      expand.setAttribute('aria-expanded', 'false');
      items.push(expand);
    }
    items.push(button(doc, '×', actions.dismiss, 'icon', nudgeText('nudgeDismiss')));
    const group = doc.createElement('span');
    group.className = 'chip-actions';
    group.append(...items.slice(1));
    return [line, group];
  };

  const list = (doc: Document, heading: string, items: HTMLElement[]) => {
    const title = doc.createElement('h3');
    title.textContent = heading;
    const ul = doc.createElement('ul');
    ul.setAttribute('aria-label', heading);
    ul.append(...items);
    return [title, ul];
  };

  const renderCard = (doc: Document, current: NudgeMessage) => {
    const { summary, inPersonReminder } = current;
    const header = doc.createElement('header');
    const title = doc.createElement('h2');
    title.textContent = nudgeText(summary.tone === 'light' ? 'nudgeLightTitle' : summary.tone === 'good' ? 'nudgeChipGood' : 'nudgeSeriousTitle');
    const collapse = button(doc, '▴', () => {
      const focused = hasFocus();
      setWanted('chip');
      if (focused) actions.returnFocus();
    }, 'icon', nudgeText('nudgeShowLess'));
    collapse.setAttribute('aria-expanded', 'true');
    header.append(title, collapse, button(doc, '×', actions.dismiss, 'icon', nudgeText('nudgeDismiss')));

    const body = doc.createElement('div');
    body.className = 'body';
    const paragraph = (text: string, className: string) => {
      const p = doc.createElement('p');
      p.className = className;
      p.textContent = text;
      return p;
    };
    if (summary.tone === 'good') body.append(paragraph(nudgeText('nudgeGoodLead'), 'good'));
    if (summary.tone !== 'light' && inPersonReminder) body.append(paragraph(nudgeText('nudgeSeriousLead'), 'lead'));
    if (summary.tone === 'light') body.append(paragraph(nudgeText('nudgeLightLead'), 'lead'));

    // The research order: what the repair still needs first (responsibility, then the offer), deflections after.
    if (summary.steps.length > 0) {
      const shown = showAllSteps ? summary.steps : summary.steps.slice(0, FIRST_STEPS);
      const items = shown.map(({ component, phrase }) => {
        const item = doc.createElement('li');
        const lead = doc.createElement('strong');
        lead.textContent = componentLabel(component);
        const row = doc.createElement('div');
        row.className = 'row';
        const text = doc.createElement('span');
        text.textContent = phrase;
        row.append(text, button(doc, nudgeText('nudgeInsert'), () => actions.insert(phrase), '', `${nudgeText('nudgeInsert')}: ${phrase}`));
        item.append(lead, row);
        return item;
      });
      body.append(...list(doc, nudgeText('nudgeMissingHeading'), items));
      const hidden = summary.steps.length - shown.length;
      if (hidden > 0) {
        body.append(button(doc, nudgeText('nudgeMore', String(hidden)), () => {
          showAllSteps = true;
          redraw();
          focusWhenPlaced ||= hasFocus();
          positioner?.reposition(focusWhenPlaced);
        }, 'quiet'));
      }
    }
    if (summary.deflections.length > 0) {
      const items = summary.deflections.map(({ quote, why }) => {
        const item = doc.createElement('li');
        const strong = doc.createElement('strong');
        strong.textContent = `“${quote}”`;
        item.append(strong, why);
        return item;
      });
      body.append(...list(doc, nudgeText('nudgeDeflectionsHeading'), items));
    }
    return [header, body, ...(logArea ? [logArea.element] : [])];
  };

  const renderPaused = (doc: Document, { host, undo }: { host: string; undo: () => void }) => {
    const line = doc.createElement('p');
    line.className = 'line';
    // Heard through the live region (showPaused), as text inserted with its region is not announced.
    line.textContent = nudgeText('nudgePausedOn', host);
    return [line, button(doc, nudgeText('nudgeUndo'), undo, 'quiet'), button(doc, '×', () => view.hide(), 'icon', nudgeText('nudgeClose'))];
  };

  const render = (mode: NudgeMode) => {
    if (!parts || !anchor) return;
    // The chip differs when it is the card docked for want of room.
    const key = `${paused ? 'paused' : message?.id}:${mode}:${showAllSteps}:${askedForCard}`;
    if (key === rendered) return;
    rendered = key;
    const { panel } = parts;
    const doc = panel.ownerDocument;
    panel.dataset.state = paused ? 'chip' : mode;
    // The page around the box is read once per box and message, not on every redraw.
    theme ??= looksDark(anchor) ? 'dark' : 'light';
    panel.dataset.theme = theme;
    panel.style.maxHeight = '';
    if (paused) {
      panel.dataset.tone = 'light';
      panel.replaceChildren(...renderPaused(doc, paused));
      return;
    }
    if (!message) return;
    panel.dataset.tone = message.summary.tone;
    panel.replaceChildren(...(mode === 'card' ? renderCard(doc, message) : renderChip(doc, message)));
  };

  const mount = (target: HTMLElement) => {
    if (!parts || parts.host.ownerDocument !== target.ownerDocument || !parts.host.isConnected) {
      view.destroy();
      parts = createNudgeHost(target.ownerDocument);
      positioner = createPositioner({
        parts,
        wanted: () => (paused ? 'chip' : wanted),
        render,
        placed: (spot) => {
          if (spot.mode === 'chip' && askedForCard && !paused && !noRoomAnnounced && !logArea?.isOpen()) {
            noRoomAnnounced = true;
            announce(nudgeText('nudgeNarrowNoRoom'));
          }
          if (focusWhenPlaced) {
            focusWhenPlaced = false;
            firstControl()?.focus();
          }
          if (focusFormWhenPlaced) {
            focusFormWhenPlaced = false;
            // In the card, or in the chip it docked as for want of room.
            logArea?.focusForm();
          }
        },
        gone: () => (actions.isAlive() ? view.hide() : view.destroy()),
        isAlive: actions.isAlive,
      });
      const { panel } = parts;
      // Buttons must not take focus on click: the editor keeps its caret, where phrases are inserted.
      panel.addEventListener('mousedown', (event) => {
        if (event.composedPath().some((node) => node instanceof HTMLButtonElement)) event.preventDefault();
      });
      onTrusted(panel, 'keydown', (event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        setWanted('chip');
        actions.returnFocus();
      });
    }
    if (anchor !== target) theme = undefined;
    anchor = target;
    positioner?.follow(target);
  };

  const view: NudgeView = {
    show(target, next) {
      mount(target);
      if (message?.id !== next.id) {
        wanted = 'chip';
        askedForCard = false;
        showAllSteps = false;
        theme = undefined;
        logArea = createLogArea(target.ownerDocument, actions, logKind(next));
        // The area swaps its form and notes by itself: each swap is new content, measured and placed afresh.
        new MutationObserver(() => {
          redraw();
          positioner?.reposition(false);
        }).observe(logArea.element, { childList: true });
      } else {
        logArea?.setKind(logKind(next));
      }
      // A message that reads the same after more typing keeps the nudge as it is: no redraw, no new placement
      // unless the box moved.
      const same = paused === undefined && message !== undefined && sameMessage(message, next);
      if (!same) redraw();
      paused = undefined;
      message = next;
      if (same) positioner?.repositionIfMoved();
      else positioner?.reposition();
      // Once per message.
      if (announced !== next.id && parts) {
        announced = next.id;
        announce(chipLine(next));
      }
    },
    showPaused(target, host, undo) {
      paused = { host, undo };
      mount(target);
      announce(nudgeText('nudgePausedOn', host));
      redraw();
      positioner?.reposition();
    },
    openAndFocus() {
      if (!parts || !anchor || paused || !message) return false;
      setAsked(true);
      setWanted('card', true);
      return true;
    },
    hide() {
      positioner?.stop();
      positioner = undefined;
      parts?.host.remove();
      parts = undefined;
      anchor = undefined;
      message = undefined;
      paused = undefined;
      rendered = '';
    },
    destroy() {
      view.hide();
      logArea = undefined;
    },
  };
  return view;
}
