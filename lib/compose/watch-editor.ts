/** How long the user must pause typing before the message is analysed. */
export const SETTLE_DELAY_MS = 150;

export interface EditorWatch {
  stop(): void;
}

/**
 * Calls onSettle after the user pauses typing. A textarea or input tells of every change with an input event; in a
 * contenteditable a MutationObserver catches every change, also from editors that cancel beforeinput and fire no
 * input event. Nothing runs between compositionstart and compositionend, so IME input is never disturbed.
 *
 * A keystroke only notes the time: one timer runs per pause (re-armed for what is left of it), instead of a
 * clearTimeout and a setTimeout on every key, which cost more than everything else Amends does while the user types.
 */
export function watchEditor(root: HTMLElement, onSettle: () => void, delayMs = SETTLE_DELAY_MS): EditorWatch {
  // Date.now is a plain engine call (no binding); a clock set back is capped below at one delay.
  const now = () => Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastChange = 0;
  let composing = false;
  const check = () => {
    const left = lastChange + delayMs - now();
    if (left > 1) {
      timer = setTimeout(check, Math.min(left, delayMs));
      return;
    }
    timer = undefined;
    onSettle();
  };
  const schedule = () => {
    if (composing) return;
    lastChange = now();
    timer ??= setTimeout(check, delayMs);
  };
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const onCompositionStart = () => {
    composing = true;
    cancel();
  };
  const onCompositionEnd = () => {
    composing = false;
    schedule();
  };
  const plainField = root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement;
  const observer = plainField ? undefined : new MutationObserver(schedule);
  observer?.observe(root, { childList: true, subtree: true, characterData: true });
  if (plainField) root.addEventListener('input', schedule);
  root.addEventListener('compositionstart', onCompositionStart);
  root.addEventListener('compositionend', onCompositionEnd);
  schedule();
  return {
    stop() {
      cancel();
      observer?.disconnect();
      root.removeEventListener('input', schedule);
      root.removeEventListener('compositionstart', onCompositionStart);
      root.removeEventListener('compositionend', onCompositionEnd);
    },
  };
}
