import { localTimeOn } from './local-time';
import { HOUR_MS } from './time';

export const talkTimeChoiceIds = ['tonight', 'tomorrow-evening', 'this-weekend'] as const;
export type TalkTimeChoice = (typeof talkTimeChoiceIds)[number];

/** Evenings and a weekend late morning: when people usually have time to talk without rushing. */
const EVENING_HOUR = 19;
const WEEKEND_HOUR = 11;
/** A quick choice must leave time to get ready: at least an hour ahead. */
const LEAD_MS = HOUR_MS;

/** When a quick choice means, from now; undefined when it has passed (tonight at 19:00 is gone at 18:30). */
export function talkTimeFor(choice: TalkTimeChoice, now: number): number | undefined {
  const ahead = (at: number) => (at - now >= LEAD_MS ? at : undefined);
  switch (choice) {
    case 'tonight':
      return ahead(localTimeOn(now, 0, EVENING_HOUR));
    case 'tomorrow-evening':
      return localTimeOn(now, 1, EVENING_HOUR);
    case 'this-weekend': {
      const weekday = new Date(now).getDay(); // 0 Sunday … 6 Saturday
      if (weekday === 6 || weekday === 0) {
        const today = ahead(localTimeOn(now, 0, WEEKEND_HOUR));
        if (today !== undefined) return today;
        // Saturday too late: Sunday. Sunday too late: next Saturday.
        return localTimeOn(now, weekday === 6 ? 1 : 6, WEEKEND_HOUR);
      }
      return localTimeOn(now, 6 - weekday, WEEKEND_HOUR);
    }
  }
}

/** The quick choices still ahead, in order. */
export function talkTimeChoices(now: number): Array<{ id: TalkTimeChoice; at: number }> {
  return talkTimeChoiceIds.flatMap((id) => {
    const at = talkTimeFor(id, now);
    return at === undefined ? [] : [{ id, at }];
  });
}
