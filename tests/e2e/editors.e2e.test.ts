import { afterEach, describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../lib/apology';
import { suggestionPhrase } from '../../lib/coaching/words';
import { english } from '../support/english';
import { sites } from '../../lib/compose/sites';
import {
  editorFamilies,
  expectedAfterTyping,
  gmailLikePage,
  NUDGE_SETTLE_MS,
  nudgeIn as nudgeInScope,
  openEditorPage,
  overlaps,
  siteLikePages,
  typeInto,
  withoutTrailingNewline,
  type EditorPage,
  type OpenedEditor,
} from '../../scripts/browser/editor-pages';
import { useBrowserSession } from './support/browser-session';

const APOLOGY = "I'm sorry I snapped at you yesterday.";
const CONDOLENCE = 'Sorry for your loss, thinking of you.';
import { openCard } from './support/nudge';
const NUDGE_TIMEOUT_MS = 10_000;

const session = useBrowserSession();
let opened: OpenedEditor | undefined;

afterEach(async () => {
  await opened?.page.close();
  opened = undefined;
});

async function open(row: EditorPage): Promise<OpenedEditor> {
  opened = await openEditorPage(session.extension, session.pages, row);
  return opened;
}

const nudgeIn = (editor: OpenedEditor) => nudgeInScope(editor.scope);

const allPages = [...editorFamilies, ...siteLikePages];

describe.each(allPages)('$name', (row) => {
  test('typing lands in the editor model exactly as typed', async () => {
    const editor = await open(row);
    const before = await editor.modelText();
    // Curly apostrophes, a dash, an accent and an emoji: what people really type.
    const text = 'My bad — that’s on me 🙏 I’ll call you tonight, café at 7?';

    await typeInto(editor, row, text);

    const expected = expectedAfterTyping(text, before);
    await expect.poll(async () => withoutTrailingNewline(await editor.modelText())).toBe(expected);
    expect(editor.pageErrors).toEqual([]);
  });

  test('an apology brings the Amends nudge beside the box, never inside it', async () => {
    const editor = await open(row);
    const before = await editor.modelText();

    await typeInto(editor, row, APOLOGY);
    const expected = expectedAfterTyping(APOLOGY, before);
    await expect.poll(async () => withoutTrailingNewline(await editor.modelText())).toBe(expected);

    const nudge = nudgeIn(editor);
    await nudge.waitFor({ state: 'visible', timeout: NUDGE_TIMEOUT_MS });
    // Showing the nudge changed nothing the user wrote, and put nothing into the editor's DOM.
    expect(withoutTrailingNewline(await editor.modelText())).toBe(expected);
    expect(await editor.editable.locator('amends-nudge').count()).toBe(0);
    expect(await editor.scope.locator('amends-nudge').count()).toBe(1);
    // Beside the box: it covers none of what the user is writing.
    const [editableBox, nudgeBox] = await Promise.all([editor.editable.boundingBox(), nudge.boundingBox()]);
    if (!editableBox || !nudgeBox) throw new Error('the editor or the nudge has no layout box');
    expect(overlaps(editableBox, nudgeBox)).toBe(false);
    expect(editor.pageErrors).toEqual([]);
  });

  test("a suggested phrase goes into the editor's model at the caret", async () => {
    const editor = await open(row);
    const before = await editor.modelText();
    await typeInto(editor, row, APOLOGY);
    const nudge = nudgeIn(editor);
    await nudge.waitFor({ state: 'visible', timeout: NUDGE_TIMEOUT_MS });

    const analysis = analyzeMessage(APOLOGY);
    const [missing] = analysis.suggestions;
    if (!missing) throw new Error('the analysis suggests nothing for the test apology');
    const suggestion = { text: suggestionPhrase(missing.component, analysis.addressee, english) };
    await openCard(nudge);
    await nudge.getByRole('button', { name: `Insert: ${suggestion.text}` }).click();

    const expected = expectedAfterTyping(`${APOLOGY} ${suggestion.text}`, before);
    await expect.poll(async () => withoutTrailingNewline(await editor.modelText())).toBe(expected);
    expect(editor.pageErrors).toEqual([]);
  });
});

// tests/conventions/site-coverage.test.ts checks every site is named here; this checks the page truly looks like it.
const standIns = allPages.flatMap((row) => (row.standsFor ?? []).map((siteName) => ({ row, siteName })));
test.each(standIns)("$row.name is a compose box by $siteName's selectors", async ({ row, siteName }) => {
  const site = sites.find((candidate) => candidate.name === siteName);
  if (!site) throw new Error(`no site named ${siteName} in lib/compose/sites.ts`);
  const editor = await open(row);
  const matches = await editor.editable.evaluate(
    (element, selectors) => selectors.some((selector) => element.matches(selector) || element.closest(selector) !== null),
    site.composeSelectors,
  );
  expect(matches).toBe(true);
});

test.each([
  { kind: 'an everyday message', text: 'Thanks for covering my shift, see you Friday.' },
  { kind: 'a condolence', text: CONDOLENCE },
])('$kind in a textarea gets no nudge; an apology added to the same box does', async ({ text }) => {
  const row = editorFamilies[0]!;
  const editor = await open(row);

  await typeInto(editor, row, text);
  await expect.poll(() => editor.modelText()).toBe(text);
  // A nudge would have shown well within this time; absence can only be checked by waiting.
  await editor.page.waitForTimeout(NUDGE_SETTLE_MS);
  expect(await nudgeIn(editor).count()).toBe(0);

  // Control: the script was watching this box all along, so the silence above was a decision.
  await editor.page.keyboard.type(` ${APOLOGY}`);
  await nudgeIn(editor).waitFor({ state: 'visible', timeout: NUDGE_TIMEOUT_MS });
});

test('the Gmail-like reply keeps its attribution line and quoted message intact', async () => {
  const editor = await open(gmailLikePage);
  const attribution = editor.page.locator('.gmail_attr');
  const quote = editor.page.locator('blockquote.gmail_quote');
  const attributionBefore = await attribution.textContent();
  const quoteBefore = await quote.innerHTML();

  await typeInto(editor, gmailLikePage, APOLOGY);
  await nudgeIn(editor).waitFor({ state: 'visible', timeout: NUDGE_TIMEOUT_MS });

  expect(attributionBefore).toBe('On Tue, Nov 24, 2026 at 9:14 AM Sam <sam@example.com> wrote:');
  expect(await attribution.textContent()).toBe(attributionBefore);
  expect(await quote.innerHTML()).toBe(quoteBefore);
  // The new text went above the quote, in the reply's first line.
  expect(await editor.page.locator('#new-text').innerText()).toBe(APOLOGY);
});
