import type { CDPSession, Page } from 'playwright-core';
import type { LoadedExtension } from '../../../scripts/browser/chromium';

/**
 * Lets a client on Playwright's --remote-debugging-pipe run `Extensions.triggerAction`: the click on the toolbar
 * button, for one tab. Unlike `chrome.action.openPopup()` it grants activeTab, so the popup sees the tab's URL.
 */
export const TOOLBAR_ACTION_ARGS = ['--enable-unsafe-extension-debugging'] as const;

/** Marked by the popup once its first view is on screen (POPUP_READY_MARK in entrypoints/popup/PopupApp.tsx). */
const POPUP_READY_MARK = 'amends:popup-ready';

/** How long the popup may take to open, or a state in it to show. */
const POPUP_WAIT_MS = 10_000;

/** The toolbar popup, opened over a tab, driven through the Chrome DevTools Protocol. */
export interface ToolbarPopup {
  /** What the popup shows, as a user reads it. */
  text(): Promise<string>;
  /** Evaluates an expression in the popup (awaiting a promise) and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /** A real (trusted) mouse click on the button with this exact accessible name, once it shows. */
  click(buttonName: string): Promise<void>;
  /** Closes the popup, as clicking outside it does (and nothing more when such a click already has). */
  close(): Promise<void>;
}

/**
 * Brings the page's tab to the front and clicks Amends' toolbar button for it, as a user does before pausing a site;
 * resolves once the popup has drawn its first view.
 *
 * Playwright never attaches to an extension popup (Chromium does not auto-attach it), so the popup is reached over
 * the browser's CDP session in non-flat mode: one `Target.sendMessageToTarget` per command. Input events sent that
 * way are trusted, as a user's are.
 */
export async function openToolbarPopup(extension: LoadedExtension, page: Page): Promise<ToolbarPopup> {
  await page.bringToFront();
  const browserSession = await extension.context.browser()?.newBrowserCDPSession();
  if (!browserSession) throw new Error('the extension was not launched in a browser Playwright can open a CDP session on');
  const popupUrl = extension.extensionUrl('popup.html');
  const before = new Set((await popupTargets(browserSession, popupUrl)).map((target) => target.targetId));

  await browserSession.send('Extensions.triggerAction', { id: extension.extensionId, targetId: await frontTabTarget(browserSession, page.url()) });
  const targetId = await waitFor(async () => (await popupTargets(browserSession, popupUrl)).find((target) => !before.has(target.targetId))?.targetId, 'the toolbar popup to open');
  const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId, flatten: false });
  const send = popupSender(browserSession, sessionId);

  const evaluate = async <T>(expression: string): Promise<T> => {
    const reply = (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
      result: { value?: unknown };
      exceptionDetails?: { exception?: { description?: string }; text: string };
    };
    if (reply.exceptionDetails) throw new Error(`in the popup: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
    return reply.result.value as T;
  };

  await waitFor(() => evaluate<boolean>(`performance.getEntriesByName(${JSON.stringify(POPUP_READY_MARK)}).length > 0 || null`), 'the popup to draw its first view');

  return {
    text: () => evaluate<string>('document.body.innerText'),
    evaluate,
    async click(buttonName) {
      const point = await waitFor(() => evaluate<{ x: number; y: number } | null>(buttonCentre(buttonName)), `a button named "${buttonName}" in the popup`, async () => {
        const names = await evaluate<string[]>(`[...document.querySelectorAll('button')].map((button) => button.textContent.trim())`);
        return `its buttons: ${JSON.stringify(names)}`;
      });
      for (const type of ['mouseMoved', 'mousePressed', 'mouseReleased'] as const) {
        await send('Input.dispatchMouseEvent', { type, x: point.x, y: point.y, button: 'left', clickCount: 1 });
      }
    },
    async close() {
      const open = async () => (await popupTargets(browserSession, popupUrl)).some((target) => target.targetId === targetId);
      // A click in the page closes the popup by itself, as it does for a user.
      if (await open()) {
        await browserSession.send('Target.closeTarget', { targetId });
        await waitFor(async () => !(await open()) || undefined, 'the popup to close');
      }
      await browserSession.detach();
    },
  };
}

/** The tab target (not its page target) in front that shows this URL: triggerAction acts on tabs only. */
async function frontTabTarget(session: CDPSession, url: string): Promise<string> {
  const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  // embedderData is typed as strings, yet Chromium 156 sends tabActive as a boolean.
  const front = targetInfos.filter((target) => target.url === url && String(target.embedderData?.tabActive) === 'true');
  if (front.length !== 1) throw new Error(`expected one tab in front showing ${url}, found ${front.length}`);
  return front[0]!.targetId;
}

async function popupTargets(session: CDPSession, popupUrl: string) {
  const { targetInfos } = await session.send('Target.getTargets');
  return targetInfos.filter((target) => target.type === 'page' && target.url === popupUrl);
}

/** Sends one CDP command to the popup through the browser session, and resolves with its result. */
function popupSender(session: CDPSession, sessionId: string) {
  let lastId = 0;
  const pending = new Map<number, { resolve(result: unknown): void; reject(error: Error): void; method: string }>();
  session.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiting || message.id === undefined) return;
    pending.delete(message.id);
    if (message.error) waiting.reject(new Error(`${waiting.method} in the popup: ${message.error.message}`));
    else waiting.resolve(message.result);
  });
  return (method: string, params: object): Promise<unknown> =>
    new Promise((resolve, reject) => {
      lastId += 1;
      pending.set(lastId, { resolve, reject, method });
      session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: lastId, method, params }) }).catch(reject);
    });
}

/**
 * An expression for the popup: the centre of the button with this accessible name, scrolled into view, or null while
 * there is none or something else would take the click there (Playwright's own actionability check, in short).
 */
function buttonCentre(name: string): string {
  return `(() => {
    const button = [...document.querySelectorAll('button')].find((candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent).trim() === ${JSON.stringify(name)});
    if (!button || button.disabled) return null;
    button.scrollIntoView({ block: 'center' });
    const box = button.getBoundingClientRect();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    return button.contains(document.elementFromPoint(x, y)) ? { x, y } : null;
  })()`;
}

/** Polls until `read` gives a value; fails with what it waited for (and what `explain` adds) after POPUP_WAIT_MS. */
async function waitFor<T>(read: () => Promise<T | null | undefined>, what: string, explain?: () => Promise<string>): Promise<T> {
  const deadline = Date.now() + POPUP_WAIT_MS;
  for (;;) {
    const value = await read();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`waited ${POPUP_WAIT_MS / 1000} s for ${what}${explain ? `; ${await explain()}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
