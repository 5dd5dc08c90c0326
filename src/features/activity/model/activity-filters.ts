import type { ActivityEntry } from '../../../api/activity.ts';
import { KNOWN_OPERATIONS, operationLabel } from './operation-labels.ts';

export interface ActivityFilters {
  /** A person's id; the name for actors without one (the shared API key). */
  person: string | null;
  operation: string | null;
}

export interface FilterOption {
  value: string;
  label: string;
}

export const personKey = ({ actor }: ActivityEntry) => actor.id ?? actor.name;

export function filterActivity(entries: ActivityEntry[], filters: ActivityFilters) {
  return entries.filter(
    (entry) =>
      (filters.person === null || personKey(entry) === filters.person) &&
      (filters.operation === null || entry.operation === filters.operation),
  );
}

/** Newest first, whatever order the log came in. */
export function newestFirst(entries: ActivityEntry[]): ActivityEntry[] {
  return entries.toSorted((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

/** Everyone in the log, by name; two people of the same name stay apart by their id. */
export function personOptions(entries: ActivityEntry[]): FilterOption[] {
  const people = new Map<string, string>();
  for (const entry of entries) people.set(personKey(entry), entry.actor.name);
  return [...people]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** The operations in the log: the known ones in their usual order, then any others. */
export function operationOptions(entries: ActivityEntry[]): FilterOption[] {
  const present = new Set(entries.map((entry) => entry.operation));
  const ordered = [
    ...KNOWN_OPERATIONS.filter((operation) => present.has(operation)),
    ...[...present].filter((operation) => !KNOWN_OPERATIONS.includes(operation)).sort(),
  ];
  return ordered.map((value) => ({ value, label: operationLabel(value) }));
}
