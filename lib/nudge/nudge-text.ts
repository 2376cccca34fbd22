import { browser } from 'wxt/browser';
import type { Component } from '../apology';

/** A message name from _locales/en/messages.json; WXT generates the union, so a missing key fails the typecheck. */
type MessageName = Parameters<typeof browser.i18n.getMessage>[0];

/**
 * The nudge's words live in _locales, so they can be translated. An orphaned script (the extension reloaded under
 * the page) can no longer read them; it gets '' instead of an error, and removes its nudge on the next contact.
 */
export function nudgeText(name: MessageName, substitution?: string): string {
  try {
    return browser.i18n.getMessage(name, substitution);
  } catch {
    return '';
  }
}

const componentNames: Record<Component, MessageName> = {
  regret: 'componentRegret',
  responsibility: 'componentResponsibility',
  harm: 'componentHarm',
  explanation: 'componentExplanation',
  repair: 'componentRepair',
  commitment: 'componentCommitment',
  forgiveness: 'componentForgiveness',
};

/** The lookup lib/coaching/words.ts takes; its keys are built from analysis codes, so they are checked by its test. */
export const translate = (key: string, substitutions?: string[]): string => {
  try {
    return browser.i18n.getMessage(key as MessageName, substitutions);
  } catch {
    return '';
  }
};

export function componentLabel(component: Component): string {
  return nudgeText(componentNames[component]);
}
