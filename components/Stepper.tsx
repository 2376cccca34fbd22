interface StepperProps {
  /** 0-based index of the open screen. */
  current: number;
  total: number;
  /** What the progress reads aloud and shows, e.g. "Step 2 of 7". */
  label: string;
}

/** Where the user is in a sequence: a bar of segments and a line of text (the bar is decoration; the text says it). */
export function Stepper({ current, total, label }: StepperProps) {
  return (
    <div className="stepper">
      <div className="stepper-bar" aria-hidden="true">
        {Array.from({ length: total }, (_, index) => (
          <span key={index} data-done={index <= current} />
        ))}
      </div>
      <p className="stepper-label">{label}</p>
    </div>
  );
}
