import { createEvent } from 'ics';
import type { Repair } from './schemas';

export interface CalendarFile {
  filename: string;
  content: string;
}

/**
 * The planned talk as an .ics event, so the reminder also lives in the user's own calendar.
 * Only the person's name goes in: what happened stays in Amends unless the user writes it there.
 */
export function talkCalendarFile(repair: Repair, durationMinutes = 30): CalendarFile {
  if (repair.plannedTalkAt === undefined) throw new Error('No talk is planned for this repair');
  const { error, value } = createEvent({
    uid: `${repair.id}@amends.app`,
    productId: 'amends/ics',
    title: `Talk with ${repair.person}`,
    description: 'A conversation to repair things. Listen first; keep your promises.',
    start: repair.plannedTalkAt,
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: durationMinutes },
    alarms: [{ action: 'display', description: `Talk with ${repair.person}`, trigger: { minutes: 15, before: true } }],
  });
  if (error || !value) throw new Error(`Could not create the calendar event: ${error?.message ?? 'empty'}`);
  return { filename: `talk-with-${slug(repair.person)}.ics`, content: value };
}

function slug(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'someone';
}
