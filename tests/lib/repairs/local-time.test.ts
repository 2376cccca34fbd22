import { describe, expect, test } from 'vitest';
import { fromDateInput, fromDateTimeLocal, localTimeOn, toDateInput, toDateTimeLocal } from '../../../lib/repairs/local-time';

describe('datetime-local values', () => {
  test.each([
    ['2026-12-01T19:00', new Date(2026, 11, 1, 19, 0).getTime()],
    [' 2027-01-31T08:05 ', new Date(2027, 0, 31, 8, 5).getTime()],
    ['2026-02-31T10:00', undefined],
    ['2026-12-01', undefined],
    ['tomorrow', undefined],
    ['', undefined],
  ])('%j → %s', (value, expected) => {
    expect(fromDateTimeLocal(value)).toBe(expected);
  });

  test.each([new Date(2026, 11, 1, 19, 0).getTime(), new Date(2027, 5, 9, 7, 45).getTime()])('round-trips %i', (at) => {
    expect(fromDateTimeLocal(toDateTimeLocal(at))).toBe(at);
  });

  test.each([
    ['2026-11-28', new Date(2026, 10, 28).getTime()],
    ['2026-13-01', undefined],
    ['', undefined],
  ])('date %j → %s', (value, expected) => {
    expect(fromDateInput(value)).toBe(expected);
  });

  test('a date input shows the local day', () => {
    expect(toDateInput(new Date(2026, 10, 28, 23, 59).getTime())).toBe('2026-11-28');
  });

  test('days ahead land on the local wall-clock hour', () => {
    expect(localTimeOn(new Date(2026, 11, 31, 22).getTime(), 1, 9)).toBe(new Date(2027, 0, 1, 9).getTime());
  });
});
