/** A message shown at the top of the options page after an action, with an optional way back. */
export interface Notice {
  text: string;
  kind?: 'ok' | 'error';
  undoLabel?: string;
  undo?: () => Promise<void>;
}
