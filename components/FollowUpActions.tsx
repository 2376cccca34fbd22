interface FollowUpActionsProps {
  followUpId: string;
  onComplete(followUpId: string): void;
  onSnooze(followUpId: string): void;
}

/** The two answers to a due follow-up, the same as on its notification. */
export function FollowUpActions({ followUpId, onComplete, onSnooze }: FollowUpActionsProps) {
  return (
    <>
      {' '}
      <button type="button" onClick={() => onComplete(followUpId)}>
        Done
      </button>{' '}
      <button type="button" onClick={() => onSnooze(followUpId)}>
        Snooze a day
      </button>
    </>
  );
}
