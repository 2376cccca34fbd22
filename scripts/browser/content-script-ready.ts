import type { Page } from 'playwright-core';

interface FrameTree {
  frame: { id: string };
  childFrames?: FrameTree[];
}

function frameIds(tree: FrameTree): string[] {
  return [tree.frame.id, ...(tree.childFrames ?? []).flatMap(frameIds)];
}

/**
 * Waits until the extension's content script has been injected into every frame
 * of the page. It runs at document_idle, possibly after the page's own editor is
 * ready, and it only notices boxes focused after it starts; typing earlier would
 * race it. Its isolated world (origin chrome-extension://ID) is visible over CDP,
 * which makes the wait a condition rather than a guess.
 */
export async function waitForContentScript(page: Page, extensionId: string, timeoutMs = 10_000): Promise<void> {
  const extensionOrigin = `chrome-extension://${extensionId}`;
  const cdp = await page.context().newCDPSession(page);
  try {
    const injected = new Set<string>();
    let onInjected = () => {};
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const frameId: unknown = context.auxData?.frameId;
      if (context.origin === extensionOrigin && typeof frameId === 'string') {
        injected.add(frameId);
        onInjected();
      }
    });
    // Enabling reports every context that already exists, then each new one.
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const frames = frameIds(frameTree);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        const missing = frames.filter((id) => !injected.has(id));
        reject(new Error(`content script not injected into ${missing.length} of ${frames.length} frame(s) of ${page.url()} within ${timeoutMs} ms`));
      }, timeoutMs);
      onInjected = () => {
        if (frames.every((id) => injected.has(id))) {
          clearTimeout(timer);
          resolve();
        }
      };
      onInjected();
    });
  } finally {
    await cdp.detach();
  }
}
