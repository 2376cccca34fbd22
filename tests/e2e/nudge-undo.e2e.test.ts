import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { launchExtension, type LoadedExtension } from '../../scripts/browser/chromium';
import { servePages, type PageServer } from '../../scripts/browser/serve-pages';
import { openEditorPage, typeInto, type OpenedEditor } from '../../scripts/browser/editor-pages';
import { nudgeIn, openCard } from './support/nudge';
import { checkUndo, undoRows } from './support/undo-cases';

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

// The rows and the checks are shared with Firefox (firefox-editors.e2e.test.ts): see support/undo-cases.ts.
describe.each(undoRows)('$name', (row) => {
  test('Insert, then Ctrl+Z: exactly the typed text; Ctrl+Shift+Z: the phrase again', async () => {
    const editor = (opened = await openEditorPage(extension, server, row));
    const nudge = nudgeIn(editor.scope);
    await checkUndo({
      modelText: () => editor.modelText(),
      type: (text) => typeInto(editor, row, text),
      openCard: () => openCard(nudge),
      clickInsert: (phrase) => nudge.getByRole('button', { name: `Insert: ${phrase}` }).click(),
      press: (chord) => editor.page.keyboard.press(chord),
      wait: (ms) => editor.page.waitForTimeout(ms),
    });
    expect(editor.pageErrors).toEqual([]);
  });
});
