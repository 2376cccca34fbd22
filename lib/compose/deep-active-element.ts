/** The focused element, looking inside open shadow roots (document.activeElement stops at the host). */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The path from an element up to its document, crossing shadow boundaries, as composedPath() gives it. */
export function composedAncestors(element: Element): EventTarget[] {
  const path: EventTarget[] = [];
  for (let node: Node | null = element; node; ) {
    path.push(node);
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return path;
}
