import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { KeyHistory } from '../../../lib/key-history/key-history.ts';
import { downloadText, exportFilename } from '../lib/download.ts';
import { historyCsv, historyJson } from '../model/history-export.ts';

export function ExportButtons({ history }: { history: KeyHistory }) {
  const icon = <IconDownload size={16} aria-hidden />;
  return (
    <Group gap="sm">
      <Button
        variant="default"
        leftSection={icon}
        onClick={() => {
          const now = new Date();
          downloadText(historyCsv(history), exportFilename(now, 'csv'), 'text/csv;charset=utf-8');
        }}
      >
        Download CSV
      </Button>
      <Button
        variant="default"
        leftSection={icon}
        onClick={() => {
          const now = new Date();
          downloadText(historyJson(history, now), exportFilename(now, 'json'), 'application/json');
        }}
      >
        Download JSON
      </Button>
    </Group>
  );
}
