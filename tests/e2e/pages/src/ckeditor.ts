import { ClassicEditor, Essentials, Paragraph } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { exposeEditor, mountPoint } from './expose-editor';

/** Text of the model tree: one line per block, text nodes only. */
function modelText(editor: ClassicEditor): string {
  const root = editor.model.document.getRoot();
  if (!root) return '';
  return Array.from(root.getChildren())
    .map((block) =>
      block.is('element')
        ? Array.from(block.getChildren())
            .map((node) => (node.is('$text') || node.is('$textProxy') ? node.data : ''))
            .join('')
        : '',
    )
    .join('\n');
}

// Teams runs CKEditor 5; Essentials + Paragraph is the smallest honest editor.
ClassicEditor.create({
  attachTo: mountPoint(),
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph],
  toolbar: [],
}).then(
  (editor) => exposeEditor(() => modelText(editor)),
  (error: unknown) => {
    throw error;
  },
);
