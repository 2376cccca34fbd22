import type { BrowserContext } from 'playwright-core';

/** How long the install may take to open its welcome tab, and the tab to show its heading. */
const WELCOME_WAIT_MS = 20_000;

/**
 * A fresh install opens the welcome tab in front, a moment after the browser starts: left open, it can land after a
 * test's or a benchmark's own page has opened and push that page into the background, where animation frames stop
 * and timers slow to one a second. This waits for it and closes it, but only once it is drawn, words included:
 * closed the moment it opened, Chromium 156 then answered "" to every i18n.getMessage of Amends for the whole
 * session, in the service worker too (2 of 16 launches; none of 8 with the wait).
 */
export async function closeWelcomeTab(context: BrowserContext): Promise<void> {
  const deadline = Date.now() + WELCOME_WAIT_MS;
  for (;;) {
    const welcome = context.pages().find((page) => page.url().endsWith('options.html#/welcome'));
    if (welcome) {
      await welcome.getByRole('heading', { name: 'Welcome to Amends' }).waitFor({ timeout: WELCOME_WAIT_MS });
      return welcome.close();
    }
    if (Date.now() > deadline) throw new Error(`the install opened no welcome tab within ${WELCOME_WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
