import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { exposeEditor, mountPoint } from './expose-editor';

// Slack's composer is a Quill fork with spellcheck off; keep that quirk.
const quill = new Quill(mountPoint(), { theme: 'snow', placeholder: 'Message #general' });
quill.root.setAttribute('spellcheck', 'false');
quill.root.setAttribute('aria-label', 'Message');

exposeEditor(() => quill.getText());
