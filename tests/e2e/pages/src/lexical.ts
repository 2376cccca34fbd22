import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, createEditor } from 'lexical';
import { exposeEditor, mountPoint } from './expose-editor';

// Vanilla Lexical, set up the way WhatsApp Web and Messenger use it: rich text plus history.
const editor = createEditor({
  namespace: 'amends-e2e',
  nodes: [HeadingNode, QuoteNode],
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(mountPoint());
mergeRegister(registerRichText(editor), registerHistory(editor, createEmptyHistoryState(), 300));

exposeEditor(() => editor.getEditorState().read(() => $getRoot().getTextContent()));
