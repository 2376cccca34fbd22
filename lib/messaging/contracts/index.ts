import { getComposeStatus } from './get-compose-status';

/**
 * Every message the background answers, keyed by its type. Add a contract
 * file, then register it here (a test checks every key matches its contract's type).
 */
export const contracts = {
  getComposeStatus,
} as const;

export type Contracts = typeof contracts;
export type MessageType = keyof Contracts;
