/** How long the user must pause typing before the message is analysed. */
export const SETTLE_DELAY_MS = 150;

export interface EditorWatch {
  stop(): void;
}

/**
 * Calls onSettle after the user pauses typing. A MutationObserver catches
 * editors that cancel beforeinput and fire no input event; nothing runs
 * between compositionstart and compositionend, so IME input is never disturbed.
 */
export function watchEditor(root: HTMLElement, onSettle: () => void, delayMs = SETTLE_DELAY_MS): EditorWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let composing = false;
  const schedule = () => {
    if (composing) return;
    clearTimeout(timer);
    timer = setTimeout(onSettle, delayMs);
  };
  const onCompositionStart = () => {
    composing = true;
    clearTimeout(timer);
  };
  const onCompositionEnd = () => {
    composing = false;
    schedule();
  };
  const observer = new MutationObserver(schedule);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  root.addEventListener('input', schedule);
  root.addEventListener('compositionstart', onCompositionStart);
  root.addEventListener('compositionend', onCompositionEnd);
  schedule();
  return {
    stop() {
      clearTimeout(timer);
      observer.disconnect();
      root.removeEventListener('input', schedule);
      root.removeEventListener('compositionstart', onCompositionStart);
      root.removeEventListener('compositionend', onCompositionEnd);
    },
  };
}
