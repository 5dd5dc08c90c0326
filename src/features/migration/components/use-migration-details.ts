import { useState } from 'react';
import { useCurrentMigration } from '../../../api/use-current-migration.ts';
import { emptyHistory, recordProgress } from '../model/eta.ts';

/** The poller's migration plus the progress history the time estimate needs. */
export function useMigrationDetails() {
  const details = useCurrentMigration();
  const { data, dataUpdatedAt } = details;
  const [history, setHistory] = useState(emptyHistory);
  const [recordedAt, setRecordedAt] = useState(0);
  if (dataUpdatedAt !== recordedAt) {
    setRecordedAt(dataUpdatedAt);
    setHistory(recordProgress(history, data, dataUpdatedAt));
  }
  return { details, history };
}
