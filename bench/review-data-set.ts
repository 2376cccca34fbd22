import type { FollowUp, Repair } from '../lib/repairs/schemas';
import { personKey } from '../lib/repairs/person-key';

const DAY = 24 * 60 * 60 * 1000;
const FIRST = ['Sam', 'Robin', 'Alex', 'Noor', 'Kim', 'Lee', 'Ira', 'Jo', 'Maya', 'Theo', 'Zoë', 'Ana', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Quinn'];
const LAST = ['Okafor', 'Silva', 'Novak', 'Haddad', 'Berg', 'Moreau', 'Tanaka', 'Rossi', 'Khan', 'Lind', 'Park', 'Costa', 'Weber', 'Ivanova', 'Dubois', 'Mensah', 'Olsen', 'Reyes', 'Yilmaz', 'Fischer'];

/** 400 distinct people, each a first and a last name, so a search for both words narrows to one person. */
export const personName = (i: number) => `${FIRST[i % 20]} ${LAST[Math.floor(i / 20) % 20]}`;

/** Three years of a heavy user's log: `repairs` repairs, `perRepair` check-ins each, most done long ago. */
export function reviewDataSet(now: number, repairs = 10_000, perRepair = 3): { repairs: Repair[]; followUps: FollowUp[] } {
  const out: Repair[] = [];
  const followUps: FollowUp[] = [];
  for (let i = 0; i < repairs; i++) {
    const createdAt = now - Math.floor(((repairs - i) / repairs) * 3 * 365 * DAY);
    const id = `repair-${String(i).padStart(5, '0')}`;
    const person = personName(i % 400);
    out.push({
      id,
      createdAt,
      updatedAt: createdAt,
      person,
      personKey: personKey(person),
      relationship: 'friend',
      incidentAt: createdAt - DAY,
      whatHappened: `I missed the call I promised to make (${i}), and did not say anything afterwards.`,
      theirPerspective: 'They waited all evening and felt they did not matter.',
      admission: 'I forgot and then avoided it.',
      repairPlan: 'Call, own it, set a reminder for our weekly call.',
      commitments: [{ id: `${id}-c`, text: 'Weekly call on Sundays', kept: i % 3 === 0 ? 'not-yet' : 'yes' }],
      channel: i % 2 ? 'in-person' : 'call',
      status: i > repairs - 50 ? 'repairing' : 'resolved',
      apologisedAt: createdAt,
      ...(i > repairs - 50 ? {} : { resolvedAt: createdAt + 4 * DAY }),
      source: 'checklist',
      componentsPresent: ['regret', 'responsibility'],
      componentsMissing: ['repair'],
      notes: '',
    });
    for (let k = 1; k <= perRepair; k++) {
      const dueAt = createdAt + k * 2 * DAY;
      const open = dueAt > now - 10 * DAY;
      followUps.push({
        id: `${id}-f${k}`,
        repairId: id,
        kind: 'check-in',
        dueAt,
        ...(open ? {} : { doneAt: dueAt + 3_600_000, outcome: 'went-well' as const }),
        note: '',
      });
    }
  }
  return { repairs: out, followUps };
}
