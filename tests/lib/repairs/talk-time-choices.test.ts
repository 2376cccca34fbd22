import { describe, expect, test } from 'vitest';
import { talkTimeChoices, talkTimeFor, type TalkTimeChoice } from '../../../lib/repairs/talk-time-choices';

// Local times: December 2026 starts on a Tuesday. 5 = Saturday, 6 = Sunday.
const at = (day: number, hour: number, minute = 0) => new Date(2026, 11, day, hour, minute).getTime();

describe('quick choices for when to talk', () => {
  test.each<[string, number, TalkTimeChoice, number | undefined]>([
    ['Tuesday morning, tonight', at(1, 9), 'tonight', at(1, 19)],
    ['Tuesday 18:00 is exactly an hour ahead of tonight', at(1, 18), 'tonight', at(1, 19)],
    ['Tuesday 18:30, tonight has passed', at(1, 18, 30), 'tonight', undefined],
    ['Tuesday 23:00, tonight has passed', at(1, 23), 'tonight', undefined],
    ['Tuesday, tomorrow evening', at(1, 9), 'tomorrow-evening', at(2, 19)],
    ['Monday 31st, tomorrow evening is next month', at(31, 9) - 0, 'tomorrow-evening', new Date(2027, 0, 1, 19).getTime()],
    ['Tuesday, this weekend is Saturday', at(1, 9), 'this-weekend', at(5, 11)],
    ['Friday night, this weekend is tomorrow', at(4, 22), 'this-weekend', at(5, 11)],
    ['Saturday 8:00, this weekend is today', at(5, 8), 'this-weekend', at(5, 11)],
    ['Saturday 15:00, this weekend is Sunday', at(5, 15), 'this-weekend', at(6, 11)],
    ['Sunday 9:00, this weekend is today', at(6, 9), 'this-weekend', at(6, 11)],
    ['Sunday 15:00, this weekend is next Saturday', at(6, 15), 'this-weekend', at(12, 11)],
  ])('%s', (_name, now, choice, expected) => {
    expect(talkTimeFor(choice, now)).toBe(expected);
  });

  test.each([
    ['morning', at(1, 9), ['tonight', 'tomorrow-evening', 'this-weekend']],
    ['late evening', at(1, 21), ['tomorrow-evening', 'this-weekend']],
  ])('offers only choices still ahead (%s), each at least an hour away', (_name, now, ids) => {
    const choices = talkTimeChoices(now);
    expect(choices.map((c) => c.id)).toEqual(ids);
    for (const choice of choices) expect(choice.at - now).toBeGreaterThanOrEqual(60 * 60 * 1000);
  });
});
