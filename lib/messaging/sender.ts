import type { SenderKind } from './contract';

/** What runtime.onMessage says about a sender (the fields Amends reads). */
export interface RawSender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** A sender the router has identified. A content script's host is its frame's, read from the browser, never from a payload. */
export type TrustedSender =
  | { kind: 'content-script'; host: string; tabId?: number }
  | { kind: 'extension-page'; url: string };

/**
 * Identifies a sender of this extension: its own pages are served from its origin; a content script runs in a tab at
 * a web page's URL. Anything else (other extensions, pages without a URL) is not identified.
 */
export function identifySender(sender: RawSender, extensionId: string, extensionOrigin: string): TrustedSender | undefined {
  if (sender.id !== extensionId || sender.url === undefined) return undefined;
  if (sender.url.startsWith(extensionOrigin)) return { kind: 'extension-page', url: sender.url };
  if (!sender.tab) return undefined;
  let host: string;
  try {
    host = new URL(sender.url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return { kind: 'content-script', host, ...(sender.tab.id === undefined ? {} : { tabId: sender.tab.id }) };
}

export const SENDER_NAMES: Record<SenderKind, string> = {
  'content-script': 'a web page',
  'extension-page': 'an Amends page',
};
