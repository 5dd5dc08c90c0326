import type { ScenarioName } from '../../simulator/contract.ts';

/** What a simulated tenant of `SIM_FLEET` plays: a simulator scenario, or a tenant that fails. */
export type SimulatedBehaviour = ScenarioName | 'unreachable' | 'refused';

export interface SimulatedTenant {
  id: string;
  name: string;
  behaviour: SimulatedBehaviour;
}

export const MAX_SIM_FLEET = 1000;

/**
 * Twelve named tenants, in the order they are dealt: a fleet of 12 is a realistic mix (most on a
 * customer key, two on the Qlik default, one of each trouble), and the first three already differ.
 */
const NAMED: readonly SimulatedTenant[] = [
  { id: 'acme', name: 'Acme Corp', behaviour: 'default' },
  { id: 'globex', name: 'Globex', behaviour: 'fresh' },
  { id: 'initech', name: 'Initech', behaviour: 'migrating' },
  { id: 'umbrella', name: 'Umbrella Corporation', behaviour: 'default' },
  { id: 'hooli', name: 'Hooli', behaviour: 'failing-validation' },
  { id: 'stark', name: 'Stark Industries', behaviour: 'default' },
  { id: 'wayne', name: 'Wayne Enterprises', behaviour: 'busy' },
  { id: 'wonka', name: 'Wonka Industries', behaviour: 'default' },
  { id: 'cyberdyne', name: 'Cyberdyne Systems', behaviour: 'unreachable' },
  { id: 'soylent', name: 'Soylent', behaviour: 'fresh' },
  { id: 'tyrell', name: 'Tyrell Corporation', behaviour: 'default' },
  { id: 'massive', name: 'Massive Dynamic', behaviour: 'refused' },
];

/** `SIM_FLEET=n`: the named twelve, then `tenant-13`… with the same rotation of behaviours. */
export function simulatedFleet(size: number): SimulatedTenant[] {
  return Array.from({ length: size }, (_, index) => {
    const named = NAMED[index];
    if (named) return named;
    const number = index + 1;
    const { behaviour } = NAMED[index % NAMED.length] ?? { behaviour: 'default' };
    return { id: `tenant-${number}`, name: `Tenant ${number}`, behaviour };
  });
}

export function parseFleetSize(value: string): number {
  const size = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(size >= 1 && size <= MAX_SIM_FLEET)) {
    throw new Error(
      `SIM_FLEET=${value} is not a fleet size: give the number of simulated tenants, from 1 to ${MAX_SIM_FLEET} (e.g. SIM_FLEET=12).`,
    );
  }
  return size;
}
