import type { InsertStrategy } from './sites';

export type EditorFamily =
  | 'textarea'
  | 'lexical'
  | 'slate'
  | 'prosemirror'
  | 'quill'
  | 'draft'
  | 'ckeditor'
  | 'contenteditable';

/** DOM markers each framework leaves on its editable root, most specific first. */
const familyMarkers: ReadonlyArray<[EditorFamily, string]> = [
  ['lexical', '[data-lexical-editor="true"]'],
  ['slate', '[data-slate-editor="true"]'],
  ['prosemirror', '.ProseMirror'],
  ['quill', '.ql-editor'],
  ['draft', '.public-DraftEditor-content'],
  ['ckeditor', '.ck-editor__editable'],
];

/**
 * How each family accepts inserted text without corrupting its model, as verified by the e2e
 * editor pages: execCommand works for most; Slate wants beforeinput and CKEditor 5 a paste.
 */
export const defaultStrategy: Record<EditorFamily, InsertStrategy> = {
  textarea: 'textField',
  lexical: 'execCommand',
  slate: 'beforeinput',
  prosemirror: 'execCommand',
  quill: 'execCommand',
  draft: 'execCommand',
  ckeditor: 'paste',
  contenteditable: 'execCommand',
};

export function detectEditorFamily(root: Element): EditorFamily {
  if (root instanceof HTMLTextAreaElement) return 'textarea';
  for (const [family, selector] of familyMarkers) {
    if (root.matches(selector)) return family;
  }
  return 'contenteditable';
}
