import { Group, Select } from '@mantine/core';
import type { ActivityFilters, FilterOption } from '../model/activity-filters.ts';

interface ActivityFilterBarProps {
  filters: ActivityFilters;
  people: FilterOption[];
  operations: FilterOption[];
  onChange: (changes: Partial<ActivityFilters>) => void;
}

export function ActivityFilterBar({
  filters,
  people,
  operations,
  onChange,
}: ActivityFilterBarProps) {
  return (
    <Group gap="sm" align="flex-end">
      <Select
        label="Person"
        placeholder="Everyone"
        data={people}
        value={filters.person}
        onChange={(person) => {
          onChange({ person });
        }}
        clearable
        clearButtonProps={{ 'aria-label': 'Show everyone' }}
        w={240}
      />
      <Select
        label="Change"
        placeholder="All changes"
        data={operations}
        value={filters.operation}
        onChange={(operation) => {
          onChange({ operation });
        }}
        clearable
        clearButtonProps={{ 'aria-label': 'Show all changes' }}
        w={260}
      />
    </Group>
  );
}
