import type { Component } from '../apology/types';
import type { AmendsStep } from './five-steps';

/**
 * Which of the five steps prepares each part an apology can lack: the planning view turns "what the message lacked"
 * into the steps to get ready before the talk. Forgiveness is never asked for, so it maps to no step.
 */
const STEP_FOR: Readonly<Record<Component, AmendsStep['id'] | undefined>> = {
  harm: 'take-stock',
  explanation: 'take-stock',
  regret: 'say-you-want-to-repair',
  responsibility: 'admit',
  repair: 'find-a-way',
  commitment: 'be-patient',
  forgiveness: undefined,
};

/** The steps to prepare for the missing parts, in the five steps' order, each once. */
export function stepsToPrepare(missing: readonly Component[], order: readonly AmendsStep['id'][]): AmendsStep['id'][] {
  const wanted = new Set(missing.map((component) => STEP_FOR[component]).filter((id) => id !== undefined));
  return order.filter((id) => wanted.has(id));
}
