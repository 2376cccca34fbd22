import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_E2E_BUILD = path.resolve('.output/firefox-mv2-e2e');

/**
 * puppeteer's profile already points update, telemetry and remote-settings at dummy hosts,
 * yet firefox-esr 153 still looks up firefox.settings.services.mozilla.com. Resolving every
 * host name to loopback keeps Firefox off the network: no DNS query, no outside connection.
 */
const offlinePrefs = {
  'network.dns.forceResolve': '127.0.0.1',
  'network.dns.disablePrefetch': true,
};

/** How long a polite `browser.close()` may take before the process is killed. */
const CLOSE_GRACE_MS = 10_000;

export interface FirefoxWithExtension {
  browser: Browser;
  /** The gecko id Firefox reports for the temporary add-on. */
  addonId: string;
  /** The throwaway profile; removed by close(). */
  profileDir: string;
  close(): Promise<void>;
}

/**
 * Debian firefox-esr, headless, driven over WebDriver BiDi by puppeteer-core,
 * with the unpacked e2e build installed as a temporary add-on (no signing).
 * puppeteer-core never downloads a browser and needs no environment variables.
 */
export async function launchFirefoxWithExtension(buildDir = FIREFOX_E2E_BUILD): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`Firefox not found at ${FIREFOX_PATH}. Set FIREFOX_PATH to your Firefox, or run bash scripts/ensure-browsers.sh to find one (it prints the install line if there is none)`);
  }
  if (!existsSync(path.join(buildDir, 'manifest.json'))) {
    throw new Error(`No Firefox extension build at ${buildDir}. Run: npm run build:e2e:firefox`);
  }
  // Our own profile dir, so it is removed even when puppeteer fails half-way through launching.
  const profileDir = await mkdtemp(path.join(tmpdir(), 'amends-firefox-'));
  let browser: Browser | undefined;
  const close = async () => {
    if (browser) await closeOrKill(browser);
    await rm(profileDir, { recursive: true, force: true });
  };
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profileDir,
      extraPrefsFirefox: offlinePrefs,
    });
    const before = new Set(await browser.pages());
    const addonId = await browser.installExtension(buildDir);
    await closeWelcomeTab(browser, before);
    return { browser, addonId, profileDir, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * A fresh install opens the welcome tab, and it opens in front. Left open, it can land after a test's own page has
 * opened and push that page into the background, where Firefox runs no animation frames, so the nudge is never
 * placed. Waiting for it and closing it leaves the tests' pages in front.
 */
async function closeWelcomeTab(browser: Browser, before: Set<Page>): Promise<void> {
  // BiDi reports a moz-extension tab as about:blank, so the welcome is known as the one tab the install opened.
  const deadline = Date.now() + WELCOME_WAIT_MS;
  while (Date.now() < deadline) {
    const opened = (await browser.pages()).filter((page) => !before.has(page));
    if (opened.length > 0) {
      await Promise.all(opened.map((page) => page.close()));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Firefox opened no welcome tab within ${WELCOME_WAIT_MS / 1000} s of installing Amends`);
}

/** How long the welcome tab may take to open after the add-on is installed. */
const WELCOME_WAIT_MS = 20_000;

/** A hung Firefox must not outlive the test run: close politely, then kill. */
async function closeOrKill(browser: Browser): Promise<void> {
  const child = browser.process();
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), CLOSE_GRACE_MS);
  });
  const outcome = await Promise.race([browser.close().then(() => 'closed' as const, () => 'failed' as const), gaveUp]);
  clearTimeout(timer);
  if (outcome !== 'closed' && child && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}
