import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../lib/apology';
import { suggestionPhrase } from '../../lib/coaching/words';
import { english } from '../support/english';
import { launchExtension, type LoadedExtension } from '../../scripts/browser/chromium';
import { servePages, type PageServer } from '../../scripts/browser/serve-pages';
import {
  editorFamilies,
  expectedAfterTyping,
  openEditorPage,
  siteLikePages,
  typeInto,
  withoutTrailingNewline,
  type OpenedEditor,
} from '../../scripts/browser/editor-pages';
import { nudgeIn, openCard } from './support/nudge';

const APOLOGY = "I'm sorry I snapped at you yesterday.";
/** A user reads the card before pressing Insert; editors that group undo steps by time (Quill, ProseMirror) see that pause too. */
const READING_MS = 1_200;

let extension: LoadedExtension;
let server: PageServer;
let opened: OpenedEditor | undefined;

beforeAll(async () => {
  server = await servePages();
  extension = await launchExtension();
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
});
afterEach(async () => {
  await opened?.page.close();
  opened = undefined;
});

describe.each([...editorFamilies, ...siteLikePages])('$name', (row) => {
  test('Insert, then Ctrl+Z: exactly the typed text; Ctrl+Shift+Z: the phrase again', async () => {
    const editor = (opened = await openEditorPage(extension, server, row));
    const before = await editor.modelText();
    await typeInto(editor, row, APOLOGY);
    const typed = expectedAfterTyping(APOLOGY, before);
    const nudge = nudgeIn(editor.scope);
    await openCard(nudge);
    await editor.page.waitForTimeout(READING_MS);
    const analysis = analyzeMessage(APOLOGY);
      const first = analysis.suggestions.map((s) => ({ text: suggestionPhrase(s.component, analysis.addressee, english) }))[0];
    if (!first) throw new Error('no suggestion');
    await nudge.getByRole('button', { name: `Insert: ${first.text}` }).click();
    const inserted = expectedAfterTyping(`${APOLOGY} ${first.text}`, before);
    await expect.poll(async () => withoutTrailingNewline(await editor.modelText())).toBe(inserted);

    await editor.page.keyboard.press('Control+z');
    await expect.poll(async () => withoutTrailingNewline(await editor.modelText())).toBe(typed);
    await editor.page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => withoutTrailingNewline(await editor.modelText())).toBe(inserted);
    expect(editor.pageErrors).toEqual([]);
  });
});
