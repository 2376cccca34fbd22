import { exposeEditor, mountPoint } from './expose-editor';

const textarea = mountPoint() as HTMLTextAreaElement;
exposeEditor(() => textarea.value);
