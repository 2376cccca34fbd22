// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { detectEditorFamily } from '../../../lib/compose/editor-family';

function element(tag: string, attributes: Record<string, string>): Element {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

describe('detectEditorFamily', () => {
  test.each([
    ['textarea', element('textarea', {})],
    ['lexical', element('div', { contenteditable: 'true', 'data-lexical-editor': 'true' })],
    ['slate', element('div', { contenteditable: 'true', 'data-slate-editor': 'true' })],
    ['prosemirror', element('div', { contenteditable: 'true', class: 'ProseMirror tiptap' })],
    ['quill', element('div', { contenteditable: 'true', class: 'ql-editor' })],
    ['draft', element('div', { contenteditable: 'true', class: 'public-DraftEditor-content' })],
    ['ckeditor', element('div', { contenteditable: 'true', class: 'ck ck-content ck-editor__editable' })],
    ['contenteditable', element('div', { contenteditable: 'true', role: 'textbox' })],
  ])('recognises %s from its DOM markers', (family, root) => {
    expect(detectEditorFamily(root)).toBe(family);
  });
});
