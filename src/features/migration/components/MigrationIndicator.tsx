import { Badge, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { isMigrationRunning } from '../../../api/model.ts';
import { paths } from '../../../config/paths.ts';
import { useMigrationPoller } from '../poller/use-migration-poller.ts';
import { useMilestoneEffects } from '../poller/use-milestone-effects.ts';

/** In the header on every view: hosts the poller, the live region, and a link while one runs. */
export function MigrationIndicator() {
  const { details, leader } = useMigrationPoller();
  const { data } = details;
  const announcement = useMilestoneEffects(data, leader);
  const running = isMigrationRunning(data);
  const progress = data?.progress ?? 0;
  return (
    <>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      {running && (
        <Badge
          component={Link}
          to={paths.migration}
          variant="filled"
          size="lg"
          style={{ cursor: 'pointer', textTransform: 'none' }}
          aria-label={`Migration running, ${progress}% — open the monitor`}
        >
          Migrating {progress}%
        </Badge>
      )}
    </>
  );
}
