// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createPositioner } from '../../../lib/nudge/nudge-position';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function setup() {
  const anchor = document.createElement('textarea');
  const host = document.createElement('amends-nudge');
  const panel = document.createElement('section');
  host.append(panel);
  document.body.append(anchor, host);
  const render = vi.fn();
  const placed = vi.fn();
  const styleWrites = vi.spyOn(host, 'setAttribute');
  const positioner = createPositioner({ parts: { host, panel }, wanted: () => 'chip', render, placed, gone: vi.fn(), isAlive: () => true });
  positioner.follow(anchor);
  return { anchor, positioner, render, placed, styleWrites };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('createPositioner', () => {
  test('places once per frame however many times it is asked', async () => {
    const { positioner, placed } = setup();
    for (let i = 0; i < 10; i += 1) positioner.reposition(true);
    await nextFrame();
    expect(placed).toHaveBeenCalledTimes(1);
    positioner.stop();
  });

  test.each([
    ['nothing changed (a keystroke that does not resize the box): no placement, no drawing', () => undefined, false, 0],
    ['the content changed: placed again, drawn and measured afresh', (p: ReturnType<typeof setup>) => p.positioner.invalidate(), false, 1],
  ])('%s', async (_name, change, force, placements) => {
    const setupResult = setup();
    const { positioner, placed, render } = setupResult;
    await nextFrame();
    placed.mockClear();
    render.mockClear();
    change(setupResult);
    positioner.reposition(force);
    await nextFrame();
    expect(placed).toHaveBeenCalledTimes(placements);
    expect(render.mock.calls.length > 0).toBe(placements > 0);
    positioner.stop();
  });

  test.each([
    ['nothing moved (a pause in typing that reads the same): no frame asked for, no placement', false, 0, 0],
    ['the page moved the box (no event tells of it): placed again', true, 1, 1],
  ])('repositionIfMoved: %s', async (_name, moved, frames, placements) => {
    const { anchor, positioner, placed } = setup();
    await nextFrame();
    placed.mockClear();
    if (moved) vi.spyOn(anchor, 'getBoundingClientRect').mockReturnValue(new DOMRect(40, 300, 200, 60));
    const frameRequests = vi.spyOn(window, 'requestAnimationFrame');
    positioner.repositionIfMoved();
    expect(frameRequests).toHaveBeenCalledTimes(frames);
    frameRequests.mockRestore();
    await nextFrame();
    expect(placed).toHaveBeenCalledTimes(placements);
    positioner.stop();
  });

  test("a forced placement to the same spot (a scroll elsewhere) neither remeasures nor rewrites the host's style", async () => {
    const { positioner, placed, render, styleWrites } = setup();
    await nextFrame();
    const writes = styleWrites.mock.calls.length;
    render.mockClear();
    positioner.reposition(true);
    await nextFrame();
    expect(placed).toHaveBeenCalledTimes(2);
    expect(styleWrites.mock.calls.length).toBe(writes);
    // Drawn in the mode it shows (a no-op for the view), not redrawn to be measured.
    expect(render).toHaveBeenCalledTimes(1);
    positioner.stop();
  });
});
