import type { ChecklistDraft, ChecklistScreen } from '../../lib/repairs/checklist-draft';
import { amendsSteps, type AmendsStep } from '../../lib/repairs/five-steps';

export interface StepField {
  key: keyof Pick<ChecklistDraft, 'whatHappened' | 'theirPerspective' | 'opening' | 'admission' | 'repairPlan' | 'promises' | 'checkIn'>;
  /** Its label contains the step's title, so the field is found by the step's name. */
  labelKey: string;
  hintKey?: string;
  placeholderKey?: string;
  /** Read by the same analysis as the nudge while the user writes. */
  coached?: boolean;
  rows: number;
}

/** What each of the five steps asks the user to write. */
export const stepFields: Record<AmendsStep['id'], readonly StepField[]> = {
  'take-stock': [
    { key: 'whatHappened', labelKey: 'popup_field_what_happened', rows: 4 },
    { key: 'theirPerspective', labelKey: 'popup_field_their_side', rows: 3 },
  ],
  'say-you-want-to-repair': [{ key: 'opening', labelKey: 'popup_field_opening', placeholderKey: 'popup_field_opening_example', coached: true, rows: 3 }],
  admit: [{ key: 'admission', labelKey: 'popup_field_admission', coached: true, rows: 3 }],
  'find-a-way': [
    { key: 'repairPlan', labelKey: 'popup_field_repair_plan', rows: 3 },
    { key: 'promises', labelKey: 'popup_field_promises', hintKey: 'popup_field_promises_hint', rows: 3 },
  ],
  'be-patient': [{ key: 'checkIn', labelKey: 'popup_field_check_in', hintKey: 'popup_field_check_in_hint', rows: 3 }],
};

/** Locale keys of a step's words: its title, the prompt of the five steps, and why it matters. */
export const stepKey = (id: AmendsStep['id'], part: 'title' | 'prompt' | 'why') => `popup_step_${id.replace(/-/g, '_')}_${part}`;

export const stepIds = amendsSteps.map((step) => step.id);

export const isStepScreen = (screen: ChecklistScreen): screen is AmendsStep['id'] => (stepIds as readonly string[]).includes(screen);
