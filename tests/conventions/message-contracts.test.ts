import { describe, expect, test } from 'vitest';
import { contracts } from '../../lib/messaging/contracts';

describe('message contracts', () => {
  test.each(Object.entries(contracts))('%s is registered under its own type', (key, contract) => {
    expect(contract.type).toBe(key);
  });
});
