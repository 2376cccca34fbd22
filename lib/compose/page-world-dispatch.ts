import type { DispatchEditorEvent } from './insert-at-caret';

/** Firefox's content-script helpers: the page's own objects behind the xray, and copying values into its world. */
type PageWindow = Window & { InputEvent: typeof InputEvent; ClipboardEvent: typeof ClipboardEvent };
interface Xray<T> {
  wrappedJSObject?: T;
}
declare const cloneInto: ((value: object, target: object) => object) | undefined;

/**
 * In Firefox a DataTransfer made in a content script reaches the page empty, so CKEditor 5 would paste nothing. There
 * the event is built with the page's own constructors (`wrappedJSObject`, its paste data filled in by Gecko itself)
 * and dispatched on the page's side of the element: the editor sees an ordinary page-world event. No script is injected and no channel is
 * opened, so there is nothing a page could forge or listen to. Elsewhere (Chromium) the content script's own events
 * work, and this returns undefined.
 */
export function pageWorldDispatch(): DispatchEditorEvent | undefined {
  if (typeof cloneInto !== 'function') return undefined;
  const copy = cloneInto;
  return (root, kind, text) => {
    const view = (root.ownerDocument.defaultView as (Window & Xray<PageWindow>) | null)?.wrappedJSObject;
    const target = (root as HTMLElement & Xray<HTMLElement>).wrappedJSObject;
    if (!view || !target) return false;
    let event: Event;
    if (kind === 'beforeinput') {
      event = new view.InputEvent('beforeinput', copy({ inputType: 'insertText', data: text, bubbles: true, cancelable: true }, view) as InputEventInit);
    } else {
      // Gecko fills the event's own DataTransfer from `dataType` and `data` (its ClipboardEventInit has them); one
      // passed in as `clipboardData` arrives empty.
      event = new view.ClipboardEvent('paste', copy({ dataType: 'text/plain', data: text, bubbles: true, cancelable: true }, view) as ClipboardEventInit);
    }
    return !target.dispatchEvent(event);
  };
}
