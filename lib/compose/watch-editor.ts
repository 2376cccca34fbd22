/** How long the user must pause typing before the message is analysed. */
export const SETTLE_DELAY_MS = 150;

export interface EditorWatch {
  /**
   * A key was pressed (the caller's one keydown listener says so): typing goes on, the pause starts again. True when
   * the key falls in typing the watch is timing, so onSettle will follow; false for a key while the box is quiet.
   */
  keyPressed(): boolean;
  stop(): void;
}

/**
 * Calls onSettle after the user pauses typing. While the box is quiet, a change wakes the watch: an input event in a
 * textarea or input, a mutation in a contenteditable (also from editors that cancel beforeinput and fire no input
 * event). Then, until the pause, the watch listens to nothing of its own: the caller's keydown listener tells it of
 * every key (keyPressed), and a look at the text when the pause would end catches changes made without a key (a
 * page that swallows keydown, dictation); a look that a key has already answered reads nothing. So a keystroke costs
 * one listener call, not three, and no timer: one timer runs per pause. Nothing runs between compositionstart and
 * compositionend, so IME input is never disturbed.
 */
export function watchEditor(root: HTMLElement, onSettle: () => void, delayMs = SETTLE_DELAY_MS): EditorWatch {
  // Date.now is a plain engine call (no binding); a clock set back is capped below at one delay.
  const now = () => Date.now();
  const plainField = root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement;
  // No layout needed (unlike innerText): just whether anything changed since the last look.
  const snapshot = () => (plainField ? (root as HTMLTextAreaElement | HTMLInputElement).value : (root.textContent ?? ''));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastChange = 0;
  let seen: string | undefined = '';
  let keySeen = false;
  let composing = false;
  let listening = false;

  const onChange = () => {
    if (composing) return;
    schedule();
  };
  const observer = plainField ? undefined : new MutationObserver(onChange);
  const listen = (on: boolean) => {
    if (on === listening) return;
    listening = on;
    if (observer) {
      if (on) observer.observe(root, { childList: true, subtree: true, characterData: true });
      else observer.disconnect();
    } else if (on) root.addEventListener('input', onChange);
    else root.removeEventListener('input', onChange);
  };

  const check = () => {
    if (keySeen) {
      // A key told of the typing: no need to read the text (a copy of all of it, on every look while keys arrive).
      // What it reads now is unknown until the next look without a key, which takes it as the new baseline.
      seen = undefined;
    } else {
      const text = snapshot();
      // Changed since the last look with no key to tell of it: typing went on all the same.
      if (seen !== undefined && text !== seen) lastChange = Math.max(lastChange, now() - 1);
      seen = text;
    }
    keySeen = false;
    const left = lastChange + delayMs - now();
    if (left > 1) {
      timer = setTimeout(check, Math.min(left, delayMs));
      return;
    }
    timer = undefined;
    listen(true);
    onSettle();
  };
  function schedule() {
    if (composing) return;
    lastChange = now();
    if (timer !== undefined) return;
    seen = snapshot();
    keySeen = false;
    listen(false);
    timer = setTimeout(check, delayMs);
  }
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const onCompositionStart = () => {
    composing = true;
    cancel();
    // Composition updates are ignored (see onChange); the end of it is heard below.
    listen(true);
  };
  const onCompositionEnd = () => {
    composing = false;
    schedule();
  };
  root.addEventListener('compositionstart', onCompositionStart);
  root.addEventListener('compositionend', onCompositionEnd);
  schedule();
  return {
    keyPressed: () => {
      // While quiet, the change the key makes wakes the watch itself (a key that changes nothing, an arrow, is no typing).
      if (timer === undefined) return false;
      lastChange = now();
      keySeen = true;
      return true;
    },
    stop() {
      cancel();
      listen(false);
      root.removeEventListener('compositionstart', onCompositionStart);
      root.removeEventListener('compositionend', onCompositionEnd);
    },
  };
}
