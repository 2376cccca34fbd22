import { browser } from 'wxt/browser';
import type { Component } from '../apology';

/** A message name from _locales/en/messages.json; WXT generates the union, so a missing key fails the typecheck. */
type MessageName = Parameters<typeof browser.i18n.getMessage>[0];

/** The nudge's words live in _locales, so they can be translated. */
export function nudgeText(name: MessageName, substitution?: string): string {
  return browser.i18n.getMessage(name, substitution);
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
export const translate = (key: string, substitutions?: string[]): string => browser.i18n.getMessage(key as MessageName, substitutions);

export function componentLabel(component: Component): string {
  return nudgeText(componentNames[component]);
}
