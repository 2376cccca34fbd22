export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The vertical stretches between `top` and `bottom` that no obstacle covers within the columns [x0, x1): where a
 * nudge of that width can go without lying over the box or a page control. Sorted top to bottom.
 */
export function freeBands(obstacles: readonly Rect[], x0: number, x1: number, top: number, bottom: number, gap: number): Array<[number, number]> {
  const blocked = obstacles
    .filter((o) => o.x < x1 && x0 < o.x + o.width)
    .map((o): [number, number] => [o.y - gap, o.y + o.height + gap])
    .sort((a, b) => a[0] - b[0]);
  const bands: Array<[number, number]> = [];
  let cursor = top;
  for (const [start, end] of blocked) {
    if (start > cursor) bands.push([cursor, Math.min(start, bottom)]);
    cursor = Math.max(cursor, end);
    if (cursor >= bottom) break;
  }
  if (cursor < bottom) bands.push([cursor, bottom]);
  return bands.filter(([start, end]) => end > start);
}

export type Side = 'top' | 'bottom' | 'left' | 'right';

/**
 * Where in the free bands a nudge of `height` goes for a side of the box: the band nearest the box, at least
 * `minHeight` tall. Returns its top and the height it gets there (less than `height` means: scroll inside).
 */
export function fitInBands(
  bands: ReadonlyArray<[number, number]>,
  side: Side,
  box: Rect,
  height: number,
  minHeight: number,
): { y: number; height: number } | undefined {
  const tall = bands.filter(([start, end]) => end - start >= minHeight);
  if (side === 'top') {
    const band = tall.filter(([, end]) => end <= box.y + 0.5).pop();
    if (!band) return undefined;
    const fitted = Math.min(height, band[1] - band[0]);
    return { y: band[1] - fitted, height: fitted };
  }
  if (side === 'bottom') {
    const band = tall.find(([start]) => start >= box.y + box.height - 0.5);
    if (!band) return undefined;
    return { y: band[0], height: Math.min(height, band[1] - band[0]) };
  }
  // Beside the box: level with its top where there is room, else the nearest band.
  const distance = ([start, end]: [number, number]) => (box.y < start ? start - box.y : box.y > end ? box.y - end : 0);
  const band = [...tall].sort((a, b) => distance(a) - distance(b))[0];
  if (!band) return undefined;
  const fitted = Math.min(height, band[1] - band[0]);
  return { y: Math.max(band[0], Math.min(box.y, band[1] - fitted)), height: fitted };
}
