import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MessageError, sendToBackground } from '../../../lib/messaging/client';
import { createMessageRouter } from '../../../lib/messaging/server';

describe('sendToBackground', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  const answerWith = (reply: unknown) => vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(reply as never);

  test('returns the value of a successful reply', async () => {
    answerWith({ ok: true, value: { enabled: true, version: '1.0.0' } });
    await expect(sendToBackground('getComposeStatus', {})).resolves.toEqual({ enabled: true, version: '1.0.0' });
  });

  test.each([
    ['an error reply', { ok: false, error: 'Only Amends pages may do this' }, 'Only Amends pages may do this'],
    ['no reply', undefined, 'No answer to getComposeStatus'],
    ['a reply of the wrong shape', { status: 'fine' }, 'No answer to getComposeStatus'],
    ['an error without text', { ok: false }, 'No answer to getComposeStatus'],
  ])('throws a MessageError on %s', async (_name, reply, message) => {
    answerWith(reply);
    const sent = sendToBackground('getComposeStatus', {});
    await expect(sent).rejects.toBeInstanceOf(MessageError);
    await expect(sent).rejects.toThrow(message);
  });

  test('a request the contract refuses comes back as a specific error from the real router', async () => {
    const router = createMessageRouter(
      { setHostPaused: () => ({ host: 'x', paused: true }) } as never,
      { extensionId: fakeBrowser.runtime.id, extensionOrigin: fakeBrowser.runtime.getURL('/') },
    );
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) =>
      router(message, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') }),
    );
    await expect(sendToBackground('setHostPaused', { host: 'x'.repeat(300), paused: true })).rejects.toThrow(
      'Invalid setHostPaused: payload.host: too long (at most 253 characters)',
    );
  });
});
