import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const E2E_BUILD = path.resolve('.output/chrome-mv3-e2e');

/** This machine's network is closed: background networking would only produce refused connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LoadedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  extensionUrl(page: string): string;
  close(): Promise<void>;
}

interface LaunchOptions {
  buildDir?: string;
  /** A visible window, for `npm start` on a machine with a display. */
  headless?: boolean;
  /**
   * Load a private copy of the build (default). Chromium reads an unpacked
   * extension's files on demand, so a rebuild during a run (another engineer,
   * a watcher) would otherwise serve new popup.html with vanished chunks.
   */
  snapshot?: boolean;
}

/** Debian Chromium with an unpacked build loaded (the e2e build by default). Fails loudly when anything is missing. */
export async function launchExtension({
  buildDir = E2E_BUILD,
  headless = true,
  snapshot = true,
}: LaunchOptions = {}): Promise<LoadedExtension> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Set CHROMIUM_PATH to your Chromium, or run bash scripts/ensure-browsers.sh to find one (it prints the install line if there is none)`);
  }
  if (!existsSync(path.join(buildDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${buildDir}. Run: npm run build:e2e`);
  }
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'amends-e2e-'));
  const extensionDir = snapshot ? path.join(userDataDir, 'extension') : buildDir;
  if (snapshot) await cp(buildDir, extensionDir, { recursive: true });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_ARGS],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    extensionUrl: (page) => `chrome-extension://${extensionId}/${page}`,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
