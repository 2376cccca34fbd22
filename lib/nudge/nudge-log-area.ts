import type { FollowUpChoice } from '../repairs/follow-up-choice';
import { nudgeText } from './nudge-text';
import { onTrusted } from './trusted';

export interface LogAreaActions {
  /** The name from the message's greeting, if any, to prefill. */
  addressee(): string | undefined;
  /** Logs the repair, asking for its default check-ins or none; resolves to its id and how many follow-ups were planned. */
  log(person: string, followUps: FollowUpChoice): Promise<{ repairId: string; checkIns: number }>;
  /** Opens the repair so the user can plan the talk. */
  planTalk(repairId: string): void;
  /** Hides the nudge for this message. */
  dismiss(): void;
  /** Stops nudging on this site (undoable); absent where there is no site, as on Amends' own practice page. */
  pauseSite?: () => void;
}

/**
 * `repair`: a serious apology, logged with the user's default check-ins and then offered the talk. `light`: a ritual
 * one ("sorry for the late reply"), offered quietly and logged with no check-ins unless the user ticks the box.
 */
export type LogKind = 'repair' | 'light';

export interface LogArea {
  element: HTMLElement;
  /** Opens the "who is this with?" form, focused. */
  startLogging(): void;
  /** Focuses the open form's name field again, once the area is in the card (a no-op when no form is open). */
  focusForm(): void;
  /** A form or what logging said is showing (not the idle buttons): the user is in the middle of logging. */
  isOpen(): boolean;
  /** The message grew lighter or more serious: the idle buttons follow, a form the user opened stays as it is. */
  setKind(kind: LogKind): void;
}

/**
 * The nudge's actions: log this repair (asking who it is for), then offer to plan the talk. Built once per message so
 * typing in the editor never wipes a half-filled form. Only the user's own clicks and keys act (see trusted.ts); a
 * `submit` is fired by the browser even after a script's requestSubmit(), so Save listens to the click or Enter.
 */
export function createLogArea(doc: Document, actions: LogAreaActions, initialKind: LogKind): LogArea {
  let kind = initialKind;
  let idle = true;
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

  const showIdle = () => {
    idle = true;
    area.replaceChildren(
      kind === 'light' ? button(nudgeText('nudgeLightLog'), showForm, 'quiet') : button(nudgeText('nudgeLogRepair'), showForm, 'primary'),
      button(nudgeText('nudgeDismiss'), actions.dismiss, 'quiet'),
      ...(actions.pauseSite ? [button(nudgeText('nudgePauseSite'), actions.pauseSite, 'quiet')] : []),
    );
  };

  /** A light apology's opt-in: unticked, so logging it alone plans nothing. */
  const remindBox = () => {
    const label = doc.createElement('label');
    label.className = 'check';
    const box = doc.createElement('input');
    box.type = 'checkbox';
    label.append(box, nudgeText('nudgeLightRemind'));
    return { label, box };
  };

  const showForm = () => {
    idle = false;
    const light = kind === 'light';
    const form = doc.createElement('form');
    form.addEventListener('submit', (event) => event.preventDefault());
    const label = doc.createElement('label');
    label.textContent = nudgeText(light ? 'nudgeLightWhoWith' : 'nudgeWhoWith');
    const input = doc.createElement('input');
    input.required = true;
    input.maxLength = 200;
    input.value = actions.addressee() ?? '';
    label.append(input);
    const remind = light ? remindBox() : undefined;
    let saving = false;
    const save = () => {
      const person = input.value.trim();
      if (!person || saving) return;
      saving = true;
      saveButton.disabled = true;
      // The box's state is read at the moment of Save, and only a real click changes it (see trusted.ts below).
      const followUps: FollowUpChoice = !remind || remind.box.checked ? 'default' : 'none';
      actions.log(person, followUps).then(
        // What the background planned, not what was asked: practice repairs get none either way.
        ({ repairId, checkIns }) => (light ? showLightLogged(person, checkIns) : showLogged(person, repairId, checkIns)),
        () => area.replaceChildren(note(nudgeText('nudgeLogFailed'), 'alert'), button(nudgeText('nudgeDismiss'), actions.dismiss)),
      );
    };
    const saveButton = button(nudgeText('nudgeSave'), save, 'primary');
    onTrusted(input, 'keydown', (event) => {
      if (event.key === 'Enter') save();
    });
    // A page script's .click() on the box would tick it without the user: onTrusted cancels that toggle.
    if (remind) onTrusted(remind.box, 'click', () => undefined);
    form.append(label, ...(remind ? [remind.label] : []), saveButton, button(nudgeText('nudgeCancel'), showIdle, 'quiet'));
    area.replaceChildren(form);
    focusForm();
  };

  /** The name field takes focus, so the user types the name; a form opened from the chip is drawn a frame later. */
  const focusForm = () => area.querySelector<HTMLInputElement>('form input:not([type="checkbox"])')?.focus();

  const showLogged = (person: string, repairId: string, checkIns: number) =>
    area.replaceChildren(
      // A practice repair plans nothing, so the note must not promise check-ins.
      note(nudgeText(checkIns === 0 ? 'nudgeLoggedNoCheckIns' : 'nudgeLogged', person), 'status'),
      button(nudgeText('nudgePlanTalk'), () => actions.planTalk(repairId), 'primary'),
      button(nudgeText('nudgeClose'), actions.dismiss, 'quiet'),
    );

  const showLightLogged = (person: string, checkIns: number) =>
    area.replaceChildren(
      note(nudgeText(checkIns === 0 ? 'nudgeLightLogged' : 'nudgeLightLoggedCheckIns', person), 'status'),
      button(nudgeText('nudgeClose'), actions.dismiss, 'quiet'),
    );

  showIdle();
  return {
    element: area,
    startLogging: showForm,
    focusForm,
    isOpen: () => !idle,
    setKind(next) {
      if (next === kind) return;
      kind = next;
      if (idle) showIdle();
    },
  };
}
