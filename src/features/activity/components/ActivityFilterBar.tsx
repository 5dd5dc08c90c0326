import '@mantine/core/styles/Combobox.css';
import { Group, NativeSelect } from '@mantine/core';
import type { ActivityFilters, FilterOption } from '../model/activity-filters.ts';

interface ActivityFilterBarProps {
  filters: ActivityFilters;
  people: FilterOption[];
  operations: FilterOption[];
  onChange: (changes: Partial<ActivityFilters>) => void;
}

const orNull = (value: string) => value || null;

/**
 * Native selects: Mantine's Select positions its dropdown with floating-ui, which would pull that
 * library into the first page's shared chunk.
 */
export function ActivityFilterBar({
  filters,
  people,
  operations,
  onChange,
}: ActivityFilterBarProps) {
  return (
    <Group gap="sm" align="flex-end">
      <NativeSelect
        label="Person"
        data={[{ value: '', label: 'Everyone' }, ...people]}
        value={filters.person ?? ''}
        onChange={(event) => {
          onChange({ person: orNull(event.currentTarget.value) });
        }}
        w={240}
      />
      <NativeSelect
        label="Change"
        data={[{ value: '', label: 'All changes' }, ...operations]}
        value={filters.operation ?? ''}
        onChange={(event) => {
          onChange({ operation: orNull(event.currentTarget.value) });
        }}
        w={260}
      />
    </Group>
  );
}
