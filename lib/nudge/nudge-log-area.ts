import { nudgeText } from './nudge-text';

export interface LogAreaActions {
  /** The name from the message's greeting, if any, to prefill. */
  addressee(): string | undefined;
  /** Logs the repair and resolves to its id. */
  log(person: string): Promise<string>;
  /** Opens the repair so the user can plan the talk. */
  planTalk(repairId: string): void;
  /** Hides the nudge for this box. */
  dismiss(): void;
  /** Stops nudging on this site until resumed in the options page. */
  pauseSite(): void;
}

/**
 * The nudge's actions: log this repair (asking who it is for), then offer to plan
 * the talk. Built once per nudge so typing in the editor never wipes a half-filled form.
 */
export function createLogArea(doc: Document, actions: LogAreaActions): HTMLElement {
  const area = doc.createElement('div');
  area.className = 'actions';
  const button = (label: string, onClick: () => void) => {
    const element = doc.createElement('button');
    element.type = 'button';
    element.textContent = label;
    element.addEventListener('click', onClick);
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
      button(nudgeText('nudgeLogRepair'), showForm),
      button(nudgeText('nudgeDismiss'), actions.dismiss),
      button(nudgeText('nudgePauseSite'), actions.pauseSite),
    );

  const showForm = () => {
    const form = doc.createElement('form');
    const label = doc.createElement('label');
    label.textContent = nudgeText('nudgeWhoWith');
    const input = doc.createElement('input');
    input.required = true;
    input.maxLength = 200;
    input.value = actions.addressee() ?? '';
    label.append(input);
    const save = doc.createElement('button');
    save.type = 'submit';
    save.textContent = nudgeText('nudgeSave');
    form.append(label, save, button(nudgeText('nudgeCancel'), showIdle));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const person = input.value.trim();
      if (!person) return;
      save.disabled = true;
      actions.log(person).then(
        (repairId) => showLogged(person, repairId),
        () => area.replaceChildren(note(nudgeText('nudgeLogFailed'), 'alert'), button(nudgeText('nudgeDismiss'), actions.dismiss)),
      );
    });
    area.replaceChildren(form);
    input.focus();
  };

  const showLogged = (person: string, repairId: string) =>
    area.replaceChildren(
      note(nudgeText('nudgeLogged', person), 'status'),
      button(nudgeText('nudgePlanTalk'), () => actions.planTalk(repairId)),
      button(nudgeText('nudgeClose'), actions.dismiss),
    );

  showIdle();
  return area;
}
