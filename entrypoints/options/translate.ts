import { browser } from 'wxt/browser';
import type { Translate } from '../../components/translate';

type MessageName = Parameters<typeof browser.i18n.getMessage>[0];

/** The options page's words, from _locales; components get this function and never touch browser.*. */
export const t: Translate = (key, substitutions) => browser.i18n.getMessage(key as MessageName, substitutions);
