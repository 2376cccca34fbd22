import { LIMITS } from '../repairs/limits';
import { normalizeHost } from './site-status';

const HOST_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * The host of a site the user wants to add, from what they typed: "chat.example.com", "https://chat.example.com/x"
 * or "Chat.Example.com." all give "chat.example.com". Undefined when it is not a host name (spaces, a bare "*", an
 * IP with a port…), so no broad permission is ever asked for by mistake.
 */
export function parseCustomHost(input: string): string | undefined {
  let text = input.trim();
  if (!text || text.length > LIMITS.host + 16) return undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      text = new URL(text).hostname;
    } catch {
      return undefined;
    }
  } else {
    text = text.split('/')[0] ?? '';
  }
  const host = normalizeHost(text);
  return HOST_NAME.test(host) ? host : undefined;
}

/** The match patterns (and permission origins) for one host the user added: both schemes, every path. */
export const customHostOrigins = (host: string) => [`https://${normalizeHost(host)}/*`, `http://${normalizeHost(host)}/*`];
