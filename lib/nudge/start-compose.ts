import { browser } from 'wxt/browser';
import { analyzeMessage } from '../apology';
import { isComposeBox, siteForHost } from '../compose/compose-box-filter';
import { composedAncestors, deepActiveElement } from '../compose/deep-active-element';
import { defaultStrategy, detectEditorFamily } from '../compose/editor-family';
import { findEditableRoot } from '../compose/find-editable-root';
import { insertAtCaret } from '../compose/insert-at-caret';
import { readEditorText } from '../compose/read-editor-text';
import { watchEditor, type EditorWatch } from '../compose/watch-editor';
import { sendToBackground } from '../messaging/client';
import { draftFromAnalysis } from '../repairs/draft-from-analysis';
import { createNudgeView } from './nudge-view';

export interface ComposeLifetime {
  /** Aborts when this copy of Amends must leave the page. */
  signal: AbortSignal;
  /** False once the extension was reloaded or updated under this page; checking it may abort the signal. */
  isAlive(): boolean;
}

/**
 * Finds compose boxes as the user focuses them, analyses what they write once
 * they pause, and shows the nudge beside the box. Everything stops when the
 * lifetime ends (extension reloaded or page left), leaving the page untouched.
 */
export function startCompose(doc: Document, { signal, isAlive }: ComposeLifetime): void {
  const host = doc.location.hostname;
  const site = siteForHost(host);
  let status: Promise<{ enabled: boolean; storeExcerpts: boolean }> | undefined;
  let watch: EditorWatch | undefined;
  let current: HTMLElement | undefined;
  const dismissed = new WeakSet<HTMLElement>();

  // Asked once per page: a paused site shows nothing, and a dead extension context counts as paused.
  const composeStatus = () =>
    (status ??= sendToBackground('getComposeStatus', {}).catch(() => ({ enabled: false, storeExcerpts: false })));
  const isEnabled = async () => (await composeStatus()).enabled;

  const logRepair = async (person: string) => {
    if (!current) throw new Error('No compose box');
    // Read now, not from the last analysis: the user may have typed since.
    const text = readEditorText(current);
    const analysis = analyzeMessage(text);
    const { storeExcerpts } = await composeStatus();
    const { repair } = await sendToBackground(
      'logRepair',
      draftFromAnalysis({ person, text, analysis, keepExcerpt: storeExcerpts }),
    );
    return repair.id;
  };

  const nudge = createNudgeView({
    addressee: () => (current ? analyzeMessage(readEditorText(current)).addressee : undefined),
    log: logRepair,
    planTalk: (repairId) => void sendToBackground('openRepairPage', { repairId, view: 'plan' }).catch(() => undefined),
    dismiss: () => {
      if (current) dismissed.add(current);
      nudge.hide();
    },
    insert: (phrase) => {
      if (!current) return;
      // Phrases follow what is already written, separated like a new sentence.
      const before = readEditorText(current);
      const strategy = site?.forcedStrategy ?? defaultStrategy[detectEditorFamily(current)];
      insertAtCaret(current, before.trim() && !/\s$/.test(before) ? ` ${phrase}` : phrase, strategy);
    },
    pauseSite: () => {
      nudge.hide();
      status = Promise.resolve({ enabled: false, storeExcerpts: false });
      void sendToBackground('setSitePaused', { paused: true }).catch(() => undefined);
    },
  });

  const analyse = async (root: HTMLElement) => {
    if (!isAlive() || root !== current) return;
    const text = readEditorText(root);
    // Dismissing skips this message only: once the box is emptied (sent), the next message starts afresh.
    if (dismissed.has(root)) {
      if (!text.trim()) dismissed.delete(root);
      return;
    }
    const analysis = analyzeMessage(text);
    if (!analysis.isApology) {
      nudge.hide();
      return;
    }
    if (!(await isEnabled()) || signal.aborted || root !== current) return;
    nudge.show(root, analysis, text);
  };

  const attach = (path: readonly EventTarget[]) => {
    if (!isAlive()) return;
    const root = findEditableRoot(path);
    if (!root || root === current || !isComposeBox(root, site)) return;
    watch?.stop();
    nudge.hide();
    current = root;
    watch = watchEditor(root, () => void analyse(root));
  };

  doc.addEventListener('focusin', (event) => attach(event.composedPath()), { capture: true, signal });
  // Settings changed (nudges off, site paused…): ask again and re-read the box, so no reload is needed.
  // The literal is the background's COMPOSE_STATUS_CHANGED (entrypoints/background/settings-broadcast.ts).
  const onStatusChanged = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type !== 'amends:composeStatusChanged' || !isAlive()) return;
    status = undefined;
    nudge.hide();
    if (current) void analyse(current);
  };
  browser.runtime.onMessage.addListener(onStatusChanged);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onStatusChanged));
  // A box focused before Amends arrived (autofocus, a reply box) gets no focusin: pick it up now.
  const focused = deepActiveElement(doc);
  if (focused) attach(composedAncestors(focused));
  signal.addEventListener('abort', () => {
    watch?.stop();
    nudge.destroy();
  });
}
