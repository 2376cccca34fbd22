import { memo } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface ChoiceFieldProps<T extends string> {
  id: string;
  label: string;
  /** The current choice; undefined selects the first option, `none`. */
  value: T | undefined;
  /** The first option's words, for "nothing chosen" ("Any status", "Anyone"). */
  none: string;
  choices: ReadonlyArray<Choice<T>>;
  /** Undefined when the user picks `none`. */
  onChange(value: T | undefined): void;
}

/** A labelled drop-down: "nothing chosen" first, then the choices. */
function ChoiceFieldOf<T extends string>({ id, label, value, none, choices, onChange }: ChoiceFieldProps<T>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {/* The options are exactly `choices` plus "", so the value read back is one of them. */}
      <select id={id} value={value ?? ''} onChange={(event) => onChange((event.target.value || undefined) as T | undefined)}>
        <option value="">{none}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Memoised: a key typed in the search box next to it re-renders no drop-down (the person list has hundreds). */
export const ChoiceField = memo(ChoiceFieldOf) as typeof ChoiceFieldOf;
