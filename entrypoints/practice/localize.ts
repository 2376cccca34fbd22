import { browser } from 'wxt/browser';

type MessageName = Parameters<typeof browser.i18n.getMessage>[0];

/**
 * The practice page's words come from _locales: each element names its message in `data-i18n` (its text) or
 * `data-i18n-placeholder`. The HTML keeps the English as a fallback for a missing message. textContent only.
 */
export function localizePage(doc: Document): void {
  doc.documentElement.lang = browser.i18n.getUILanguage();
  for (const element of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = browser.i18n.getMessage(element.dataset.i18n as MessageName);
    if (text) element.textContent = text;
  }
  for (const element of doc.querySelectorAll<HTMLElement>('[data-i18n-placeholder]')) {
    const text = browser.i18n.getMessage(element.dataset.i18nPlaceholder as MessageName);
    if (text) element.setAttribute('placeholder', text);
  }
}
