// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { findEditableRoot } from '../../../lib/compose/find-editable-root';

function mount(html: string): void {
  // Test fixtures only: static markup written here, never user or page text.
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
}

const pathTo = (element: Element): EventTarget[] => {
  const path: EventTarget[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) path.push(node);
  return path;
};

describe('findEditableRoot', () => {
  beforeEach(() => document.body.replaceChildren());

  test.each([
    ['a textarea', '<textarea id="t"></textarea>', '#t', 't'],
    ['the outermost contenteditable from a nested paragraph', '<div id="ce" contenteditable="true"><p><b id="t">hi</b></p></div>', '#t', 'ce'],
    ['a Slack-style box with spellcheck=false', '<div id="ce" class="ql-editor" contenteditable="true" spellcheck="false"><p id="t">x</p></div>', '#t', 'ce'],
  ])('finds %s', (_name, html, from, expectedId) => {
    mount(html);
    expect(findEditableRoot(pathTo(document.querySelector(from) as Element))?.id).toBe(expectedId);
  });

  test.each([
    ['a read-only textarea', '<textarea id="t" readonly></textarea>'],
    ['a disabled textarea', '<textarea id="t" disabled></textarea>'],
    ['a Grammarly opt-out', '<textarea id="t" data-gramm="false"></textarea>'],
    ['an Amends opt-out on an ancestor', '<div data-amends="off"><div contenteditable="true"><p id="t">x</p></div></div>'],
    ['plain text outside any editor', '<p id="t">x</p>'],
  ])('ignores %s', (_name, html) => {
    mount(html);
    expect(findEditableRoot(pathTo(document.querySelector('#t') as Element))).toBeNull();
  });
});
