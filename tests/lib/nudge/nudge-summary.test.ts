import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../../lib/apology';
import type { Analysis } from '../../../lib/apology/types';
import { summarize } from '../../../lib/nudge/nudge-summary';

const base: Analysis = {
  isApology: true,
  weight: 'serious',
  components: [],
  missing: ['responsibility', 'repair', 'harm'],
  deflections: [],
  spans: [],
  ownText: { start: 0, end: 0 },
  suggestions: [
    { component: 'responsibility' },
    { component: 'repair' },
    { component: 'harm' },
  ],
};

describe('summarize', () => {
  test.each([
    ['a ritual apology is light, with no steps', { ...base, weight: 'light' as const }, 'light', 0],
    ['a serious one lacking the key parts lists them, responsibility first', base, 'serious', 3],
    ['with responsibility and repair and no deflection it reads like a real repair', { ...base, missing: ['harm' as const] }, 'good', 0],
    [
      'a deflection keeps it from "good"',
      { ...base, missing: [], deflections: [{ kind: 'but' as const, start: 0, end: 3 }] },
      'serious',
      3,
    ],
  ])('%s', (_name, analysis, tone, steps) => {
    const summary = summarize(analysis, 'but I was tired');
    expect(summary.tone).toBe(tone);
    expect(summary.steps).toHaveLength(steps);
    if (steps > 0) expect(summary.steps[0]?.component).toBe('responsibility');
  });

  test('each deflecting phrase is quoted once: repeats and spans inside another are one quote', () => {
    const text = 'Sorry if you were offended. Sorry if you were offended.';
    const summary = summarize(
      {
        ...base,
        deflections: [
          { kind: 'conditional', start: 6, end: 26 },
          { kind: 'feelings', start: 9, end: 26 },
          { kind: 'conditional', start: 34, end: 54 },
        ],
      },
      text,
    );
    expect(summary.deflections.map(({ quote, start, end }) => ({ quote, start, end }))).toEqual([{ quote: 'if you were offended', start: 6, end: 26 }]);
  });

  test.each([
    ["Sam, I'm sorry I snapped at you. That was my fault. What can I do to make this right?", 'good'],
    ['sorry for the late reply, Tuesday works', 'light'],
    ['Sam, I am sorry I snapped at you in front of everyone.', 'serious'],
  ])('the real analysis of %j reads as %s', (message, tone) => {
    expect(summarize(analyzeMessage(message), message).tone).toBe(tone);
  });
});
