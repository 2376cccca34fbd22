interface FiveStepsProps {
  steps: ReadonlyArray<{ title: string; prompt: string }>;
}

/** The five steps of making amends, in order, each with the question it asks of the user. */
export function FiveSteps({ steps }: FiveStepsProps) {
  return (
    <ol className="five-steps">
      {steps.map((step) => (
        <li key={step.title}>
          <strong>{step.title}</strong>
          <span>{step.prompt}</span>
        </li>
      ))}
    </ol>
  );
}
