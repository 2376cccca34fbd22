import { browser } from 'wxt/browser';

export interface ExtensionLifetime {
  /** Aborts once this copy of Amends must leave the page. */
  signal: AbortSignal;
  /** False once the extension was reloaded or updated under this page; checking it aborts the signal. */
  isAlive(): boolean;
}

/**
 * How long this content script may act: until the extension context goes (reload, update, uninstall), which only the
 * browser can cause. WXT's own context also stops when the page dispatches a CustomEvent whose name it can guess from
 * our public extension id; a page must not be able to switch Amends off, so that signal is not used.
 */
export function createExtensionLifetime(): ExtensionLifetime {
  const controller = new AbortController();
  return {
    signal: controller.signal,
    isAlive() {
      if (controller.signal.aborted) return false;
      let alive = false;
      try {
        alive = browser.runtime?.id != null;
      } catch {
        // Touching a dead extension context may throw: that, too, means gone.
      }
      if (!alive) controller.abort();
      return alive;
    },
  };
}
