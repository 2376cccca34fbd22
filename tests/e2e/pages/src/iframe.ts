import { exposeEditor, mountPoint } from './expose-editor';

// The editor lives in a same-origin frame (as Google Chat does inside Gmail); the host only relays its model.
const frame = mountPoint('chat-frame') as HTMLIFrameElement;

function relayWhenFrameReady(): void {
  const inner = frame.contentWindow;
  if (inner?.__editorReady && inner.__editorText) {
    const readInner = inner.__editorText;
    exposeEditor(() => readInner());
    return;
  }
  requestAnimationFrame(relayWhenFrameReady);
}

relayWhenFrameReady();
