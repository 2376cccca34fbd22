import { browser } from 'wxt/browser';
import type { Translate } from '../../components/translate';

type MessageName = Parameters<typeof browser.i18n.getMessage>[0];

/** The popup's words, from _locales; passed to components as `t` so they never touch browser.*. */
export const t: Translate = (key, substitutions) => browser.i18n.getMessage(key as MessageName, substitutions);
