/** The name page rules would need to restyle it; ours is set once per document, through no DOM node. */
export const HIGHLIGHT_NAME = 'amends-deflection';

const styledDocuments = new WeakSet<Document>();

interface HighlightApi {
  highlights: Map<string, unknown>;
}
type HighlightConstructor = new (...ranges: Range[]) => unknown;

function highlightApi(doc: Document): { registry: Map<string, unknown>; Highlight: HighlightConstructor } | undefined {
  const view = doc.defaultView as (Window & { CSS?: Partial<HighlightApi>; Highlight?: HighlightConstructor }) | null;
  const registry = view?.CSS?.highlights;
  return registry && view.Highlight ? { registry, Highlight: view.Highlight } : undefined;
}

function ensureStyle(doc: Document): void {
  if (styledDocuments.has(doc)) return;
  styledDocuments.add(doc);
  try {
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(`::highlight(${HIGHLIGHT_NAME}) { background-color: rgb(232 149 106 / 30%); text-decoration: underline wavy rgb(154 74 34); text-decoration-skip-ink: none; }`);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // Without the sheet the ranges still register; they simply show nothing.
  }
}

/**
 * Marks each phrase's first occurrence inside the box with the CSS Custom Highlight API: painted by the browser, with
 * no change to the editor's DOM (spans would leak into sent mail and move the caret). Where the API is missing, and
 * in textareas (whose text has no DOM ranges), nothing is marked.
 */
export function highlightPhrases(root: HTMLElement, phrases: readonly string[]): void {
  const doc = root.ownerDocument;
  const api = highlightApi(doc);
  if (!api) return;
  if (root instanceof HTMLTextAreaElement || phrases.length === 0) {
    api.registry.delete(HIGHLIGHT_NAME);
    return;
  }
  const nodes: Text[] = [];
  let whole = '';
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const starts: number[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(whole.length);
    whole += node.nodeValue ?? '';
  }
  const locate = (offset: number): [Text, number] | undefined => {
    for (let i = nodes.length - 1; i >= 0; i -= 1) {
      if ((starts[i] as number) <= offset) return [nodes[i] as Text, offset - (starts[i] as number)];
    }
    return undefined;
  };
  const ranges: Range[] = [];
  for (const phrase of phrases) {
    const at = whole.indexOf(phrase);
    const start = at < 0 ? undefined : locate(at);
    const end = at < 0 ? undefined : locate(at + phrase.length - 1);
    if (!start || !end) continue;
    const range = doc.createRange();
    range.setStart(start[0], start[1]);
    range.setEnd(end[0], end[1] + 1);
    ranges.push(range);
  }
  ensureStyle(doc);
  api.registry.set(HIGHLIGHT_NAME, new api.Highlight(...ranges));
}

export function clearHighlights(doc: Document): void {
  highlightApi(doc)?.registry.delete(HIGHLIGHT_NAME);
}
