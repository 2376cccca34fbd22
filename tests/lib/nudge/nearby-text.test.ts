// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { nearbyText } from '../../../lib/nudge/nearby-text';

type Node = [tag: string, attributes: Record<string, string>, ...children: Array<Node | string>];

const build = ([tag, attributes, ...children]: Node): HTMLElement => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children.map((child) => (typeof child === 'string' ? child : build(child))));
  return element;
};

const PAGE: Node[] = [
  ['header', {}, ['h1', { id: 'site' }, 'Site'], ['nav', {}, ['a', { href: '/' }, 'Home']]],
  [
    'main',
    {},
    ['h2', { id: 'heading' }, 'Practise'],
    ['p', { id: 'subtitle' }, 'Nothing here is sent anywhere.'],
    ['label', { id: 'chat-label', for: 'chat' }, 'A chat message'],
    ['textarea', { id: 'chat' }],
    ['span', { id: 'email-label' }, 'An email'],
    ['div', { id: 'email', contenteditable: 'true', 'aria-labelledby': 'email-label' }],
    ['p', { id: 'far' }, 'A paragraph after the next box.'],
  ],
  ['div', { id: 'empty' }],
];

afterEach(() => {
  document.body.replaceChildren();
});

const idsAround = (id: string) => {
  document.body.replaceChildren(...PAGE.map(build));
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
      build(['h2', {}, 'Reply']),
      build(['form', { id: 'form' }, ['div', { id: 'box', contenteditable: 'true' }, ['p', { id: 'inside' }, 'text'], ['div', { contenteditable: 'true' }, 'nested']]]),
    );
    const found = nearbyText(document.getElementById('box') as HTMLElement).map((element) => element.id || element.tagName);
    expect(found).toEqual(['H2']);
  });
});
