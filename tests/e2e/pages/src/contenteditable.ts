import { exposeEditor, mountPoint } from './expose-editor';

const editable = mountPoint();
// A plain contenteditable has no model but its DOM; innerText is what a user would send.
exposeEditor(() => editable.innerText);
