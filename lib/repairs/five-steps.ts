/** One step of making amends, as the popup checklist shows it. */
export interface AmendsStep {
  id: 'take-stock' | 'say-you-want-to-repair' | 'admit' | 'find-a-way' | 'be-patient';
  title: string;
  why: string;
  prompts: readonly string[];
  /** The repair field where the user's notes for this step are kept. */
  field: 'whatHappened' | 'theirPerspective' | 'admission' | 'repairPlan' | 'commitments';
}

/** The seed article's five steps, in order. */
export const amendsSteps: readonly AmendsStep[] = [
  {
    id: 'take-stock',
    title: 'Take stock of the damage',
    why: 'You can only repair what you understand, from their side as well as yours.',
    prompts: ['What happened, in plain words?', 'How did it affect them?', 'What did it cost the trust between you?'],
    field: 'theirPerspective',
  },
  {
    id: 'say-you-want-to-repair',
    title: 'Say you want to repair it',
    why: 'Opening the door shows the relationship matters more than being right.',
    prompts: ['When and where could you talk, ideally in person or by voice?', 'How will you open the conversation?'],
    field: 'whatHappened',
  },
  {
    id: 'admit',
    title: 'Admit the mistake',
    why: 'Taking responsibility, without "but" or "if", is what makes an apology land.',
    prompts: ['What exactly did you do?', 'What would you say without excuses or "if you were offended"?'],
    field: 'admission',
  },
  {
    id: 'find-a-way',
    title: 'Find a way to repair',
    why: 'Offering to make it right, and asking what they need, turns words into action.',
    prompts: ['What could you offer to make it right?', 'What will you ask them they need from you?'],
    field: 'repairPlan',
  },
  {
    id: 'be-patient',
    title: 'Be patient and keep your promises',
    why: 'Trust comes back through follow-through, not through asking to be forgiven quickly.',
    prompts: ['What will you promise, and by when?', 'When will you check in?'],
    field: 'commitments',
  },
];
