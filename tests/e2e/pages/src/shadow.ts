import { exposeEditor } from './expose-editor';

/** A web component whose compose box sits inside an OPEN shadow root, like many design-system inputs. */
class ShadowComposer extends HTMLElement {
  readonly editable: HTMLDivElement;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent =
      '[contenteditable] { min-height: 4em; padding: 8px; border: 1px solid #888; border-radius: 4px; white-space: pre-wrap; }';
    this.editable = document.createElement('div');
    this.editable.contentEditable = 'true';
    this.editable.setAttribute('role', 'textbox');
    this.editable.setAttribute('aria-multiline', 'true');
    this.editable.setAttribute('aria-label', 'Message');
    shadow.append(style, this.editable);
  }
}

customElements.define('shadow-composer', ShadowComposer);
const composer = document.querySelector('shadow-composer');
if (!(composer instanceof ShadowComposer)) throw new Error('test page has no <shadow-composer>');
exposeEditor(() => composer.editable.innerText);
