/**
 * Sites as data: where the compose nudge runs, which boxes count as compose
 * boxes there, and how text must be inserted. Editor *families* are detected
 * from the DOM (see editor-family.ts); a site entry only records what is truly
 * site-specific.
 */
export type InsertStrategy = 'execCommand' | 'beforeinput' | 'paste' | 'textField';

export interface Site {
  /** Stable key: settings switch a built-in site off by it. */
  id: string;
  /** Human name, shown in settings. */
  name: string;
  /** Match patterns for the manifest's content_scripts. */
  matches: string[];
  /** Selectors of this site's compose boxes; other editables on the site are ignored. */
  composeSelectors: string[];
  /** Insert strategy this site needs, when the family default is wrong for it. */
  forcedStrategy?: InsertStrategy;
}

export const sites: readonly Site[] = [
  {
    id: 'gmail',
    name: 'Gmail',
    matches: ['https://mail.google.com/*'],
    // Closure editor; the compose body carries g_editable.
    composeSelectors: ['[g_editable="true"][role="textbox"]'],
    forcedStrategy: 'execCommand',
  },
  {
    id: 'outlook',
    name: 'Outlook',
    matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
    // RoosterJS body.
    composeSelectors: ['div[role="textbox"][aria-multiline="true"]'],
  },
  {
    id: 'slack',
    name: 'Slack',
    matches: ['https://app.slack.com/*'],
    // Quill fork with spellcheck=false: never filter on spellcheck.
    composeSelectors: ['.ql-editor'],
    forcedStrategy: 'paste',
  },
  {
    id: 'discord',
    name: 'Discord',
    matches: ['https://discord.com/*'],
    composeSelectors: ['[data-slate-editor="true"]'],
    forcedStrategy: 'beforeinput',
  },
  {
    id: 'whatsapp',
    name: 'WhatsApp',
    matches: ['https://web.whatsapp.com/*'],
    composeSelectors: ['[data-lexical-editor="true"]'],
    forcedStrategy: 'beforeinput',
  },
  {
    id: 'messenger',
    name: 'Messenger',
    matches: ['https://www.messenger.com/*', 'https://www.facebook.com/messages/*'],
    composeSelectors: ['[data-lexical-editor="true"]'],
    forcedStrategy: 'beforeinput',
  },
  {
    id: 'teams',
    name: 'Teams',
    matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*'],
    // CKEditor 5.
    composeSelectors: ['.ck-editor__editable', '[data-tid="ckeditor"]'],
    forcedStrategy: 'paste',
  },
  {
    id: 'linkedin',
    name: 'LinkedIn',
    matches: ['https://www.linkedin.com/*'],
    // Paste misplaces the caret here; execCommand keeps it.
    composeSelectors: ['.msg-form__contenteditable'],
    forcedStrategy: 'execCommand',
  },
  {
    id: 'telegram',
    name: 'Telegram',
    matches: ['https://web.telegram.org/*'],
    // Older builds use a plain contenteditable, newer ones ProseMirror.
    composeSelectors: ['#editable-message-text', '.ProseMirror'],
  },
  {
    id: 'google-chat',
    name: 'Google Chat',
    matches: ['https://chat.google.com/*'],
    composeSelectors: ['[g_editable="true"][role="textbox"]'],
    forcedStrategy: 'execCommand',
  },
];

/** Every production match pattern, for the manifest. */
export const siteMatches: string[] = sites.flatMap((site) => site.matches);

/** Only the e2e build adds these; `http://localhost/*` matches every port. */
export const e2eHostMatches: string[] = ['http://localhost/*', 'http://127.0.0.1/*'];
