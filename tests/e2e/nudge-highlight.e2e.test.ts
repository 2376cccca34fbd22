import { expect, test } from 'vitest';
import { analyzeMessage } from '../../lib/apology';
import { useBrowserSession } from './support/browser-session';
import { editorFamilies, openEditorPage, typeInto } from '../../scripts/browser/editor-pages';
import { nudgeIn, openCard } from './support/nudge';

const session = useBrowserSession();
const MESSAGE = 'Sorry, but you were the one who started it.';

test('a deflection is highlighted in the editor with the Custom Highlight API, with no change to its DOM, and quoted once', async () => {
  const row = editorFamilies.find((family) => family.name === 'contenteditable');
  if (!row) throw new Error('no contenteditable page');
  const [deflection] = analyzeMessage(MESSAGE).deflections;
  if (!deflection) throw new Error('the analysis finds no deflection in the test message');
  const quote = MESSAGE.slice(deflection.start, deflection.end).trim();
  const editor = await openEditorPage(session.extension, session.pages, row);
  await typeInto(editor, row, MESSAGE);
  const nudge = nudgeIn(editor.page);
  await openCard(nudge);
  const htmlBefore = await editor.editable.innerHTML();
  // The page's world sees the same highlight registry: the deflection's words, painted, not wrapped.
  const highlighted = await editor.page.waitForFunction(() => {
    const highlight = CSS.highlights.get('amends-deflection');
    const ranges = highlight ? [...(highlight as unknown as Iterable<Range>)] : [];
    return ranges.length > 0 ? ranges.map((range) => range.toString()) : null;
  });
  expect(await highlighted.jsonValue()).toEqual([quote]);
  expect(await editor.editable.innerHTML()).toBe(htmlBefore);
  expect(await editor.editable.locator('span, mark').count()).toBe(0);
  const text = (await nudge.textContent()) ?? '';
  expect(text.split(`“${quote}”`)).toHaveLength(2);
  await editor.page.close();
});
