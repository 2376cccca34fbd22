import { expect, test } from 'vitest';
import type { Component } from '../../../lib/apology/types';
import { amendsSteps } from '../../../lib/repairs/five-steps';
import { stepsToPrepare } from '../../../lib/repairs/prepare-missing';

const order = amendsSteps.map((step) => step.id);

test.each<[Component[], string[]]>([
  [[], []],
  [['responsibility'], ['admit']],
  [['commitment', 'repair', 'responsibility'], ['admit', 'find-a-way', 'be-patient']],
  [['harm', 'explanation'], ['take-stock']],
  [['regret', 'forgiveness'], ['say-you-want-to-repair']],
])('missing %j → prepare %j, in the five steps’ order', (missing, steps) => {
  expect(stepsToPrepare(missing, order)).toEqual(steps);
});
