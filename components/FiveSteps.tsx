interface FiveStepsProps {
  steps: ReadonlyArray<{ id: string; title: string; why: string }>;
}

/** The five steps of making amends, in order, each with why it matters. */
export function FiveSteps({ steps }: FiveStepsProps) {
  return (
    <ol className="five-steps" aria-label="The five steps of making amends">
      {steps.map((step) => (
        <li key={step.id}>
          <strong>{step.title}</strong>
          <span>{step.why}</span>
        </li>
      ))}
    </ol>
  );
}
