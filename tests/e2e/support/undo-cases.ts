import { expect } from 'vitest';
import { analyzeMessage } from '../../../lib/apology';
import { suggestionPhrase } from '../../../lib/coaching/words';
import { editorFamilies, expectedAfterTyping, siteLikePages, withoutTrailingNewline, type EditorPage } from '../../../scripts/browser/editor-pages';
import { english } from '../../support/english';

/**
 * The undo table of issue 10, shared by the Chromium (nudge-undo) and Firefox (firefox-editors) specs: on every editor
 * family and site-like page, type an apology, Insert a phrase, Ctrl+Z → exactly the typed text, Ctrl+Shift+Z → the
 * phrase again. Each browser supplies its own driver; the rows, the text and the checks live here once.
 */
export const undoRows: readonly EditorPage[] = [...editorFamilies, ...siteLikePages];

export const UNDO_APOLOGY = "I'm sorry I snapped at you yesterday.";

/** A user reads the card before pressing Insert; editors that group undo steps by time (Quill, ProseMirror) see that pause too. */
export const READING_MS = 1_200;

/** The phrase the card offers first for the apology, in the words the user sees. */
export function firstPhrase(text = UNDO_APOLOGY): string {
  const analysis = analyzeMessage(text);
  const first = analysis.suggestions[0];
  if (!first) throw new Error(`no suggestion for "${text}"`);
  return suggestionPhrase(first.component, analysis.addressee, english);
}

/** What one browser does for a row: its own clicks and keys, on the page already open at the row's file. */
export interface UndoDriver {
  /** The editor's own model text (window.__editorText on the page). */
  modelText(): Promise<string>;
  /** Clicks where a user would put the caret and types, key by key. */
  type(text: string): Promise<void>;
  /** Opens the nudge's card (and its "more" steps) with real clicks. */
  openCard(): Promise<void>;
  /** Clicks the card's Insert button for this phrase. */
  clickInsert(phrase: string): Promise<void>;
  /** Presses a chord such as Control+z or Control+Shift+z. */
  press(chord: 'Control+z' | 'Control+Shift+z'): Promise<void>;
  wait(ms: number): Promise<void>;
}

/** The modelled text, polled until it matches or the poll gives up (editors update their model a frame later). */
const settlesAt = (driver: UndoDriver, want: string) =>
  expect.poll(async () => withoutTrailingNewline(await driver.modelText()), { timeout: 5_000 }).toBe(want);

/** Runs the row: typed text, the inserted phrase, undo to exactly what was typed, redo to the phrase again. */
export async function checkUndo(driver: UndoDriver): Promise<void> {
  const before = await driver.modelText();
  await driver.type(UNDO_APOLOGY);
  const typed = expectedAfterTyping(UNDO_APOLOGY, before);
  await settlesAt(driver, typed);
  await driver.openCard();
  await driver.wait(READING_MS);
  const phrase = firstPhrase();
  await driver.clickInsert(phrase);
  const inserted = expectedAfterTyping(`${UNDO_APOLOGY} ${phrase}`, before);
  await settlesAt(driver, inserted);

  await driver.press('Control+z');
  await settlesAt(driver, typed);
  await driver.press('Control+Shift+z');
  await settlesAt(driver, inserted);
}
