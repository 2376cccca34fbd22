import { expect, test } from 'vitest';
import { optionsHash, parseOptionsHash, type OptionsRoute } from '../../../lib/routes/options-route';
import { parsePopupHash, popupHash, type PopupRoute } from '../../../lib/routes/popup-route';

test.each<OptionsRoute>([
  { page: 'repairs' },
  { page: 'repair', id: 'abc-123' },
  { page: 'repair', id: '50%' },
  { page: 'repair', id: 'a/b' },
  { page: 'repair', id: 'x#y' },
  { page: 'repair', id: '%E0%A4%A' },
  { page: 'person', key: 'sam' },
  { page: 'person', key: 'józef / 2#' },
  { page: 'insights' },
  { page: 'settings' },
  { page: 'data' },
  { page: 'welcome' },
  { page: 'due' },
])('options route %j survives the trip through the hash', (route) => {
  expect(parseOptionsHash(optionsHash(route))).toEqual(route);
});

test.each([
  ['', { page: 'repairs' }],
  ['#/', { page: 'repairs' }],
  ['#/repair/%', { page: 'repairs' }],
  ['#/repair/%E0%A4%A', { page: 'repairs' }],
  ['#/nowhere', { page: 'repairs' }],
  ['#/insights/extra', { page: 'repairs' }],
  ['#/repair/', { page: 'repairs' }],
])('a hash that cannot be read (%j) is the timeline, never an exception', (hash, route) => {
  expect(parseOptionsHash(hash)).toEqual(route);
});

test.each<PopupRoute>([{ page: 'home' }, { page: 'prepare' }, { page: 'plan', repairId: 'r/1%#' }])(
  'popup route %j survives the trip through the hash',
  (route) => {
    expect(parsePopupHash(popupHash(route))).toEqual(route);
  },
);

test.each(['#/plan/%', '#/what', ''])('an unreadable popup hash (%j) is the home view', (hash) => {
  expect(parsePopupHash(hash)).toEqual({ page: 'home' });
});
