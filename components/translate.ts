/**
 * How components get their words: the entry point passes in `browser.i18n.getMessage` (or a test's lookup), so
 * `components/` never touches `browser.*` and every user-facing string lives in public/_locales.
 */
export type Translate = (key: string, substitutions?: string | string[]) => string;
