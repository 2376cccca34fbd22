import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { e2eHostMatches } from './lib/compose/sites';
import { trackedSourceGlobs } from './scripts/tracked-sources';

const FIREFOX_ID = 'amends@amends.app';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Every name's origin stays visible: no auto-imports.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_actionTitle__' },
    // activeTab: the popup reads the current tab's URL, to offer pausing Amends on that site.
    // scripting: the content script is registered on sites the user adds in Settings.
    permissions: ['storage', 'alarms', 'notifications', 'activeTab', 'scripting'],
    // Sites the user adds in Settings: asked for one at a time, at run time, and given back when removed.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Opens and focuses the nudge beside the message being written; users can change it in the browser's shortcuts.
    commands: {
      'open-nudge': { suggested_key: { default: 'Alt+Shift+A' }, description: '__MSG_nudgeShortcut__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_ID,
              strict_min_version: '140.0',
              // Amends collects nothing: everything stays on the device.
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions exists on Android only from 142 (desktop: 140).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    // Tracked files only (tests/e2e/sources-zip.e2e.test.ts checks it against git ls-files).
    includeSources: trackedSourceGlobs(fileURLToPath(new URL('.', import.meta.url))),
    // Reviewers get what builds the extension, not test bundles or screenshots.
    excludeSources: ['tests/e2e/pages/dist/**', 'docs/**', 'coverage/**'],
  },
  hooks: {
    // The e2e build also runs on local test pages; production never matches localhost.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...e2eHostMatches];
      }
    },
  },
});
