import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Node, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';
import { exposeEditor, mountPoint } from './expose-editor';

const initialValue: Descendant[] = [{ children: [{ text: '' }] }];

// Slate over React 19, as Discord runs it.
function SlateComposer() {
  const [editor] = useState(() => withHistory(withReact(createEditor())));
  exposeEditor(() => editor.children.map((block) => Node.string(block)).join('\n'));
  return (
    <Slate editor={editor} initialValue={initialValue}>
      <Editable aria-label="Message" placeholder="Message #general" />
    </Slate>
  );
}

createRoot(mountPoint()).render(<SlateComposer />);
