import { describe, expect, test } from 'vitest';
import { composerBounds } from '../../../lib/nudge/composer-bounds';
import type { Rect } from '../../../lib/nudge/free-band';

const rect = (x: number, y: number, width: number, height: number): Rect => ({ x, y, width, height });
/** A chat's textarea at the bottom of a 390 px window. */
const box = rect(17, 673, 356, 82);

describe('composerBounds', () => {
  test.each([
    ['no controls: the box itself', [], box],
    ['a formatting bar 4 px above joins it', [rect(17, 641, 356, 28)], rect(17, 641, 356, 114)],
    ['a send button just below joins it', [rect(322, 757, 51, 23)], rect(17, 673, 356, 107)],
    [
      'a control against a control against the box joins it too',
      [rect(17, 641, 356, 28), rect(300, 615, 60, 22)],
      rect(17, 615, 356, 140),
    ],
    ['header buttons far above stay out', [rect(161, 8, 66, 27)], box],
    ['a control beside but out of reach stays out', [rect(390, 700, 40, 20)], box],
  ] as const)('%s', (_name, controls, expected) => {
    expect(composerBounds(box, controls)).toEqual(expected);
  });
});
