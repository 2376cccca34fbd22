import { mayHoldApology } from '../apology/gate';
import { saveCaret, type SavedCaret } from '../compose/caret';
import { isComposeBox, siteForHost } from '../compose/compose-box-filter';
import { composedAncestors, deepActiveElement } from '../compose/deep-active-element';
import { defaultStrategy, detectEditorFamily } from '../compose/editor-family';
import { findEditableRoot } from '../compose/find-editable-root';
import { clearHighlights, highlightPhrases } from '../compose/highlight-phrases';
import { insertAtCaret, type DispatchEditorEvent } from '../compose/insert-at-caret';
import { readEditorText } from '../compose/read-editor-text';
import { watchEditor, type EditorWatch } from '../compose/watch-editor';
import { sendToBackground } from '../messaging/client';
import { draftFromAnalysis } from '../repairs/draft-from-analysis';
import type { FollowUpChoice } from '../repairs/follow-up-choice';
import { LIMITS } from '../repairs/limits';
import type { Analysis } from '../apology/types';
import { summarize } from './nudge-summary';
import { createNudgeView } from './nudge-view';

export interface ComposeLifetime {
  /** Aborts when this copy of Amends must leave the page. */
  signal: AbortSignal;
  /** False once the extension was reloaded or updated under this page; checking it may abort the signal. */
  isAlive(): boolean;
  /**
   * Calls back whenever settings may have changed, so they apply without a reload. The content script hears the
   * background's `amends:composeStatusChanged`; the practice page (an extension page) watches the settings itself.
   */
  onStatusChange(listener: () => void): void;
  /** Calls back when the user presses the nudge's keyboard shortcut (the commands API, via the background). */
  onShortcut?(listener: () => void): void;
  /** How synthetic beforeinput and paste reach the editor (from the page's own world in Firefox). */
  dispatch?: DispatchEditorEvent;
}

interface ComposeStatus {
  enabled: boolean;
  storeExcerpts: boolean;
  sensitivity: 'all' | 'serious';
  inPersonReminder: boolean;
  host?: string;
}

/** A dead extension context, or no answer, counts as off. */
const OFF: ComposeStatus = { enabled: false, storeExcerpts: false, sensitivity: 'all', inPersonReminder: true };

/** How often a textarea is looked at for being emptied in code, while the user is not typing. */
const EMPTIED_LOOK_MS = 250;

/** A double click's second click comes within this; it must not insert the phrase twice. */
const INSERT_GUARD_MS = 500;

/** The default shortcut, also heard on the page when the browser leaves it to the page (see wxt.config.ts commands). */
const isShortcutKey = (event: KeyboardEvent) => event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyA';

/**
 * Finds compose boxes as the user focuses them and, once they pause, asks the background for the full analysis when
 * the small gate says the text may hold an apology; then shows the nudge beside the box. Nothing is read or analysed
 * while Amends is off or paused there. Everything stops when the lifetime ends (extension reloaded or page left),
 * leaving the page untouched.
 */
