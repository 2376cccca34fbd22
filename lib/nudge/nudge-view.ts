import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import type { Analysis } from '../apology';
import { createLogArea, type LogAreaActions } from './nudge-log-area';
import { nudgeStyles } from './nudge-styles';
import { deflectionMessage, suggestionPhrase } from '../coaching/words';
import { componentLabel, nudgeText, translate } from './nudge-text';

export interface NudgeActions extends LogAreaActions {
  /** Puts a suggested phrase into the compose box at the caret. */
  insert(text: string): void;
}

export interface NudgeView {
  /** text is what the analysis read, so deflections can be quoted back. */
  show(anchor: HTMLElement, analysis: Analysis, text: string): void;
  hide(): void;
  destroy(): void;
}

/**
 * The nudge beside a compose box: plain DOM in an open shadow root, appended to
 * the box's own document (never inside the editor), positioned by floating-ui.
 * All text goes in through textContent.
 */
export function createNudgeView(actions: NudgeActions): NudgeView {
  let host: HTMLElement | undefined;
  let panel: HTMLElement | undefined;
  let logArea: HTMLElement | undefined;
  let stopPositioning: (() => void) | undefined;

  const build = (doc: Document) => {
    host = doc.createElement('amends-nudge');
    host.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;';
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = nudgeStyles;
    panel = doc.createElement('section');
    panel.className = 'nudge';
    panel.setAttribute('role', 'complementary');
    panel.setAttribute('aria-label', 'Amends');
    // Buttons must not take focus on click: the editor keeps its caret, where phrases are inserted.
    panel.addEventListener('mousedown', (event) => {
      if (event.target instanceof HTMLButtonElement) event.preventDefault();
    });
    shadow.append(style, panel);
    doc.documentElement.append(host);
    logArea = createLogArea(doc, actions);
  };

  const list = (doc: Document, label: string, items: ReadonlyArray<{ lead: string; detail: string; insert?: string }>) => {
    const heading = doc.createElement('h3');
    heading.textContent = label;
    const ul = doc.createElement('ul');
    ul.setAttribute('aria-label', label);
    for (const { lead, detail, insert } of items) {
      const item = doc.createElement('li');
      const strong = doc.createElement('strong');
      strong.textContent = lead;
      item.append(strong, ` ${detail}`);
      if (insert !== undefined) {
        const button = doc.createElement('button');
        button.type = 'button';
        button.textContent = nudgeText('nudgeInsert');
        button.setAttribute('aria-label', `${nudgeText('nudgeInsert')}: ${insert}`);
        button.addEventListener('click', () => actions.insert(insert));
        item.append(' ', button);
      }
      ul.append(item);
    }
    return [heading, ul];
  };

  const render = (analysis: Analysis, text: string) => {
    if (!panel) return;
    const doc = panel.ownerDocument;
    const title = doc.createElement('h2');
    const lead = doc.createElement('p');
    if (analysis.weight === 'serious') {
      title.textContent = nudgeText('nudgeSeriousTitle');
      lead.textContent = nudgeText('nudgeSeriousLead');
    } else {
      title.textContent = nudgeText('nudgeLightTitle');
      lead.textContent = nudgeText('nudgeLightLead');
    }
    const parts: HTMLElement[] = [title, lead];
    if (analysis.deflections.length > 0) {
      const quoted = analysis.deflections.map((d) => ({ lead: `“${text.slice(d.start, d.end)}”`, detail: deflectionMessage(d.kind, translate) }));
      parts.push(...list(doc, nudgeText('nudgeDeflectionsHeading'), quoted));
    }
    if (analysis.suggestions.length > 0) {
      const missing = analysis.suggestions.map((s) => {
        const phrase = suggestionPhrase(s.component, analysis.addressee, translate);
        return { lead: `${componentLabel(s.component)}:`, detail: phrase, insert: phrase };
      });
      parts.push(...list(doc, nudgeText('nudgeMissingHeading'), missing));
    }
    if (logArea) parts.push(logArea);
    panel.replaceChildren(...parts);
  };

  const view: NudgeView = {
    show(anchor, analysis, text) {
      if (!host || host.ownerDocument !== anchor.ownerDocument || !host.isConnected) {
        view.destroy();
        build(anchor.ownerDocument);
      }
      render(analysis, text);
      stopPositioning?.();
      const floating = host as HTMLElement;
      stopPositioning = autoUpdate(anchor, floating, () => {
        // The box went away (a sent mail, a closed chat): so does the nudge.
        if (!anchor.isConnected) {
          view.hide();
          return;
        }
        void computePosition(anchor, floating, {
          strategy: 'fixed',
          placement: 'right-start',
          middleware: [offset(8), flip({ fallbackPlacements: ['left-start', 'top-end', 'bottom-end'] }), shift({ padding: 8 })],
        }).then(({ x, y }) => {
          floating.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        });
      });
    },
    hide() {
      stopPositioning?.();
      stopPositioning = undefined;
      host?.remove();
    },
    destroy() {
      view.hide();
      host = undefined;
      panel = undefined;
      logArea = undefined;
    },
  };
  return view;
}
