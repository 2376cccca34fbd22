import type { FrameLocator, Locator, Page } from 'playwright-core';
import { SETTLE_DELAY_MS } from '../../lib/compose/watch-editor';
import type { LoadedExtension } from './chromium';
import { waitForContentScript } from './content-script-ready';
import type { PageServer } from './serve-pages';

type Box = { x: number; y: number; width: number; height: number };

/**
 * Four times the content script's typing pause: long enough that a nudge would have shown,
 * so waiting this long and finding none means the content script decided against one.
 */
export const NUDGE_SETTLE_MS = 4 * SETTLE_DELAY_MS;

/** One test page under tests/e2e/pages (served by serve-pages.ts) and how a user reaches its compose box. */
export interface EditorPage {
  /** Row name in the test table. */
  name: string;
  /** HTML file under tests/e2e/pages. */
  file: string;
  /** The element that receives keystrokes (CSS locators pierce open shadow roots). */
  editable: string;
  /** Where the user clicks to put the caret, when not the editable's centre. */
  clickTarget?: string;
  /** The same-origin iframe that holds the editor, if any. */
  frame?: string;
  /** Names of sites in lib/compose/sites.ts whose compose box this page stands for (its editable matches their selectors). */
  standsFor?: readonly string[];
}

export const editorFamilies: readonly EditorPage[] = [
  { name: 'textarea', file: 'textarea.html', editable: 'textarea#editor' },
  { name: 'contenteditable', file: 'contenteditable.html', editable: '#editor[contenteditable]', standsFor: ['Outlook'] },
  { name: 'lexical', file: 'lexical.html', editable: '[data-lexical-editor="true"]', standsFor: ['WhatsApp', 'Messenger'] },
  { name: 'slate', file: 'slate.html', editable: '[data-slate-editor="true"]', standsFor: ['Discord'] },
  { name: 'prosemirror (tiptap)', file: 'tiptap.html', editable: '.ProseMirror', standsFor: ['Telegram'] },
  { name: 'quill', file: 'quill.html', editable: '.ql-editor', standsFor: ['Slack'] },
  { name: 'draft', file: 'draft.html', editable: '.public-DraftEditor-content' },
  { name: 'ckeditor', file: 'ckeditor.html', editable: '.ck-editor__editable', standsFor: ['Teams'] },
];

export const gmailLikePage: EditorPage = {
  name: 'gmail-like compose',
  file: 'gmail.html',
  editable: '[g_editable="true"][role="textbox"]',
  // The reply starts above the quote: the user clicks the empty first line.
  clickTarget: '#new-text',
  standsFor: ['Gmail', 'Google Chat'],
};

export const siteLikePages: readonly EditorPage[] = [
  gmailLikePage,
  { name: 'same-origin iframe', file: 'iframe.html', editable: '#editor[contenteditable]', frame: '#chat-frame' },
  { name: 'open shadow root', file: 'shadow.html', editable: 'shadow-composer [contenteditable]' },
  { name: 'linkedin-like message', file: 'linkedin.html', editable: '.msg-form__contenteditable', standsFor: ['LinkedIn'] },
];

/** Pages for one behaviour rather than one editor. */
export const otherPages: readonly EditorPage[] = [
  { name: 'autofocused textarea', file: 'autofocus.html', editable: 'textarea#editor' },
];

export interface OpenedEditor {
  page: Page;
  /** The document that holds the editor (the frame's, for the iframe page). */
  scope: Page | FrameLocator;
  editable: Locator;
  /** The text as the editor's own model sees it (window.__editorText on the page). */
  modelText(): Promise<string>;
  /** Uncaught errors thrown by the page's scripts. */
  pageErrors: Error[];
}

/** Opens a fresh tab on the page and waits until its editor is mounted and Amends is injected into every frame. */
export async function openEditorPage(extension: LoadedExtension, server: PageServer, row: EditorPage): Promise<OpenedEditor> {
  const page = await extension.context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.goto(server.url(row.file));
  await page.waitForFunction(() => window.__editorReady === true);
  await waitForContentScript(page, extension.extensionId);
  const scope = row.frame ? page.frameLocator(row.frame) : page;
  return {
    page,
    scope,
    editable: scope.locator(row.editable),
    modelText: () => page.evaluate(() => (window.__editorText ? window.__editorText() : '')),
    pageErrors,
  };
}

/** Real keyboard typing: click where a user would, then one key event per character. */
export async function typeInto(opened: OpenedEditor, row: EditorPage, text: string): Promise<void> {
  const target = row.clickTarget ? opened.scope.locator(row.clickTarget) : opened.editable;
  await target.click();
  await opened.page.keyboard.type(text);
}

/** The one way specs and scripts reach a compose box: open the page, wait for its editor and Amends, click, type. */
export async function openAndType(extension: LoadedExtension, server: PageServer, row: EditorPage, text: string): Promise<OpenedEditor> {
  const opened = await openEditorPage(extension, server, row);
  await typeInto(opened, row, text);
  return opened;
}

/** A row of the table by its file, for specs that need one particular page. */
export function editorPage(file: string): EditorPage {
  const row = [...editorFamilies, ...siteLikePages, ...otherPages].find((candidate) => candidate.file === file);
  if (!row) throw new Error(`no test page ${file} in scripts/browser/editor-pages.ts`);
  return row;
}

/** The Amends nudge in the page: <amends-nudge>, an open shadow root with role=complementary named "Amends". */
export function nudgeIn(scope: Page | FrameLocator): Locator {
  return scope.getByRole('complementary', { name: 'Amends' });
}

/** Editors keep a trailing newline in their model (Quill always does); only that is trimmed. */
export function withoutTrailingNewline(text: string): string {
  return text.replace(/\n$/, '');
}

/**
 * The model text once `typed` is typed on the caret's empty first line: the
 * typed text fills that line (its placeholder newline goes, as Gmail's `<br>`
 * does) and everything after it, such as a quoted reply, stays as it was.
 */
export function expectedAfterTyping(typed: string, before: string): string {
  return withoutTrailingNewline(typed + before.replace(/^\n/, ''));
}

/** True when two rectangles share any area; touching edges do not count. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
