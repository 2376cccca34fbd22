/**
 * Listens for what only the user can do. A page's script can reach the open shadow root and call `.click()`, but the
 * events it makes are never trusted, so they do nothing here. Handlers get nothing from the event on purpose.
 */
export function onTrusted<K extends keyof HTMLElementEventMap>(
  element: HTMLElement,
  type: K,
  handler: (event: HTMLElementEventMap[K]) => void,
): void {
  element.addEventListener(type, (event) => {
    if (!event.isTrusted) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    handler(event);
  });
}
