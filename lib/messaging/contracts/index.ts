import { addFollowUp } from './add-follow-up';
import { completeFollowUp } from './complete-follow-up';
import { deleteAllData } from './delete-all-data';
import { getComposeStatus } from './get-compose-status';
import { getSettings } from './get-settings';
import { importData } from './import-data';
import { listDueFollowUps } from './list-due-follow-ups';
import { logRepair } from './log-repair';
import { openRepairPage } from './open-repair-page';
import { pauseSite } from './pause-site';
import { planTalk } from './plan-talk';
import { saveSettings } from './save-settings';
import { snoozeFollowUp } from './snooze-follow-up';
import { updateRepair } from './update-repair';

/** Every message the background answers, by name. Add a contract file, then register it here. */
export const contracts = {
  getComposeStatus,
  logRepair,
  openRepairPage,
  pauseSite,
  updateRepair,
  planTalk,
  addFollowUp,
  completeFollowUp,
  snoozeFollowUp,
  listDueFollowUps,
  importData,
  deleteAllData,
  getSettings,
  saveSettings,
} as const;

export type Contracts = typeof contracts;
export type MessageType = keyof Contracts;
