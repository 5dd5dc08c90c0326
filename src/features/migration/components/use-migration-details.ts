import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { migrationDetailsQuery } from '../../../api/queries.ts';
import { emptyHistory, recordProgress } from '../model/eta.ts';

/**
 * Reads what the header's poller keeps in the cache; never fetches on its own (a second observer
 * with its own interval would double the polling). `refetch` is there for the "Try again" button.
 */
export function useMigrationDetails() {
  const details = useQuery({ ...migrationDetailsQuery(), enabled: false });
  const { data, dataUpdatedAt } = details;
  const [history, setHistory] = useState(emptyHistory);
  const [recordedAt, setRecordedAt] = useState(0);
  if (dataUpdatedAt !== recordedAt) {
    setRecordedAt(dataUpdatedAt);
    setHistory(recordProgress(history, data, dataUpdatedAt));
  }
  return { details, history };
}