export function startCompose(doc: Document, lifetime: ComposeLifetime): void {
  const { signal, isAlive } = lifetime;
  const site = siteForHost(doc.location.hostname);
  let status: ComposeStatus | undefined;
  let watch: EditorWatch | undefined;
  let current: HTMLElement | undefined;
  let lastText = '';
  let lastAnalysis: Analysis | undefined;
  let messageId = 0;
  let dismissed = false;
  let inserting = false;
  let requestSeq = 0;
  let caret: SavedCaret | undefined;

  const newMessage = () => {
    messageId += 1;
    dismissed = false;
    lastText = '';
    lastAnalysis = undefined;
  };

  const stopWatching = () => {
    watch?.stop();
    watch = undefined;
    if (current) clearHighlights(current.ownerDocument);
  };

  const hideNudge = () => {
    nudge.hide();
    if (current) clearHighlights(current.ownerDocument);
  };

  const logRepair = async (person: string, followUps: FollowUpChoice) => {
    if (!current) throw new Error('No compose box');
    // Read now, not from the last analysis: the user may have typed since.
    const text = readEditorText(current).slice(0, LIMITS.draft);
    const analysis = await sendToBackground('analyzeDraft', { text });
    const { repair, followUps: planned } = await sendToBackground(
      'logRepair',
      { ...draftFromAnalysis({ person, text, analysis, keepExcerpt: status?.storeExcerpts ?? false }), followUps },
    );
    return { repairId: repair.id, checkIns: planned.length };
  };

  const pauseSite = () => {
    const host = status?.host;
    if (!current || host === undefined) return;
    status = { ...(status ?? OFF), enabled: false };
    stopWatching();
    const box = current;
    nudge.showPaused(box, host, () => {
      hideNudge();
      void sendToBackground('setSitePaused', { paused: false }).then(refreshStatus, () => undefined);
    });
    void sendToBackground('setSitePaused', { paused: true }).catch(() => undefined);
  };

  const focusIsInBox = (root: HTMLElement) => {
    const active = deepActiveElement(root.ownerDocument);
    return active === root || (active !== null && root.contains(active));
  };

  /** Focus back in the box at its caret, unless it never left (a mouse click on the nudge keeps it there). */
  const backToBox = () => {
    const root = current;
    if (root && !focusIsInBox(root)) {
      if (caret) caret.restore();
      else root.focus();
    }
    caret = undefined;
  };

  const nudge = createNudgeView({
    isAlive,
    addressee: () => lastAnalysis?.addressee,
    log: logRepair,
    planTalk: (repairId) => void sendToBackground('openRepairPage', { repairId, view: 'plan' }).catch(() => undefined),
    dismiss: () => {
      dismissed = true;
      hideNudge();
      backToBox();
    },
    returnFocus: backToBox,
    insert: (phrase) => {
      const root = current;
      // A second click while the first insertion is on its way does nothing.
      if (!root || inserting) return;
      inserting = true;
      backToBox();
      const strategy = site?.forcedStrategy ?? defaultStrategy[detectEditorFamily(root)];
      const guard = new Promise((resolve) => setTimeout(resolve, INSERT_GUARD_MS));
      void Promise.all([insertAtCaret(root, phrase, strategy, lifetime.dispatch).catch(() => undefined), guard]).finally(() => {
        inserting = false;
      });
    },
    // Amends' own pages are no site: nothing to pause there.
    ...(doc.location.protocol.startsWith('http') ? { pauseSite } : {}),
  });

  /**
   * A textarea the app empties in code (React does on send) fires no input event and no mutation. It is seen when
   * the user next presses a key in it (before the key lands: the document's keydown listener below) and, failing
   * that, by a light look now and then. The looks rest while the user types (each would be a call into Amends on
   * the typing's own thread, and the keys are looked at anyway), and start again at the pause.
   */
  let checkEmptied: (() => void) | undefined;
  const watchForEmptying = (root: HTMLTextAreaElement) => {
    const check = () => {
      // Emptied means shorter than the text last read: a key that adds text (nearly all) reads no copy of the value.
      if (root !== current || lastText === '' || root.textLength >= lastText.length) return;
      if (!/\S/.test(root.value)) {
        newMessage();
        hideNudge();
      }
    };
    let poll: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const look = () => {
      check();
      poll = setTimeout(look, EMPTIED_LOOK_MS);
    };
    const resume = () => {
      if (!stopped && poll === undefined) poll = setTimeout(look, EMPTIED_LOOK_MS);
    };
    resume();
    checkEmptied = check;
    return {
      /** Typing is under way: the watch will settle, and resume the looks then. */
      rest() {
        // Called on every key of a burst: only the first one has a look to cancel.
        if (poll === undefined) return;
        clearTimeout(poll);
        poll = undefined;
      },
      resume,
      stop() {
        stopped = true;
        clearTimeout(poll);
        if (checkEmptied === check) checkEmptied = undefined;
      },
    };
  };

  const analyse = async (root: HTMLElement) => {
    if (!isAlive() || root !== current || !status?.enabled) return;
    const text = readEditorText(root);
    // Nothing changed (a caret move, a re-render): nothing to do.
    if (text === lastText) return;
    if (!text.trim()) {
      // The message was sent or cleared: the next one starts afresh, and a Dismiss does not carry over.
      newMessage();
      hideNudge();
      return;
    }
    lastText = text;
    if (dismissed) return;
    if (!mayHoldApology(text)) {
      hideNudge();
      return;
    }
    const seq = ++requestSeq;
    const analysis = await sendToBackground('analyzeDraft', { text: text.slice(0, LIMITS.draft) }).catch(() => undefined);
    if (seq !== requestSeq || signal.aborted || root !== current || !status?.enabled || dismissed) return;
    if (!analysis?.isApology || (status.sensitivity === 'serious' && analysis.weight !== 'serious')) {
      hideNudge();
      return;
    }
    lastAnalysis = analysis;
    const summary = summarize(analysis, text);
    nudge.show(root, { summary, id: messageId, inPersonReminder: status.inPersonReminder });
    highlightPhrases(root, summary.deflections.map((d) => d.quote));
  };

  // Where the caret was when focus left the box (into the nudge's name field, say): Insert and Escape go back there.
  const rememberCaret = () => {
    if (current) caret = saveCaret(current);
  };

  const startWatching = (root: HTMLElement) => {
    stopWatching();
    lastText = '';
    const emptying = root instanceof HTMLTextAreaElement ? watchForEmptying(root) : undefined;
    const editor = watchEditor(root, () => {
      emptying?.resume();
      void analyse(root);
    });
    root.addEventListener('focusout', rememberCaret);
    watch = {
      keyPressed() {
        const typing = editor.keyPressed();
        if (typing) emptying?.rest();
        return typing;
      },
      stop() {
        editor.stop();
        root.removeEventListener('focusout', rememberCaret);
        emptying?.stop();
      },
    };
  };

  const refreshStatus = async () => {
    const next = await sendToBackground('getComposeStatus', {}).catch(() => OFF);
    if (signal.aborted) return;
    const changed = JSON.stringify(next) !== JSON.stringify(status);
    status = next;
    if (!changed || !current) return;
    if (!status.enabled) {
      stopWatching();
      hideNudge();
    } else {
      // Sensitivity or the reminder may have changed: read the message afresh.
      startWatching(current);
    }
  };

  const attach = async (path: readonly EventTarget[]) => {
    if (!isAlive()) return;
    const root = findEditableRoot(path);
    if (!root || root === current || !isComposeBox(root, site)) return;
    stopWatching();
    hideNudge();
    current = root;
    newMessage();
    if (status === undefined) await refreshStatus();
    if (root === current && status?.enabled) startWatching(root);
  };

  doc.addEventListener('focusin', (event) => void attach(event.composedPath()), { capture: true, signal });
  const openNudge = () => {
    if (!current || !isAlive()) return;
    if (focusIsInBox(current)) caret = saveCaret(current);
    nudge.openAndFocus();
  };
  lifetime.onStatusChange(() => void refreshStatus());
  lifetime.onShortcut?.(openNudge);
  // One keydown listener for the whole document: it runs on every key, so it does as little as it can.
  let afterEnter = false;
  doc.addEventListener(
    'keydown',
    (event) => {
      const typing = event.isTrusted && (watch?.keyPressed() ?? false);
      // A box emptied in code is looked for at the first key after a pause and after Enter (which sends in most
      // apps), not at every key of a burst: each look after an edit makes the browser build the whole value again.
      if (!typing || afterEnter) checkEmptied?.();
      afterEnter = event.key === 'Enter';
      if (!event.isTrusted) return;
      if (!isShortcutKey(event) || !current) return;
      event.preventDefault();
      openNudge();
    },
    { capture: true, signal },
  );
  // A box focused before Amends arrived (autofocus, a reply box) gets no focusin: pick it up now.
  const focused = deepActiveElement(doc);
  if (focused) void attach(composedAncestors(focused));
  signal.addEventListener('abort', () => {
    stopWatching();
    nudge.destroy();
  });
}
