// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { nearbyText } from '../../../lib/nudge/nearby-text';

const el = (tag: string, attributes: Record<string, string>, ...children: Array<HTMLElement | string>): HTMLElement => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
};

const page = () => [
  el('header', {}, el('h1', { id: 'site' }, 'Site'), el('nav', {}, el('a', { href: '/' }, 'Home'))),
  el(
    'main',
    {},
    el('h2', { id: 'heading' }, 'Practise'),
    el('p', { id: 'subtitle' }, 'Nothing here is sent anywhere.'),
    el('label', { id: 'chat-label', for: 'chat' }, 'A chat message'),
    el('textarea', { id: 'chat' }),
    el('span', { id: 'email-label' }, 'An email'),
    el('div', { id: 'email', contenteditable: 'true', 'aria-labelledby': 'email-label' }),
    el('p', { id: 'far' }, 'A paragraph after the next box.'),
  ),
  el('div', { id: 'empty' }),
];

afterEach(() => {
  document.body.replaceChildren();
});

const idsAround = (id: string) => {
  document.body.replaceChildren(...page());
  return nearbyText(document.getElementById(id) as HTMLElement)
    .map((element) => element.id)
    .sort();
};

describe('nearbyText', () => {
  test.each([
    // Its label, what comes before it up to the heading, the next box's label, and the other box.
    ['chat', ['chat-label', 'email', 'email-label', 'heading', 'subtitle']],
    // Named by aria-labelledby; the textarea before it is another box; the heading stops the walk.
    ['email', ['chat', 'chat-label', 'email-label', 'far', 'heading', 'subtitle']],
  ])('around #%s: %j', (id, expected) => {
    expect(idsAround(id)).toEqual(expected);
  });

  test('never the box itself, what holds it, or what it holds', () => {
    document.body.replaceChildren(
      el('h2', {}, 'Reply'),
      el('form', { id: 'form' }, el('div', { id: 'box', contenteditable: 'true' }, el('p', { id: 'inside' }, 'text'), el('div', { contenteditable: 'true' }, 'nested'))),
    );
    const found = nearbyText(document.getElementById('box') as HTMLElement).map((element) => element.id || element.tagName);
    expect(found).toEqual(['H2']);
  });
});
