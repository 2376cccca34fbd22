import type { QuickTime } from '../../components/TalkPlanner';
import type { Translate } from '../../components/translate';
import { toDateTimeLocal } from '../../lib/repairs/local-time';
import { talkTimeChoices, type TalkTimeChoice } from '../../lib/repairs/talk-time-choices';

const labelKeys: Record<TalkTimeChoice, string> = {
  tonight: 'popup_quick_tonight',
  'tomorrow-evening': 'popup_quick_tomorrow_evening',
  'this-weekend': 'popup_quick_this_weekend',
};

/** The quick choices still ahead, each showing the time it sets. */
export function quickTimes(now: number, t: Translate): QuickTime[] {
  return talkTimeChoices(now).map(({ id, at }) => ({
    id,
    value: toDateTimeLocal(at),
    label: t(labelKeys[id], new Date(at).toLocaleString(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' })),
  }));
}
