import { nudgeText } from './nudge-text';
import { onTrusted } from './trusted';

export interface LogAreaActions {
  /** The name from the message's greeting, if any, to prefill. */
  addressee(): string | undefined;
  /** Logs the repair and resolves to its id. */
  log(person: string): Promise<string>;
  /** Opens the repair so the user can plan the talk. */
  planTalk(repairId: string): void;
  /** Hides the nudge for this message. */
  dismiss(): void;
  /** Stops nudging on this site (undoable); absent where there is no site, as on Amends' own practice page. */
  pauseSite?: () => void;
}

export interface LogArea {
  element: HTMLElement;
  /** Opens the "who is this with?" form, focused. */
  startLogging(): void;
}

/**
 * The nudge's actions: log this repair (asking who it is for), then offer to plan the talk. Built once per message so
 * typing in the editor never wipes a half-filled form. Only the user's own clicks and keys act (see trusted.ts); a
 * `submit` is fired by the browser even after a script's requestSubmit(), so Save listens to the click or Enter.
 */
export function createLogArea(doc: Document, actions: LogAreaActions, offerLog: boolean): LogArea {
  const area = doc.createElement('div');
  area.className = 'actions';
  const button = (label: string, onClick: () => void, className = '') => {
    const element = doc.createElement('button');
    element.type = 'button';
    element.textContent = label;
    if (className) element.className = className;
    onTrusted(element, 'click', onClick);
    return element;
  };
  const note = (text: string, role: 'status' | 'alert') => {
    const element = doc.createElement('p');
    element.setAttribute('role', role);
    element.textContent = text;
    return element;
  };

  const showIdle = () =>
    area.replaceChildren(
      ...(offerLog ? [button(nudgeText('nudgeLogRepair'), showForm, 'primary')] : []),
      button(nudgeText('nudgeDismiss'), actions.dismiss, 'quiet'),
      ...(actions.pauseSite ? [button(nudgeText('nudgePauseSite'), actions.pauseSite, 'quiet')] : []),
    );

  const showForm = () => {
    const form = doc.createElement('form');
    form.addEventListener('submit', (event) => event.preventDefault());
    const label = doc.createElement('label');
    label.textContent = nudgeText('nudgeWhoWith');
    const input = doc.createElement('input');
    input.required = true;
    input.maxLength = 200;
    input.value = actions.addressee() ?? '';
    label.append(input);
    let saving = false;
    const save = () => {
      const person = input.value.trim();
      if (!person || saving) return;
      saving = true;
      saveButton.disabled = true;
      actions.log(person).then(
        (repairId) => showLogged(person, repairId),
        () => area.replaceChildren(note(nudgeText('nudgeLogFailed'), 'alert'), button(nudgeText('nudgeDismiss'), actions.dismiss)),
      );
    };
    const saveButton = button(nudgeText('nudgeSave'), save, 'primary');
    onTrusted(input, 'keydown', (event) => {
      if (event.key === 'Enter') save();
    });
    form.append(label, saveButton, button(nudgeText('nudgeCancel'), showIdle, 'quiet'));
    area.replaceChildren(form);
    input.focus();
  };

  const showLogged = (person: string, repairId: string) =>
    area.replaceChildren(
      note(nudgeText('nudgeLogged', person), 'status'),
      button(nudgeText('nudgePlanTalk'), () => actions.planTalk(repairId), 'primary'),
      button(nudgeText('nudgeClose'), actions.dismiss, 'quiet'),
    );

  showIdle();
  return { element: area, startLogging: showForm };
}
