import { useEffect, useId, useRef, useState } from 'react';

interface AutosaveFieldProps {
  label: string;
  value: string;
  onSave(value: string): void;
  multiline?: boolean;
  maxLength: number;
  hint?: string;
  /** Required fields refuse to save an empty value and keep the last good one. */
  required?: boolean;
}

const SAVE_AFTER_MS = 600;

/**
 * A text field that saves itself: shortly after the user stops typing, and at once when they leave it. While it has
 * unsaved text, a change from outside (undo, another tab) does not overwrite what they are typing.
 */
export function AutosaveField({ label, value, onSave, multiline, maxLength, hint, required }: AutosaveFieldProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    if (!dirty.current) setText(value);
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);
  const flush = (next: string) => {
    clearTimeout(timer.current);
    if (!dirty.current) return;
    dirty.current = false;
    if (required && !next.trim()) {
      setText(value);
      return;
    }
    if (next !== value) onSave(next);
  };
  const change = (next: string) => {
    setText(next);
    dirty.current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => flush(next), SAVE_AFTER_MS);
  };
  const common = {
    id,
    value: text,
    maxLength,
    required,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onBlur: () => flush(text),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => change(event.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(event) => change(event.target.value)} />
      )}
    </div>
  );
}
