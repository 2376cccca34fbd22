import { describe, expect, test } from 'vitest';
import { fitInBands, freeBands, type Rect } from '../../../lib/nudge/free-band';

const rect = (x: number, y: number, width: number, height: number): Rect => ({ x, y, width, height });

describe('freeBands', () => {
  test.each([
    ['nothing in the way: the whole column', [], [[0, 600]]],
    ['an obstacle in another column is ignored', [rect(500, 100, 50, 50)], [[0, 600]]],
    ['one obstacle splits the column, with the gap kept', [rect(0, 100, 100, 50)], [[0, 92], [158, 600]]],
    ['overlapping obstacles merge', [rect(0, 100, 100, 50), rect(50, 140, 100, 60)], [[0, 92], [208, 600]]],
    ['an obstacle at the top leaves the rest', [rect(0, -20, 100, 40)], [[28, 600]]],
    ['a column filled top to bottom leaves nothing', [rect(0, -10, 400, 700)], []],
  ])('%s', (_name, obstacles, bands) => {
    expect(freeBands(obstacles as Rect[], 0, 300, 0, 600, 8)).toEqual(bands);
  });
});

describe('fitInBands', () => {
  const box = rect(0, 300, 400, 100);
  const bands: Array<[number, number]> = [
    [8, 60],
    [100, 292],
    [408, 592],
  ];
  test.each([
    ['top: the band just above the box, bottom-aligned', 'top', 150, 100, { y: 142, height: 150 }],
    ['top: too tall for it: capped at the band (the card scrolls)', 'top', 400, 100, { y: 100, height: 192 }],
    ['top: no band tall enough', 'top', 400, 250, undefined],
    ['bottom: the band just below', 'bottom', 150, 100, { y: 408, height: 150 }],
    ['right: the nearest band, as close to the box top as it allows', 'right', 100, 40, { y: 192, height: 100 }],
  ] as const)('%s', (_name, side, height, min, expected) => {
    expect(fitInBands(bands, side, box, height, min)).toEqual(expected);
  });

  test('beside the box, in a band that holds its top: level with it', () => {
    expect(fitInBands([[8, 592]], 'left', box, 100, 40)).toEqual({ y: 300, height: 100 });
  });
});
