import { Group } from '@mantine/core';
import { DownloadButton } from '../../../components/DownloadButton.tsx';
import type { KeyHistory } from '../../../lib/key-history/key-history.ts';
import { historyCsv, historyJson } from '../model/history-export.ts';

export function ExportButtons({ history }: { history: KeyHistory }) {
  return (
    <Group gap="sm">
      <DownloadButton name="key-history" format="csv" content={() => historyCsv(history)} />
      <DownloadButton name="key-history" format="json" content={(at) => historyJson(history, at)} />
    </Group>
  );
}
