import { addFollowUp } from './add-follow-up';
import { analyzeDraft } from './analyze-draft';
import { completeFollowUp } from './complete-follow-up';
import { deleteAllData } from './delete-all-data';
import { deleteRepair } from './delete-repair';
import { getComposeStatus } from './get-compose-status';
import { getSettings } from './get-settings';
import { importData } from './import-data';
import { listDueFollowUps } from './list-due-follow-ups';
import { logRepair } from './log-repair';
import { openRepairPage } from './open-repair-page';
import { planTalk } from './plan-talk';
import { restoreRepair } from './restore-repair';
import { setHostPaused } from './set-host-paused';
import { setSitePaused } from './set-site-paused';
import { snoozeFollowUp } from './snooze-follow-up';
import { updateRepair } from './update-repair';
import { updateSettings } from './update-settings';

/** Every message the background answers, by name. Add a contract file, then register it here. */
export const contracts = {
  getComposeStatus,
  analyzeDraft,
  logRepair,
  openRepairPage,
  setSitePaused,
  setHostPaused,
  updateRepair,
  planTalk,
  addFollowUp,
  completeFollowUp,
  snoozeFollowUp,
  listDueFollowUps,
  importData,
  deleteAllData,
  deleteRepair,
  restoreRepair,
  getSettings,
  updateSettings,
} as const;

export type Contracts = typeof contracts;
export type MessageType = keyof Contracts;
