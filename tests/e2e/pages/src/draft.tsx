import { Editor, EditorState } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { exposeEditor, mountPoint } from './expose-editor';

// The newest EditorState Draft handed us: the model, not the DOM.
let latestState = EditorState.createEmpty();

function DraftComposer() {
  const [editorState, setEditorState] = useState(latestState);
  return (
    <Editor
      editorState={editorState}
      ariaLabel="Message"
      placeholder="Write a message"
      onChange={(next) => {
        latestState = next;
        setEditorState(next);
      }}
    />
  );
}

createRoot(mountPoint()).render(<DraftComposer />);
exposeEditor(() => latestState.getCurrentContent().getPlainText());
