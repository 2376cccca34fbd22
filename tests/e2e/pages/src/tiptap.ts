import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { exposeEditor, mountPoint } from './expose-editor';

// Tiptap is ProseMirror underneath; the doc is the model.
const editor = new Editor({
  element: mountPoint(),
  extensions: [StarterKit],
  editorProps: { attributes: { 'aria-label': 'Message' } },
});

exposeEditor(() => editor.getText({ blockSeparator: '\n' }));
